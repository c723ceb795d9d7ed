"""java.util.UUID as java.util.txt whitelists it: two signed 64-bit halves, Java's text form,
fromString's lenient parsing (each group is Long.parseLong'd in hex, so short groups and signs
pass) with its exact exceptions, and the time-based accessors that only version 1 UUIDs have.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from typing import Any

from s1elastic.ingest.errors import (
    IllegalArgumentException,
    NullPointerException,
    NumberFormatException,
    UnsupportedOperationException,
)
from s1elastic.ingest.javatypes import JLong
from s1elastic.ingest.painless import runtime as rt
from s1elastic.ingest.painless.api_lang import _digit
from s1elastic.ingest.painless.methods import constructor, method

_MASK64 = (1 << 64) - 1


def _signed64(v: int) -> int:
    v &= _MASK64
    return v - (1 << 64) if v >= 1 << 63 else v


@dataclass(frozen=True, slots=True)
class JUUID:
    msb: int  # signed, as Java's long
    lsb: int

    JAVA_CLASS = "java.util.UUID"
    PAINLESS_CLASS = "UUID"

    def java_to_string(self) -> str:
        h = f"{self.msb & _MASK64:016x}{self.lsb & _MASK64:016x}"
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _parse_hex_long(s: str, begin: int, end: int) -> int:
    """Long.parseLong(s, begin, end, 16) with its NumberFormatException texts."""

    def error(at: int) -> NumberFormatException:
        return NumberFormatException(f'Error at index {at - begin} in: "{s[begin:end]}"')

    if begin >= end:
        raise NumberFormatException("")
    i = begin
    negative = False
    if s[i] < "0":
        if s[i] == "-":
            negative = True
        elif s[i] != "+":
            raise error(i)
        i += 1
        if i >= end:
            raise error(i)
    value = 0
    while i < end:
        d = _digit(s[i], 16)
        if d < 0:
            raise error(i)
        value = value * 16 + d
        if value > (1 << 63) - (0 if negative else 1):
            raise error(i)
        i += 1
    return -value if negative else value


@method("UUID", "static UUID fromString(String)")
def from_string(name: Any) -> JUUID:
    """UUID.fromString: five dash-separated hex groups, masked to 32-16-16-16-48 bits."""
    if name is None:
        raise NullPointerException(None)
    s = str(name)
    if len(s) > 36:
        raise IllegalArgumentException("UUID string too large")
    dashes: list[int] = []
    pos = -1
    for _ in range(5):
        pos = s.find("-", pos + 1)
        dashes.append(pos)
        if pos < 0:
            break
    if len(dashes) < 5 or dashes[3] < 0 or dashes[4] >= 0:
        raise IllegalArgumentException(f"Invalid UUID string: {s}")
    d1, d2, d3, d4 = dashes[:4]
    msb = _parse_hex_long(s, 0, d1) & 0xFFFFFFFF
    msb = (msb << 16) | (_parse_hex_long(s, d1 + 1, d2) & 0xFFFF)
    msb = (msb << 16) | (_parse_hex_long(s, d2 + 1, d3) & 0xFFFF)
    lsb = (_parse_hex_long(s, d3 + 1, d4) & 0xFFFF) << 48
    lsb |= _parse_hex_long(s, d4 + 1, len(s)) & 0xFFFFFFFFFFFF
    return JUUID(_signed64(msb), _signed64(lsb))


@constructor("UUID", "long, long")
def _new_uuid(msb: Any, lsb: Any) -> JUUID:
    return JUUID(_signed64(int(msb)), _signed64(int(lsb)))


@method("UUID", "static UUID randomUUID()")
def _random_uuid() -> JUUID:
    return _of_bytes(uuid.uuid4().bytes)


@method("UUID", "static UUID nameUUIDFromBytes(byte[])")
def _name_uuid(data: Any) -> JUUID:
    """Version 3: the MD5 of the bytes with the version and IETF variant bits set."""
    if data is None:
        raise NullPointerException(None)
    digest = bytearray(hashlib.md5(bytes(int(b) & 0xFF for b in data)).digest())
    digest[6] = (digest[6] & 0x0F) | 0x30
    digest[8] = (digest[8] & 0x3F) | 0x80
    return _of_bytes(bytes(digest))


def _of_bytes(raw: bytes) -> JUUID:
    return JUUID(_signed64(int.from_bytes(raw[:8], "big")), _signed64(int.from_bytes(raw[8:], "big")))


@method("UUID", "long getMostSignificantBits()")
def _msb(u: JUUID) -> JLong:
    return JLong(u.msb)


@method("UUID", "long getLeastSignificantBits()")
def _lsb(u: JUUID) -> JLong:
    return JLong(u.lsb)


@method("UUID", "int version()")
def _version(u: JUUID) -> int:
    return (u.msb >> 12) & 0x0F


@method("UUID", "int variant()")
def _variant(u: JUUID) -> int:
    """0 (NCS), 2 (IETF), 6 (Microsoft) or 7 (reserved), from the top bits of the low half."""
    low = u.lsb & _MASK64
    top = low >> 62
    if top < 2:
        return 0
    return (low >> 61) & 0x7 if top == 3 else 2


def _time_based(u: JUUID) -> None:
    if _version(u) != 1:
        raise UnsupportedOperationException("Not a time-based UUID")


@method("UUID", "long timestamp()")
def _timestamp(u: JUUID) -> JLong:
    _time_based(u)
    high = u.msb & _MASK64
    return JLong(((high & 0x0FFF) << 48) | (((high >> 16) & 0xFFFF) << 32) | (high >> 32))


@method("UUID", "int clockSequence()")
def _clock_sequence(u: JUUID) -> int:
    _time_based(u)
    return ((u.lsb & _MASK64) & 0x3FFF000000000000) >> 48


@method("UUID", "long node()")
def _node(u: JUUID) -> JLong:
    _time_based(u)
    return JLong(u.lsb & 0x0000FFFFFFFFFFFF)


@method("UUID", "int compareTo(UUID)")
def _compare_to(u: JUUID, other: Any) -> int:
    """Signed comparison of the high halves, then of the low halves (as Long.compare)."""
    if other is None:
        raise NullPointerException(None)
    if not isinstance(other, JUUID):
        raise rt.cast_error_def(other, "UUID", True)
    a, b = (u.msb, u.lsb), (other.msb, other.lsb)
    return (a > b) - (a < b)


@method("UUID", "int hashCode()")
def _hash_code(u: JUUID) -> int:
    hilo = (u.msb ^ u.lsb) & _MASK64
    return rt.wrap32((hilo >> 32) ^ (hilo & 0xFFFFFFFF))
