"""Byte and Short statics (api_byte_short).

Expected texts come from the JDK (Temurin 25; OpenJDK 17 agrees unless noted): a throwaway Java
class printed String.valueOf(expression), or the exception class and message, for each Java
twin of the expressions below (Painless has no varargs, so Arrays.asList takes a def[] here).
Painless evaluates the same expression inside String.valueOf, so the strings must match."""

from __future__ import annotations

import pytest
from painless_helpers import error_of_string_value_of, string_value_of

PRELUDE = ""

VALUES = [
    ("byte_parse", 'Byte.parseByte("-128")', "-128"),
    ("byte_parse_radix", 'Byte.parseByte("7f", 16)', "127"),
    ("byte_value_of_radix", 'Byte.valueOf("-10", 2)', "-2"),
    ("byte_decode", 'Byte.decode("0x7F")', "127"),
    ("byte_decode_neg", 'Byte.decode("-#80")', "-128"),
    ("byte_compare", "Byte.compare((byte) 5, (byte) -3)", "8"),
    ("byte_compare_to", "Byte.valueOf((byte) 1).compareTo(Byte.valueOf((byte) 9))", "-8"),
    ("byte_hash", "Byte.hashCode((byte) -7)", "-7"),
    ("byte_to_string", "Byte.toString((byte) -7)", "-7"),
    ("byte_unsigned_int", "Byte.toUnsignedInt((byte) -1)", "255"),
    ("byte_unsigned_long", "Byte.toUnsignedLong((byte) -128)", "128"),
    ("byte_bytes", "Byte.BYTES", "1"),
    ("byte_size", "Byte.SIZE", "8"),
    ("short_parse", 'Short.parseShort("-32768")', "-32768"),
    ("short_parse_radix", 'Short.parseShort("-7fff", 16)', "-32767"),
    ("short_value_of_radix", 'Short.valueOf("zz", 36)', "1295"),
    ("short_decode", 'Short.decode("010")', "8"),
    ("short_compare", "Short.compare((short) 1, (short) 300)", "-299"),
    ("short_hash", "Short.hashCode((short) 300)", "300"),
    ("short_to_string", "Short.toString((short) -300)", "-300"),
    ("short_unsigned_int", "Short.toUnsignedInt((short) -1)", "65535"),
    ("short_unsigned_long", "Short.toUnsignedLong((short) -2)", "65534"),
    ("short_reverse_bytes", "Short.reverseBytes((short) 0x1234)", "13330"),
    ("short_reverse_bytes_neg", "Short.reverseBytes((short) 0x80)", "-32768"),
    ("short_bytes", "Short.BYTES", "2"),
    ("short_size", "Short.SIZE", "16"),
]

ERRORS = [
    (
        "byte_parse_over",
        'Byte.parseByte("128")',
        "number_format_exception",
        'Value out of range. Value:"128" Radix:10',
    ),
    (
        "byte_parse_over_radix",
        'Byte.parseByte("ff", 16)',
        "number_format_exception",
        'Value out of range. Value:"ff" Radix:16',
    ),
    ("byte_parse_bad", 'Byte.parseByte("x1")', "number_format_exception", 'For input string: "x1"'),
    (
        "byte_decode_over",
        'Byte.decode("0x80")',
        "number_format_exception",
        "Value 128 out of range from input 0x80",
    ),
    (
        "short_parse_over",
        'Short.parseShort("32768")',
        "number_format_exception",
        'Value out of range. Value:"32768" Radix:10',
    ),
    (
        "short_decode_over",
        'Short.decode("70000")',
        "number_format_exception",
        "Value 70000 out of range from input 70000",
    ),
]


@pytest.mark.parametrize(("expr", "expected"), [c[1:] for c in VALUES], ids=[c[0] for c in VALUES])
def test_value_matches_jdk(expr: str, expected: str) -> None:
    assert string_value_of(PRELUDE, expr) == expected


@pytest.mark.parametrize(
    ("expr", "error_type", "message"), [c[1:] for c in ERRORS], ids=[c[0] for c in ERRORS]
)
def test_error_matches_jdk(expr: str, error_type: str, message: str | None) -> None:
    assert error_of_string_value_of(PRELUDE, expr) == (error_type, message)
