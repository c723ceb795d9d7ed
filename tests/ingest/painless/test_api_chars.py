"""java.lang.Character statics and constants, and the code point methods of String and StringBuilder (api_chars).

Expected texts come from the JDK (Temurin 25; OpenJDK 17 words some bounds errors the older way
and has older Unicode data, Elasticsearch 8.x/9.x bundle JDK 21+): a throwaway Java
class printed String.valueOf(expression), or the exception class and message, for each Java
twin of the expressions below (Painless has no varargs, so Arrays.asList takes a def[] here).
Painless evaluates the same expression inside String.valueOf, so the strings must match."""

from __future__ import annotations

import pytest
from painless_helpers import run_script, script_error

PRELUDE = ""

VALUES = [
    ("char_count_bmp", "Character.charCount(65)", "1"),
    ("char_count_supp", "Character.charCount(0x1F600)", "2"),
    ("char_compare", "Character.compare((char) 'a', (char) 'c')", "-2"),
    ("char_compare_to", "Character.valueOf((char) 'z').compareTo(Character.valueOf((char) 'a'))", "25"),
    ("for_digit_7", "(int) Character.forDigit(7, 10)", "55"),
    ("for_digit_11_16", "String.valueOf(Character.forDigit(11, 16))", "b"),
    ("for_digit_big", "(int) Character.forDigit(11, 10)", "0"),
    ("for_digit_radix", "(int) Character.forDigit(1, 40)", "0"),
    ("for_digit_neg", "(int) Character.forDigit(-1, 10)", "0"),
    ("get_name_a", "Character.getName(65)", "LATIN CAPITAL LETTER A"),
    ("get_name_nul", "Character.getName(0)", "NULL"),
    ("get_name_lf", "Character.getName(10)", "LINE FEED (LF)"),
    ("get_name_del", "Character.getName(127)", "DELETE"),
    ("get_name_nel", "Character.getName(0x85)", "NEXT LINE (NEL)"),
    ("get_name_cjk", "Character.getName(0x4E00)", "CJK UNIFIED IDEOGRAPHS 4E00"),
    ("get_name_hangul", "Character.getName(0xAC00)", "HANGUL SYLLABLES AC00"),
    ("get_name_compat", "Character.getName(0xF900)", "CJK COMPATIBILITY IDEOGRAPH-F900"),
    ("get_name_emoji", "Character.getName(0x1F600)", "GRINNING FACE"),
    ("get_name_unassigned", "Character.getName(0x378)", "null"),
    ("get_name_private", "Character.getName(0xE000)", "PRIVATE USE AREA E000"),
    ("get_name_surrogate", "Character.getName(0xD800)", "HIGH SURROGATES D800"),
    ("get_name_tangut", "Character.getName(0x17000)", "TANGUT 17000"),
    ("get_type_upper", "Character.getType(65)", "1"),
    ("get_type_lower", "Character.getType(97)", "2"),
    ("get_type_digit", "Character.getType(48)", "9"),
    ("get_type_space", "Character.getType(32)", "12"),
    ("get_type_ctrl", "Character.getType(9)", "15"),
    ("get_type_dash", "Character.getType(45)", "20"),
    ("get_type_emoji", "Character.getType(0x1F600)", "28"),
    ("get_type_unassigned", "Character.getType(0x378)", "0"),
    ("get_type_neg", "Character.getType(-5)", "0"),
    ("get_type_big", "Character.getType(0x110000)", "0"),
    ("get_type_surrogate", "Character.getType(0xDC00)", "19"),
    ("get_type_private", "Character.getType(0xE000)", "18"),
    ("get_type_titlecase", "Character.getType(0x1C5)", "3"),
    ("get_type_euro", "Character.getType(0x20AC)", "26"),
    ("get_type_new16", "Character.getType(0x1C89)", "1"),
    ("get_type_char_arg", "Character.getType((char) '(')", "21"),
    ("get_directionality_a", "Character.getDirectionality(65)", "0"),
    ("get_directionality_hebrew", "Character.getDirectionality(0x5D0)", "1"),
    ("get_directionality_digit", "Character.getDirectionality(48)", "3"),
    ("get_directionality_unassigned", "Character.getDirectionality(0x378)", "-1"),
    ("get_directionality_arabic", "Character.getDirectionality(0x627)", "2"),
    ("get_directionality_space", "Character.getDirectionality(32)", "12"),
    ("hash_code_char", "Character.hashCode((char) 'A')", "65"),
    ("high_surrogate", "(int) Character.highSurrogate(0x1F600)", "55357"),
    ("low_surrogate", "(int) Character.lowSurrogate(0x1F600)", "56832"),
    ("is_bmp_yes", "Character.isBmpCodePoint(0xFFFF)", "true"),
    ("is_bmp_no", "Character.isBmpCodePoint(0x10000)", "false"),
    ("is_bmp_neg", "Character.isBmpCodePoint(-1)", "false"),
    ("is_defined_a", "Character.isDefined(65)", "true"),
    ("is_defined_378", "Character.isDefined(0x378)", "false"),
    ("is_defined_new", "Character.isDefined(0x1C89)", "true"),
    ("is_high_surrogate", "Character.isHighSurrogate((char) 0xD800)", "true"),
    ("is_high_surrogate_low", "Character.isHighSurrogate((char) 0xDC00)", "false"),
    ("is_identifier_ignorable", "Character.isIdentifierIgnorable(0)", "true"),
    ("is_identifier_ignorable_soft_hyphen", "Character.isIdentifierIgnorable(0xAD)", "true"),
    ("is_identifier_ignorable_a", "Character.isIdentifierIgnorable(65)", "false"),
    ("is_ideographic_cjk", "Character.isIdeographic(0x4E00)", "true"),
    ("is_ideographic_a", "Character.isIdeographic(65)", "false"),
    ("is_ideographic_3007", "Character.isIdeographic(0x3007)", "true"),
    ("is_iso_control_tab", "Character.isISOControl(9)", "true"),
    ("is_iso_control_9f", "Character.isISOControl(0x9F)", "true"),
    ("is_iso_control_a0", "Character.isISOControl(0xA0)", "false"),
    ("is_java_identifier_part_dollar", "Character.isJavaIdentifierPart(36)", "true"),
    ("is_java_identifier_part_digit", "Character.isJavaIdentifierPart(48)", "true"),
    ("is_java_identifier_part_dash", "Character.isJavaIdentifierPart(45)", "false"),
    ("is_java_identifier_start_digit", "Character.isJavaIdentifierStart(48)", "false"),
    ("is_java_identifier_start_underscore", "Character.isJavaIdentifierStart(95)", "true"),
    ("is_java_identifier_start_euro", "Character.isJavaIdentifierStart(0x20AC)", "true"),
    ("is_mirrored_paren", "Character.isMirrored(40)", "true"),
    ("is_mirrored_a", "Character.isMirrored(65)", "false"),
    ("is_space_char_nbsp", "Character.isSpaceChar(0xA0)", "true"),
    ("is_space_char_tab", "Character.isSpaceChar(9)", "false"),
    ("is_space_char_2028", "Character.isSpaceChar(0x2028)", "true"),
    ("is_supplementary", "Character.isSupplementaryCodePoint(0x10000)", "true"),
    ("is_supplementary_no", "Character.isSupplementaryCodePoint(0x110000)", "false"),
    ("is_surrogate", "Character.isSurrogate((char) 0xDFFF)", "true"),
    ("is_surrogate_no", "Character.isSurrogate((char) 0xE000)", "false"),
    ("is_surrogate_pair", "Character.isSurrogatePair((char) 0xD83D, (char) 0xDE00)", "true"),
    ("is_surrogate_pair_no", "Character.isSurrogatePair((char) 0xDE00, (char) 0xD83D)", "false"),
    ("is_title_case", "Character.isTitleCase(0x1C5)", "true"),
    ("is_title_case_a", "Character.isTitleCase(65)", "false"),
    ("is_unicode_identifier_part_underscore", "Character.isUnicodeIdentifierPart(95)", "true"),
    ("is_unicode_identifier_part_dollar", "Character.isUnicodeIdentifierPart(36)", "false"),
    ("is_unicode_identifier_part_zwj", "Character.isUnicodeIdentifierPart(0x200D)", "true"),
    ("is_unicode_identifier_part_middot", "Character.isUnicodeIdentifierPart(0xB7)", "true"),
    ("is_unicode_identifier_start_a", "Character.isUnicodeIdentifierStart(65)", "true"),
    ("is_unicode_identifier_start_underscore", "Character.isUnicodeIdentifierStart(95)", "false"),
    ("is_unicode_identifier_start_2118", "Character.isUnicodeIdentifierStart(0x2118)", "true"),
    ("is_valid_code_point", "Character.isValidCodePoint(0x10FFFF)", "true"),
    ("is_valid_code_point_no", "Character.isValidCodePoint(0x110000)", "false"),
    ("reverse_bytes_char", "(int) Character.reverseBytes((char) 0x1234)", "13330"),
    ("to_chars_bmp_len", "Character.toChars(65).length", "1"),
    ("to_chars_supp_0", "(int) Character.toChars(0x1F600)[0]", "55357"),
    ("to_chars_supp_1", "(int) Character.toChars(0x1F600)[1]", "56832"),
    ("to_chars_into", "Character.toChars(0x1F600, new char[3], 1)", "2"),
    ("to_code_point", "Character.toCodePoint((char) 0xD83D, (char) 0xDE00)", "128512"),
    ("to_code_point_odd", "Character.toCodePoint((char) 'a', (char) 'b')", "-56514462"),
    ("to_title_case_a", "String.valueOf(Character.toTitleCase((char) 'a'))", "A"),
    ("to_title_case_dz", "(int) Character.toTitleCase((char) 0x1C6)", "453"),
    ("to_title_case_sharp_s", "(int) Character.toTitleCase((char) 0xDF)", "223"),
    ("to_title_case_digit", "String.valueOf(Character.toTitleCase((char) '5'))", "5"),
    ("cp_at_cs", 'Character.codePointAt("a😀", 1)', "128512"),
    ("cp_at_cs_low", 'Character.codePointAt("a😀", 2)', "56832"),
    ("cp_at_arr", "Character.codePointAt(new char[] {(char) 0xD83D, (char) 0xDE00}, 0, 2)", "128512"),
    ("cp_at_arr_limit", "Character.codePointAt(new char[] {(char) 0xD83D, (char) 0xDE00}, 0, 1)", "55357"),
    ("cp_before_cs", 'Character.codePointBefore("a😀", 3)', "128512"),
    ("cp_before_cs_1", 'Character.codePointBefore("a😀", 1)', "97"),
    ("cp_before_arr", "Character.codePointBefore(new char[] {(char) 0xD83D, (char) 0xDE00}, 2, 0)", "128512"),
    (
        "cp_before_arr_start",
        "Character.codePointBefore(new char[] {(char) 0xD83D, (char) 0xDE00}, 2, 1)",
        "56832",
    ),
    ("cp_count_cs", 'Character.codePointCount("a😀b", 0, 4)', "3"),
    ("cp_count_cs_half", 'Character.codePointCount("a😀b", 0, 2)', "2"),
    ("offset_cs", 'Character.offsetByCodePoints("a😀b", 0, 2)', "3"),
    ("offset_cs_back", 'Character.offsetByCodePoints("a😀b", 4, -2)', "1"),
    (
        "offset_arr",
        "Character.offsetByCodePoints(new char[] {(char) 'a', (char) 0xD83D, (char) 0xDE00}, 0, 3, 0, 2)",
        "3",
    ),
    ("const_min_radix", "Character.MIN_RADIX", "2"),
    ("const_max_radix", "Character.MAX_RADIX", "36"),
    ("const_max_code_point", "Character.MAX_CODE_POINT", "1114111"),
    ("const_min_supp", "Character.MIN_SUPPLEMENTARY_CODE_POINT", "65536"),
    ("const_min_high", "(int) Character.MIN_HIGH_SURROGATE", "55296"),
    ("const_max_low", "(int) Character.MAX_LOW_SURROGATE", "57343"),
    ("const_max_surrogate", "(int) Character.MAX_SURROGATE", "57343"),
    ("const_uppercase", "Character.UPPERCASE_LETTER", "1"),
    ("const_final_quote", "Character.FINAL_QUOTE_PUNCTUATION", "30"),
    ("const_dir_undefined", "Character.DIRECTIONALITY_UNDEFINED", "-1"),
    ("const_dir_rlo", "Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE", "17"),
    ("const_bytes", "Character.BYTES", "2"),
    ("const_size", "Character.SIZE", "16"),
    ("string_cp_before", '"a😀".codePointBefore(3)', "128512"),
    ("string_cp_before_1", '"a😀".codePointBefore(1)', "97"),
    ("string_cp_count", '"a😀b".codePointCount(0, 4)', "3"),
    ("string_content_equals", '"abc".contentEquals("abc")', "true"),
    ("string_content_equals_sb", '"abc".contentEquals(new StringBuilder("abc"))', "true"),
    ("string_content_equals_no", '"abc".contentEquals("abd")', "false"),
    ("string_offset", '"a😀b".offsetByCodePoints(0, 2)', "3"),
    ("string_offset_neg", '"a😀b".offsetByCodePoints(3, -1)', "1"),
    ("sb_append_range", 'new StringBuilder("x").append("abcdef", 1, 4).toString()', "xbcd"),
    ("sb_append_range_null", 'new StringBuilder("x").append((String) null, 0, 2).toString()', "xnu"),
    ("sb_append_cp", 'new StringBuilder("x").appendCodePoint(0x1F600).length()', "3"),
    ("sb_append_cp_bmp", 'new StringBuilder("x").appendCodePoint(66).toString()', "xB"),
    ("sb_cp_at", 'new StringBuilder("a😀").codePointAt(1)', "128512"),
    ("sb_cp_before", 'new StringBuilder("a😀").codePointBefore(3)', "128512"),
    ("sb_cp_count", 'new StringBuilder("a😀").codePointCount(0, 3)', "2"),
    ("sb_offset", 'new StringBuilder("a😀b").offsetByCodePoints(0, 2)', "3"),
]

ERRORS = [
    (
        "get_name_bad",
        "Character.getName(0x110000)",
        "illegal_argument_exception",
        "Not a valid Unicode code point: 0x110000",
    ),
    (
        "get_name_neg",
        "Character.getName(-1)",
        "illegal_argument_exception",
        "Not a valid Unicode code point: 0xFFFFFFFF",
    ),
    (
        "to_chars_bad",
        "Character.toChars(0x110000)",
        "illegal_argument_exception",
        "Not a valid Unicode code point: 0x110000",
    ),
    (
        "to_chars_neg",
        "Character.toChars(-1)",
        "illegal_argument_exception",
        "Not a valid Unicode code point: 0xFFFFFFFF",
    ),
    (
        "to_chars_into_small",
        "Character.toChars(0x1F600, new char[1], 0)",
        "array_index_out_of_bounds_exception",
        "Index 1 out of bounds for length 1",
    ),
    (
        "to_chars_into_bad",
        "Character.toChars(-2, new char[3], 0)",
        "illegal_argument_exception",
        "Not a valid Unicode code point: 0xFFFFFFFE",
    ),
    (
        "cp_at_cs_bad",
        'Character.codePointAt("abc", 3)',
        "string_index_out_of_bounds_exception",
        "Index 3 out of bounds for length 3",
    ),
    (
        "cp_at_arr_bad",
        "Character.codePointAt(new char[] {(char) 'a'}, 1, 1)",
        "index_out_of_bounds_exception",
        None,
    ),
    (
        "cp_before_cs_bad",
        'Character.codePointBefore("abc", 0)',
        "string_index_out_of_bounds_exception",
        "Index -1 out of bounds for length 3",
    ),
    (
        "cp_before_arr_bad",
        "Character.codePointBefore(new char[] {(char) 'a'}, 0, 0)",
        "index_out_of_bounds_exception",
        None,
    ),
    (
        "cp_count_cs_bad",
        'Character.codePointCount("abc", 2, 1)',
        "index_out_of_bounds_exception",
        "Range [2, 1) out of bounds for length 3",
    ),
    (
        "cp_count_cs_bad_end",
        'Character.codePointCount("abc", 0, 5)',
        "index_out_of_bounds_exception",
        "Range [0, 5) out of bounds for length 3",
    ),
    ("offset_cs_bad", 'Character.offsetByCodePoints("abc", 0, 5)', "index_out_of_bounds_exception", None),
    (
        "offset_cs_bad_index",
        'Character.offsetByCodePoints("abc", 4, 0)',
        "index_out_of_bounds_exception",
        None,
    ),
    (
        "offset_arr_bad",
        "Character.offsetByCodePoints(new char[] {(char) 'a'}, 0, 1, 0, 2)",
        "index_out_of_bounds_exception",
        None,
    ),
    (
        "string_cp_before_bad",
        '"abc".codePointBefore(0)',
        "string_index_out_of_bounds_exception",
        "Index -1 out of bounds for length 3",
    ),
    (
        "string_cp_before_bad_hi",
        '"abc".codePointBefore(4)',
        "string_index_out_of_bounds_exception",
        "Index 3 out of bounds for length 3",
    ),
    (
        "string_cp_count_bad",
        '"abc".codePointCount(1, 4)',
        "index_out_of_bounds_exception",
        "Range [1, 4) out of bounds for length 3",
    ),
    (
        "string_cp_count_bad_rev",
        '"abc".codePointCount(2, 1)',
        "index_out_of_bounds_exception",
        "Range [2, 1) out of bounds for length 3",
    ),
    ("string_offset_bad", '"abc".offsetByCodePoints(0, 4)', "index_out_of_bounds_exception", None),
    ("string_offset_bad_index", '"abc".offsetByCodePoints(-1, 1)', "index_out_of_bounds_exception", None),
    (
        "sb_append_range_bad",
        'new StringBuilder("x").append("abc", 2, 5)',
        "index_out_of_bounds_exception",
        "Range [2, 5) out of bounds for length 3",
    ),
    (
        "sb_append_range_rev",
        'new StringBuilder("x").append("abc", 2, 1)',
        "index_out_of_bounds_exception",
        "Range [2, 1) out of bounds for length 3",
    ),
    (
        "sb_append_cp_bad",
        'new StringBuilder("x").appendCodePoint(-1)',
        "illegal_argument_exception",
        "Not a valid Unicode code point: 0xFFFFFFFF",
    ),
    (
        "sb_cp_at_bad",
        'new StringBuilder("abc").codePointAt(3)',
        "string_index_out_of_bounds_exception",
        "Index 3 out of bounds for length 3",
    ),
    (
        "sb_cp_before_bad",
        'new StringBuilder("abc").codePointBefore(0)',
        "string_index_out_of_bounds_exception",
        "Index -1 out of bounds for length 3",
    ),
    (
        "sb_cp_count_bad",
        'new StringBuilder("abc").codePointCount(0, 4)',
        "index_out_of_bounds_exception",
        "Range [0, 4) out of bounds for length 3",
    ),
    (
        "sb_offset_bad",
        'new StringBuilder("abc").offsetByCodePoints(0, 4)',
        "index_out_of_bounds_exception",
        None,
    ),
]


@pytest.mark.parametrize(("expr", "expected"), [c[1:] for c in VALUES], ids=[c[0] for c in VALUES])
def test_value_matches_jdk(expr: str, expected: str) -> None:
    assert run_script(PRELUDE + f"ctx.r = String.valueOf({expr});")["r"] == expected


@pytest.mark.parametrize(
    ("expr", "error_type", "message"), [c[1:] for c in ERRORS], ids=[c[0] for c in ERRORS]
)
def test_error_matches_jdk(expr: str, error_type: str, message: str | None) -> None:
    caused_by = script_error(PRELUDE + f"ctx.r = String.valueOf({expr});").to_xcontent()["caused_by"]
    assert (caused_by["type"], caused_by.get("reason")) == (error_type, message)


def test_string_sha512_is_the_hex_digest_of_utf8() -> None:
    # FIPS 180-2's SHA-512 test vector for "abc"
    expected = (
        "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
        "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"
    )
    assert run_script("ctx.r = 'abc'.sha512();")["r"] == expected
