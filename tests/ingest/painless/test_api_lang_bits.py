"""java.lang number statics from java.lang.txt that api_lang_bits adds: decode, unsigned parsing and
printing, bit operations, hash codes, raw IEEE bits, Float printing and hex floats.

Expected texts were produced by the JDK (Temurin 25 and OpenJDK 17 agree): a throwaway Java class
printed String.valueOf(expression), or the exception class and message, for each expression below.
Painless evaluates the same expression inside String.valueOf, so the strings must match exactly."""

from __future__ import annotations

import pytest
from painless_helpers import error_of_string_value_of, run_script, string_value_of

VALUES = [
    ("integer_decode_0x1f", 'Integer.decode("0x1F")', "31"),
    ("integer_decode_ff", 'Integer.decode("-#ff")', "-255"),
    ("integer_decode_010", 'Integer.decode("010")', "8"),
    ("integer_decode_0", 'Integer.decode("0")', "0"),
    ("integer_decode_0_1", 'Integer.decode("-0")', "0"),
    ("integer_decode_2147483648", 'Integer.decode("-2147483648")', "-2147483648"),
    ("integer_decode_0x80000000", 'Integer.decode("-0x80000000")', "-2147483648"),
    ("integer_decode_0x7fffffff", 'Integer.decode("0X7fffffff")', "2147483647"),
    ("long_decode_0xffffffffff", 'Long.decode("0xFFFFFFFFFF")', "1099511627775"),
    ("long_decode_9223372036854775808", 'Long.decode("-9223372036854775808")', "-9223372036854775808"),
    ("long_valueof_ff_16", 'Long.valueOf("ff", 16)', "255"),
    ("long_valueof_zz_36", 'Long.valueOf("-zz", 36)', "-1295"),
    ("integer_parseunsignedint_4294967295", 'Integer.parseUnsignedInt("4294967295")', "-1"),
    ("integer_parseunsignedint_ffffffff_16", 'Integer.parseUnsignedInt("ffffffff", 16)', "-1"),
    ("integer_parseunsignedint_7", 'Integer.parseUnsignedInt("+7")', "7"),
    ("long_parseunsignedlong_18446744073709551615", 'Long.parseUnsignedLong("18446744073709551615")', "-1"),
    ("integer_tounsignedstring_1", "Integer.toUnsignedString(-1)", "4294967295"),
    ("integer_tounsignedstring_1_16", "Integer.toUnsignedString(-1, 16)", "ffffffff"),
    ("integer_tounsignedstring_255_40", "Integer.toUnsignedString(255, 40)", "255"),
    ("long_tounsignedstring_1l", "Long.toUnsignedString(-1L)", "18446744073709551615"),
    (
        "long_tounsignedstring_2l_2",
        "Long.toUnsignedString(-2L, 2)",
        "1111111111111111111111111111111111111111111111111111111111111110",
    ),
    ("long_tooctalstring_1l", "Long.toOctalString(-1L)", "1777777777777777777777"),
    ("integer_tounsignedlong_1", "Integer.toUnsignedLong(-1)", "4294967295"),
    ("integer_compareunsigned_1_1", "Integer.compareUnsigned(-1, 1)", "1"),
    ("long_compareunsigned_1l_1l", "Long.compareUnsigned(1L, -1L)", "-1"),
    ("integer_divideunsigned_1_2", "Integer.divideUnsigned(-1, 2)", "2147483647"),
    ("integer_remainderunsigned_1_7", "Integer.remainderUnsigned(-1, 7)", "3"),
    ("long_divideunsigned_1l_3l", "Long.divideUnsigned(-1L, 3L)", "6148914691236517205"),
    ("long_remainderunsigned_1l_10l", "Long.remainderUnsigned(-1L, 10L)", "5"),
    ("integer_bitcount_1", "Integer.bitCount(-1)", "32"),
    ("long_bitcount_255l", "Long.bitCount(255L)", "8"),
    ("integer_highestonebit_5", "Integer.highestOneBit(-5)", "-2147483648"),
    ("integer_highestonebit_100", "Integer.highestOneBit(100)", "64"),
    ("long_highestonebit_1l", "Long.highestOneBit(-1L)", "-9223372036854775808"),
    ("integer_lowestonebit_96", "Integer.lowestOneBit(96)", "32"),
    ("long_lowestonebit_0l", "Long.lowestOneBit(0L)", "0"),
    ("integer_numberofleadingzeros_1", "Integer.numberOfLeadingZeros(1)", "31"),
    ("integer_numberofleadingzeros_0", "Integer.numberOfLeadingZeros(0)", "32"),
    ("long_numberofleadingzeros_1l", "Long.numberOfLeadingZeros(-1L)", "0"),
    ("integer_numberoftrailingzeros_0", "Integer.numberOfTrailingZeros(0)", "32"),
    ("long_numberoftrailingzeros_1024l", "Long.numberOfTrailingZeros(1024L)", "10"),
    ("integer_reverse_1", "Integer.reverse(1)", "-2147483648"),
    ("long_reverse_1l", "Long.reverse(1L)", "-9223372036854775808"),
    ("integer_reversebytes_0x01020304", "Integer.reverseBytes(0x01020304)", "67305985"),
    ("long_reversebytes_1l", "Long.reverseBytes(1L)", "72057594037927936"),
    ("integer_rotateleft_2147483647_1", "Integer.rotateLeft(-2147483647, 1)", "3"),
    ("integer_rotateright_1_33", "Integer.rotateRight(1, 33)", "-2147483648"),
    ("long_rotateleft_1l_65", "Long.rotateLeft(1L, 65)", "2"),
    ("long_rotateright_1l_1", "Long.rotateRight(1L, 1)", "-9223372036854775808"),
    ("long_signum_5l", "Long.signum(-5L)", "-1"),
    ("long_sum_9223372036854775807l_1l", "Long.sum(9223372036854775807L, 1L)", "-9223372036854775808"),
    ("integer_hashcode_7", "Integer.hashCode(-7)", "-7"),
    ("long_hashcode_1l", "Long.hashCode(-1L)", "0"),
    ("long_hashcode_4294967296l", "Long.hashCode(4294967296L)", "1"),
    ("boolean_compare_true_false", "Boolean.compare(true, false)", "1"),
    ("boolean_hashcode_false", "Boolean.hashCode(false)", "1237"),
    ("boolean_logicalxor_true_true", "Boolean.logicalXor(true, true)", "false"),
    ("double_doubletolongbits_1_5", "Double.doubleToLongBits(1.5)", "4609434218613702656"),
    ("double_doubletolongbits_0_0", "Double.doubleToLongBits(-0.0)", "-9223372036854775808"),
    (
        "double_doubletorawlongbits_double_nan",
        "Double.doubleToRawLongBits(Double.NaN)",
        "9221120237041090560",
    ),
    ("double_longbitstodouble_4609434218613702656l", "Double.longBitsToDouble(4609434218613702656L)", "1.5"),
    ("double_hashcode_1_5", "Double.hashCode(1.5)", "1073217536"),
    ("double_hashcode_0_1", "Double.hashCode(0.1)", "-1507852285"),
    ("double_max_0_0_0_0", "Double.max(-0.0, 0.0)", "0.0"),
    ("double_min_0_0_0_0", "Double.min(-0.0, 0.0)", "-0.0"),
    ("double_max_1_0_double_nan", "Double.max(1.0, Double.NaN)", "NaN"),
    ("double_sum_0_1_0_2", "Double.sum(0.1, 0.2)", "0.30000000000000004"),
    ("double_tohexstring_1_0", "Double.toHexString(1.0)", "0x1.0p0"),
    ("double_tohexstring_0_1", "Double.toHexString(-0.1)", "-0x1.999999999999ap-4"),
    (
        "double_tohexstring_double_min_value",
        "Double.toHexString(Double.MIN_VALUE)",
        "0x0.0000000000001p-1022",
    ),
    ("double_tohexstring_0_0", "Double.toHexString(0.0)", "0x0.0p0"),
    ("double_tohexstring_double_max_value", "Double.toHexString(Double.MAX_VALUE)", "0x1.fffffffffffffp1023"),
    ("float_floattointbits_1_5f", "Float.floatToIntBits(1.5f)", "1069547520"),
    ("float_floattorawintbits_0_0f", "Float.floatToRawIntBits(-0.0f)", "-2147483648"),
    ("float_intbitstofloat_1069547520", "Float.intBitsToFloat(1069547520)", "1.5"),
    ("float_hashcode_0_1f", "Float.hashCode(0.1f)", "1036831949"),
    ("float_max_1_5f_2_5f", "Float.max(1.5f, 2.5f)", "2.5"),
    ("float_min_0_0f_0_0f", "Float.min(-0.0f, 0.0f)", "-0.0"),
    ("float_sum_0_1f_0_2f", "Float.sum(0.1f, 0.2f)", "0.3"),
    ("float_compare_0_0f_0_0f", "Float.compare(0.0f, -0.0f)", "1"),
    ("float_compare_float_nan_1_0f", "Float.compare(Float.NaN, 1.0f)", "1"),
    ("float_isnan_float_nan", "Float.isNaN(Float.NaN)", "true"),
    ("float_isinfinite_1_0f_0_0f", "Float.isInfinite(1.0f / 0.0f)", "true"),
    ("float_isfinite_1_0f", "Float.isFinite(1.0f)", "true"),
    ("float_tostring_1_0e_5f", "Float.toString(1.0E-5f)", "1.0E-5"),
    ("float_tostring_0_1f", "Float.toString(0.1f)", "0.1"),
    ("float_tostring_1_0e7f", "Float.toString(1.0E7f)", "1.0E7"),
    ("float_tostring_123456_78f", "Float.toString(123456.78f)", "123456.78"),
    ("float_tostring_3_4028235e38f", "Float.toString(3.4028235E38f)", "3.4028235E38"),
    ("float_tohexstring_1_0f", "Float.toHexString(1.0f)", "0x1.0p0"),
    ("float_tohexstring_0_1f", "Float.toHexString(0.1f)", "0x1.99999ap-4"),
    ("float_tohexstring_float_min_value", "Float.toHexString(Float.MIN_VALUE)", "0x0.000002p-126"),
    ("float_tohexstring_2_5f", "Float.toHexString(-2.5f)", "-0x1.4p1"),
]

ERRORS = [
    (
        "integer_decode_2147483648_1",
        'Integer.decode("2147483648")',
        "number_format_exception",
        'For input string: "2147483648"',
    ),
    (
        "integer_decode_0x",
        'Integer.decode("0x")',
        "number_format_exception",
        'For input string: "" under radix 16',
    ),
    ("integer_decode", 'Integer.decode("")', "number_format_exception", "Zero length string"),
    (
        "integer_decode_5",
        'Integer.decode("+-5")',
        "number_format_exception",
        "Sign character in wrong position",
    ),
    (
        "integer_decode_08",
        'Integer.decode("08")',
        "number_format_exception",
        'For input string: "8" under radix 8',
    ),
    ("long_decode", 'Long.decode("#")', "number_format_exception", 'For input string: "" under radix 16'),
    (
        "integer_parseunsignedint_4294967296",
        'Integer.parseUnsignedInt("4294967296")',
        "number_format_exception",
        "String value 4294967296 exceeds range of unsigned int.",
    ),
    (
        "integer_parseunsignedint_1",
        'Integer.parseUnsignedInt("-1")',
        "number_format_exception",
        "Illegal leading minus sign on unsigned string -1.",
    ),
    (
        "long_parseunsignedlong_18446744073709551616",
        'Long.parseUnsignedLong("18446744073709551616")',
        "number_format_exception",
        "String value 18446744073709551616 exceeds range of unsigned long.",
    ),
    ("integer_divideunsigned_1_0", "Integer.divideUnsigned(1, 0)", "arithmetic_exception", "/ by zero"),
]


@pytest.mark.parametrize(("expr", "expected"), [c[1:] for c in VALUES], ids=[c[0] for c in VALUES])
def test_value_matches_jdk(expr: str, expected: str) -> None:
    assert string_value_of("", expr) == expected


@pytest.mark.parametrize(
    ("expr", "error_type", "message"), [c[1:] for c in ERRORS], ids=[c[0] for c in ERRORS]
)
def test_error_matches_jdk(expr: str, error_type: str, message: str) -> None:
    assert error_of_string_value_of("", expr) == (error_type, message)


def test_float_constants() -> None:
    ctx = run_script(
        "ctx.nan = Float.isNaN(Float.NaN); ctx.inf = Float.POSITIVE_INFINITY > Float.MAX_VALUE;"
        " ctx.size = Long.SIZE + Integer.BYTES; ctx.exp = Double.MAX_EXPONENT;"
    )
    assert (ctx["nan"], ctx["inf"], ctx["size"], ctx["exp"]) == (True, True, 68, 1023)
