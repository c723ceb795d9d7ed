"""java.lang.Character's statics and constants, and the code point methods of String and
StringBuilder, as java.lang.txt allowlists them beyond api_lang.

Unicode facts come from Python's unicodedata, corrected by `jdk_unicode` wherever the JDK
(Temurin 25, Unicode 16) answers differently. Bounds errors carry the JDK 21+ texts
(Preconditions: "Index 3 out of bounds for length 3", "Range [2, 1) out of bounds for length 3").
"""

from __future__ import annotations

import bisect
import hashlib
import unicodedata
from typing import Any

from s1elastic.ingest.errors import (
    ArrayIndexOutOfBoundsException,
    IllegalArgumentException,
    IndexOutOfBoundsException,
    NullPointerException,
    StringIndexOutOfBoundsException,
)
from s1elastic.ingest.painless import jdk_unicode
from s1elastic.ingest.painless import runtime as rt
from s1elastic.ingest.painless.api_lang import _from16, _u16
from s1elastic.ingest.painless.methods import method, static_field
from s1elastic.ingest.painless.values import JArray, JByte, JChar, StringBuilder

_MIN_SUPPLEMENTARY = 0x10000
_MAX_CODE_POINT = 0x10FFFF


def _code(v: Any) -> int:
    """A char (JChar) or an int argument as its numeric value."""
    if isinstance(v, str):
        return ord(v)
    return rt.int_value(v)


def _units(v: Any) -> str:
    """A CharSequence (String or StringBuilder) as UTF-16 code units."""
    if v is None:
        raise NullPointerException(None)
    if isinstance(v, StringBuilder):
        return _u16("".join(v.parts))
    return _u16(str(v))


def _char_units(arr: Any) -> str:
    if arr is None:
        raise NullPointerException(None)
    return "".join(str(c) for c in arr)


def _valid(cp: int) -> bool:
    return 0 <= cp <= _MAX_CODE_POINT


def _bad_code_point(cp: int) -> IllegalArgumentException:
    return IllegalArgumentException(f"Not a valid Unicode code point: 0x{cp & 0xFFFFFFFF:X}")


# ---------------------------------------------------------------------------------------------
# general category, names, blocks

_CATEGORY = {
    "Cn": 0, "Lu": 1, "Ll": 2, "Lt": 3, "Lm": 4, "Lo": 5, "Mn": 6, "Me": 7, "Mc": 8, "Nd": 9,
    "Nl": 10, "No": 11, "Zs": 12, "Zl": 13, "Zp": 14, "Cc": 15, "Cf": 16, "Co": 18, "Cs": 19,
    "Pd": 20, "Ps": 21, "Pe": 22, "Pc": 23, "Po": 24, "Sm": 25, "Sc": 26, "Sk": 27, "So": 28,
    "Pi": 29, "Pf": 30,
}  # fmt: skip
_TYPE_STARTS = [r[0] for r in jdk_unicode.TYPE_RANGES]
_BLOCK_STARTS = [b[0] for b in jdk_unicode.BLOCKS]


def char_type(cp: int) -> int:
    """Character.getType: the general category as the JDK numbers it (0 = UNASSIGNED)."""
    if not _valid(cp):
        return 0
    i = bisect.bisect_right(_TYPE_STARTS, cp) - 1
    if i >= 0:
        first, last, kind = jdk_unicode.TYPE_RANGES[i]
        if first <= cp <= last:
            return kind
    return _CATEGORY[unicodedata.category(chr(cp))]


def unicode_block(cp: int) -> str | None:
    """Character.UnicodeBlock.of(cp).toString(), or None where the JDK has no block."""
    return jdk_unicode.BLOCKS[bisect.bisect_right(_BLOCK_STARTS, cp) - 1][1]


# Names unicodedata derives from the code point that the JDK gives as "<block> <HEX>" instead.
_DERIVED_NAMES = ("CJK UNIFIED IDEOGRAPH-", "TANGUT IDEOGRAPH-", "HANGUL SYLLABLE ")


@method("Character", "static String getName(int)")
def _get_name(v: Any) -> str | None:
    """Character.getName. Characters added after Unicode 14 get the block form, not their name
    (unicodedata does not know them)."""
    cp = _code(v)
    if not _valid(cp):
        raise _bad_code_point(cp)
    if char_type(cp) == 0:
        return None
    control = jdk_unicode.CONTROL_NAMES.get(cp)
    if control is not None:
        return control
    name = unicodedata.name(chr(cp), None)
    if name is not None and not name.startswith(_DERIVED_NAMES):
        return name
    block = unicode_block(cp)
    return None if block is None else f"{block.replace('_', ' ')} {cp:X}"


@method("Character", "static int getType(int)")
def _get_type(v: Any) -> int:
    return char_type(_code(v))


@method("Character", "static boolean isDefined(int)")
def _is_defined(v: Any) -> bool:
    return char_type(_code(v)) != 0


@method("Character", "static boolean isSpaceChar(int)")
def _is_space_char(v: Any) -> bool:
    return char_type(_code(v)) in (12, 13, 14)


@method("Character", "static boolean isTitleCase(int)")
def _is_title_case(v: Any) -> bool:
    return char_type(_code(v)) == 3


@method("Character", "static boolean isIdeographic(int)")
def _is_ideographic(v: Any) -> bool:
    cp = _code(v)
    return any(first <= cp <= last for first, last in jdk_unicode.IDEOGRAPHIC)


@method("Character", "static boolean isISOControl(int)")
def _is_iso_control(v: Any) -> bool:
    cp = _code(v)
    return 0 <= cp <= 0x1F or 0x7F <= cp <= 0x9F


@method("Character", "static boolean isIdentifierIgnorable(int)")
def _is_identifier_ignorable(v: Any) -> bool:
    cp = _code(v)
    return 0 <= cp <= 8 or 0x0E <= cp <= 0x1B or 0x7F <= cp <= 0x9F or char_type(cp) == 16


_LETTER_TYPES = (1, 2, 3, 4, 5)


@method("Character", "static boolean isJavaIdentifierStart(int)")
def _is_java_identifier_start(v: Any) -> bool:
    # letters, letter numbers, currency symbols and connector punctuation
    return char_type(_code(v)) in (*_LETTER_TYPES, 10, 26, 23)


@method("Character", "static boolean isJavaIdentifierPart(int)")
def _is_java_identifier_part(v: Any) -> bool:
    t = char_type(_code(v))
    return t in (*_LETTER_TYPES, 10, 26, 23, 9, 8, 6) or _is_identifier_ignorable(v)


# Other_ID_Start and Other_ID_Continue (PropList.txt): identifier characters by fiat.
_OTHER_ID_START = frozenset((0x1885, 0x1886, 0x2118, 0x212E, 0x309B, 0x309C))
_OTHER_ID_CONTINUE = frozenset((0xB7, 0x387, 0x1369, 0x136A, 0x136B, 0x136C, 0x136D, 0x136E,
                                0x136F, 0x1370, 0x1371, 0x19DA, 0x200C, 0x200D, 0x30FB, 0xFF65))  # fmt: skip


@method("Character", "static boolean isUnicodeIdentifierStart(int)")
def _is_unicode_identifier_start(v: Any) -> bool:
    cp = _code(v)
    return char_type(cp) in (*_LETTER_TYPES, 10) or cp in _OTHER_ID_START


@method("Character", "static boolean isUnicodeIdentifierPart(int)")
def _is_unicode_identifier_part(v: Any) -> bool:
    cp = _code(v)
    return (
        char_type(cp) in (*_LETTER_TYPES, 10, 23, 9, 8, 6)
        or cp in _OTHER_ID_START
        or cp in _OTHER_ID_CONTINUE
        or _is_identifier_ignorable(cp)
    )


@method("Character", "static boolean isMirrored(int)")
def _is_mirrored(v: Any) -> bool:
    cp = _code(v)
    return _valid(cp) and unicodedata.mirrored(chr(cp)) == 1


# unicodedata.bidirectional class -> Character.DIRECTIONALITY_* value
_BIDI = {
    "L": 0, "R": 1, "AL": 2, "EN": 3, "ES": 4, "ET": 5, "AN": 6, "CS": 7, "NSM": 8, "BN": 9,
    "B": 10, "S": 11, "WS": 12, "ON": 13, "LRE": 14, "LRO": 15, "RLE": 16, "RLO": 17, "PDF": 18,
    "LRI": 19, "RLI": 20, "FSI": 21, "PDI": 22,
}  # fmt: skip


@method("Character", "static byte getDirectionality(int)")
def _get_directionality(v: Any) -> JByte:
    cp = _code(v)
    if not _valid(cp) or char_type(cp) == 0:
        return JByte(-1)
    return JByte(_BIDI.get(unicodedata.bidirectional(chr(cp)), -1))


@method("Character", "static char toTitleCase(char)")
def _to_title_case(v: Any) -> JChar:
    cp = _code(v)
    mapped = jdk_unicode.TITLE_CASE.get(cp)
    if mapped is None:
        title = chr(cp).title()
        mapped = ord(title) if len(title) == 1 else cp
    return JChar(chr(mapped))


# ---------------------------------------------------------------------------------------------
# code points and surrogates


@method("Character", "static int charCount(int)")
def _char_count(v: Any) -> int:
    return 2 if _code(v) >= _MIN_SUPPLEMENTARY else 1


@method("Character", "static int compare(char, char)")
def _compare(a: Any, b: Any) -> int:
    return _code(a) - _code(b)


@method("Character", "int compareTo(Character)")
def _compare_to(a: Any, b: Any) -> int:
    if b is None:
        raise NullPointerException(None)
    return _code(a) - _code(b)


@method("Character", "static int hashCode(char)")
def _hash_code(v: Any) -> int:
    return _code(v)


@method("Character", "static char forDigit(int, int)")
def _for_digit(digit: Any, radix: Any) -> JChar:
    d, r = rt.int_value(digit), rt.int_value(radix)
    if not 2 <= r <= 36 or not 0 <= d < r:
        return JChar("\0")
    return JChar(chr(ord("0") + d) if d < 10 else chr(ord("a") + d - 10))


@method("Character", "static boolean isBmpCodePoint(int)")
def _is_bmp(v: Any) -> bool:
    return 0 <= _code(v) < _MIN_SUPPLEMENTARY


@method("Character", "static boolean isSupplementaryCodePoint(int)")
def _is_supplementary(v: Any) -> bool:
    return _MIN_SUPPLEMENTARY <= _code(v) <= _MAX_CODE_POINT


@method("Character", "static boolean isValidCodePoint(int)")
def _is_valid_code_point(v: Any) -> bool:
    return _valid(_code(v))


def _high(c: int) -> bool:
    return 0xD800 <= c <= 0xDBFF


def _low(c: int) -> bool:
    return 0xDC00 <= c <= 0xDFFF


@method("Character", "static boolean isHighSurrogate(char)")
def _is_high_surrogate(v: Any) -> bool:
    return _high(_code(v))


@method("Character", "static boolean isSurrogate(char)")
def _is_surrogate(v: Any) -> bool:
    return 0xD800 <= _code(v) <= 0xDFFF


@method("Character", "static boolean isSurrogatePair(char, char)")
def _is_surrogate_pair(a: Any, b: Any) -> bool:
    return _high(_code(a)) and _low(_code(b))


@method("Character", "static char highSurrogate(int)")
def _high_surrogate(v: Any) -> JChar:
    return JChar(chr(((_code(v) >> 10) + 0xD800 - (_MIN_SUPPLEMENTARY >> 10)) & 0xFFFF))


@method("Character", "static char lowSurrogate(int)")
def _low_surrogate(v: Any) -> JChar:
    return JChar(chr((_code(v) & 0x3FF) + 0xDC00))


@method("Character", "static int toCodePoint(char, char)")
def _to_code_point(high: Any, low: Any) -> int:
    # the JDK does not check its arguments: any two chars give (high << 10) + low + a constant
    return rt.wrap32((_code(high) << 10) + _code(low) + _MIN_SUPPLEMENTARY - (0xD800 << 10) - 0xDC00)


@method("Character", "static char reverseBytes(char)")
def _reverse_bytes(v: Any) -> JChar:
    c = _code(v)
    return JChar(chr(((c & 0xFF) << 8) | (c >> 8)))


def _to_units(cp: int) -> str:
    if not _valid(cp):
        raise _bad_code_point(cp)
    if cp < _MIN_SUPPLEMENTARY:
        return chr(cp)
    return chr(_code(_high_surrogate(cp))) + chr(_code(_low_surrogate(cp)))


@method("Character", "static char[] toChars(int)")
def _to_chars(v: Any) -> JArray:
    return JArray("char", [JChar(u) for u in _to_units(_code(v))])


@method("Character", "static int toChars(int, char[], int)")
def _to_chars_into(v: Any, dst: Any, index: Any) -> int:
    units = _to_units(_code(v))
    if dst is None:
        raise NullPointerException(None)
    i = rt.int_value(index)
    for k, u in enumerate(units):
        if not 0 <= i + k < len(dst):
            raise ArrayIndexOutOfBoundsException(f"Index {i + k} out of bounds for length {len(dst)}")
        dst[i + k] = JChar(u)
    return len(units)


def _point_at(units: str, index: int, limit: int) -> int:
    c = ord(units[index])
    if _high(c) and index + 1 < limit and _low(ord(units[index + 1])):
        return ((c - 0xD800) << 10) + (ord(units[index + 1]) - 0xDC00) + _MIN_SUPPLEMENTARY
    return c


def _point_before(units: str, index: int, start: int) -> int:
    c = ord(units[index - 1])
    if _low(c) and index - 2 >= start and _high(ord(units[index - 2])):
        return ((ord(units[index - 2]) - 0xD800) << 10) + (c - 0xDC00) + _MIN_SUPPLEMENTARY
    return c


def _check_index(i: int, n: int) -> None:
    if not 0 <= i < n:
        raise StringIndexOutOfBoundsException(f"Index {i} out of bounds for length {n}")


def _check_range(begin: int, end: int, n: int) -> None:
    if begin < 0 or begin > end or end > n:
        raise IndexOutOfBoundsException(f"Range [{begin}, {end}) out of bounds for length {n}")


def _count(units: str, begin: int, end: int) -> int:
    n = end - begin
    i = begin
    while i < end - 1:
        if _high(ord(units[i])) and _low(ord(units[i + 1])):
            n -= 1
            i += 1
        i += 1
    return n


def _offset(units: str, start: int, count: int, index: int, offset: int) -> int:
    """offsetByCodePoints over units[start:start + count]; the JDK throws a bare
    IndexOutOfBoundsException when the index or the walk leaves that range."""
    limit = start + count
    if index < start or index > limit:
        raise IndexOutOfBoundsException(None)
    x = index
    if offset >= 0:
        for _ in range(offset):
            if x >= limit:
                raise IndexOutOfBoundsException(None)
            x += 2 if _high(ord(units[x])) and x + 1 < limit and _low(ord(units[x + 1])) else 1
    else:
        for _ in range(-offset):
            if x <= start:
                raise IndexOutOfBoundsException(None)
            x -= 2 if _low(ord(units[x - 1])) and x - 2 >= start and _high(ord(units[x - 2])) else 1
    return x


@method("Character", "static int codePointAt(CharSequence, int)")
def _cs_code_point_at(seq: Any, index: Any) -> int:
    units, i = _units(seq), rt.int_value(index)
    _check_index(i, len(units))
    return _point_at(units, i, len(units))


@method("Character", "static int codePointAt(char[], int, int)")
def _arr_code_point_at(arr: Any, index: Any, limit: Any) -> int:
    units, i, lim = _char_units(arr), rt.int_value(index), rt.int_value(limit)
    if i >= lim or i < 0 or lim > len(units):
        raise IndexOutOfBoundsException(None)
    return _point_at(units, i, lim)


@method("Character", "static int codePointBefore(CharSequence, int)")
def _cs_code_point_before(seq: Any, index: Any) -> int:
    units, i = _units(seq), rt.int_value(index)
    _check_index(i - 1, len(units))
    return _point_before(units, i, 0)


@method("Character", "static int codePointBefore(char[], int, int)")
def _arr_code_point_before(arr: Any, index: Any, start: Any) -> int:
    units, i, s = _char_units(arr), rt.int_value(index), rt.int_value(start)
    if i <= s or s < 0 or i > len(units):
        raise IndexOutOfBoundsException(None)
    return _point_before(units, i, s)


@method("Character", "static int codePointCount(CharSequence, int, int)")
def _cs_code_point_count(seq: Any, begin: Any, end: Any) -> int:
    units, b, e = _units(seq), rt.int_value(begin), rt.int_value(end)
    _check_range(b, e, len(units))
    return _count(units, b, e)


@method("Character", "static int offsetByCodePoints(CharSequence, int, int)")
def _cs_offset(seq: Any, index: Any, offset: Any) -> int:
    units = _units(seq)
    return _offset(units, 0, len(units), rt.int_value(index), rt.int_value(offset))


@method("Character", "static int offsetByCodePoints(char[], int, int, int, int)")
def _arr_offset(arr: Any, start: Any, count: Any, index: Any, offset: Any) -> int:
    units, s, c = _char_units(arr), rt.int_value(start), rt.int_value(count)
    if c > len(units) - s or s < 0 or c < 0:
        raise IndexOutOfBoundsException(None)
    return _offset(units, s, c, rt.int_value(index), rt.int_value(offset))


# ---------------------------------------------------------------------------------------------
# String and StringBuilder


@method("String", "int codePointBefore(int)")
@method("StringBuilder", "int codePointBefore(int)")
def _code_point_before(s: Any, index: Any) -> int:
    return _cs_code_point_before(s, index)


@method("StringBuilder", "int codePointAt(int)")
def _sb_code_point_at(s: Any, index: Any) -> int:
    return _cs_code_point_at(s, index)


@method("String", "int codePointCount(int, int)")
@method("StringBuilder", "int codePointCount(int, int)")
def _code_point_count(s: Any, begin: Any, end: Any) -> int:
    return _cs_code_point_count(s, begin, end)


@method("String", "int offsetByCodePoints(int, int)")
@method("StringBuilder", "int offsetByCodePoints(int, int)")
def _offset_by_code_points(s: Any, index: Any, offset: Any) -> int:
    return _cs_offset(s, index, offset)


@method("String", "boolean contentEquals(CharSequence)")
def _content_equals(s: str, other: Any) -> bool:
    return _units(s) == _units(other)


@method("String", "void getChars(int, int, char[], int)")
@method("StringBuilder", "void getChars(int, int, char[], int)")
def _get_chars(s: Any, begin: Any, end: Any, dst: Any, dst_begin: Any) -> None:
    units, b, e, d = _units(s), rt.int_value(begin), rt.int_value(end), rt.int_value(dst_begin)
    if b < 0 or b > e or e > len(units):
        raise StringIndexOutOfBoundsException(f"begin {b}, end {e}, length {len(units)}")
    if dst is None:
        raise NullPointerException(None)
    if d < 0 or d + (e - b) > len(dst):
        raise ArrayIndexOutOfBoundsException(
            f"Range [{d}, {d} + {e - b}) out of bounds for length {len(dst)}"
        )
    for k in range(e - b):
        dst[d + k] = JChar(units[b + k])


@method("String", "String sha512()")
def _sha512(s: str) -> str:
    """The ingest allowlist's String.sha512() (sha1 and sha256 live in api_lang)."""
    return hashlib.sha512(s.encode("utf-8", "surrogatepass")).hexdigest()


@method("StringBuilder", "StringBuilder append(CharSequence, int, int)")
def _sb_append_range(sb: StringBuilder, seq: Any, start: Any, end: Any) -> StringBuilder:
    units = _u16("null") if seq is None else _units(seq)  # a null sequence appends from "null"
    s, e = rt.int_value(start), rt.int_value(end)
    _check_range(s, e, len(units))
    sb.parts.append(_from16(units[s:e]))
    return sb


@method("StringBuilder", "StringBuilder appendCodePoint(int)")
def _sb_append_code_point(sb: StringBuilder, v: Any) -> StringBuilder:
    cp = _code(v)
    if not _valid(cp):
        raise _bad_code_point(cp)
    sb.parts.append(chr(cp))
    return sb


# ---------------------------------------------------------------------------------------------
# constants

static_field("Character", "BYTES", "int", 2)
static_field("Character", "SIZE", "int", 16)
static_field("Character", "MIN_RADIX", "int", 2)
static_field("Character", "MAX_RADIX", "int", 36)
static_field("Character", "MIN_CODE_POINT", "int", 0)
static_field("Character", "MAX_CODE_POINT", "int", _MAX_CODE_POINT)
static_field("Character", "MIN_SUPPLEMENTARY_CODE_POINT", "int", _MIN_SUPPLEMENTARY)
for _name, _value in (
    ("MIN_HIGH_SURROGATE", 0xD800),
    ("MAX_HIGH_SURROGATE", 0xDBFF),
    ("MIN_LOW_SURROGATE", 0xDC00),
    ("MAX_LOW_SURROGATE", 0xDFFF),
    ("MIN_SURROGATE", 0xD800),
    ("MAX_SURROGATE", 0xDFFF),
):
    static_field("Character", _name, "char", JChar(chr(_value)))

_TYPE_NAMES = (
    "UNASSIGNED", "UPPERCASE_LETTER", "LOWERCASE_LETTER", "TITLECASE_LETTER", "MODIFIER_LETTER",
    "OTHER_LETTER", "NON_SPACING_MARK", "ENCLOSING_MARK", "COMBINING_SPACING_MARK",
    "DECIMAL_DIGIT_NUMBER", "LETTER_NUMBER", "OTHER_NUMBER", "SPACE_SEPARATOR", "LINE_SEPARATOR",
    "PARAGRAPH_SEPARATOR", "CONTROL", "FORMAT", "", "PRIVATE_USE", "SURROGATE", "DASH_PUNCTUATION",
    "START_PUNCTUATION", "END_PUNCTUATION", "CONNECTOR_PUNCTUATION", "OTHER_PUNCTUATION",
    "MATH_SYMBOL", "CURRENCY_SYMBOL", "MODIFIER_SYMBOL", "OTHER_SYMBOL", "INITIAL_QUOTE_PUNCTUATION",
    "FINAL_QUOTE_PUNCTUATION",
)  # fmt: skip
for _value, _name in enumerate(_TYPE_NAMES):
    if _name:
        static_field("Character", _name, "byte", JByte(_value))

_DIRECTIONALITY = (
    "LEFT_TO_RIGHT",
    "RIGHT_TO_LEFT",
    "RIGHT_TO_LEFT_ARABIC",
    "EUROPEAN_NUMBER",
    "EUROPEAN_NUMBER_SEPARATOR",
    "EUROPEAN_NUMBER_TERMINATOR",
    "ARABIC_NUMBER",
    "COMMON_NUMBER_SEPARATOR",
    "NONSPACING_MARK",
    "BOUNDARY_NEUTRAL",
    "PARAGRAPH_SEPARATOR",
    "SEGMENT_SEPARATOR",
    "WHITESPACE",
    "OTHER_NEUTRALS",
    "LEFT_TO_RIGHT_EMBEDDING",
    "LEFT_TO_RIGHT_OVERRIDE",
    "RIGHT_TO_LEFT_EMBEDDING",
    "RIGHT_TO_LEFT_OVERRIDE",
    "POP_DIRECTIONAL_FORMAT",
)  # fmt: skip  (java.lang.txt lists these 19 and UNDEFINED, not the isolates)
for _value, _name in enumerate(_DIRECTIONALITY):
    static_field("Character", f"DIRECTIONALITY_{_name}", "byte", JByte(_value))
static_field("Character", "DIRECTIONALITY_UNDEFINED", "byte", JByte(-1))
