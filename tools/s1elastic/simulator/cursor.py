"""Opaque page cursors: base64 text the client must hand back unchanged.

Like the console's (its documented example decodes to `agent_id:58029381`, a keyset position), a
cursor names a position, not a page number: the sort, the direction, the last object returned,
a fingerprint of the filters it belongs to, and the total counted on the first page (so that an
expensive count is paid once per walk). Standard base64 with `+`, `/` and `=` on purpose: clients
must URL-encode it.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

from s1elastic.simulator.errors import invalid_cursor

_MAGIC = "s1c1"


@dataclass(frozen=True)
class Cursor:
    sort: str  # "created" | "updated" | "offset"
    desc: bool
    position: tuple[int, ...]  # (index,) | (updated_us, index) | (offset,)
    fingerprint: str
    total: int | None

    def encode(self) -> str:
        pos = ".".join(str(p) for p in self.position)
        total = "" if self.total is None else str(self.total)
        text = f"{_MAGIC}:{self.sort}:{'d' if self.desc else 'a'}:{pos}:{self.fingerprint}:{total}"
        return base64.b64encode(text.encode()).decode()


def decode(text: str, fingerprint: str) -> Cursor:
    """The cursor, or 400 "Invalid cursor value received" when it is not one of ours for this query."""
    try:
        raw = base64.b64decode(text.encode(), validate=True).decode()
        magic, sort, direction, pos, fp, total = raw.split(":")
        position = tuple(int(p) for p in pos.split("."))
        parsed = Cursor(sort, direction == "d", position, fp, int(total) if total else None)
    except (binascii.Error, UnicodeError, ValueError):
        raise invalid_cursor() from None
    if magic != _MAGIC or fp != fingerprint or direction not in ("a", "d"):
        raise invalid_cursor()
    return parsed


def fingerprint(items: Iterable[tuple[str, str]]) -> str:
    """A short digest of the filter parameters a cursor is bound to."""
    digest = hashlib.blake2s(digest_size=6)
    for key, value in sorted(items):
        digest.update(f"{key}={value}&".encode())
    return digest.hexdigest()
