"""java.text.DecimalFormat, DecimalFormatSymbols and NumberFormat as Painless allowlists them
(java.text.txt); Format.format(Object) is the only format method a script sees. The parse side:
NumberFormat.parse(String[, ParsePosition]), Format.parseObject(String[, ParsePosition]),
ParsePosition and the checked java.text.ParseException (`Unparseable number: "..."`), lenient as
the JDK's default (checked in tests/ingest/painless/test_text_decimal_parse.py).

Behaviour follows the JDK (Temurin 25) and is checked against its answers in
tests/ingest/painless/test_text_decimal_format.py: pattern syntax and its error texts, affixes
and quoting, the negative subpattern, %/per-mille multipliers, grouping, exponent notation
(including the repeating "engineering" ranges), minimum/maximum digit counts (with the 309/340
caps for non-Big numbers), the eight RoundingModes over FloatingDecimal's digits (jdigits) and
NaN/Infinity symbols.

Locale assumption: the no-Locale forms (new DecimalFormat(...), new DecimalFormatSymbols(),
NumberFormat.getInstance() ...) use the JVM's default format locale. Elasticsearch does not set
one; we take api_locale.DEFAULT (en_US, what a JVM reports with LANG unset, C, POSIX or en_US):
'.' decimal, ',' grouping, '-' minus, "∞", "NaN", "E", '$'/"USD" for ¤/¤¤. Other locales'
symbols and patterns come from text_number_locales.dat (frozen from the JDK).

Not registered (no implementation): getCurrency/setCurrency, getCurrencyInstance,
getAvailableLocales, DecimalFormatSymbols.setInternationalCurrencySymbol, formatToCharacterIterator,
format(Object, StringBuffer, FieldPosition). A parse of text holding characters outside the BMP
counts positions in code points, not UTF-16 chars as Java does. DecimalFormatSymbols.hashCode and
DecimalFormat.toString (Temurin 25 prints `DecimalFormat [locale: "...", pattern: "..."]`) are not the JDK's.
"""

from __future__ import annotations

import math
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Any

from s1elastic.ingest.errors import (
    ArithmeticException,
    IllegalArgumentException,
    JavaException,
    NullPointerException,
)
from s1elastic.ingest.javatypes import JFloat, JLong, java_string_hash
from s1elastic.ingest.painless import jdigits
from s1elastic.ingest.painless import runtime as rt
from s1elastic.ingest.painless.api_bigdecimal import (
    HALF_EVEN,
    JBigDecimal,
    RoundingMode,
    divide_exact,
    round_div,
)
from s1elastic.ingest.painless.api_biginteger import JBigInteger
from s1elastic.ingest.painless.api_chars import char_type
from s1elastic.ingest.painless.api_locale import DEFAULT as DEFAULT_LOCALE
from s1elastic.ingest.painless.api_locale import JLocale
from s1elastic.ingest.painless.jdk_unicode import TYPE_RANGES
from s1elastic.ingest.painless.methods import constructor, method, static_field
from s1elastic.ingest.painless.values import JByte, JChar, JShort

_INT_MAX = 2**31 - 1
_DOUBLE_INTEGER_DIGITS = 309
_DOUBLE_FRACTION_DIGITS = 340
_MAXIMUM_INTEGER_DIGITS = _INT_MAX
_MAXIMUM_FRACTION_DIGITS = _INT_MAX
_QUOTE = "'"
_CURRENCY_SIGN = "\u00a4"
_LOCALES_FILE = Path(__file__).with_name("text_number_locales.dat")


def _wrap32(x: int) -> int:
    x &= 0xFFFFFFFF
    return x - (1 << 32) if x >> 31 else x


def _wrap8(x: int) -> int:
    x &= 0xFF
    return x - 256 if x >> 7 else x


def _jdiv(a: int, b: int) -> int:
    """Java's integer division (truncates toward zero)."""
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b > 0) else -q


# ---------------------------------------------------------------------------------------------
# DecimalFormatSymbols


class DecimalFormatSymbols:
    """The symbols a DecimalFormat prints with; a mutable bag, copied when handed over."""

    __slots__ = (
        "currency_symbol",
        "decimal",
        "digit",
        "exponent",
        "grouping",
        "infinity",
        "intl_currency",
        "locale",
        "minus",
        "minus_text",
        "monetary_decimal",
        "monetary_grouping",
        "nan",
        "pattern_separator",
        "per_mill",
        "per_mill_text",
        "percent",
        "percent_text",
        "zero",
    )
    JAVA_CLASS = "java.text.DecimalFormatSymbols"
    PAINLESS_CLASS = "DecimalFormatSymbols"

    zero: str
    grouping: str
    decimal: str
    per_mill: str
    percent: str
    digit: str
    pattern_separator: str
    infinity: Any
    nan: Any
    minus: str
    currency_symbol: Any
    intl_currency: Any
    monetary_decimal: str
    monetary_grouping: str
    exponent: str
    minus_text: str
    percent_text: str
    per_mill_text: str
    locale: JLocale

    def copy(self) -> DecimalFormatSymbols:
        other = DecimalFormatSymbols.__new__(DecimalFormatSymbols)
        for name in DecimalFormatSymbols.__slots__:
            setattr(other, name, getattr(self, name))
        return other

    def key(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in DecimalFormatSymbols.__slots__)

    def __eq__(self, other: object) -> bool:
        return type(other) is DecimalFormatSymbols and self.key() == other.key()

    def __hash__(self) -> int:
        return hash(self.key()) & 0x7FFFFFFF


class _LocaleData:
    """One locale's symbols and number/percent patterns, as the JDK gives them."""

    __slots__ = ("number", "percent", "symbols")

    def __init__(self, symbols: dict[str, str], number: str, percent: str) -> None:
        self.symbols = symbols
        self.number = number
        self.percent = percent


_SYMBOL_FIELDS = (
    "zero",
    "grouping",
    "decimal",
    "per_mill",
    "percent",
    "digit",
    "pattern_separator",
    "infinity",
    "nan",
    "minus",
    "currency_symbol",
    "intl_currency",
    "monetary_decimal",
    "monetary_grouping",
    "exponent",
    "minus_text",
    "percent_text",
    "per_mill_text",
)


@lru_cache(maxsize=1)
def _locale_table() -> dict[str, _LocaleData]:
    table: dict[str, _LocaleData] = {}
    for line in _LOCALES_FILE.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        tag = cols[0]
        number, percent, *values = (c.encode("ascii").decode("unicode_escape") for c in cols[1:])
        table[tag] = _LocaleData(dict(zip(_SYMBOL_FIELDS, values, strict=True)), number, percent)
    return table


def _locale_data(locale: JLocale) -> _LocaleData:
    """The locale's data, falling back as resource lookup does (variant, country, script), then
    to the root locale."""
    table = _locale_table()
    lang, script, country, variant = locale.language, locale.script, locale.country, locale.variant
    for parts in (
        (lang, script, country, variant),
        (lang, script, country),
        (lang, script),
        (lang, country, variant),
        (lang, country),
        (lang,),
    ):
        tag = "-".join(p for p in parts if p)
        if tag in table:
            return table[tag]
    return table["und"]


def symbols_for(locale: JLocale) -> DecimalFormatSymbols:
    data = _locale_data(locale)
    sym = DecimalFormatSymbols.__new__(DecimalFormatSymbols)
    for name, value in data.symbols.items():
        setattr(sym, name, value)
    sym.locale = locale
    return sym


def formatter_symbols(locale: JLocale) -> tuple[str, str, str, int]:
    """What java.util.Formatter takes from a locale: DecimalFormatSymbols' zero digit, decimal and
    grouping separators, and the grouping size of NumberFormat.getIntegerInstance (0: no grouping).
    The integer instance is the number pattern without its fraction, so its grouping is the same."""
    data = _locale_data(locale)
    number = DecimalFormat(data.number, symbols_for(locale))
    size = number.grouping_size if number.grouping_used else 0
    return data.symbols["zero"], data.symbols["decimal"], data.symbols["grouping"], size


def _locale_arg(locale: Any, null_message: str | None = None) -> JLocale:
    """A Locale argument. A null one fails somewhere inside the JDK's locale lookup; which helpful
    NullPointerException text it gets depends on what the JVM looked up before (the texts here are
    what a JVM that has already formatted numbers says, as an Elasticsearch node has)."""
    if locale is None:
        raise NullPointerException(null_message)
    if type(locale) is not JLocale:
        raise rt.java_cce(locale, "Locale")
    return locale


@constructor("DecimalFormatSymbols", "", "Locale")
def _new_symbols(locale: Any = DEFAULT_LOCALE) -> DecimalFormatSymbols:
    return symbols_for(
        _locale_arg(
            locale, 'Cannot invoke "java.util.Locale.getUnicodeLocaleType(String)" because "locale" is null'
        )
    )


@method(
    "DecimalFormatSymbols",
    "static DecimalFormatSymbols getInstance()",
    "static DecimalFormatSymbols getInstance(Locale)",
)
def _symbols_get_instance(locale: Any = DEFAULT_LOCALE) -> DecimalFormatSymbols:
    return symbols_for(_locale_arg(locale))


@method("DecimalFormatSymbols", "def clone()")
def _symbols_clone(s: DecimalFormatSymbols) -> DecimalFormatSymbols:
    return s.copy()


def _char(c: Any) -> str:
    return str(c)


def _char_getter(field: str) -> Any:
    def get(s: DecimalFormatSymbols) -> JChar:
        return JChar(getattr(s, field))

    return get


def _string_getter(field: str) -> Any:
    def get(s: DecimalFormatSymbols) -> Any:
        return getattr(s, field)

    return get


for _name, _field in (
    ("DecimalSeparator", "decimal"),
    ("Digit", "digit"),
    ("GroupingSeparator", "grouping"),
    ("MinusSign", "minus"),
    ("MonetaryDecimalSeparator", "monetary_decimal"),
    ("PatternSeparator", "pattern_separator"),
    ("Percent", "percent"),
    ("PerMill", "per_mill"),
    ("ZeroDigit", "zero"),
):
    method("DecimalFormatSymbols", f"char get{_name}()")(_char_getter(_field))
for _name, _field in (
    ("CurrencySymbol", "currency_symbol"),
    ("ExponentSeparator", "exponent"),
    ("Infinity", "infinity"),
    ("InternationalCurrencySymbol", "intl_currency"),
    ("NaN", "nan"),
):
    method("DecimalFormatSymbols", f"String get{_name}()")(_string_getter(_field))


def _plain_char_setter(field: str) -> Any:
    def set_(s: DecimalFormatSymbols, c: Any) -> None:
        setattr(s, field, _char(c))

    return set_


for _name, _field in (
    ("DecimalSeparator", "decimal"),
    ("Digit", "digit"),
    ("GroupingSeparator", "grouping"),
    ("MonetaryDecimalSeparator", "monetary_decimal"),
    ("PatternSeparator", "pattern_separator"),
    ("ZeroDigit", "zero"),
):
    method("DecimalFormatSymbols", f"void set{_name}(char)")(_plain_char_setter(_field))


@method("DecimalFormatSymbols", "void setMinusSign(char)")
def _set_minus(s: DecimalFormatSymbols, c: Any) -> None:
    s.minus = s.minus_text = _char(c)


@method("DecimalFormatSymbols", "void setPercent(char)")
def _set_percent(s: DecimalFormatSymbols, c: Any) -> None:
    s.percent = s.percent_text = _char(c)


@method("DecimalFormatSymbols", "void setPerMill(char)")
def _set_per_mill(s: DecimalFormatSymbols, c: Any) -> None:
    s.per_mill = s.per_mill_text = _char(c)


@method("DecimalFormatSymbols", "void setInfinity(String)")
def _set_infinity(s: DecimalFormatSymbols, text: Any) -> None:
    if text is None:
        raise NullPointerException(None)
    s.infinity = text


@method("DecimalFormatSymbols", "void setNaN(String)")
def _set_nan(s: DecimalFormatSymbols, text: Any) -> None:
    if text is None:
        raise NullPointerException(None)
    s.nan = text


@method("DecimalFormatSymbols", "void setCurrencySymbol(String)")
def _set_currency_symbol(s: DecimalFormatSymbols, text: Any) -> None:
    if text is None:
        raise NullPointerException(None)
    s.currency_symbol = text


@method("DecimalFormatSymbols", "void setExponentSeparator(String)")
def _set_exponent(s: DecimalFormatSymbols, text: Any) -> None:
    if text is None:
        raise NullPointerException(None)
    s.exponent = text


# ---------------------------------------------------------------------------------------------
# DecimalFormat


class DecimalFormat:
    """A java.text.DecimalFormat (every NumberFormat a script can get is one)."""

    __slots__ = (
        "decimal_always",
        "exponential",
        "grouping_size",
        "grouping_used",
        "is_currency",
        "max_frac",
        "max_int",
        "min_exp_digits",
        "min_frac",
        "min_int",
        "mode",
        "multiplier",
        "neg_prefix",
        "neg_prefix_pattern",
        "neg_suffix",
        "neg_suffix_pattern",
        "parse_big_decimal",
        "parse_integer_only",
        "pos_prefix",
        "pos_prefix_pattern",
        "pos_suffix",
        "pos_suffix_pattern",
        "symbols",
    )
    JAVA_CLASS = "java.text.DecimalFormat"
    PAINLESS_CLASS = "DecimalFormat"

    def __init__(self, pattern: str, symbols: DecimalFormatSymbols) -> None:
        self.symbols = symbols
        self.pos_prefix = ""
        self.pos_suffix = ""
        self.neg_prefix = "-"
        self.neg_suffix = ""
        self.pos_prefix_pattern: str | None = ""
        self.pos_suffix_pattern: str | None = ""
        self.neg_prefix_pattern: str | None = "'-"
        self.neg_suffix_pattern: str | None = ""
        self.multiplier = 1
        self.grouping_size = 3
        self.grouping_used = True
        self.decimal_always = False
        self.exponential = False
        self.min_exp_digits = 0
        self.is_currency = False
        self.parse_big_decimal = False
        self.parse_integer_only = False
        self.max_int = 40
        self.min_int = 1
        self.max_frac = 3
        self.min_frac = 0
        self.mode: RoundingMode = HALF_EVEN
        apply_pattern(self, pattern, False)

    # the digit limits: DecimalFormat keeps its own (for Big numbers) and NumberFormat's capped ones

    def set_max_int(self, n: int) -> None:
        self.max_int = min(max(0, n), _MAXIMUM_INTEGER_DIGITS)
        if self.min_int > self.max_int:
            self.min_int = self.max_int

    def set_min_int(self, n: int) -> None:
        self.min_int = min(max(0, n), _MAXIMUM_INTEGER_DIGITS)
        if self.min_int > self.max_int:
            self.max_int = self.min_int

    def set_max_frac(self, n: int) -> None:
        self.max_frac = min(max(0, n), _MAXIMUM_FRACTION_DIGITS)
        if self.min_frac > self.max_frac:
            self.min_frac = self.max_frac

    def set_min_frac(self, n: int) -> None:
        self.min_frac = min(max(0, n), _MAXIMUM_FRACTION_DIGITS)
        if self.min_frac > self.max_frac:
            self.max_frac = self.min_frac

    def capped(self) -> tuple[int, int, int, int]:
        """NumberFormat's (max int, min int, max fraction, min fraction) used for double/long."""
        return (
            min(self.max_int, _DOUBLE_INTEGER_DIGITS),
            min(self.min_int, _DOUBLE_INTEGER_DIGITS),
            min(self.max_frac, _DOUBLE_FRACTION_DIGITS),
            min(self.min_frac, _DOUBLE_FRACTION_DIGITS),
        )

    def key(self) -> tuple[Any, ...]:
        """What DecimalFormat.equals compares (an affix pattern when there is one, else the text)."""
        return (
            self.pos_prefix_pattern if self.pos_prefix_pattern is not None else ("", self.pos_prefix),
            self.pos_suffix_pattern if self.pos_suffix_pattern is not None else ("", self.pos_suffix),
            self.neg_prefix_pattern if self.neg_prefix_pattern is not None else ("", self.neg_prefix),
            self.neg_suffix_pattern if self.neg_suffix_pattern is not None else ("", self.neg_suffix),
            self.multiplier,
            self.grouping_size,
            self.decimal_always,
            self.parse_big_decimal,
            self.exponential,
            self.min_exp_digits if self.exponential else 0,
            self.max_int,
            self.min_int,
            self.max_frac,
            self.min_frac,
            self.mode.name,
            self.symbols,
            self.grouping_used,
            self.parse_integer_only,
        )

    def __eq__(self, other: object) -> bool:
        return type(other) is DecimalFormat and self.key() == other.key()

    def __hash__(self) -> int:
        return self.java_hash_code()

    def java_hash_code(self) -> int:
        """NumberFormat's maximumIntegerDigits (the capped copy) * 37 + maxFractionDigits, then * 37
        + positivePrefix.hashCode(). That maxFractionDigits is the byte kept for serialization, only
        written by writeObject: always its initial 3."""
        max_int = self.capped()[0]
        return _wrap32((max_int * 37 + 3) * 37 + java_string_hash(self.pos_prefix))

    def copy(self) -> DecimalFormat:
        other = DecimalFormat.__new__(DecimalFormat)
        for name in DecimalFormat.__slots__:
            setattr(other, name, getattr(self, name))
        other.symbols = self.symbols.copy()
        return other


# -- patterns


def _bad(message: str, pattern: str) -> IllegalArgumentException:
    """`message` is the text before the quoted pattern ("Malformed pattern", "Unexpected '0' in
    pattern", ...)."""
    return IllegalArgumentException(f'{message} "{pattern}"')


def apply_pattern(df: DecimalFormat, pattern: Any, localized: bool) -> None:
    """DecimalFormat.applyPattern / applyLocalizedPattern."""
    if pattern is None:
        raise NullPointerException('Cannot invoke "String.length()" because "pattern" is null')
    pattern = str(pattern)
    if localized:
        s = df.symbols
        zero, grouping, decimal = s.zero, s.grouping, s.decimal
        percent, per_mill, digit = s.percent, s.per_mill, s.digit
        separator, exponent, minus = s.pattern_separator, s.exponent, s.minus
    else:
        zero, grouping, decimal, percent, per_mill = "0", ",", ".", "%", "\u2030"
        digit, separator, exponent, minus = "#", ";", "E", "-"
    got_negative = False
    df.decimal_always = False
    df.is_currency = False
    df.exponential = False
    n = len(pattern)
    start = 0
    j = 1
    while j >= 0 and start < n:
        in_quote = False
        prefix: list[str] = []
        suffix: list[str] = []
        decimal_pos = -1
        multiplier = 1
        digit_left = zero_count = digit_right = 0
        grouping_count = -1
        phase = 0
        affix = prefix
        pos = start
        while pos < n:
            ch = pattern[pos]
            if phase in (0, 2):
                if in_quote:
                    if ch == _QUOTE:
                        if pos + 1 < n and pattern[pos + 1] == _QUOTE:
                            pos += 1
                            affix.append("''")
                        else:
                            in_quote = False
                        pos += 1
                        continue
                else:
                    if ch in (digit, zero, grouping, decimal):
                        phase = 1
                        continue
                    if ch == _CURRENCY_SIGN:
                        doubled = pos + 1 < n and pattern[pos + 1] == _CURRENCY_SIGN
                        if doubled:
                            pos += 1
                        df.is_currency = True
                        affix.append("'\u00a4\u00a4" if doubled else "'\u00a4")
                        pos += 1
                        continue
                    if ch == _QUOTE:
                        if pos + 1 < n and pattern[pos + 1] == _QUOTE:
                            pos += 1
                            affix.append("''")
                        else:
                            in_quote = True
                        pos += 1
                        continue
                    if ch == separator:
                        if phase == 0 or j == 0:
                            raise _bad(f"Unquoted special character '{ch}' in pattern", pattern)
                        start = pos + 1
                        pos = n
                        continue
                    if ch in (percent, per_mill):
                        if multiplier != 1:
                            raise _bad("Too many percent/per mille characters in pattern", pattern)
                        multiplier = 100 if ch == percent else 1000
                        affix.append("'%" if ch == percent else "'\u2030")
                        pos += 1
                        continue
                    if ch == minus:
                        affix.append("'-")
                        pos += 1
                        continue
                affix.append(ch)
                pos += 1
                continue
            # phase 1
            if j == 0:
                while pos < n:
                    c = pattern[pos]
                    if c in (digit, zero, grouping, decimal):
                        pos += 1
                    elif pattern.startswith(exponent, pos):
                        pos += len(exponent)
                    else:
                        phase = 2
                        affix = suffix
                        break
                continue
            if ch == digit:
                if zero_count > 0:
                    digit_right += 1
                else:
                    digit_left += 1
                if grouping_count >= 0 and decimal_pos < 0:
                    grouping_count = _wrap8(grouping_count + 1)
            elif ch == zero:
                if digit_right > 0:
                    raise _bad("Unexpected '0' in pattern", pattern)
                zero_count += 1
                if grouping_count >= 0 and decimal_pos < 0:
                    grouping_count = _wrap8(grouping_count + 1)
            elif ch == grouping:
                grouping_count = 0
            elif ch == decimal:
                if decimal_pos >= 0:
                    raise _bad("Multiple decimal separators in pattern", pattern)
                decimal_pos = digit_left + zero_count + digit_right
            elif pattern.startswith(exponent, pos):
                if df.exponential:
                    raise _bad("Multiple exponential symbols in pattern", pattern)
                df.exponential = True
                df.min_exp_digits = 0
                pos += len(exponent)
                while pos < n and pattern[pos] == zero:
                    df.min_exp_digits += 1
                    pos += 1
                if digit_left + zero_count < 1 or df.min_exp_digits < 1:
                    raise _bad("Malformed exponential pattern", pattern)
                phase = 2
                affix = suffix
                continue
            else:
                phase = 2
                affix = suffix
                continue
            pos += 1
        if zero_count == 0 and digit_left > 0 and decimal_pos >= 0:
            k = decimal_pos or 1
            digit_right = digit_left - k
            digit_left = k - 1
            zero_count = 1
        if (
            (decimal_pos < 0 and digit_right > 0)
            or (decimal_pos >= 0 and (decimal_pos < digit_left or decimal_pos > digit_left + zero_count))
            or grouping_count == 0
            or in_quote
        ):
            raise _bad("Malformed pattern", pattern)
        if j == 1:
            df.pos_prefix_pattern = "".join(prefix)
            df.pos_suffix_pattern = "".join(suffix)
            df.neg_prefix_pattern = df.pos_prefix_pattern
            df.neg_suffix_pattern = df.pos_suffix_pattern
            total = digit_left + zero_count + digit_right
            effective = decimal_pos if decimal_pos >= 0 else total
            df.set_min_int(effective - digit_left)
            df.set_max_int(digit_left + df.min_int if df.exponential else _MAXIMUM_INTEGER_DIGITS)
            df.set_max_frac(total - decimal_pos if decimal_pos >= 0 else 0)
            df.set_min_frac(digit_left + zero_count - decimal_pos if decimal_pos >= 0 else 0)
            df.grouping_used = grouping_count > 0
            df.grouping_size = grouping_count if grouping_count > 0 else 0
            df.multiplier = multiplier
            df.decimal_always = decimal_pos == 0 or decimal_pos == total
        else:
            df.neg_prefix_pattern = "".join(prefix)
            df.neg_suffix_pattern = "".join(suffix)
            got_negative = True
        j -= 1
    if not pattern:
        df.pos_prefix_pattern = df.pos_suffix_pattern = ""
        df.set_min_int(0)
        df.set_max_int(_MAXIMUM_INTEGER_DIGITS)
        df.set_min_frac(0)
        df.set_max_frac(_DOUBLE_FRACTION_DIGITS)  # JDK 25: 340, not Integer.MAX_VALUE
    if not got_negative or (
        df.neg_prefix_pattern == df.pos_prefix_pattern and df.neg_suffix_pattern == df.pos_suffix_pattern
    ):
        df.neg_suffix_pattern = df.pos_suffix_pattern
        df.neg_prefix_pattern = "'-" + (df.pos_prefix_pattern or "")
    _expand_affixes(df)


def _expand_affix(df: DecimalFormat, pattern: str) -> str:
    s = df.symbols
    out: list[str] = []
    i = 0
    while i < len(pattern):
        c = pattern[i]
        i += 1
        if c == _QUOTE:
            c = pattern[i]
            i += 1
            if c == _CURRENCY_SIGN:
                if i < len(pattern) and pattern[i] == _CURRENCY_SIGN:
                    i += 1
                    out.append(_null_text(s.intl_currency))
                else:
                    out.append(_null_text(s.currency_symbol))
                continue
            if c == "%":
                out.append(s.percent_text)
                continue
            if c == "\u2030":
                out.append(s.per_mill_text)
                continue
            if c == "-":
                out.append(s.minus_text)
                continue
        out.append(c)
    return "".join(out)


def _expand_affixes(df: DecimalFormat) -> None:
    if df.pos_prefix_pattern is not None:
        df.pos_prefix = _expand_affix(df, df.pos_prefix_pattern)
    if df.pos_suffix_pattern is not None:
        df.pos_suffix = _expand_affix(df, df.pos_suffix_pattern)
    if df.neg_prefix_pattern is not None:
        df.neg_prefix = _expand_affix(df, df.neg_prefix_pattern)
    if df.neg_suffix_pattern is not None:
        df.neg_suffix = _expand_affix(df, df.neg_suffix_pattern)


def _append_literal_affix(out: list[str], df: DecimalFormat, affix: str, localized: bool) -> None:
    s = df.symbols
    if localized:
        specials = [
            s.zero,
            s.grouping,
            s.decimal,
            s.percent_text,
            s.per_mill_text,
            s.digit,
            s.pattern_separator,
            s.minus_text,
            _CURRENCY_SIGN,
        ]
    else:
        specials = ["0", ",", ".", "%", "\u2030", "#", ";", "-", _CURRENCY_SIGN]
    need_quote = any(sp in affix for sp in specials)
    if need_quote:
        out.append("'")
    out.append(affix.replace("'", "''"))
    if need_quote:
        out.append("'")


def _append_affix(
    out: list[str], df: DecimalFormat, pattern: str | None, expanded: str, localized: bool
) -> None:
    if pattern is None:
        _append_literal_affix(out, df, expanded, localized)
        return
    pos = 0
    while pos < len(pattern):
        i = pattern.find(_QUOTE, pos)
        if i < 0:
            _append_literal_affix(out, df, pattern[pos:], localized)
            break
        if i > pos:
            _append_literal_affix(out, df, pattern[pos:i], localized)
        i += 1
        c = pattern[i]
        i += 1
        if c == _QUOTE:
            out.append(c)
        elif c == _CURRENCY_SIGN and i < len(pattern) and pattern[i] == _CURRENCY_SIGN:
            i += 1
            out.append(c)
        elif localized and c in ("%", "\u2030", "-"):
            s = df.symbols
            out.append({"%": s.percent_text, "\u2030": s.per_mill_text, "-": s.minus_text}[c])
            pos = i
            continue
        out.append(c)
        pos = i


def to_pattern(df: DecimalFormat, localized: bool) -> str:
    s = df.symbols
    zero, digit_c = (s.zero, s.digit) if localized else ("0", "#")
    out: list[str] = []
    for j in (1, 0):
        if j == 1:
            _append_affix(out, df, df.pos_prefix_pattern, df.pos_prefix, localized)
        else:
            _append_affix(out, df, df.neg_prefix_pattern, df.neg_prefix, localized)
        count = df.max_int if df.exponential else max(df.grouping_size, df.min_int) + 1
        for i in range(count, 0, -1):
            if i != count and df.grouping_used and df.grouping_size != 0 and i % df.grouping_size == 0:
                out.append(s.grouping if localized else ",")
            out.append(zero if i <= df.min_int else digit_c)
        if df.max_frac > 0 or df.decimal_always:
            out.append(s.decimal if localized else ".")
        for i in range(df.max_frac):
            out.append(zero if i < df.min_frac else digit_c)
        if df.exponential:
            out.append(s.exponent if localized else "E")
            out.append(zero * df.min_exp_digits)
        if j == 1:
            _append_affix(out, df, df.pos_suffix_pattern, df.pos_suffix, localized)
            same_suffix = (
                df.neg_suffix_pattern is None
                and df.pos_suffix_pattern is None
                and df.neg_suffix == df.pos_suffix
            ) or (df.neg_suffix_pattern is not None and df.neg_suffix_pattern == df.pos_suffix_pattern)
            if same_suffix and (
                (
                    df.neg_prefix_pattern is not None
                    and df.pos_prefix_pattern is not None
                    and df.neg_prefix_pattern == "'-" + df.pos_prefix_pattern
                )
                or (
                    df.neg_prefix_pattern is None
                    and df.pos_prefix_pattern is None
                    and df.neg_prefix == s.minus_text + df.pos_prefix
                )
            ):
                break
            out.append(s.pattern_separator if localized else ";")
        else:
            _append_affix(out, df, df.neg_suffix_pattern, df.neg_suffix, localized)
    return "".join(out)


# -- formatting


def _subformat(
    df: DecimalFormat,
    dl: jdigits.DigitList,
    negative: bool,
    is_integer: bool,
    max_int: int,
    min_int: int,
    max_frac: int,
    min_frac: int,
) -> str:
    out: list[str] = [_affix(df.neg_prefix if negative else df.pos_prefix)]
    s = df.symbols
    grouping = s.monetary_grouping if df.is_currency else s.grouping
    zero = s.zero
    delta = ord(zero) - ord("0")
    decimal = s.monetary_decimal if df.is_currency else s.decimal
    digits = dl.digits
    count_d = len(digits)

    def dig(i: int) -> str:
        return chr(ord(digits[i]) + delta)

    if dl.is_zero():
        dl.decimal_at = 0
    if df.exponential:
        exponent = dl.decimal_at
        repeat = max_int
        minimum_int = min_int
        if repeat > 1 and repeat > min_int:
            if exponent >= 1:
                exponent = _jdiv(exponent - 1, repeat) * repeat
            else:
                exponent = _jdiv(exponent - repeat, repeat) * repeat
            minimum_int = 1
        else:
            exponent -= minimum_int
        minimum_digits = _wrap32(min_int + min_frac)
        if minimum_digits < 0:
            minimum_digits = _INT_MAX
        integer_digits = minimum_int if dl.is_zero() else dl.decimal_at - exponent
        if minimum_digits < integer_digits:
            minimum_digits = integer_digits
        total = max(count_d, minimum_digits)
        for i in range(total):
            if i == integer_digits:
                out.append(decimal)
            out.append(dig(i) if i < count_d else zero)
        if df.decimal_always and total == integer_digits:
            out.append(decimal)
        out.append(s.exponent)
        if dl.is_zero():
            exponent = 0
        if exponent < 0:
            exponent = -exponent
            out.append(s.minus_text)
        text = str(exponent)
        if text == "0":
            text = ""
        out.append(zero * (df.min_exp_digits - len(text)))
        out.append("".join(chr(ord(c) + delta) for c in text))
    else:
        count = min_int
        index = 0
        if dl.decimal_at > 0 and count < dl.decimal_at:
            count = dl.decimal_at
        if count > max_int:
            count = max_int
            index = dl.decimal_at - count
        printed = 0
        for i in range(count - 1, -1, -1):
            if i < dl.decimal_at and index < count_d:
                out.append(dig(index))
                index += 1
            else:
                out.append(zero)
            printed += 1
            if df.grouping_used and i > 0 and df.grouping_size != 0 and i % df.grouping_size == 0:
                out.append(grouping)
                printed += 1
        fraction_present = min_frac > 0 or (not is_integer and index < count_d)
        if not fraction_present and printed == 0:
            out.append(zero)
        if df.decimal_always or fraction_present:
            out.append(decimal)
        for i in range(max_frac):
            if i >= min_frac and (is_integer or index >= count_d):
                break
            if -1 - i > dl.decimal_at - 1:
                out.append(zero)
                continue
            if not is_integer and index < count_d:
                out.append(dig(index))
                index += 1
            else:
                out.append(zero)
    out.append(_affix(df.neg_suffix if negative else df.pos_suffix))
    return "".join(out)


def _affix(text: str | None) -> str:
    """A prefix or suffix set to null fails when appended (String.isEmpty on null)."""
    if text is None:
        raise NullPointerException('Cannot invoke "String.isEmpty()" because "string" is null')
    return text


def _null_text(text: Any) -> str:
    """StringBuffer.append(String) prints a null symbol as "null"."""
    return "null" if text is None else str(text)


def _rounding_needed() -> ArithmeticException:
    return ArithmeticException("Rounding needed with the rounding mode being set to RoundingMode.UNNECESSARY")


def format_double(df: DecimalFormat, number: float) -> str:
    if number != number or (math.isinf(number) and df.multiplier == 0):
        return _null_text(df.symbols.nan)
    negative = (number < 0.0 or (number == 0.0 and math.copysign(1.0, number) < 0)) != (df.multiplier < 0)
    if df.multiplier != 1:
        number *= df.multiplier
    if math.isinf(number):
        infinity = _null_text(df.symbols.infinity)
        if negative:
            return _affix(df.neg_prefix) + infinity + _affix(df.neg_suffix)
        return _affix(df.pos_prefix) + infinity + _affix(df.pos_suffix)
    if negative:
        number = -number
    max_int, min_int, max_frac, min_frac = df.capped()
    try:
        dl = jdigits.from_double(
            number,
            negative,
            max_int + max_frac if df.exponential else max_frac,
            not df.exponential,
            df.mode.name,
        )
    except jdigits.RoundingNeeded:
        raise _rounding_needed() from None
    return _subformat(df, dl, negative, False, max_int, min_int, max_frac, min_frac)


def format_integer(df: DecimalFormat, number: int, capped: bool) -> str:
    """format(long) (capped limits) and format(BigInteger) (its own limits); both exact."""
    product = number * df.multiplier
    negative = product < 0
    if capped:
        max_int, min_int, max_frac, min_frac = df.capped()
    else:
        max_int, min_int, max_frac, min_frac = df.max_int, df.min_int, df.max_frac, df.min_frac
    maximum = _wrap32(max_int + max_frac)
    if maximum < 0:
        maximum = _INT_MAX
    try:
        dl = jdigits.from_integer(abs(product), negative, maximum if df.exponential else 0, df.mode.name)
    except jdigits.RoundingNeeded:
        raise _rounding_needed() from None
    return _subformat(df, dl, negative, True, max_int, min_int, max_frac, min_frac)


def format_big_decimal(df: DecimalFormat, number: JBigDecimal) -> str:
    unscaled = number.unscaled * df.multiplier
    negative = unscaled < 0
    max_int, min_int, max_frac, min_frac = df.max_int, df.min_int, df.max_frac, df.min_frac
    maximum = _wrap32(max_int + max_frac)
    if df.exponential:
        limit = _INT_MAX if maximum < 0 else maximum
    else:
        limit = max_frac
    try:
        dl = jdigits.from_decimal_digits(
            abs(unscaled), number.scale, negative, limit, not df.exponential, df.mode.name
        )
    except jdigits.RoundingNeeded:
        raise _rounding_needed() from None
    return _subformat(df, dl, negative, False, max_int, min_int, max_frac, min_frac)


def _java_bit_length(n: int) -> int:
    return n.bit_length() if n >= 0 else (~n).bit_length()


def format_object(df: DecimalFormat, value: Any) -> str:
    """Format.format(Object) on a DecimalFormat: integral boxes (and BigIntegers under 64 bits) as
    long, BigDecimal and BigInteger exactly, any other Number as double."""
    t = type(value)
    if t is bool or t is JChar or value is None:
        raise IllegalArgumentException("Cannot format given Object as a Number")
    if t is JBigInteger:
        if _java_bit_length(int(value)) < 64:
            return format_integer(df, int(value), True)
        return format_integer(df, int(value), False)
    if t is int or t is JLong or t is JByte or t is JShort:
        return format_integer(df, int(value), True)
    if t is float or t is JFloat:
        return format_double(df, float(value))
    if t is JBigDecimal:
        return format_big_decimal(df, value)
    raise IllegalArgumentException("Cannot format given Object as a Number")


# -- construction


def _new_decimal_format_args(*args: Any) -> DecimalFormat:
    if not args:
        return DecimalFormat(_locale_data(DEFAULT_LOCALE).number, symbols_for(DEFAULT_LOCALE))
    pattern = args[0]
    if len(args) == 1:
        return DecimalFormat(pattern, symbols_for(DEFAULT_LOCALE))
    symbols = args[1]
    if symbols is None:
        raise NullPointerException(
            'Cannot invoke "java.text.DecimalFormatSymbols.clone()" because "symbols" is null'
        )
    if type(symbols) is not DecimalFormatSymbols:
        raise rt.java_cce(symbols, "DecimalFormatSymbols")
    return DecimalFormat(pattern, symbols.copy())


constructor("DecimalFormat", "", "String", "String, DecimalFormatSymbols")(_new_decimal_format_args)


def _instance(locale: Any, kind: str) -> DecimalFormat:
    loc = _locale_arg(locale, 'Cannot invoke "Object.hashCode()" because "key" is null')
    data = _locale_data(loc)
    df = DecimalFormat(data.percent if kind == "percent" else data.number, symbols_for(loc))
    if kind == "integer":
        df.set_max_frac(0)
        df.decimal_always = False
        df.parse_integer_only = True
    return df


@method("NumberFormat", "static NumberFormat getInstance()", "static NumberFormat getInstance(Locale)")
def _get_instance(locale: Any = DEFAULT_LOCALE) -> DecimalFormat:
    return _instance(locale, "number")


@method(
    "NumberFormat", "static NumberFormat getNumberInstance()", "static NumberFormat getNumberInstance(Locale)"
)
def _get_number_instance(locale: Any = DEFAULT_LOCALE) -> DecimalFormat:
    return _instance(locale, "number")


@method(
    "NumberFormat",
    "static NumberFormat getIntegerInstance()",
    "static NumberFormat getIntegerInstance(Locale)",
)
def _get_integer_instance(locale: Any = DEFAULT_LOCALE) -> DecimalFormat:
    return _instance(locale, "integer")


@method(
    "NumberFormat",
    "static NumberFormat getPercentInstance()",
    "static NumberFormat getPercentInstance(Locale)",
)
def _get_percent_instance(locale: Any = DEFAULT_LOCALE) -> DecimalFormat:
    return _instance(locale, "percent")


static_field("NumberFormat", "INTEGER_FIELD", "int", 0)
static_field("NumberFormat", "FRACTION_FIELD", "int", 1)


# -- Format / NumberFormat members


@method("Format", "String format(Object)")
def _format(df: DecimalFormat, value: Any) -> str:
    return format_object(df, value)


@method("Format", "def clone()")
def _clone(df: DecimalFormat) -> DecimalFormat:
    return df.copy()


@method("NumberFormat", "int getMaximumIntegerDigits()")
def _get_max_int(df: DecimalFormat) -> int:
    return df.max_int


@method("NumberFormat", "int getMinimumIntegerDigits()")
def _get_min_int(df: DecimalFormat) -> int:
    return df.min_int


@method("NumberFormat", "int getMaximumFractionDigits()")
def _get_max_frac(df: DecimalFormat) -> int:
    return df.max_frac


@method("NumberFormat", "int getMinimumFractionDigits()")
def _get_min_frac(df: DecimalFormat) -> int:
    return df.min_frac


@method("NumberFormat", "void setMaximumIntegerDigits(int)")
def _set_max_int(df: DecimalFormat, n: int) -> None:
    df.set_max_int(int(n))


@method("NumberFormat", "void setMinimumIntegerDigits(int)")
def _set_min_int(df: DecimalFormat, n: int) -> None:
    df.set_min_int(int(n))


@method("NumberFormat", "void setMaximumFractionDigits(int)")
def _set_max_frac(df: DecimalFormat, n: int) -> None:
    df.set_max_frac(int(n))


@method("NumberFormat", "void setMinimumFractionDigits(int)")
def _set_min_frac(df: DecimalFormat, n: int) -> None:
    df.set_min_frac(int(n))


@method("NumberFormat", "boolean isGroupingUsed()")
def _is_grouping_used(df: DecimalFormat) -> bool:
    return df.grouping_used


@method("NumberFormat", "void setGroupingUsed(boolean)")
def _set_grouping_used(df: DecimalFormat, used: bool) -> None:
    df.grouping_used = bool(used)


@method("NumberFormat", "boolean isParseIntegerOnly()")
def _is_parse_integer_only(df: DecimalFormat) -> bool:
    return df.parse_integer_only


@method("NumberFormat", "void setParseIntegerOnly(boolean)")
def _set_parse_integer_only(df: DecimalFormat, value: bool) -> None:
    df.parse_integer_only = bool(value)


@method("NumberFormat", "RoundingMode getRoundingMode()")
def _get_rounding_mode(df: DecimalFormat) -> RoundingMode:
    return df.mode


@method("NumberFormat", "void setRoundingMode(RoundingMode)")
def _set_rounding_mode(df: DecimalFormat, mode: Any) -> None:
    if mode is None:
        raise NullPointerException(None)
    if type(mode) is not RoundingMode:
        raise rt.java_cce(mode, "RoundingMode")
    df.mode = mode


# -- DecimalFormat members


@method("DecimalFormat", "void applyPattern(String)")
def _apply_pattern(df: DecimalFormat, pattern: Any) -> None:
    apply_pattern(df, pattern, False)


@method("DecimalFormat", "void applyLocalizedPattern(String)")
def _apply_localized_pattern(df: DecimalFormat, pattern: Any) -> None:
    apply_pattern(df, pattern, True)


@method("DecimalFormat", "String toPattern()")
def _to_pattern(df: DecimalFormat) -> str:
    return to_pattern(df, False)


@method("DecimalFormat", "String toLocalizedPattern()")
def _to_localized_pattern(df: DecimalFormat) -> str:
    return to_pattern(df, True)


@method("DecimalFormat", "DecimalFormatSymbols getDecimalFormatSymbols()")
def _get_symbols(df: DecimalFormat) -> DecimalFormatSymbols:
    return df.symbols.copy()


@method("DecimalFormat", "void setDecimalFormatSymbols(DecimalFormatSymbols)")
def _set_symbols(df: DecimalFormat, symbols: Any) -> None:
    if symbols is None:
        return  # the JDK swallows the NullPointerException of cloning null
    if type(symbols) is not DecimalFormatSymbols:
        raise rt.java_cce(symbols, "DecimalFormatSymbols")
    df.symbols = symbols.copy()
    _expand_affixes(df)


@method("DecimalFormat", "int getGroupingSize()")
def _get_grouping_size(df: DecimalFormat) -> int:
    return df.grouping_size


@method("DecimalFormat", "void setGroupingSize(int)")
def _set_grouping_size(df: DecimalFormat, n: int) -> None:
    n = int(n)
    if n < 0 or n > 127:
        raise IllegalArgumentException(f"newValue is out of valid range. value: {n}")
    df.grouping_size = n


@method("DecimalFormat", "int getMultiplier()")
def _get_multiplier(df: DecimalFormat) -> int:
    return df.multiplier


@method("DecimalFormat", "void setMultiplier(int)")
def _set_multiplier(df: DecimalFormat, n: int) -> None:
    df.multiplier = int(n)


@method("DecimalFormat", "boolean isDecimalSeparatorAlwaysShown()")
def _is_decimal_always(df: DecimalFormat) -> bool:
    return df.decimal_always


@method("DecimalFormat", "void setDecimalSeparatorAlwaysShown(boolean)")
def _set_decimal_always(df: DecimalFormat, value: bool) -> None:
    df.decimal_always = bool(value)


@method("DecimalFormat", "boolean isParseBigDecimal()")
def _is_parse_big_decimal(df: DecimalFormat) -> bool:
    return df.parse_big_decimal


@method("DecimalFormat", "void setParseBigDecimal(boolean)")
def _set_parse_big_decimal(df: DecimalFormat, value: bool) -> None:
    df.parse_big_decimal = bool(value)


@method("DecimalFormat", "String getPositivePrefix()")
def _get_pos_prefix(df: DecimalFormat) -> str:
    return df.pos_prefix


@method("DecimalFormat", "String getPositiveSuffix()")
def _get_pos_suffix(df: DecimalFormat) -> str:
    return df.pos_suffix


@method("DecimalFormat", "String getNegativePrefix()")
def _get_neg_prefix(df: DecimalFormat) -> str:
    return df.neg_prefix


@method("DecimalFormat", "String getNegativeSuffix()")
def _get_neg_suffix(df: DecimalFormat) -> str:
    return df.neg_suffix


@method("DecimalFormat", "void setPositivePrefix(String)")
def _set_pos_prefix(df: DecimalFormat, text: Any) -> None:
    if text is None:
        raise NullPointerException("prefix must not be null")
    df.pos_prefix = text
    df.pos_prefix_pattern = None


@method("DecimalFormat", "void setPositiveSuffix(String)")
def _set_pos_suffix(df: DecimalFormat, text: Any) -> None:
    if text is None:
        raise NullPointerException("suffix must not be null")
    df.pos_suffix = text
    df.pos_suffix_pattern = None


@method("DecimalFormat", "void setNegativePrefix(String)")
def _set_neg_prefix(df: DecimalFormat, text: Any) -> None:
    if text is None:
        raise NullPointerException("prefix must not be null")
    df.neg_prefix = text
    df.neg_prefix_pattern = None


@method("DecimalFormat", "void setNegativeSuffix(String)")
def _set_neg_suffix(df: DecimalFormat, text: Any) -> None:
    if text is None:
        raise NullPointerException("suffix must not be null")
    df.neg_suffix = text
    df.neg_suffix_pattern = None


@method("DecimalFormat", "int hashCode()")
def _hash_code(df: DecimalFormat) -> int:
    return df.java_hash_code()


# ---------------------------------------------------------------------------------------------
# parsing: DecimalFormat.parse(String, ParsePosition), lenient (NumberFormat's default; setStrict is
# not allowlisted). Checked against Temurin 25 in tests/ingest/painless/test_text_decimal_parse.py.

_LONG_LIMIT = 2**63
_INT_MIN = -(2**31)


class ParsePosition:
    """java.text.ParsePosition: where parsing starts (index) and where it failed (errorIndex)."""

    __slots__ = ("error_index", "index")
    JAVA_CLASS = "java.text.ParsePosition"
    PAINLESS_CLASS = "ParsePosition"

    def __init__(self, index: int) -> None:
        self.index = index
        self.error_index = -1

    def __eq__(self, other: object) -> bool:
        if type(other) is not ParsePosition:
            return False
        return self.index == other.index and self.error_index == other.error_index

    def __hash__(self) -> int:
        return _wrap32((self.error_index << 16) | (self.index & 0xFFFFFFFF))

    def java_to_string(self) -> str:
        return f"java.text.ParsePosition[index={self.index},errorIndex={self.error_index}]"


class TextParseException(JavaException):
    """java.text.ParseException: a checked exception (no RuntimeException catch takes it); Elasticsearch
    names it `parse_exception` (snake case of the simple class name)."""

    java_class = "java.text.ParseException"

    def __init__(self, reason: str | None, error_offset: int) -> None:
        super().__init__(reason)
        self.error_offset = error_offset


class _Digits:
    """The parser's DigitList: significant digits (leading zeros dropped) and the decimal point's
    place (decimal_at digits are before it; negative: zeros between the point and the digits)."""

    __slots__ = ("decimal_at", "digits")

    def __init__(self) -> None:
        self.digits: list[str] = []
        self.decimal_at = 0

    def fits_long(self, positive: bool, ignore_negative_zero: bool) -> bool:
        """DigitList.fitsIntoLong (trims trailing zeros first; -0 only fits when ignored)."""
        while self.digits and self.digits[-1] == "0":
            self.digits.pop()
        if not self.digits:
            return positive or ignore_negative_zero
        count = len(self.digits)
        if self.decimal_at < count or self.decimal_at > 19:
            return False
        value = self.magnitude()
        return value < _LONG_LIMIT or (value == _LONG_LIMIT and not positive)

    def magnitude(self) -> int:
        if not self.digits:
            return 0
        return int("".join(self.digits)) * 10 ** (self.decimal_at - len(self.digits))

    def long_value(self) -> int:
        """getLong: the digits as a long (Long.MIN_VALUE's magnitude comes back negative)."""
        value = self.magnitude()
        return -_LONG_LIMIT if value == _LONG_LIMIT else value

    def double_value(self) -> float:
        if not self.digits:
            return 0.0
        return float(f"0.{''.join(self.digits)}E{self.decimal_at}")

    def big_decimal(self) -> JBigDecimal:
        if not self.digits:
            return JBigDecimal(0, -self.decimal_at)
        # scaleByPowerOfTen(decimalAt - count): that int difference wraps in Java
        return JBigDecimal(int("".join(self.digits)), -_wrap32(self.decimal_at - len(self.digits)))


def _java_digit(ch: str, zero: str) -> int:
    """The digit value parsing gives a char: its distance from the locale's zero digit, else
    Character.digit(ch, 10) (Unicode Nd digits of the BMP; Java sees other code points as two
    surrogates, neither a digit)."""
    value = ord(ch) - ord(zero)
    if 0 <= value <= 9:
        return value
    if ch.isascii():
        return ord(ch) - 48 if "0" <= ch <= "9" else -1
    cp = ord(ch)
    if cp > 0xFFFF or char_type(cp) != 9:
        return -1
    value = unicodedata.decimal(ch, -1)
    if value < 0:  # a digit Unicode added after Python's tables: runs of ten start at 0
        for first, last, kind in TYPE_RANGES:
            if kind == 9 and first <= cp <= last:
                return (cp - first) % 10
    return value


def _region(text: str, at: int, part: str) -> bool:
    """String.regionMatches(at, part, 0, part.length())."""
    return at >= 0 and text.startswith(part, at)


def _shift_decimal_at(decimal_at: int, exponent: int) -> int:
    total = decimal_at + exponent
    if not -_LONG_LIMIT <= total < _LONG_LIMIT:
        return _INT_MAX if exponent > 0 and decimal_at > 0 else _INT_MIN
    return max(_INT_MIN, min(_INT_MAX, total))


def _subparse_number(
    df: DecimalFormat, text: str, position: int, digits: _Digits, is_exponent: bool
) -> tuple[int, int, bool]:
    """(position after the number or -1 when there is none, position of the decimal separator or -1,
    infinite). Stops at the first character that cannot continue the number."""
    s = df.symbols
    int_index = -1
    if not is_exponent and _region(text, position, s.infinity):
        return position + len(s.infinity), int_index, True
    digits.digits = []
    digits.decimal_at = 0
    zero = s.zero
    decimal = s.monetary_decimal if df.is_currency else s.decimal
    grouping = s.monetary_grouping if df.is_currency else s.grouping
    integer_only = df.parse_integer_only
    saw_decimal = saw_digit = False
    exponent = 0
    digit_count = 0
    start = position
    backup = -1
    n = len(text)
    while position < n:
        ch = text[position]
        digit = _java_digit(ch, zero)
        if digit == 0:
            backup = -1
            saw_digit = True
            if not digits.digits:
                if saw_decimal:
                    digits.decimal_at -= 1
            else:
                digit_count += 1
                if not saw_decimal or not integer_only:
                    digits.digits.append("0")
        elif 0 < digit <= 9:
            saw_digit = True
            digit_count += 1
            if not saw_decimal or not integer_only:
                digits.digits.append(chr(48 + digit))
            backup = -1
        elif not is_exponent and ch == decimal:
            if integer_only and start == position:
                return -1, int_index, False
            if saw_decimal:
                break
            int_index = position
            digits.decimal_at = digit_count
            saw_decimal = True
        elif not is_exponent and ch == grouping and df.grouping_used:
            if saw_decimal:
                break
            backup = position  # a separator must be followed by a digit, else it is not taken
        elif not is_exponent and _region(text, position, s.exponent):
            exp_digits = _Digits()
            ok, end, _, positive, _ = _subparse(
                df, text, position + len(s.exponent), "", s.minus_text, exp_digits, True
            )
            if ok:
                if exp_digits.fits_long(positive, True):
                    exponent = exp_digits.long_value()
                    if not positive:
                        exponent = -exponent
                else:
                    exponent = _LONG_LIMIT - 1 if positive else -_LONG_LIMIT
                position = end
            break
        else:
            break
        position += 1
    if backup != -1:
        position = backup
    if not saw_decimal:
        digits.decimal_at = digit_count
    if not saw_decimal or not integer_only:
        digits.decimal_at = _shift_decimal_at(digits.decimal_at, exponent)
    if not saw_digit and digit_count == 0:
        return -1, int_index, False
    return position, int_index, False


def _subparse(
    df: DecimalFormat,
    text: str,
    start: int,
    pos_prefix: str,
    neg_prefix: str,
    digits: _Digits,
    is_exponent: bool,
) -> tuple[bool, int, int, bool, bool]:
    """(parsed, new index, error index, positive, infinite): the longer of the matching prefixes, the
    number, then (not for an exponent) a suffix of the same sign, the longer when both match."""
    got_pos = _region(text, start, pos_prefix)
    got_neg = _region(text, start, neg_prefix)
    if got_pos and got_neg:
        if len(pos_prefix) > len(neg_prefix):
            got_neg = False
        elif len(pos_prefix) < len(neg_prefix):
            got_pos = False
    if got_pos:
        position = start + len(pos_prefix)
    elif got_neg:
        position = start + len(neg_prefix)
    else:
        return False, start, start, False, False
    position, int_pos, infinite = _subparse_number(df, text, position, digits, is_exponent)
    if position == -1:
        return False, start, start, False, False
    if is_exponent:
        index = position
    else:
        pos_suffix, neg_suffix = _affix(df.pos_suffix), _affix(df.neg_suffix)
        got_pos = got_pos and _region(text, position, pos_suffix)
        got_neg = got_neg and _region(text, position, neg_suffix)
        if got_pos and got_neg:
            if len(pos_suffix) > len(neg_suffix):
                got_neg = False
            elif len(pos_suffix) < len(neg_suffix):
                got_pos = False
        if got_pos == got_neg:
            return False, start, position, False, False
        if df.parse_integer_only and int_pos != -1:
            index = int_pos
        else:
            index = position + len(pos_suffix if got_pos else neg_suffix)
    if index == start:
        return False, start, position, False, False
    return True, index, -1, got_pos, infinite


def _jdiv64(a: int, b: int) -> int:
    """Java long division (truncating, Long.MIN_VALUE / -1 wraps)."""
    q = abs(a) // abs(b)
    q = q if (a >= 0) == (b > 0) else -q
    return _wrap64(q)


def _wrap64(x: int) -> int:
    x &= 0xFFFFFFFFFFFFFFFF
    return x - (1 << 64) if x >> 63 else x


def parse_number(df: DecimalFormat, text: str, pos: ParsePosition) -> Any:
    """DecimalFormat.parse(String, ParsePosition): a Long when the value is integral and fits
    (Double for -0.0 unless parseIntegerOnly), a Double otherwise, a BigDecimal under
    parseBigDecimal (but NaN and infinities stay Doubles); None (pos.errorIndex set) when nothing
    parses."""
    s = df.symbols
    if _region(text, pos.index, s.nan):
        pos.index += len(s.nan)
        return math.nan
    digits = _Digits()
    neg_prefix, pos_prefix = _affix(df.neg_prefix), _affix(df.pos_prefix)
    ok, index, error_index, positive, infinite = _subparse(
        df, text, pos.index, pos_prefix, neg_prefix, digits, False
    )
    if not ok:
        pos.error_index = error_index
        return None
    pos.index = index
    multiplier = df.multiplier
    if infinite:
        return math.inf if positive == (multiplier >= 0) else -math.inf
    if multiplier == 0:
        if not digits.digits:
            return math.nan
        return math.inf if positive else -math.inf
    if df.parse_big_decimal:
        result = digits.big_decimal()
        if multiplier != 1:
            divisor = JBigDecimal(multiplier, 0)
            try:
                result = divide_exact(result, divisor)
            except ArithmeticException:  # a non-terminating quotient: rounded at the dividend's scale
                result = JBigDecimal(round_div(result.unscaled, multiplier, df.mode), result.scale)
        return result if positive else JBigDecimal(-result.unscaled, result.scale)
    integer_only = df.parse_integer_only
    got_double = True
    got_long_min = False
    double_result = 0.0
    long_result = 0
    if digits.fits_long(positive, integer_only):
        got_double = False
        long_result = digits.long_value()
        got_long_min = long_result < 0
    else:
        double_result = digits.double_value()
    if multiplier != 1:
        if got_double:
            double_result /= multiplier
        elif abs(long_result) % abs(multiplier) == 0:
            long_result = _jdiv64(long_result, multiplier)
        else:
            double_result = float(long_result) / multiplier
            got_double = True
    if not positive and not got_long_min:
        double_result = -double_result
        long_result = _wrap64(-long_result)
    if multiplier != 1 and got_double:
        long_result = rt.d2l(double_result)
        negative_zero = double_result == 0.0 and math.copysign(1.0, double_result) < 0
        got_double = (double_result != float(long_result) or negative_zero) and not integer_only
    return double_result if got_double else JLong(long_result)


def _text_arg(text: Any) -> str:
    if text is None:
        raise NullPointerException(
            'Cannot invoke "String.regionMatches(int, String, int, int)" because "text" is null'
        )
    return str(text)


@method("NumberFormat", "Number parse(String)")
def _parse(df: DecimalFormat, text: Any) -> Any:
    """NumberFormat.parse(String): parses from the start; the rest of the text is ignored."""
    source = _text_arg(text)
    pos = ParsePosition(0)
    result = parse_number(df, source, pos)
    if pos.index == 0:
        raise TextParseException(f'Unparseable number: "{source}"', pos.error_index)
    return result


@method("Format", "Object parseObject(String)")
def _parse_object(df: DecimalFormat, text: Any) -> Any:
    source = _text_arg(text)
    pos = ParsePosition(0)
    result = parse_number(df, source, pos)
    if pos.index == 0:
        raise TextParseException("Format.parseObject(String) failed", pos.error_index)
    return result


def _position_arg(pos: Any) -> ParsePosition:
    if pos is None:
        raise NullPointerException('Cannot read field "index" because "pos" is null')
    if type(pos) is not ParsePosition:
        raise rt.java_cce(pos, "ParsePosition")
    return pos


@method("NumberFormat", "Number parse(String, ParsePosition)")
def _parse_at(df: DecimalFormat, text: Any, pos: Any) -> Any:
    return parse_number(df, _text_arg(text), _position_arg(pos))


@method("Format", "Object parseObject(String, ParsePosition)")
def _parse_object_at(df: DecimalFormat, text: Any, pos: Any) -> Any:
    return parse_number(df, _text_arg(text), _position_arg(pos))


@constructor("ParsePosition", "int")
def _new_parse_position(index: Any) -> ParsePosition:
    return ParsePosition(int(index))


@method("ParsePosition", "int getIndex()")
def _pp_get_index(pos: ParsePosition) -> int:
    return pos.index


@method("ParsePosition", "void setIndex(int)")
def _pp_set_index(pos: ParsePosition, index: Any) -> None:
    pos.index = int(index)


@method("ParsePosition", "int getErrorIndex()")
def _pp_get_error_index(pos: ParsePosition) -> int:
    return pos.error_index


@method("ParsePosition", "void setErrorIndex(int)")
def _pp_set_error_index(pos: ParsePosition, index: Any) -> None:
    pos.error_index = int(index)


@constructor("ParseException", "String, int")
def _new_parse_exception(message: Any, offset: Any) -> TextParseException:
    return TextParseException(None if message is None else rt.to_string(message), int(offset))


@method("ParseException", "int getErrorOffset()")
def _get_error_offset(e: TextParseException) -> int:
    return e.error_offset
