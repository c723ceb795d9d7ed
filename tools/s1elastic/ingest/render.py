"""JSON text in and out, as Elasticsearch reads and writes it.

`dumps` writes what XContent (Jackson) writes for the Java value model of `javatypes`: compact,
strings escaping only `"`, `\\` and control characters (`\\n`-style where Jackson has a short form,
else `\\u00XX` in upper case), Double via `Double.toString`, Float via `Float.toString`, NaN and
Infinity as quoted strings, ZonedDateTime as `strict_date_optional_time_nanos`, byte[] as base64,
a number type without a Python counterpart (BigDecimal) as the bare text its `json_number_text` gives.
orjson does the work whenever its text is identical: it writes first, and a few byte scans of its text
prove that no double in it needs Java's format (see `_may_differ`); otherwise a walk replaces the
values it would print differently (doubles, floats, big integers, dates, bytes) with pre-rendered
fragments and orjson writes that copy.

`loads` parses JSON into the Java model as Jackson does: integers are Integer/Long/BigInteger by
magnitude (plain Python ints), numbers with a fraction or exponent are Double (float).
"""

from __future__ import annotations

import base64
import json
import math
import re
from typing import Any

import orjson

from s1elastic.ingest.javatypes import JFloat, ZonedDateTime, java_double_str, java_float_str

__all__ = ["dumps", "dumps_bytes", "loads"]

_LONG_MIN, _LONG_MAX = -(2**63), 2**64 - 1  # orjson prints every int in [i64 min, u64 max]
_Fragment = orjson.Fragment
_SHORT_ESCAPES = {"\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r", '"': '\\"', "\\": "\\\\"}
_NEEDS_ESCAPE = re.compile(r'["\\\x00-\x1f]')
# A number token of 20+ digits: orjson silently turns such integers into doubles.
_BIG_INT = re.compile(rb"[:\[,]\s*-?\d{20,}")


# ---------------------------------------------------------------------------------------------
# dumps


def _float_text(value: float) -> str:
    if isinstance(value, JFloat):
        text = java_float_str(value)
    else:
        text = java_double_str(value)
    if math.isnan(value) or math.isinf(value):
        return f'"{text}"'
    return text


def _fragment(value: Any) -> Any:
    """The replacement for one leaf orjson would print differently, or `value` itself."""
    if isinstance(value, float):
        return _Fragment(_float_text(value))
    if isinstance(value, int):  # bool and JLong in range never get here (see _convert)
        return _Fragment(str(int(value)))
    if isinstance(value, ZonedDateTime):
        return value.json_text()
    if isinstance(value, bytes | bytearray):
        return base64.b64encode(bytes(value)).decode("ascii")
    return value


def _convert(value: Any) -> tuple[bool, Any]:
    """(changed, value with every orjson-incompatible leaf replaced). Unchanged trees are not copied."""
    kind = type(value)
    if kind is str or kind is bool or value is None:
        return False, value
    if kind is int:
        if _LONG_MIN <= value <= _LONG_MAX:
            return False, value
        return True, _Fragment(str(value))
    if isinstance(value, dict):
        out: dict[str, Any] | None = None
        for index, (key, item) in enumerate(value.items()):
            changed, new = _convert(item)
            if type(key) is not str:
                changed = True
            if changed:
                if out is None:
                    out = {}
                    for k2, v2 in list(value.items())[:index]:
                        out[_key_as_str(k2)] = v2
                out[_key_as_str(key)] = new
            elif out is not None:
                out[key] = item
        return (True, out) if out is not None else (False, value)
    if isinstance(value, list | tuple):
        items: list[Any] | None = None
        for index, item in enumerate(value):
            changed, new = _convert(item)
            if changed:
                if items is None:
                    items = list(value[:index])
                items.append(new)
            elif items is not None:
                items.append(item)
        if items is not None:
            return True, items
        if kind is list:
            return False, value
        return True, list(value)
    if isinstance(value, int) and not isinstance(value, bool):
        if _LONG_MIN <= value <= _LONG_MAX:
            return True, int(value)
        return True, _Fragment(str(int(value)))
    return True, _fragment(value)


def _key_text(key: Any) -> str:
    from s1elastic.ingest.javatypes import java_to_string

    return java_to_string(key)


_SAFE_LEAVES = frozenset((str, int, bool, type(None)))
_CONTAINERS = frozenset((dict, list))


def _has_double(value: Any) -> bool:
    """True when a plain float (Double) sits anywhere in `value`: orjson would print it its own way."""
    stack = [value]
    pop, push = stack.pop, stack.append
    while stack:
        container = pop()
        for item in container.values() if type(container) is dict else container:
            kind = type(item)
            if kind in _SAFE_LEAVES:
                continue
            if kind is float:
                return True
            if kind in _CONTAINERS or isinstance(item, dict | list | tuple):
                push(item)
    return False


def _default(value: Any) -> Any:
    """orjson's hook for what it cannot print: Java floats, dates, bytes, other ints."""
    if isinstance(value, float):
        return _Fragment(_float_text(value))
    if isinstance(value, ZonedDateTime):
        return value.json_text()
    if isinstance(value, bytes | bytearray):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, int):
        return _Fragment(str(int(value)))
    number_text = getattr(value, "json_number_text", None)
    if number_text is not None:
        return _Fragment(number_text())
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


_OPTIONS = orjson.OPT_PASSTHROUGH_DATACLASS

# orjson writes a finite double as its shortest digits, `-?D+.D+` or with an exponent `e+N`/`e-N`
# (1e-5 > |x| or |x| >= 1e16), and NaN/Infinity as `null`. Double.toString writes the same shortest
# digits, plainly for 1e-3 <= |x| < 1e7 and as `D.DE[-]N` outside. So orjson's text is Java's unless
# it holds an exponent, a plain number of 8+ integer digits or below 0.001 (`0.000D`), or a null.
# These scans find every such token; matches inside strings only cost the exact check.
_FRACTION = re.compile(rb"\.[0-9]+[,}\]]")
_VALUE_START = frozenset(b":,[")


def _plain_double_differs(out: bytes, dot: int) -> bool:
    """Whether the `D+.D+` at `dot` is a value whose Double.toString differs (>= 1e7 or < 1e-3)."""
    start = dot
    while start and 48 <= out[start - 1] <= 57:
        start -= 1
    before = start - 1
    if before >= 0 and out[before] == 45:  # '-'
        before -= 1
    if start == dot or before < 0 or out[before] not in _VALUE_START:
        return False  # not a number token in value position: text inside a string
    if dot - start >= 8:
        return True
    return dot - start == 1 and out[start] == 48 and out.startswith(b"000", dot + 1)


def _may_differ(out: bytes) -> bool:
    """Whether orjson's text may hold a double Double.toString writes differently (or NaN, Infinity)."""
    # `in` (CPython's fast search) costs a fraction of a regex scan; the regex runs once, for the
    # numbers with a fraction, and is looked at closely only when it finds one.
    if b"null" in out or (b"+" in out and b"e+" in out) or b"e-" in out:
        return True
    if _FRACTION.search(out) is None:
        return False
    return any(_plain_double_differs(out, match.start()) for match in _FRACTION.finditer(out))


def dumps_bytes(value: Any) -> bytes:
    """`dumps` as UTF-8 bytes (what an output writes)."""
    out = b""
    if isinstance(value, dict | list):
        try:
            out = orjson.dumps(value, default=_default, option=_OPTIONS)
        except orjson.JSONEncodeError:
            out = b""  # an integer beyond 64 bits, or a non-string key: take the converting path
        if out and _may_differ(out) and _has_double(value):
            out = b""
    if not out:
        out = _exact_bytes(value)
    if b"\\" in out and b"\\u00" in out:  # a one-byte scan first: most documents have no escape
        # orjson writes \u001f; Jackson writes \u001F. Rare, so re-encode those strings slowly.
        return _slow_dumps(value).encode("utf-8")
    return out


def _exact_bytes(value: Any) -> bytes:
    """orjson over a copy whose doubles, floats, big integers and dates are pre-rendered fragments."""
    _, converted = _convert(value)
    return orjson.dumps(converted, default=_default, option=_OPTIONS)


def dumps(value: Any, *, pretty: bool = False) -> str:
    """Compact JSON text as Elasticsearch writes it (`pretty`: Jackson's `?pretty` layout)."""
    if pretty:
        return _pretty(value, "")
    return dumps_bytes(value).decode("utf-8")


def _string_text(text: str) -> str:
    if not _NEEDS_ESCAPE.search(text):
        return f'"{text}"'

    def escape(match: re.Match[str]) -> str:
        char = match.group(0)
        return _SHORT_ESCAPES.get(char) or f"\\u{ord(char):04X}"

    return '"' + _NEEDS_ESCAPE.sub(escape, text) + '"'


def _scalar_text(value: Any) -> str:
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, str):
        return _string_text(value)
    if isinstance(value, float):
        return _float_text(value)
    if isinstance(value, int):
        return str(int(value))
    if isinstance(value, ZonedDateTime):
        return f'"{value.json_text()}"'
    if isinstance(value, bytes | bytearray):
        return '"' + base64.b64encode(bytes(value)).decode("ascii") + '"'
    number_text = getattr(value, "json_number_text", None)
    if number_text is not None:
        return str(number_text())
    return _string_text(_key_text(value))


def _slow_dumps(value: Any) -> str:
    if isinstance(value, dict):
        return (
            "{" + ",".join(f"{_string_text(_key_as_str(k))}:{_slow_dumps(v)}" for k, v in value.items()) + "}"
        )
    if isinstance(value, list | tuple):
        return "[" + ",".join(_slow_dumps(v) for v in value) + "]"
    return _scalar_text(value)


def _key_as_str(key: Any) -> str:
    return key if isinstance(key, str) else _key_text(key)


def _pretty(value: Any, indent: str) -> str:
    """Jackson's DefaultPrettyPrinter as Elasticsearch configures it: 2 spaces, `"k" : v`."""
    inner = indent + "  "
    if isinstance(value, dict):
        if not value:
            return "{ }"
        parts = [f"{inner}{_string_text(_key_as_str(k))} : {_pretty(v, inner)}" for k, v in value.items()]
        return "{\n" + ",\n".join(parts) + "\n" + indent + "}"
    if isinstance(value, list | tuple):
        if not value:
            return "[ ]"
        return "[\n" + ",\n".join(inner + _pretty(v, inner) for v in value) + "\n" + indent + "]"
    return _scalar_text(value)


# ---------------------------------------------------------------------------------------------
# loads


def loads(text: str | bytes) -> Any:
    """Parse JSON into the Java value model (ints by magnitude, fractions and exponents as Double)."""
    raw = text.encode("utf-8") if isinstance(text, str) else text
    if not _BIG_INT.search(raw):
        try:
            return orjson.loads(raw)
        except orjson.JSONDecodeError as exc:
            if "infinity" not in str(exc):
                raise
    # Integers beyond 64 bits (BigInteger) or doubles that overflow to Infinity: the slow parser.
    return json.loads(raw)
