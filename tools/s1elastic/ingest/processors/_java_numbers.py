"""Java's number parsing (Integer/Long.parseInt/decode, Float/Double.parseDouble) with its messages.

Why: convert and bytes accept exactly what the JDK accepts (`+5`, `0x1F`, `1e3`, `1.5f`, hex floats,
surrounding whitespace for floats only) and their on_failure messages are the JDK's
NumberFormatException texts (JDK 17+ wording).
"""

from __future__ import annotations

import math
import re
import struct
from fractions import Fraction

from s1elastic.ingest.errors import NumberFormatException
from s1elastic.ingest.javatypes import INT_MAX, INT_MIN, LONG_MAX, LONG_MIN, to_float32

_DIGITS = {10: "0123456789", 16: "0123456789abcdefABCDEF", 8: "01234567"}


def _for_input(text: str, radix: int) -> NumberFormatException:
    suffix = "" if radix == 10 else f" under radix {radix}"
    return NumberFormatException(f'For input string: "{text}"{suffix}')


def parse_integral(text: str, radix: int = 10, *, bits: int = 32) -> int:
    """Integer.parseInt / Long.parseLong: optional sign, then digits only, in range."""
    low, high = (INT_MIN, INT_MAX) if bits == 32 else (LONG_MIN, LONG_MAX)
    body = text[1:] if text[:1] in ("+", "-") else text
    if not body:
        raise _for_input(text, radix)
    if radix == 10:
        if not body.isdecimal():
            raise _for_input(text, radix)
        value = int(body)  # isdecimal covers the Unicode digits Character.digit accepts
    else:
        if any(c not in _DIGITS[radix] for c in body):
            raise _for_input(text, radix)
        value = int(body, radix)
    if text[0] == "-":
        value = -value
    if not low <= value <= high:
        raise _for_input(text, radix)
    return value


def decode_integral(text: str, *, bits: int = 32) -> int:
    """Integer.decode / Long.decode: sign, then 0x/0X/# (hex) or a leading 0 (octal)."""
    if not text:
        raise NumberFormatException("Zero length string")
    index = 0
    negative = False
    if text[0] == "-":
        negative = True
        index = 1
    elif text[0] == "+":
        index = 1
    radix = 10
    if text.startswith(("0x", "0X"), index):
        index += 2
        radix = 16
    elif text.startswith("#", index):
        index += 1
        radix = 16
    elif text.startswith("0", index) and len(text) > 1 + index:
        index += 1
        radix = 8
    if text.startswith(("-", "+"), index):
        raise NumberFormatException("Sign character in wrong position")
    digits = text[index:]
    try:
        value = parse_integral(digits, radix, bits=bits)
        return -value if negative else value
    except NumberFormatException:
        return parse_integral("-" + digits if negative else digits, radix, bits=bits)


_DECIMAL = re.compile(r"[+-]?(?:NaN|Infinity|(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?[fFdD]?)")
_HEX = re.compile(r"([+-]?)0[xX]((?:[0-9a-fA-F]+\.?[0-9a-fA-F]*|\.[0-9a-fA-F]+)[pP][+-]?[0-9]+)[fFdD]?")


def _java_trim(text: str) -> str:
    start, end = 0, len(text)
    while start < end and text[start] <= " ":
        start += 1
    while end > start and text[end - 1] <= " ":
        end -= 1
    return text[start:end]


def _parse_floating(text: str) -> tuple[float, str]:
    """FloatingDecimal.readJavaFormatString: the double value and the exact decimal text (or "")."""
    trimmed = _java_trim(text)
    if not trimmed:
        raise NumberFormatException("empty String")
    if _DECIMAL.fullmatch(trimmed):
        body = trimmed.rstrip("fFdD") if trimmed[-1] in "fFdD" else trimmed
        if body.lstrip("+-") == "NaN":
            return math.nan, ""
        if body.lstrip("+-") == "Infinity":
            return (-math.inf if body[0] == "-" else math.inf), ""
        return float(body), body
    hexmatch = _HEX.fullmatch(trimmed)
    if hexmatch:
        value = float.fromhex(hexmatch.group(1) + "0x" + hexmatch.group(2))
        return value, ""
    raise NumberFormatException(f'For input string: "{trimmed}"')


def parse_double(text: str) -> float:
    """Double.parseDouble."""
    return _parse_floating(text)[0]


def _next_float32(value: float, toward: float) -> float:
    bits = struct.unpack("<i", struct.pack("<f", value))[0]
    step = 1 if (toward > value) == (value >= 0) else -1
    if value == 0:
        return math.copysign(struct.unpack("<f", struct.pack("<i", 1))[0], toward)
    return float(struct.unpack("<f", struct.pack("<i", bits + step))[0])


def parse_float(text: str) -> float:
    """Float.parseFloat, rounded once from the decimal text (not via double)."""
    value, exact_text = _parse_floating(text)
    rounded = to_float32(value)
    if not exact_text or rounded == value or math.isinf(rounded) or math.isnan(value):
        return rounded
    other = _next_float32(rounded, value)
    if math.isinf(other) or (rounded + other) / 2 != value:
        return rounded
    # The double sits exactly on a float midpoint: decide with the exact decimal value.
    exact = Fraction(exact_text)
    distance_rounded = abs(exact - Fraction(rounded))
    distance_other = abs(exact - Fraction(other))
    return other if distance_other < distance_rounded else rounded
