"""Double.parseDouble and Long.parseLong with the JDK's accepted syntax and error messages."""

from __future__ import annotations

import re

from s1elastic.ingest.errors import NullPointerException, NumberFormatException

DOUBLE_SYNTAX = re.compile(
    r"[+-]?(?:NaN|Infinity|(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)[fFdD]?"
    r"|0[xX](?:[0-9a-fA-F]+\.?[0-9a-fA-F]*|\.[0-9a-fA-F]+)[pP][+-]?\d+[fFdD]?)"
)


def java_trim(text: str) -> str:
    """String.trim(): strips every char <= U+0020 at both ends."""
    start, end = 0, len(text)
    while start < end and text[start] <= " ":
        start += 1
    while end > start and text[end - 1] <= " ":
        end -= 1
    return text[start:end]


def parse_double(text: str | None) -> float:
    """Double.parseDouble: Java trim, optional f/d suffix, hex floats, NaN/Infinity."""
    if text is None:
        raise NullPointerException('Cannot invoke "String.trim()" because "in" is null')
    work = java_trim(text)
    if not work:
        raise NumberFormatException("empty String")
    if not DOUBLE_SYNTAX.fullmatch(work):
        raise NumberFormatException(f'For input string: "{work}"')
    if work[-1] in "fFdD":
        work = work[:-1]
    if "x" in work.lower():
        sign = -1.0 if work.startswith("-") else 1.0
        return sign * float.fromhex(work.lstrip("+-"))
    return float(work.replace("Infinity", "inf"))


def parse_long(text: str | None, radix: int = 10) -> int:
    """Long.parseLong: optional sign, digits only, 64-bit range."""
    if text is None:
        raise NumberFormatException("Cannot parse null string")
    suffix = "" if radix == 10 else f" under radix {radix}"
    body = text[1:] if text[:1] in ("+", "-") else text
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"[:radix]
    if not body or any(c.lower() not in digits for c in body):
        raise NumberFormatException(f'For input string: "{text}"{suffix}')
    value = int(text, radix)
    if not -(2**63) <= value < 2**63:
        raise NumberFormatException(f'For input string: "{text}"{suffix}')
    return value


def java_long_cast(value: float) -> int:
    """(long) d: truncation toward zero, NaN -> 0, saturating at the long range."""
    if value != value:
        return 0
    if value >= 2.0**63:
        return 2**63 - 1
    if value <= -(2.0**63):
        return -(2**63)
    return int(value)
