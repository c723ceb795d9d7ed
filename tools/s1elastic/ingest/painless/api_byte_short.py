"""java.lang.Byte and java.lang.Short statics from java.lang.txt (api_lang has valueOf and the
MIN/MAX constants): parsing and decoding with the JDK's range errors, printing, comparing,
hashing and unsigned widening."""

from __future__ import annotations

from typing import Any

from s1elastic.ingest.errors import NullPointerException, NumberFormatException
from s1elastic.ingest.javatypes import JLong
from s1elastic.ingest.painless import runtime as rt
from s1elastic.ingest.painless.api_lang import _parse_int
from s1elastic.ingest.painless.api_lang_bits import _decode
from s1elastic.ingest.painless.methods import method, static_field
from s1elastic.ingest.painless.values import JByte, JShort

static_field("Byte", "BYTES", "int", 1)
static_field("Byte", "SIZE", "int", 8)
static_field("Short", "BYTES", "int", 2)
static_field("Short", "SIZE", "int", 16)


def _parse(text: Any, radix: int, bits: int) -> int:
    """Byte.parseByte / Short.parseShort: Integer.parseInt, then the narrower range check."""
    value = _parse_int(text, radix, 32)
    if not -(1 << (bits - 1)) <= value < 1 << (bits - 1):
        raise NumberFormatException(f'Value out of range. Value:"{text}" Radix:{radix}')
    return value


def _decode_small(text: Any, bits: int) -> int:
    value = _decode(text, 32)
    if not -(1 << (bits - 1)) <= value < 1 << (bits - 1):
        raise NumberFormatException(f"Value {value} out of range from input {text}")
    return value


@method("Byte", "static byte parseByte(String)", "static byte parseByte(String, int)")
def _parse_byte(s: Any, radix: Any = 10) -> JByte:
    return JByte(_parse(s, rt.int_value(radix), 8))


@method("Byte", "static Byte valueOf(String, int)")
def _byte_value_of(s: Any, radix: Any) -> JByte:
    return JByte(_parse(s, rt.int_value(radix), 8))


@method("Short", "static short parseShort(String)", "static short parseShort(String, int)")
def _parse_short(s: Any, radix: Any = 10) -> JShort:
    return JShort(_parse(s, rt.int_value(radix), 16))


@method("Short", "static Short valueOf(String, int)")
def _short_value_of(s: Any, radix: Any) -> JShort:
    return JShort(_parse(s, rt.int_value(radix), 16))


@method("Byte", "static Byte decode(String)")
def _byte_decode(s: Any) -> JByte:
    return JByte(_decode_small(s, 8))


@method("Short", "static Short decode(String)")
def _short_decode(s: Any) -> JShort:
    return JShort(_decode_small(s, 16))


@method("Byte", "static int compare(byte, byte)")
@method("Short", "static int compare(short, short)")
def _compare(a: Any, b: Any) -> int:
    return rt.int_value(a) - rt.int_value(b)


@method("Byte", "int compareTo(Byte)")
@method("Short", "int compareTo(Short)")
def _compare_to(a: Any, b: Any) -> int:
    if b is None:
        raise NullPointerException(None)
    return rt.int_value(a) - rt.int_value(b)


@method("Byte", "static int hashCode(byte)")
@method("Short", "static int hashCode(short)")
def _hash_code(v: Any) -> int:
    return rt.int_value(v)


@method("Byte", "static String toString(byte)")
@method("Short", "static String toString(short)")
def _to_string(v: Any) -> str:
    return str(rt.int_value(v))


@method("Byte", "static int toUnsignedInt(byte)")
def _byte_unsigned_int(v: Any) -> int:
    return rt.int_value(v) & 0xFF


@method("Byte", "static long toUnsignedLong(byte)")
def _byte_unsigned_long(v: Any) -> JLong:
    return JLong(rt.int_value(v) & 0xFF)


@method("Short", "static int toUnsignedInt(short)")
def _short_unsigned_int(v: Any) -> int:
    return rt.int_value(v) & 0xFFFF


@method("Short", "static long toUnsignedLong(short)")
def _short_unsigned_long(v: Any) -> JLong:
    return JLong(rt.int_value(v) & 0xFFFF)


@method("Short", "static short reverseBytes(short)")
def _short_reverse_bytes(v: Any) -> JShort:
    x = rt.int_value(v) & 0xFFFF
    return rt.to_short(((x & 0xFF) << 8) | (x >> 8))
