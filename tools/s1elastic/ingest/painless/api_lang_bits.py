"""java.lang number statics that Painless allowlists (java.lang.txt) beyond the common ones.

Boolean/Integer/Long/Float/Double helpers: decode, unsigned parsing and printing, bit twiddling,
hash codes, raw IEEE bits, float printing. Pure functions with the JDK's results and exception
texts; the common parse/valueOf/toString/toHexString ones live in api_lang.
"""

from __future__ import annotations

import math
import struct
from typing import Any

from s1elastic.ingest.errors import ArithmeticException, NullPointerException, NumberFormatException
from s1elastic.ingest.javatypes import JFloat, JLong, java_float_str
from s1elastic.ingest.painless import runtime as rt
from s1elastic.ingest.painless.api_lang import _parse_int
from s1elastic.ingest.painless.methods import method, static_field

_M32 = 0xFFFFFFFF
_M64 = 0xFFFFFFFFFFFFFFFF


def _signed(v: int, bits: int) -> int:
    v &= (1 << bits) - 1
    return v - (1 << bits) if v >> (bits - 1) else v


def _i(v: Any) -> int:
    return _signed(rt.int_value(v), 32)


def _l(v: Any) -> int:
    return _signed(rt.long_value(v), 64)


# ---------------------------------------------------------------------------------------------
# Boolean


@method("Boolean", "static int compare(boolean, boolean)")
def _bool_compare(a: bool, b: bool) -> int:
    return 0 if bool(a) == bool(b) else (1 if a else -1)


@method("Boolean", "int compareTo(Boolean)")
def _bool_compare_to(a: Any, b: Any) -> int:
    if b is None:  # the JDK's helpful message (OpenJDK 17)
        raise NullPointerException('Cannot read field "value" because "b" is null')
    return _bool_compare(a, b)


@method("Boolean", "static int hashCode(boolean)")
def _bool_hash(a: bool) -> int:
    return 1231 if a else 1237


@method("Boolean", "static boolean logicalAnd(boolean, boolean)")
def _bool_and(a: bool, b: bool) -> bool:
    return bool(a) and bool(b)


@method("Boolean", "static boolean logicalOr(boolean, boolean)")
def _bool_or(a: bool, b: bool) -> bool:
    return bool(a) or bool(b)


@method("Boolean", "static boolean logicalXor(boolean, boolean)")
def _bool_xor(a: bool, b: bool) -> bool:
    return bool(a) != bool(b)


# ---------------------------------------------------------------------------------------------
# decode: optional sign, then 0x/0X/# for hex or a leading 0 for octal (Integer.decode)


def _decode(text: Any, bits: int) -> int:
    if text is None:
        raise NullPointerException('Cannot invoke "String.length()" because "nm" is null')
    s = str(text)
    if not s:
        raise NumberFormatException("Zero length string")
    index, negative = 0, False
    if s[0] in "+-":
        negative = s[0] == "-"
        index = 1
    radix = 10
    if s.startswith(("0x", "0X"), index):
        index, radix = index + 2, 16
    elif s.startswith("#", index):
        index, radix = index + 1, 16
    elif s.startswith("0", index) and len(s) > index + 1:
        index, radix = index + 1, 8
    if s.startswith(("-", "+"), index):
        raise NumberFormatException("Sign character in wrong position")
    body = s[index:]
    try:
        # parsed as a positive number first, so MIN_VALUE needs the signed retry below
        value = _parse_int(body, radix, bits)
        return -value if negative else value
    except NumberFormatException:
        # Integer.decode retries with the sign attached, which accepts MIN_VALUE
        return _parse_int(("-" + body) if negative else body, radix, bits)


@method("Integer", "static Integer decode(String)")
def _int_decode(s: Any) -> int:
    return _decode(s, 32)


@method("Long", "static Long decode(String)")
def _long_decode(s: Any) -> JLong:
    return JLong(_decode(s, 64))


@method("Long", "static Long valueOf(String, int)")
def _long_value_of_radix(s: Any, radix: int) -> JLong:
    return JLong(_parse_int(s, rt.int_value(radix), 64))


# ---------------------------------------------------------------------------------------------
# Unsigned views


def _parse_unsigned(text: Any, radix: int, bits: int) -> int:
    if text is None:
        raise NumberFormatException("Cannot parse null string")  # JDK 17 and 25
    s = str(text)
    if not s:
        raise NumberFormatException('For input string: ""' + (f" under radix {radix}" if radix != 10 else ""))
    if s[0] == "-":
        raise NumberFormatException(f"Illegal leading minus sign on unsigned string {s}.")
    if bits == 32:
        # parseUnsignedInt goes through parseLong, so only a long overflow keeps parseLong's text
        value = _parse_int(s, radix, 64)
    else:
        # parseUnsignedLong parses all but the last digit as a signed long first
        if len(s) > 1:
            _parse_int(s[:-1], radix, 64)
        value = _parse_int(s, radix, 66)
    if value >= 1 << bits:
        kind = "int" if bits == 32 else "long"
        raise NumberFormatException(f"String value {s} exceeds range of unsigned {kind}.")
    return _signed(value, bits)


@method("Integer", "static int parseUnsignedInt(String)", "static int parseUnsignedInt(String, int)")
def _parse_uint(s: Any, radix: int = 10) -> int:
    return _parse_unsigned(s, rt.int_value(radix), 32)


@method("Long", "static long parseUnsignedLong(String)", "static long parseUnsignedLong(String, int)")
def _parse_ulong(s: Any, radix: int = 10) -> JLong:
    return JLong(_parse_unsigned(s, rt.int_value(radix), 64))


def _to_radix(value: int, radix: int) -> str:
    if radix < 2 or radix > 36:
        radix = 10
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if value == 0:
        return "0"
    out = []
    n = abs(value)
    while n:
        n, d = divmod(n, radix)
        out.append(digits[d])
    return ("-" if value < 0 else "") + "".join(reversed(out))


@method("Integer", "static String toUnsignedString(int)", "static String toUnsignedString(int, int)")
def _uint_str(v: Any, radix: int = 10) -> str:
    return _to_radix(_i(v) & _M32, rt.int_value(radix))


@method("Long", "static String toUnsignedString(long)", "static String toUnsignedString(long, int)")
def _ulong_str(v: Any, radix: int = 10) -> str:
    return _to_radix(_l(v) & _M64, rt.int_value(radix))


@method("Long", "static String toOctalString(long)")
def _long_oct(v: Any) -> str:
    return format(_l(v) & _M64, "o")


@method("Integer", "static long toUnsignedLong(int)")
def _uint_long(v: Any) -> JLong:
    return JLong(_i(v) & _M32)


@method("Integer", "static int compareUnsigned(int, int)")
def _uint_cmp(a: Any, b: Any) -> int:
    x, y = _i(a) & _M32, _i(b) & _M32
    return (x > y) - (x < y)


@method("Long", "static int compareUnsigned(long, long)")
def _ulong_cmp(a: Any, b: Any) -> int:
    x, y = _l(a) & _M64, _l(b) & _M64
    return (x > y) - (x < y)


def _udiv(a: int, b: int, mask: int, bits: int, rem: bool) -> int:
    x, y = a & mask, b & mask
    if y == 0:
        raise ArithmeticException("/ by zero")
    return _signed(x % y if rem else x // y, bits)


@method("Integer", "static int divideUnsigned(int, int)")
def _uint_div(a: Any, b: Any) -> int:
    return _udiv(_i(a), _i(b), _M32, 32, False)


@method("Integer", "static int remainderUnsigned(int, int)")
def _uint_rem(a: Any, b: Any) -> int:
    return _udiv(_i(a), _i(b), _M32, 32, True)


@method("Long", "static long divideUnsigned(long, long)")
def _ulong_div(a: Any, b: Any) -> JLong:
    return JLong(_udiv(_l(a), _l(b), _M64, 64, False))


@method("Long", "static long remainderUnsigned(long, long)")
def _ulong_rem(a: Any, b: Any) -> JLong:
    return JLong(_udiv(_l(a), _l(b), _M64, 64, True))


# ---------------------------------------------------------------------------------------------
# Bits


def _bit_count(v: int, mask: int) -> int:
    return bin(v & mask).count("1")


def _highest(v: int, bits: int) -> int:
    u = v & ((1 << bits) - 1)
    return _signed(1 << (u.bit_length() - 1), bits) if u else 0


def _lowest(v: int, bits: int) -> int:
    u = v & ((1 << bits) - 1)
    return _signed(u & -u, bits)


def _nlz(v: int, bits: int) -> int:
    return bits - (v & ((1 << bits) - 1)).bit_length()


def _ntz(v: int, bits: int) -> int:
    u = v & ((1 << bits) - 1)
    return bits if u == 0 else (u & -u).bit_length() - 1


def _reverse(v: int, bits: int) -> int:
    u = v & ((1 << bits) - 1)
    return _signed(int(format(u, f"0{bits}b")[::-1], 2), bits)


def _reverse_bytes(v: int, bits: int) -> int:
    u = v & ((1 << bits) - 1)
    return _signed(int.from_bytes(u.to_bytes(bits // 8, "big"), "little"), bits)


def _rotl(v: int, n: int, bits: int) -> int:
    u, n = v & ((1 << bits) - 1), n & (bits - 1)
    return _signed((u << n) | (u >> (bits - n)), bits)


def _signum(v: int) -> int:
    return (v > 0) - (v < 0)


@method("Integer", "static int bitCount(int)")
def _int_bit_count(v: Any) -> int:
    return _bit_count(_i(v), _M32)


@method("Long", "static int bitCount(long)")
def _long_bit_count(v: Any) -> int:
    return _bit_count(_l(v), _M64)


@method("Integer", "static int highestOneBit(int)")
def _int_highest(v: Any) -> int:
    return _highest(_i(v), 32)


@method("Long", "static long highestOneBit(long)")
def _long_highest(v: Any) -> JLong:
    return JLong(_highest(_l(v), 64))


@method("Integer", "static int lowestOneBit(int)")
def _int_lowest(v: Any) -> int:
    return _lowest(_i(v), 32)


@method("Long", "static long lowestOneBit(long)")
def _long_lowest(v: Any) -> JLong:
    return JLong(_lowest(_l(v), 64))


@method("Integer", "static int numberOfLeadingZeros(int)")
def _int_nlz(v: Any) -> int:
    return _nlz(_i(v), 32)


@method("Long", "static int numberOfLeadingZeros(long)")
def _long_nlz(v: Any) -> int:
    return _nlz(_l(v), 64)


@method("Integer", "static int numberOfTrailingZeros(int)")
def _int_ntz(v: Any) -> int:
    return _ntz(_i(v), 32)


@method("Long", "static int numberOfTrailingZeros(long)")
def _long_ntz(v: Any) -> int:
    return _ntz(_l(v), 64)


@method("Integer", "static int reverse(int)")
def _int_reverse(v: Any) -> int:
    return _reverse(_i(v), 32)


@method("Long", "static long reverse(long)")
def _long_reverse(v: Any) -> JLong:
    return JLong(_reverse(_l(v), 64))


@method("Integer", "static int reverseBytes(int)")
def _int_reverse_bytes(v: Any) -> int:
    return _reverse_bytes(_i(v), 32)


@method("Long", "static long reverseBytes(long)")
def _long_reverse_bytes(v: Any) -> JLong:
    return JLong(_reverse_bytes(_l(v), 64))


@method("Integer", "static int rotateLeft(int, int)")
def _int_rotl(v: Any, n: Any) -> int:
    return _rotl(_i(v), _i(n), 32)


@method("Integer", "static int rotateRight(int, int)")
def _int_rotr(v: Any, n: Any) -> int:
    return _rotl(_i(v), -_i(n), 32)


@method("Long", "static long rotateLeft(long, int)")
def _long_rotl(v: Any, n: Any) -> JLong:
    return JLong(_rotl(_l(v), _i(n), 64))


@method("Long", "static long rotateRight(long, int)")
def _long_rotr(v: Any, n: Any) -> JLong:
    return JLong(_rotl(_l(v), -_i(n), 64))


@method("Long", "static int signum(long)")
def _long_signum(v: Any) -> int:
    return _signum(_l(v))


@method("Long", "static long sum(long, long)")
def _long_sum(a: Any, b: Any) -> JLong:
    return JLong(_signed(_l(a) + _l(b), 64))


@method("Integer", "static int hashCode(int)")
def _int_hash(v: Any) -> int:
    return _i(v)


@method("Long", "static int hashCode(long)")
def _long_hash(v: Any) -> int:
    u = _l(v) & _M64
    return _signed(u ^ (u >> 32), 32)


# ---------------------------------------------------------------------------------------------
# Floating point


def _f(v: Any) -> float:
    return float(rt.float_value(v))


def _d(v: Any) -> float:
    return float(rt.double_value(v))


def _double_bits(v: float, raw: bool) -> int:
    if not raw and v != v:
        return 0x7FF8000000000000
    return _signed(struct.unpack("<q", struct.pack("<d", v))[0], 64)


def _float_bits(v: float, raw: bool) -> int:
    if not raw and v != v:
        return 0x7FC00000
    return _signed(struct.unpack("<i", struct.pack("<f", v))[0], 32)


@method("Double", "static long doubleToLongBits(double)")
def _d2l(v: Any) -> JLong:
    return JLong(_double_bits(_d(v), False))


@method("Double", "static long doubleToRawLongBits(double)")
def _d2l_raw(v: Any) -> JLong:
    return JLong(_double_bits(_d(v), True))


@method("Double", "static double longBitsToDouble(long)")
def _l2d(v: Any) -> float:
    return float(struct.unpack("<d", struct.pack("<q", _l(v)))[0])


@method("Double", "static int hashCode(double)")
def _double_hash(v: Any) -> int:
    bits = _double_bits(_d(v), False) & _M64
    return _signed(bits ^ (bits >> 32), 32)


@method("Float", "static int floatToIntBits(float)")
def _f2i(v: Any) -> int:
    return _float_bits(_f(v), False)


@method("Float", "static int floatToRawIntBits(float)")
def _f2i_raw(v: Any) -> int:
    return _float_bits(_f(v), True)


@method("Float", "static float intBitsToFloat(int)")
def _i2f(v: Any) -> JFloat:
    return JFloat(struct.unpack("<f", struct.pack("<i", _i(v)))[0])


@method("Float", "static int hashCode(float)")
def _float_hash(v: Any) -> int:
    return _float_bits(_f(v), False)


def _fp_max(a: float, b: float) -> float:
    if a != a or b != b:
        return math.nan
    if a == b == 0.0:
        return b if math.copysign(1.0, a) < 0 else a
    return max(a, b)


def _fp_min(a: float, b: float) -> float:
    if a != a or b != b:
        return math.nan
    if a == b == 0.0:
        return a if math.copysign(1.0, a) < 0 else b
    return min(a, b)


@method("Double", "static double max(double, double)")
def _double_max(a: Any, b: Any) -> float:
    return _fp_max(_d(a), _d(b))


@method("Double", "static double min(double, double)")
def _double_min(a: Any, b: Any) -> float:
    return _fp_min(_d(a), _d(b))


@method("Double", "static double sum(double, double)")
def _double_sum(a: Any, b: Any) -> float:
    return _d(a) + _d(b)


@method("Float", "static float max(float, float)")
def _float_max(a: Any, b: Any) -> JFloat:
    return JFloat(_fp_max(_f(a), _f(b)))


@method("Float", "static float min(float, float)")
def _float_min(a: Any, b: Any) -> JFloat:
    return JFloat(_fp_min(_f(a), _f(b)))


@method("Float", "static float sum(float, float)")
def _float_sum(a: Any, b: Any) -> JFloat:
    return JFloat(struct.unpack("<f", struct.pack("<f", _f(a) + _f(b)))[0])


@method("Float", "int compareTo(Float)")
def _float_compare_to(a: Any, b: Any) -> int:
    if b is None:  # the JDK's helpful message (OpenJDK 17)
        raise NullPointerException('Cannot read field "value" because "anotherFloat" is null')
    return _float_compare(a, b)


@method("Float", "static int compare(float, float)")
def _float_compare(a: Any, b: Any) -> int:
    # Float.compare orders -0.0 before 0.0 and NaN after everything, like Double.compare
    x, y = _float_bits(_f(a), False), _float_bits(_f(b), False)
    fa, fb = _f(a), _f(b)
    if fa < fb:
        return -1
    if fa > fb:
        return 1
    return (x > y) - (x < y)


@method("Float", "static boolean isNaN(float)")
def _float_is_nan(v: Any) -> bool:
    return _f(v) != _f(v)


@method("Float", "static boolean isInfinite(float)", "boolean isInfinite()")
def _float_is_inf(v: Any) -> bool:
    return math.isinf(_f(v))


@method("Float", "static boolean isFinite(float)")
def _float_is_finite(v: Any) -> bool:
    return math.isfinite(_f(v))


@method("Float", "static String toString(float)")
def _float_to_string(v: Any) -> str:
    return java_float_str(_f(v))


def _hex_float(v: float, mant_bits: int, exp_bias: int, min_exp: int) -> str:
    """Double/Float.toHexString: 0x1.<hex>p<exp>, subnormals as 0x0.<hex>p<min_exp>."""
    if v != v:
        return "NaN"
    if math.isinf(v):
        return "Infinity" if v > 0 else "-Infinity"
    sign = "-" if math.copysign(1.0, v) < 0 else ""
    if v == 0.0:
        return sign + "0x0.0p0"
    if mant_bits == 52:
        bits = struct.unpack("<Q", struct.pack("<d", v))[0]
        exp_field, mant = (bits >> 52) & 0x7FF, bits & ((1 << 52) - 1)
        width = 13
    else:
        bits = struct.unpack("<I", struct.pack("<f", v))[0]
        exp_field, mant = (bits >> 23) & 0xFF, (bits & ((1 << 23) - 1)) << 1
        width = 6
    digits = format(mant, f"0{width}x").rstrip("0") or "0"
    if exp_field == 0:
        return f"{sign}0x0.{digits}p{min_exp}"
    return f"{sign}0x1.{digits}p{exp_field - exp_bias}"


@method("Double", "static String toHexString(double)")
def _double_hex(v: Any) -> str:
    return _hex_float(_d(v), 52, 1023, -1022)


@method("Float", "static String toHexString(float)")
def _float_hex(v: Any) -> str:
    return _hex_float(_f(v), 23, 127, -126)


# The remaining constants java.lang.txt lists (MAX_VALUE/MIN_VALUE and Double's specials are in api_lang).
static_field("Float", "NaN", "float", JFloat(math.nan))
static_field("Float", "POSITIVE_INFINITY", "float", JFloat(math.inf))
static_field("Float", "NEGATIVE_INFINITY", "float", JFloat(-math.inf))
static_field("Float", "MIN_NORMAL", "float", JFloat(1.1754943508222875e-38))
static_field("Double", "MIN_NORMAL", "double", 2.2250738585072014e-308)
for _owner, _size in (("Integer", 32), ("Long", 64), ("Float", 32), ("Double", 64)):
    static_field(_owner, "SIZE", "int", _size)
    static_field(_owner, "BYTES", "int", _size // 8)
static_field("Float", "MAX_EXPONENT", "int", 127)
static_field("Float", "MIN_EXPONENT", "int", -126)
static_field("Double", "MAX_EXPONENT", "int", 1023)
static_field("Double", "MIN_EXPONENT", "int", -1022)
