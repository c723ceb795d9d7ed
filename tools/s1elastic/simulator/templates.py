"""Pre-rendered JSON with holes: the fast path from an object's values to its bytes.

A template is written once as an ordinary Python value in which `Slot("name")` marks a hole; it is
serialised with orjson at start-up and split at the holes. Rendering an object is then a join of
constant byte chunks and already JSON-encoded values, with no per-object dict building or escaping.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from operator import itemgetter
from typing import Any

import orjson

from s1elastic.simulator.timefmt import iso_s

_MARK = "@@slot:"


@dataclass(frozen=True)
class Slot:
    """A hole in a template, filled at render time with JSON-encoded bytes."""

    name: str


def _replace(value: Any, names: list[str]) -> Any:
    if isinstance(value, Slot):
        names.append(value.name)
        return f"{_MARK}{value.name}@@"
    if isinstance(value, dict):
        return {k: _replace(v, names) for k, v in value.items()}
    if isinstance(value, list):
        return [_replace(v, names) for v in value]
    return value


class Template:
    """Constant JSON chunks around named slots."""

    def __init__(self, shape: Any = None, *, _parts: tuple[list[bytes], list[str]] | None = None) -> None:
        if _parts is not None:
            self._setup(*_parts)
            return
        names: list[str] = []
        raw = orjson.dumps(_replace(shape, names))
        chunks: list[bytes] = []
        order: list[str] = []
        rest = raw
        while True:
            start = rest.find(b'"' + _MARK.encode())
            if start < 0:
                chunks.append(rest)
                break
            end = rest.index(b'@@"', start + len(_MARK) + 1)
            chunks.append(rest[:start])
            order.append(rest[start + 1 + len(_MARK) : end].decode())
            rest = rest[end + 3 :]
        self._setup(chunks, order)

    def _setup(self, chunks: list[bytes], order: list[str]) -> None:
        self.chunks = tuple(chunks)
        self.names = tuple(order)
        self._head = chunks[0]
        self._tail = tuple(chunks[1:])
        self._get = (
            itemgetter(*order) if len(order) > 1 else (lambda m: (m[order[0]],)) if order else (lambda m: ())
        )

    def partial(self, fixed: Mapping[str, bytes]) -> Template:
        """The same template with the `fixed` slots filled in once, leaving the others open."""
        chunks = [self.chunks[0]]
        order: list[str] = []
        for name, chunk in zip(self.names, self.chunks[1:]):
            if name in fixed:
                chunks[-1] += fixed[name] + chunk
            else:
                order.append(name)
                chunks.append(chunk)
        return Template(_parts=(chunks, order))

    def render_seq(self, values: tuple[bytes, ...]) -> bytes:
        """Render with the slot values given in `names` order (the fastest path)."""
        return self._head + b"".join(chain.from_iterable(zip(values, self._tail)))

    def render(self, values: Mapping[str, bytes]) -> bytes:
        return self._head + b"".join(chain.from_iterable(zip(self._get(values), self._tail)))


# -- JSON encoders for slot values ------------------------------------------------------------

NULL = b"null"
TRUE = b"true"
FALSE = b"false"
EMPTY = b'""'


def js(text: str | None) -> bytes:
    """A JSON string (or null)."""
    return NULL if text is None else orjson.dumps(text)


def jid(number: int | None) -> bytes:
    """A numeric id as the API writes it: a JSON string of digits."""
    return NULL if number is None else b'"%d"' % number


def jint(number: int | None) -> bytes:
    return NULL if number is None else b"%d" % number


def jbool(flag: bool | None) -> bytes:
    return NULL if flag is None else (TRUE if flag else FALSE)


@lru_cache(maxsize=1 << 15)
def _quoted_second(seconds: int) -> bytes:
    return b'"' + iso_s(seconds * 1_000_000)[:-1].encode() + b"."


def jts(us: int | None) -> bytes:
    """A timestamp with microseconds and `Z`."""
    if us is None:
        return NULL
    seconds, frac = divmod(us, 1_000_000)
    return _quoted_second(seconds) + b'%06dZ"' % frac


def jts_s(us: int | None) -> bytes:
    """A timestamp with second precision and `Z`."""
    return NULL if us is None else b'"' + iso_s(us).encode() + b'"'


def jraw(value: Any) -> bytes:
    """Any JSON value, encoded."""
    return orjson.dumps(value)
