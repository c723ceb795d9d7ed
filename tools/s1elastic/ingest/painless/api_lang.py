"""java.lang (and java.util.Objects) as Painless whitelists it: String, boxed numbers, Math, ...

Strings are Python `str`; Java counts UTF-16 code units, so index-based methods convert only
when a string holds characters outside the BMP.
"""

from __future__ import annotations

import base64
import hashlib
import math
import struct
import unicodedata
from typing import Any

from s1elastic.ingest.errors import ArithmeticException as JArithmeticException
from s1elastic.ingest.errors import ArrayIndexOutOfBoundsException as JArrayIndexOutOfBoundsException
from s1elastic.ingest.errors import ClassCastException as JClassCastException
from s1elastic.ingest.errors import (
    IllegalArgumentException,
    IllegalStateException,
    JavaException,
    NullPointerException,
    NumberFormatException,
    PainlessExplainError,
    StringIndexOutOfBoundsException,
    UnsupportedOperationException,
)
from s1elastic.ingest.errors import IndexOutOfBoundsException as JIndexOutOfBoundsException
from s1elastic.ingest.javatypes import JFloat, JLong, java_double_str, to_float32
from s1elastic.ingest.painless import runtime as rt
from s1elastic.ingest.painless.methods import constructor, method, static_field
from s1elastic.ingest.painless.types import canonical, qualified_type
from s1elastic.ingest.painless.values import JArray, JChar, StringBuilder

# ---------------------------------------------------------------------------------------------
# UTF-16 helpers


_TRIMMED = "".join(chr(c) for c in range(0x21))


def _bmp(s: str) -> bool:
    return s.isascii() or max(s) <= "\uffff"  # both C-level scans


def _u16(s: str) -> str:
    """The string as UTF-16 code units, one Python char each (surrogates kept as lone chars)."""
    if _bmp(s):
        return s
    b = s.encode("utf-16-le", "surrogatepass")
    return "".join(chr(b[i] | (b[i + 1] << 8)) for i in range(0, len(b), 2))


def _from16(units: str) -> str:
    """Inverse of `_u16`: surrogate pairs become one character again."""
    if not any("\ud800" <= c <= "\udfff" for c in units):
        return units
    return units.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")


def length16(s: str) -> int:
    return len(s) if _bmp(s) else len(_u16(s))


def _npe_arg(what: str = "") -> NullPointerException:
    return NullPointerException(None)


# ---------------------------------------------------------------------------------------------
# String


@method("String", "int length()")
def _length(s: str) -> int:
    return length16(s)


@method("String", "boolean isEmpty()")
def _is_empty(s: str) -> bool:
    return len(s) == 0


@method("String", "char charAt(int)")
def _char_at(s: str, i: int) -> JChar:
    u = _u16(s)
    if 0 <= i < len(u):
        return JChar(u[i])
    raise StringIndexOutOfBoundsException(f"Index {i} out of bounds for length {len(u)}")


@method("String", "String substring(int)", "String substring(int, int)", "CharSequence subSequence(int, int)")
def _substring(s: str, begin: int, end: int | None = None) -> str:
    u = _u16(s)
    n = len(u)
    stop = n if end is None else end
    if begin < 0 or stop > n or begin > stop:
        raise StringIndexOutOfBoundsException(f"begin {begin}, end {stop}, length {n}")
    return _from16(u[begin:stop])


def _check_str(v: Any) -> str:
    if v is None:
        raise NullPointerException(None)
    return str(v)


@method("String", "int indexOf(String)", "int indexOf(String, int)")
def _index_of(s: str, sub: Any, start: int = 0) -> int:
    u, t = _u16(s), _u16(_check_str(sub))
    return u.find(t, max(start, 0))


@method("String", "int lastIndexOf(String)", "int lastIndexOf(String, int)")
def _last_index_of(s: str, sub: Any, start: int | None = None) -> int:
    u, t = _u16(s), _u16(_check_str(sub))
    if start is None:
        return u.rfind(t)
    if start < 0:
        return -1
    return u.rfind(t, 0, start + len(t))


@method("String", "boolean contains(CharSequence)")
def _contains(s: str, sub: Any) -> bool:
    return _check_str(sub) in s


@method("String", "boolean startsWith(String)", "boolean startsWith(String, int)")
def _starts_with(s: str, prefix: Any, offset: int = 0) -> bool:
    if not offset and type(prefix) is str and s.isascii():
        return s.startswith(prefix)  # ASCII text is its own UTF-16; a non-ASCII prefix fails either way
    u = _u16(s)
    if offset < 0 or offset > len(u):
        return False
    return u.startswith(_u16(_check_str(prefix)), offset)


@method("String", "boolean endsWith(String)")
def _ends_with(s: str, suffix: Any) -> bool:
    return s.endswith(_check_str(suffix))


@method("Object", "boolean equals(Object)")
def _equals(a: Any, b: Any) -> bool:
    return rt.java_equals(a, b) if not isinstance(a, JavaException) else a is b


@method("Object", "int hashCode()")
def _hash_code(a: Any) -> int:
    return rt.java_hash(a)


@method("Object", "String toString()")
def _to_string(a: Any) -> str:
    return rt.to_string(a)


@method("String", "boolean equalsIgnoreCase(String)")
def _equals_ignore_case(s: str, other: Any) -> bool:
    if type(other) is not str:
        return False
    return len(s) == len(other) and all(
        a == b or a.upper() == b.upper() or a.lower() == b.lower() for a, b in zip(s, other)
    )


@method("String", "int compareTo(String)")
def _compare_to_str(s: str, other: Any) -> int:
    return rt.string_compare(s, _check_str(other))


@method("String", "int compareToIgnoreCase(String)")
def _compare_to_ignore_case(s: str, other: Any) -> int:
    a = "".join(c.upper().lower() if len(c.upper()) == 1 else c for c in s)
    b = "".join(c.upper().lower() if len(c.upper()) == 1 else c for c in _check_str(other))
    return rt.string_compare(a, b)


@method("String", "String concat(String)")
def _concat(s: str, other: Any) -> str:
    return s + _check_str(other)


@method("String", "String replace(CharSequence, CharSequence)")
def _replace(s: str, target: Any, replacement: Any) -> str:
    return s.replace(_check_str(target), _check_str(replacement))


@method("String", "String trim()")
def _trim(s: str) -> str:
    return s.strip(_TRIMMED)  # String.trim: every char <= U+0020 off both ends


@method("String", "String toLowerCase()")
def _lower(s: str) -> str:
    return s.lower()  # the default locale (api_locale.DEFAULT) maps as root


@method("String", "String toUpperCase()")
def _upper(s: str) -> str:
    return s.upper()


@method("String", "char[] toCharArray()")
def _to_char_array(s: str) -> JArray:
    return JArray("char", [JChar(c) for c in _u16(s)])


@method("String", "int codePointAt(int)")
def _code_point_at(s: str, i: int) -> int:
    u = _u16(s)
    if not 0 <= i < len(u):
        raise StringIndexOutOfBoundsException(f"Index {i} out of bounds for length {len(u)}")
    c = ord(u[i])
    if 0xD800 <= c < 0xDC00 and i + 1 < len(u) and 0xDC00 <= ord(u[i + 1]) < 0xE000:
        return 0x10000 + ((c - 0xD800) << 10) + (ord(u[i + 1]) - 0xDC00)
    return c


@method("String", "boolean regionMatches(int, String, int, int)")
def _region_matches(s: str, toffset: int, other: Any, ooffset: int, length: int) -> bool:
    u, o = _u16(s), _u16(_check_str(other))
    if toffset < 0 or ooffset < 0 or toffset + length > len(u) or ooffset + length > len(o):
        return False
    return u[toffset : toffset + length] == o[ooffset : ooffset + length]


@method("String", "boolean regionMatches(boolean, int, String, int, int)")
def _region_matches_case(
    s: str, ignore_case: bool, toffset: int, other: Any, ooffset: int, length: int
) -> bool:
    """regionMatches with ignoreCase: per UTF-16 unit, equal, or equal after Character.toUpperCase,
    or after toLowerCase of those (the single-character mappings)."""
    if not ignore_case:
        return _region_matches(s, toffset, other, ooffset, length)
    u, o = _u16(s), _u16(_check_str(other))
    if toffset < 0 or ooffset < 0 or toffset + length > len(u) or ooffset + length > len(o):
        return False
    for a, b in zip(u[toffset : toffset + length], o[ooffset : ooffset + length]):
        if a == b:
            continue
        ua, ub = _to_upper(a), _to_upper(b)
        if ua != ub and _to_lower(ua) != _to_lower(ub):
            return False
    return True


@method("String", "String[] splitOnToken(String)", "String[] splitOnToken(String, int)")
def _split_on_token(s: str, token: Any, limit: int = -1) -> JArray:
    if len(s) == 0 or token is None or len(token) == 0 or length16(s) < length16(token):
        return JArray("String", [s])
    out = []
    pos = 0
    while limit != 1:
        idx = s.find(token, pos)
        if idx == -1:
            break
        out.append(s[pos:idx])
        pos = idx + len(token)
        limit -= 1
    out.append(s[pos:])
    return JArray("String", out)


@method("String", "String encodeBase64()")
def _encode_base64(s: str) -> str:
    return base64.b64encode(s.encode("utf-8", "surrogatepass")).decode("ascii")


@method("String", "String decodeBase64()")
def _decode_base64(s: str) -> str:
    # Augmentation.decodeBase64: Base64.getDecoder().decode(UTF-8 bytes), read back as UTF-8
    from s1elastic.ingest.painless.api_base64 import decode_bytes

    raw = decode_bytes(s.encode("utf-8", "surrogatepass"))
    return raw.decode("utf-8", "replace")


@method("String", "String sha1()")
def _sha1(s: str) -> str:
    return hashlib.sha1(s.encode("utf-8", "surrogatepass")).hexdigest()


@method("String", "String sha256()")
def _sha256(s: str) -> str:
    return hashlib.sha256(s.encode("utf-8", "surrogatepass")).hexdigest()


@method("String", "static String valueOf(def)")
def _value_of(v: Any) -> str:
    if type(v) is JArray and v.elem == "char":
        return "".join(v)
    return rt.to_string(v)


@method("String", "static String join(CharSequence, Iterable)")
def _join(sep: Any, items: Any) -> str:
    if sep is None or items is None:
        raise NullPointerException(None)
    return str(sep).join(rt.to_string(x) for x in rt.iterate(items))


@method("String", "static String format(String, def[])")
def _format(fmt: str, args: Any) -> str:
    from s1elastic.ingest.painless.jformat import java_format

    return java_format(fmt, None if args is None else list(args))


@method("String", "static String format(Locale, String, def[])")
def _format_locale(locale: Any, fmt: str, args: Any) -> str:
    """A null locale means no localisation (ASCII digits, '.' and ',')."""
    from s1elastic.ingest.painless.api_locale import upper
    from s1elastic.ingest.painless.jformat import java_format, locale_symbols

    symbols = None
    if locale is not None:
        symbols = locale_symbols(locale, lambda text: upper(text, locale))
    return java_format(fmt, None if args is None else list(args), symbols)


@method("String", "static String copyValueOf(char[])")
def _copy_value_of(chars: Any) -> str:
    return _from16("".join(chars))


@method("String", "static String copyValueOf(char[], int, int)")
def _copy_value_of_range(chars: Any, offset: int, count: int) -> str:
    """new String(chars, offset, count); the bounds message is JDK 21's Preconditions text."""
    if chars is None:
        raise NullPointerException(None)
    n = len(chars)
    if offset < 0 or count < 0 or offset > n - count:
        raise StringIndexOutOfBoundsException(
            f"Range [{offset}, {offset} + {count}) out of bounds for length {n}"
        )
    return _from16("".join(chars[offset : offset + count]))


@constructor("String", "", "String", "char[]")
def _new_string(v: Any = None) -> str:
    if v is None:
        return ""
    if type(v) is JArray:
        return _from16("".join(v))
    return str(v)


# ---------------------------------------------------------------------------------------------
# CharSequence / Comparable


@method("CharSequence", "int length()")
def _cs_length(s: Any) -> int:
    return length16(rt.to_string(s))


@method("Comparable", "int compareTo(def)")
def _compare_to(a: Any, b: Any) -> int:
    return rt.compare_to(a, b)


# ---------------------------------------------------------------------------------------------
# Numbers


def _parse_int(text: Any, radix: int = 10, bits: int = 32) -> int:
    if text is None:
        raise NumberFormatException("Cannot parse null string")  # JDK 17 and 25
    s = str(text)
    kind = "Long" if bits == 64 else "Integer"
    err = NumberFormatException(f'For input string: "{s}"' + (f" under radix {radix}" if radix != 10 else ""))
    if not s:
        raise NumberFormatException('For input string: ""' + (f" under radix {radix}" if radix != 10 else ""))
    body = s[1:] if s[0] in "+-" else s
    if not body:
        raise err
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"[:radix]
    value = 0
    for c in body:
        # Character.digit: a non-ASCII decimal digit (Nd) counts when below the radix; other
        # digit-like characters (superscripts) do not
        d = digits.find(c.lower()) if c.isascii() else (unicodedata.decimal(c, -1) if c.isdecimal() else -1)
        if d >= radix:
            d = -1
        if d < 0:
            raise err
        value = value * radix + d
    if s[0] == "-":
        value = -value
    lo, hi = -(2 ** (bits - 1)), 2 ** (bits - 1) - 1
    if not lo <= value <= hi:
        raise err
    del kind
    return value


@method("Integer", "static int parseInt(String)", "static int parseInt(String, int)")
def _parse_int_m(s: Any, radix: int = 10) -> int:
    return _parse_int(s, radix, 32)


# java.lang.txt: valueOf(int) and valueOf(String,int) only, so Integer.valueOf("5") does not compile.
@method("Integer", "static Integer valueOf(int)", "static Integer valueOf(String, int)")
def _int_value_of(v: Any, radix: int = 10) -> int:
    if type(v) is int:
        return v
    return _parse_int(v, radix, 32)


@method("Long", "static long parseLong(String)", "static long parseLong(String, int)")
def _parse_long(s: Any, radix: int = 10) -> JLong:
    return JLong(_parse_int(s, radix, 64))


@method("Long", "static Long valueOf(long)")  # no valueOf(String) in java.lang.txt
def _long_value_of(v: Any) -> JLong:
    if isinstance(v, int) and type(v) is not bool:
        return JLong(int(v))
    return JLong(_parse_int(v, 10, 64))


_FLOAT_RE = None


def _parse_double(text: Any) -> float:
    if text is None:
        raise NullPointerException(None)
    s = str(text).strip(" \t\n\r\x0b\x0c\x00")
    t = s[:-1] if s[-1:] in ("d", "D", "f", "F") else s
    try:
        if t in ("NaN", "+NaN", "-NaN"):
            return math.nan
        if t.lstrip("+-") == "Infinity":
            return -math.inf if t.startswith("-") else math.inf
        if (
            not t
            or any(c not in "0123456789+-.eExXpPabcdefABCDEF" for c in t)
            or "inf" in t.lower()
            or "nan" in t.lower()
        ):
            raise ValueError(t)
        if "x" in t.lower():
            return float.fromhex(t)
        return float(t)
    except ValueError:
        raise NumberFormatException(f'For input string: "{text}"' if s else "empty String") from None


@method("Double", "static double parseDouble(String)")
def _parse_double_m(s: Any) -> float:
    return _parse_double(s)


@method("Double", "static Double valueOf(double)")  # no valueOf(String) in java.lang.txt
def _double_value_of(v: Any) -> float:
    if type(v) is str:
        return _parse_double(v)
    return rt.double_value(v)


@method("Float", "static float parseFloat(String)")
def _parse_float(s: Any) -> JFloat:
    return JFloat(_parse_double(s))


@method("Float", "static Float valueOf(float)")  # no valueOf(String) in java.lang.txt
def _float_value_of(v: Any) -> JFloat:
    if type(v) is str:
        return JFloat(_parse_double(v))
    return JFloat(rt.float_value(v))


@method("Double", "static boolean isNaN(double)")
def _is_nan_static(v: float) -> bool:
    return v != v


@method("Double", "boolean isNaN()")
def _is_nan(v: float) -> bool:
    return v != v


@method("Float", "boolean isNaN()")
def _is_nan_f(v: float) -> bool:
    return v != v


@method("Double", "static boolean isInfinite(double)", "boolean isInfinite()")
def _is_infinite(v: float) -> bool:
    return math.isinf(v)


@method("Double", "static boolean isFinite(double)")
def _is_finite(v: float) -> bool:
    return math.isfinite(v)


@method("Double", "static int compare(double, double)")
def _double_compare(a: float, b: float) -> int:
    return double_compare(float(a), float(b))


def double_compare(x: float, y: float) -> int:
    """Double.compare: numeric order, then -0.0 before 0.0 and NaN after everything (equal to NaN)."""
    if x < y:
        return -1
    if x > y:
        return 1
    bx, by = _double_bits(x), _double_bits(y)
    return 0 if bx == by else (-1 if bx < by else 1)


def _double_bits(v: float) -> int:
    """Double.doubleToLongBits: every NaN is the canonical one."""
    return 0x7FF8000000000000 if v != v else struct.unpack(">q", struct.pack(">d", v))[0]


@method("Integer", "static int compare(int, int)")
def _int_compare(a: int, b: int) -> int:
    return (a > b) - (a < b)


@method("Long", "static int compare(long, long)")
def _long_compare(a: int, b: int) -> int:
    return (a > b) - (a < b)


# java.lang.txt lists each box's own typed compareTo (not Comparable.compareTo(Object)): the
# argument is cast to the box at compile time, or by Def's defTo<Box>Implicit filter on a def call.
# A null argument is the JDK's helpful NullPointerException (texts from OpenJDK 17).


@method("Integer", "int compareTo(Integer)")
def _integer_compare_to(a: Any, b: Any) -> int:
    if b is None:
        raise NullPointerException('Cannot read field "value" because "anotherInteger" is null')
    return (a > b) - (a < b)


@method("Long", "int compareTo(Long)")
def _long_compare_to(a: Any, b: Any) -> int:
    if b is None:
        raise NullPointerException('Cannot read field "value" because "anotherLong" is null')
    return (a > b) - (a < b)


@method("Double", "int compareTo(Double)")
def _double_compare_to(a: Any, b: Any) -> int:
    if b is None:
        raise NullPointerException('Cannot read field "value" because "anotherDouble" is null')
    return double_compare(float(a), float(b))


@method("Integer", "static String toString(int)", "static String toString(int, int)")
def _int_to_string(v: int, radix: int = 10) -> str:
    return _radix_str(int(v), radix)


@method("Long", "static String toString(long)", "static String toString(long, int)")
def _long_to_string(v: int, radix: int = 10) -> str:
    return _radix_str(int(v), radix)


def _radix_str(v: int, radix: int) -> str:
    if radix == 10 or not 2 <= radix <= 36:
        return str(v)
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    n = abs(v)
    out = ""
    while True:
        out = digits[n % radix] + out
        n //= radix
        if n == 0:
            break
    return ("-" if v < 0 else "") + out


@method("Integer", "static String toHexString(int)")
def _int_hex(v: int) -> str:
    return format(int(v) & 0xFFFFFFFF, "x")


@method("Integer", "static String toBinaryString(int)")
def _int_bin(v: int) -> str:
    return format(int(v) & 0xFFFFFFFF, "b")


@method("Integer", "static String toOctalString(int)")
def _int_oct(v: int) -> str:
    return format(int(v) & 0xFFFFFFFF, "o")


@method("Long", "static String toHexString(long)")
def _long_hex(v: int) -> str:
    return format(int(v) & 0xFFFFFFFFFFFFFFFF, "x")


@method("Long", "static String toBinaryString(long)")
def _long_bin(v: int) -> str:
    return format(int(v) & 0xFFFFFFFFFFFFFFFF, "b")


@method("Double", "static String toString(double)")
def _double_to_string(v: float) -> str:
    return java_double_str(float(v))


@method("Integer", "static int max(int, int)")
def _int_max(a: int, b: int) -> int:
    return max(a, b)


@method("Integer", "static int min(int, int)")
def _int_min(a: int, b: int) -> int:
    return min(a, b)


@method("Long", "static long max(long, long)")
def _long_max(a: int, b: int) -> JLong:
    return JLong(max(a, b))


@method("Long", "static long min(long, long)")
def _long_min(a: int, b: int) -> JLong:
    return JLong(min(a, b))


@method("Integer", "static int signum(int)")
def _int_signum(a: int) -> int:
    return (a > 0) - (a < 0)


@method("Number", "int intValue()")
def _int_value(v: Any) -> int:
    return rt.int_value(v)


@method("Number", "long longValue()")
def _long_value(v: Any) -> JLong:
    return JLong(rt.long_value(v))


@method("Number", "double doubleValue()")
def _double_value(v: Any) -> float:
    return rt.double_value(v)


@method("Number", "float floatValue()")
def _float_value(v: Any) -> JFloat:
    return JFloat(rt.float_value(v))


@method("Number", "short shortValue()")
def _short_value(v: Any) -> Any:
    return rt.to_short(rt.int_value(v))


@method("Number", "byte byteValue()")
def _byte_value(v: Any) -> Any:
    return rt.to_byte(rt.int_value(v))


static_field("Integer", "MAX_VALUE", "int", 2**31 - 1)
static_field("Integer", "MIN_VALUE", "int", -(2**31))
static_field("Long", "MAX_VALUE", "long", JLong(2**63 - 1))
static_field("Long", "MIN_VALUE", "long", JLong(-(2**63)))
static_field("Double", "MAX_VALUE", "double", 1.7976931348623157e308)
static_field("Double", "MIN_VALUE", "double", 5e-324)
static_field("Double", "POSITIVE_INFINITY", "double", math.inf)
static_field("Double", "NEGATIVE_INFINITY", "double", -math.inf)
static_field("Double", "NaN", "double", math.nan)
static_field("Float", "MAX_VALUE", "float", JFloat(3.4028234663852886e38))
static_field("Float", "MIN_VALUE", "float", JFloat(1.401298464324817e-45))
static_field("Short", "MAX_VALUE", "short", rt.to_short(32767))
static_field("Short", "MIN_VALUE", "short", rt.to_short(-32768))
static_field("Byte", "MAX_VALUE", "byte", rt.to_byte(127))
static_field("Byte", "MIN_VALUE", "byte", rt.to_byte(-128))
static_field("Character", "MAX_VALUE", "char", JChar("\uffff"))
static_field("Character", "MIN_VALUE", "char", JChar("\x00"))


# java.lang.txt boxes the small types from their primitive only (`Byte.valueOf(1)`: the literal
# is typed byte by its target); the primitive arrives already converted.
@method("Byte", "static Byte valueOf(byte)")
@method("Short", "static Short valueOf(short)")
@method("Character", "static Character valueOf(char)")
def _small_value_of(v: Any) -> Any:
    return v


# Boolean


@method("Boolean", "static boolean parseBoolean(String)")
def _parse_boolean(s: Any) -> bool:
    return type(s) is str and s.lower() == "true"


@method("Boolean", "static Boolean valueOf(boolean)")  # no valueOf(String) in java.lang.txt
def _boolean_value_of(v: Any) -> bool:
    if type(v) is bool:
        return v
    return type(v) is str and v.lower() == "true"


@method("Boolean", "boolean booleanValue()")
def _boolean_value(v: bool) -> bool:
    return v


@method("Boolean", "static String toString(boolean)")
def _boolean_to_string(v: bool) -> str:
    return "true" if v else "false"


static_field("Boolean", "TRUE", "Boolean", True)
static_field("Boolean", "FALSE", "Boolean", False)

# Character


def _ch(c: Any) -> str:
    # The whitelist takes code points (isDigit(int) ...): chars widen to int, as do stream chars().
    return chr(c) if isinstance(c, int) else str(c)


@method("Character", "static boolean isDigit(int)")
def _is_digit(c: Any) -> bool:
    return _ch(c).isdigit() and _ch(c).isdecimal()


@method("Character", "static boolean isLetter(int)")
def _is_letter(c: Any) -> bool:
    return _ch(c).isalpha()


@method("Character", "static boolean isLetterOrDigit(int)")
def _is_letter_or_digit(c: Any) -> bool:
    return _ch(c).isalpha() or _ch(c).isdecimal()


@method("Character", "static boolean isAlphabetic(int)")
def _is_alphabetic(c: Any) -> bool:
    return _ch(c).isalpha()


@method("Character", "static boolean isWhitespace(int)")
def _is_whitespace(c: Any) -> bool:
    ch = _ch(c)
    if ch in "\u00a0\u2007\u202f":
        return False
    return ch in "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f" or (ch.isspace() and ch not in "\x85")


@method("Character", "static boolean isUpperCase(int)")
def _is_upper(c: Any) -> bool:
    return _ch(c).isupper()


@method("Character", "static boolean isLowerCase(int)")
def _is_lower(c: Any) -> bool:
    return _ch(c).islower()


@method("Character", "static char toUpperCase(char)")
def _to_upper(c: Any) -> JChar:
    u = _ch(c).upper()
    return JChar(u if len(u) == 1 else _ch(c))


@method("Character", "static char toLowerCase(char)")
def _to_lower(c: Any) -> JChar:
    u = _ch(c).lower()
    return JChar(u if len(u) == 1 else _ch(c))


@method("Character", "static int getNumericValue(int)")
def _numeric_value(c: Any) -> int:
    ch = _ch(c)
    if ch.isdecimal():
        return int(ch)
    if ch.isascii() and ch.isalpha():
        return ord(ch.lower()) - ord("a") + 10
    return -1


@method("Character", "static int digit(int, int)")
def _digit(c: Any, radix: int) -> int:
    """Character.digit: the value of a decimal digit (any Unicode Nd) or of a Latin letter (ASCII
    or fullwidth, 10..35), when below `radix` (2..36); else -1."""
    if not 2 <= radix <= 36:
        return -1
    ch = _ch(c)
    value = unicodedata.decimal(ch, -1)
    if value < 0:
        code = ord(ch)
        if 0xFF21 <= code <= 0xFF3A or 0xFF41 <= code <= 0xFF5A:
            code -= 0xFEE0  # fullwidth Latin letters count as their ASCII forms
        letter = chr(code)
        if letter.isascii() and letter.isalpha():
            value = ord(letter.lower()) - ord("a") + 10
    return value if 0 <= value < radix else -1


@method("Character", "static String toString(char)")
def _char_to_string(c: Any) -> str:
    return _ch(c)


@method("Character", "char charValue()")
def _char_value(c: JChar) -> JChar:
    return c


# ---------------------------------------------------------------------------------------------
# Math (Painless whitelists the double versions only)


def _d(v: Any) -> float:
    return rt.double_value(v)


@method("Math", "static double abs(double)")
def _abs(v: Any) -> float:
    return abs(_d(v))


@method("Math", "static double max(double, double)")
def _max(a: Any, b: Any) -> float:
    x, y = _d(a), _d(b)
    if x != x or y != y:
        return math.nan
    if x == y == 0.0:
        return x if math.copysign(1, x) > 0 else y
    return x if x > y else y


@method("Math", "static double min(double, double)")
def _min(a: Any, b: Any) -> float:
    x, y = _d(a), _d(b)
    if x != x or y != y:
        return math.nan
    if x == y == 0.0:
        return x if math.copysign(1, x) < 0 else y
    return x if x < y else y


@method("Math", "static double pow(double, double)")
def _pow(a: Any, b: Any) -> float:
    x, y = _d(a), _d(b)
    try:
        return math.pow(x, y)
    except OverflowError:
        return math.inf if x > 0 or (float(y).is_integer() and int(y) % 2 == 0) else -math.inf
    except ValueError:
        if x == 0.0 and y < 0:
            return math.inf
        return math.nan


@method("Math", "static double sqrt(double)")
def _sqrt(v: Any) -> float:
    x = _d(v)
    return math.sqrt(x) if x >= 0 else (math.nan if x == x and x != 0 else x)


@method("Math", "static double cbrt(double)")
def _cbrt(v: Any) -> float:
    x = _d(v)
    return math.copysign(abs(x) ** (1.0 / 3.0), x) if math.isfinite(x) else x


def _unary_math(fn: Any) -> Any:
    def impl(v: Any) -> float:
        try:
            return float(fn(_d(v)))
        except (ValueError, OverflowError):
            return math.nan

    return impl


@method("Math", "static double floor(double)")
def _floor(v: Any) -> float:
    x = _d(v)
    return float(math.floor(x)) if math.isfinite(x) else x


@method("Math", "static double ceil(double)")
def _ceil(v: Any) -> float:
    x = _d(v)
    return float(math.ceil(x)) if math.isfinite(x) else x


@method("Math", "static double rint(double)")
def _rint(v: Any) -> float:
    x = _d(v)
    return float(round(x)) if math.isfinite(x) else x


@method("Math", "static long round(double)")
def _round(v: Any) -> JLong:
    x = _d(v)
    if x != x:
        return JLong(0)
    return JLong(rt.d2l(math.floor(x + 0.5)) if math.isfinite(x) else rt.d2l(x))


@method("Math", "static double log(double)")
def _log(v: Any) -> float:
    x = _d(v)
    if x == 0:
        return -math.inf
    if x < 0 or x != x:
        return math.nan
    return math.log(x) if math.isfinite(x) else x


@method("Math", "static double log10(double)")
def _log10(v: Any) -> float:
    x = _d(v)
    if x == 0:
        return -math.inf
    if x < 0 or x != x:
        return math.nan
    return math.log10(x) if math.isfinite(x) else x


@method("Math", "static double exp(double)")
def _exp(v: Any) -> float:
    x = _d(v)
    try:
        return math.exp(x)
    except OverflowError:
        return math.inf


@method("Math", "static double signum(double)")
def _signum(v: Any) -> float:
    x = _d(v)
    if x != x or x == 0:
        return x
    return 1.0 if x > 0 else -1.0


for _name, _fn in (
    ("sin", math.sin),
    ("cos", math.cos),
    ("tan", math.tan),
    ("asin", math.asin),
    ("acos", math.acos),
    ("atan", math.atan),
    ("toRadians", math.radians),
    ("toDegrees", math.degrees),
    ("log1p", math.log1p),
    ("expm1", math.expm1),
):
    method("Math", f"static double {_name}(double)")(_unary_math(_fn))


@method("Math", "static double hypot(double, double)")
def _hypot(a: Any, b: Any) -> float:
    return math.hypot(_d(a), _d(b))


@method("Math", "static double atan2(double, double)")
def _atan2(a: Any, b: Any) -> float:
    return math.atan2(_d(a), _d(b))


@method("Math", "static double random()")
def _random() -> float:
    import random

    return random.random()


static_field("Math", "PI", "double", math.pi)
static_field("Math", "E", "double", math.e)

# ---------------------------------------------------------------------------------------------
# Objects


@method("Objects", "static boolean equals(def, def)")
def _objects_equals(a: Any, b: Any) -> bool:
    return a is b or (a is not None and rt.java_equals(a, b))


@method("Objects", "static boolean isNull(def)")
def _is_null(a: Any) -> bool:
    return a is None


@method("Objects", "static boolean nonNull(def)")
def _non_null(a: Any) -> bool:
    return a is not None


@method("Objects", "static def requireNonNull(def)", "static def requireNonNull(def, String)")
def _require_non_null(a: Any, message: Any = None) -> Any:
    if a is None:
        raise NullPointerException(message)
    return a


@method("Objects", "static String toString(def)", "static String toString(def, String)")
def _objects_to_string(a: Any, default: Any = None) -> str:
    if a is None and default is not None:
        return str(default)
    return rt.to_string(a)


@method("Objects", "static int hashCode(def)")
def _objects_hash_code(a: Any) -> int:
    return 0 if a is None else rt.java_hash(a)


# ---------------------------------------------------------------------------------------------
# StringBuilder


@constructor("StringBuilder", "", "String")
def _new_sb(text: Any = None) -> StringBuilder:
    return StringBuilder("" if text is None else rt.to_string(text))


@method("StringBuilder", "StringBuilder append(def)")
def _sb_append(sb: StringBuilder, v: Any) -> StringBuilder:
    sb.parts.append(rt.to_string(v))
    return sb


@method("StringBuilder", "int length()")
def _sb_length(sb: StringBuilder) -> int:
    return length16("".join(sb.parts))


@method("StringBuilder", "String toString()")
def _sb_to_string(sb: StringBuilder) -> str:
    return "".join(sb.parts)


# The rest of java.lang.txt's StringBuilder (plus CharSequence.charAt): edits work on the UTF-16
# units of the joined text. Bounds errors carry JDK 21's Preconditions texts (String.checkIndex /
# checkOffset / checkFromToIndex), the JDK Elasticsearch 8.x bundles.


def _sb_units(sb: StringBuilder) -> str:
    return _u16("".join(sb.parts))


def _sb_store(sb: StringBuilder, units: str) -> StringBuilder:
    text = _from16(units)
    sb.parts = [text] if text else []
    return sb


def _sb_check_index(i: int, n: int) -> None:
    if not 0 <= i < n:
        raise StringIndexOutOfBoundsException(f"Index {i} out of bounds for length {n}")


def _sb_check_range(start: int, end: int, n: int) -> None:
    if start < 0 or start > end or end > n:
        raise StringIndexOutOfBoundsException(f"Range [{start}, {end}) out of bounds for length {n}")


@method("StringBuilder", "char charAt(int)")
def _sb_char_at(sb: StringBuilder, i: int) -> JChar:
    u = _sb_units(sb)
    _sb_check_index(i, len(u))
    return JChar(u[i])


@method("StringBuilder", "void setCharAt(int, char)")
def _sb_set_char_at(sb: StringBuilder, i: int, c: Any) -> None:
    u = _sb_units(sb)
    _sb_check_index(i, len(u))
    _sb_store(sb, u[:i] + str(c) + u[i + 1 :])


@method("StringBuilder", "StringBuilder deleteCharAt(int)")
def _sb_delete_char_at(sb: StringBuilder, i: int) -> StringBuilder:
    u = _sb_units(sb)
    _sb_check_index(i, len(u))
    return _sb_store(sb, u[:i] + u[i + 1 :])


@method("StringBuilder", "StringBuilder delete(int, int)")
def _sb_delete(sb: StringBuilder, start: int, end: int) -> StringBuilder:
    u = _sb_units(sb)
    end = min(end, len(u))  # AbstractStringBuilder.delete clamps end to the length first
    _sb_check_range(start, end, len(u))
    return _sb_store(sb, u[:start] + u[end:])


@method("StringBuilder", "StringBuilder insert(int, def)")
def _sb_insert(sb: StringBuilder, offset: int, v: Any) -> StringBuilder:
    u = _sb_units(sb)
    _sb_check_range(offset, len(u), len(u))  # String.checkOffset
    return _sb_store(sb, u[:offset] + _u16(rt.to_string(v)) + u[offset:])


@method("StringBuilder", "StringBuilder replace(int, int, String)")
def _sb_replace(sb: StringBuilder, start: int, end: int, text: Any) -> StringBuilder:
    u = _sb_units(sb)
    n = len(u)
    end = min(end, n)
    _sb_check_range(start, end, n)
    return _sb_store(sb, u[:start] + _u16(_check_str(text)) + u[end:])


@method("StringBuilder", "StringBuilder reverse()")
def _sb_reverse(sb: StringBuilder) -> StringBuilder:
    # Java keeps surrogate pairs in order; one Python character per code point does the same
    return _sb_store(sb, _u16("".join(sb.parts)[::-1]))


@method("StringBuilder", "void setLength(int)")
def _sb_set_length(sb: StringBuilder, n: int) -> None:
    if n < 0:
        raise StringIndexOutOfBoundsException(f"String index out of range: {n}")
    u = _sb_units(sb)
    _sb_store(sb, u[:n] + "\0" * (n - len(u)))


@method("StringBuilder", "int indexOf(String)", "int indexOf(String, int)")
def _sb_index_of(sb: StringBuilder, sub: Any, start: int = 0) -> int:
    return _index_of("".join(sb.parts), sub, start)


@method("StringBuilder", "int lastIndexOf(String)", "int lastIndexOf(String, int)")
def _sb_last_index_of(sb: StringBuilder, sub: Any, start: int | None = None) -> int:
    return _last_index_of("".join(sb.parts), sub, start)


@method("StringBuilder", "String substring(int)", "String substring(int, int)")
def _sb_substring(sb: StringBuilder, start: int, end: int | None = None) -> str:
    u = _sb_units(sb)
    stop = len(u) if end is None else end
    _sb_check_range(start, stop, len(u))
    return _from16(u[start:stop])


# ---------------------------------------------------------------------------------------------
# Exceptions a script may create and throw

_EXCEPTIONS = {
    "Exception": JavaException,
    "RuntimeException": JavaException,
    "IllegalArgumentException": IllegalArgumentException,
    "IllegalStateException": IllegalStateException,
    "NumberFormatException": NumberFormatException,
    "NullPointerException": NullPointerException,
    "ClassCastException": JClassCastException,
    "ArithmeticException": JArithmeticException,
    "IndexOutOfBoundsException": JIndexOutOfBoundsException,
    "UnsupportedOperationException": UnsupportedOperationException,
}


def _exception_ctor(cls: type[JavaException], java_class: str) -> Any:
    def make(message: Any = None) -> JavaException:
        exc = cls(None if message is None else rt.to_string(message))
        if cls is JavaException:
            exc.java_class = java_class  # type: ignore[misc]
        return exc

    return make


for _n, _cls in _EXCEPTIONS.items():
    constructor(_n, "", "String")(_exception_ctor(_cls, f"java.lang.{_n}"))

# the other exceptions whose `()` and `(String)` constructors java.lang.txt / java.util.txt list
_MORE_EXCEPTIONS = {
    "ArrayIndexOutOfBoundsException": JArrayIndexOutOfBoundsException,
    "StringIndexOutOfBoundsException": StringIndexOutOfBoundsException,
    **dict.fromkeys(
        (
            "ArrayStoreException",
            "NegativeArraySizeException",
            "IllegalMonitorStateException",
            "IllegalThreadStateException",
            "SecurityException",
            "CloneNotSupportedException",
            "InterruptedException",
            "ReflectiveOperationException",
            "ClassNotFoundException",
            "IllegalAccessException",
            "InstantiationException",
            "NoSuchFieldException",
            "NoSuchMethodException",
            "ConcurrentModificationException",
            "InputMismatchException",
            "NoSuchElementException",
            "TooManyListenersException",
        ),
        JavaException,
    ),
}
for _n, _cls in _MORE_EXCEPTIONS.items():
    constructor(_n, "", "String")(_exception_ctor(_cls, canonical(_n)))
constructor("EmptyStackException", "")(_exception_ctor(JavaException, "java.util.EmptyStackException"))


# Debug.explain (org.elasticsearch.painless.api.Debug): PainlessExplainError is an Error, so no
# catch clause takes it; the script_exception carries PainlessExplainError.getHeaders as metadata
# (ElasticsearchException keeps them in a HashMap: painless_class, to_string, java_class order; a
# one-element header list renders as a plain string).
_CTX_CLASSES = (
    ("ctx_root", "org.elasticsearch.ingest.IngestCtxMap"),
    ("readonly_root", "org.elasticsearch.ingest.ConditionalProcessor$UnmodifiableIngestData"),
)


@method("Debug", "static void explain(Object)")
def _debug_explain(value: Any) -> None:
    headers: dict[str, Any] = {}
    if value is not None:
        run = rt.LOCAL.run
        java_class = next((name for attr, name in _CTX_CLASSES if value is getattr(run, attr, None)), None)
        if java_class is None:
            java_class = rt.class_name(value)
            painless = qualified_type(java_class.replace("$", "."))
            if painless is not None or java_class.replace("$", ".") == "java.lang.Object":
                headers["painless_class"] = java_class.replace("$", ".")
        headers["to_string"] = rt.to_string(value)
        headers["java_class"] = java_class
    else:
        headers["to_string"] = "null"
    error = PainlessExplainError(None)
    error.explain_headers = headers  # type: ignore[attr-defined]
    raise error


@method("Exception", "String getMessage()")
def _get_message(e: JavaException) -> Any:
    return e.reason


@method("Exception", "String getLocalizedMessage()")
def _get_localized_message(e: JavaException) -> Any:
    return e.reason


del to_float32
