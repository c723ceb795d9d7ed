"""java.util.Formatter (String.format) for Painless scripts, as JDK 17/25 formats with Locale.ROOT.

Facts taken from the JDK (checked by running java.util.Formatter; see
tests/ingest/painless/test_jformat.py):
- the whole format string is parsed first, each specifier validated in order (flags, width and
  precision per conversion), and only then are arguments read and printed;
- %f/%e/%g round HALF_UP the digits Double.toString prints (so %.2f of 1.005 is 1.01 and %.20f
  of 0.1 is 0.10000000000000000000); a Float argument is widened to double first;
- %g switches to scientific when the rounded value's exponent is < -4 or >= the precision;
- '(' , '+', ' ', ',' and '0' flags, '#' alternate forms, '<' (previous argument) and 'n$'.
String.format(Locale, ...) localises %d, %f, %e and %g (digits, decimal and grouping separators,
the java.text data of api_text_decimal.formatter_symbols) and upper-cases under the locale; the
sign stays '-'.
Date/time conversions (%t..) are not supported.
"""

from __future__ import annotations

import math
import re
import struct
from decimal import ROUND_HALF_UP, Context, Decimal
from typing import Any

from s1elastic.ingest.errors import IllegalArgumentException, JavaException
from s1elastic.ingest.javatypes import java_double_str
from s1elastic.ingest.painless import runtime as rt

_SPEC = re.compile(r"%(\d+\$)?([-#+ 0,(<]*)(\d+)?(\.\d+)?([tT])?([a-zA-Z%])")
_VALID = set("bBhHsScCdoxXeEfgGaA%n")
_FLAG_ORDER = "-#+ 0,(<"  # Flags.toString order
_CTX = Context(prec=1200, Emax=999999, Emin=-999999)  # exact for every double's digits and padding


class _Symbols:
    """What Formatter takes from a locale: digits, separators, grouping size, case mapping."""

    __slots__ = ("group", "size", "table", "upper")

    def __init__(self, zero: str, decimal: str, group: str, size: int, upper: Any) -> None:
        mapping = {ord(str(d)): chr(ord(zero) + d) for d in range(10)}
        mapping[ord(".")] = decimal
        mapping[ord(",")] = group
        self.table = mapping
        self.size = max(size, 0)
        self.group = group
        self.upper = upper


_ASCII = _Symbols("0", ".", ",", 3, str.upper)


def locale_symbols(locale: Any, upper: Any) -> _Symbols:
    """The symbols of a (non-null) Locale, from the same JDK data java.text uses."""
    from s1elastic.ingest.painless.api_text_decimal import formatter_symbols

    return _Symbols(*formatter_symbols(locale), upper=upper)


class _FormatException(IllegalArgumentException):
    java_class = "java.util.IllegalFormatException"


class MissingFormatArgumentException(_FormatException):
    java_class = "java.util.MissingFormatArgumentException"


class UnknownFormatConversionException(_FormatException):
    java_class = "java.util.UnknownFormatConversionException"


class IllegalFormatConversionException(_FormatException):
    java_class = "java.util.IllegalFormatConversionException"


class FormatFlagsConversionMismatchException(_FormatException):
    java_class = "java.util.FormatFlagsConversionMismatchException"


class IllegalFormatPrecisionException(_FormatException):
    java_class = "java.util.IllegalFormatPrecisionException"


class IllegalFormatWidthException(_FormatException):
    java_class = "java.util.IllegalFormatWidthException"


class IllegalFormatFlagsException(_FormatException):
    java_class = "java.util.IllegalFormatFlagsException"


class DuplicateFormatFlagsException(_FormatException):
    java_class = "java.util.DuplicateFormatFlagsException"


class MissingFormatWidthException(_FormatException):
    java_class = "java.util.MissingFormatWidthException"


class IllegalFormatCodePointException(_FormatException):
    java_class = "java.util.IllegalFormatCodePointException"


class IllegalFormatArgumentIndexException(_FormatException):
    java_class = "java.util.IllegalFormatArgumentIndexException"


class _Spec:
    """One parsed specifier: index (0 ordinary, -2 previous, n explicit), flags, width, precision."""

    __slots__ = ("conv", "flags", "index", "precision", "upper", "width")

    def __init__(self, index: int, flags: str, width: int, precision: int, conv: str) -> None:
        self.index = index
        self.flags = flags
        self.width = width
        self.precision = precision
        self.upper = conv.isupper()
        self.conv = conv.lower()

    def __str__(self) -> str:
        text = "%" + self.flags
        if self.index > 0:
            text += f"{self.index}$"
        if self.width != -1:
            text += str(self.width)
        if self.precision != -1:
            text += f".{self.precision}"
        return text + (self.conv.upper() if self.upper else self.conv)


def java_format(fmt: str, args: list[Any] | None, symbols: _Symbols | None = None) -> str:
    """String.format([locale,] fmt, args); `args` None is Java's null array (every argument reads
    null); `symbols` from locale_symbols (None: the default en_US, same as no localisation)."""
    sym = symbols or _ASCII
    parts = _parse(fmt)
    out: list[str] = []
    last = -1
    ordinary = -1
    count = len(args) if args is not None else 0
    for part in parts:
        if isinstance(part, str):
            out.append(part)
            continue
        if part.conv in ("%", "n"):
            out.append(_print(part, None, sym))
            continue
        if part.index == -2:
            i = last
            if i < 0 or (args is not None and i >= count):
                raise MissingFormatArgumentException(f"Format specifier '{part}'")
        elif part.index == 0:
            ordinary += 1
            i = last = ordinary
            if args is not None and i >= count:
                raise MissingFormatArgumentException(f"Format specifier '{part}'")
        else:
            i = last = part.index - 1
            if args is not None and i >= count:
                raise MissingFormatArgumentException(f"Format specifier '{part}'")
        out.append(_print(part, None if args is None else args[i], sym))
    return "".join(out)


# ---------------------------------------------------------------------------------------------
# parsing and validation


def _parse(fmt: str) -> list[str | _Spec]:
    parts: list[str | _Spec] = []
    i = 0
    n = len(fmt)
    while i < n:
        j = fmt.find("%", i)
        if j < 0:
            parts.append(fmt[i:])
            break
        if j > i:
            parts.append(fmt[i:j])
        if j + 1 >= n:
            raise UnknownFormatConversionException("Conversion = '%'")
        m = _SPEC.match(fmt, j)
        if m is None:
            raise UnknownFormatConversionException(f"Conversion = '{fmt[j + 1]}'")
        parts.append(_spec(m))
        i = m.end()
    return parts


def _spec(m: re.Match[str]) -> _Spec:
    index_text, flag_text, width_text, precision_text, date, conv = m.groups()
    if date is not None:
        # %t / %T date and time conversions are not implemented (%t alone is Java's error too)
        raise UnknownFormatConversionException(f"Conversion = '{date}'")
    if conv not in _VALID:
        raise UnknownFormatConversionException(f"Conversion = '{conv}'")
    index = 0
    if index_text:
        index = int(index_text[:-1])
        if index < 1:
            raise IllegalFormatArgumentIndexException(f"Illegal format argument index = {index}")
    seen = ""
    for flag in flag_text:
        if flag in seen:
            raise DuplicateFormatFlagsException(f"Flags = '{flag}'")
        seen += flag
    flags = "".join(f for f in _FLAG_ORDER if f in seen)
    if "<" in flags:
        index = -2
    width = int(width_text) if width_text else -1
    precision = int(precision_text[1:]) if precision_text else -1
    spec = _Spec(index, flags, width, precision, conv)
    _check(spec)
    return spec


def _bad_flags(spec: _Spec, bad: str) -> None:
    for flag in bad:
        if flag in spec.flags:
            raise FormatFlagsConversionMismatchException(f"Conversion = {spec.conv}, Flags = {flag}")


def _check_numeric(spec: _Spec) -> None:
    if spec.width == -1 and ("-" in spec.flags or "0" in spec.flags):
        raise MissingFormatWidthException(str(spec))
    if ("+" in spec.flags and " " in spec.flags) or ("-" in spec.flags and "0" in spec.flags):
        raise IllegalFormatFlagsException(f"Flags = '{spec.flags}'")


def _check(spec: _Spec) -> None:
    c = spec.conv
    if c in "bhs":
        if c in "bh" and "#" in spec.flags:
            _bad_flags(spec, "#")
        if spec.width == -1 and "-" in spec.flags:
            raise MissingFormatWidthException(str(spec))
        _bad_flags(spec, "+ 0,(")
    elif c == "c":
        if spec.precision != -1:
            raise IllegalFormatPrecisionException(str(spec.precision))
        _bad_flags(spec, "#+ 0,(")
        if spec.width == -1 and "-" in spec.flags:
            raise MissingFormatWidthException(str(spec))
    elif c in "dox":
        _check_numeric(spec)
        if spec.precision != -1:
            raise IllegalFormatPrecisionException(str(spec.precision))
        _bad_flags(spec, "#" if c == "d" else ",")
    elif c in "efga":
        _check_numeric(spec)
        _bad_flags(spec, {"f": "", "a": "(,", "e": ",", "g": "#"}[c])
    elif c == "%":
        if spec.precision != -1:
            raise IllegalFormatPrecisionException(str(spec.precision))
        if spec.flags not in ("", "-"):
            raise IllegalFormatFlagsException(f"Flags = '{spec.flags}'")
        if spec.width == -1 and "-" in spec.flags:
            raise MissingFormatWidthException(str(spec))
    elif c == "n":
        if spec.precision != -1:
            raise IllegalFormatPrecisionException(str(spec.precision))
        if spec.width != -1:
            raise IllegalFormatWidthException(str(spec.width))
        if spec.flags:
            raise IllegalFormatFlagsException(f"Flags = '{spec.flags}'")


# ---------------------------------------------------------------------------------------------
# printing


def _justify(spec: _Spec, text: str) -> str:
    """Pad with spaces to the width ('-': on the right)."""
    if spec.width == -1 or len(text) >= spec.width:
        return text
    pad = " " * (spec.width - len(text))
    return text + pad if "-" in spec.flags else pad + text


def _truncate(spec: _Spec, text: str) -> str:
    """Precision cuts UTF-16 code units (a character outside the BMP counts two)."""
    if spec.precision == -1:
        return text
    units = text.encode("utf-16-le")
    if len(units) <= 2 * spec.precision:
        return text
    return units[: 2 * spec.precision].decode("utf-16-le", errors="surrogatepass")


def _general(spec: _Spec, text: str, sym: _Symbols) -> str:
    text = _truncate(spec, text)
    return _justify(spec, sym.upper(text) if spec.upper else text)


def _print(spec: _Spec, arg: Any, sym: _Symbols) -> str:
    c = spec.conv
    if c == "%":
        return _justify(spec, "%")
    if c == "n":
        return "\n"
    if c == "b":
        text = "false" if arg is None else ("true" if type(arg) is not bool or arg else "false")
        return _general(spec, text, sym)
    if c == "h":
        text = "null" if arg is None else format(rt.java_hash(arg) & 0xFFFFFFFF, "x")
        return _general(spec, text, sym)
    if c == "s":
        if "#" in spec.flags:  # only a java.util.Formattable may take '#'
            raise FormatFlagsConversionMismatchException("Conversion = s, Flags = #")
        return _general(spec, rt.to_string(arg), sym)
    if arg is None:
        return _general(spec, "null", sym)
    if c == "c":
        return _justify(spec, _character(spec, arg, sym))
    java_class = getattr(type(arg), "JAVA_CLASS", None)
    kind = rt.BIG if java_class == "java.math.BigInteger" else rt.num_kind(arg)
    if c in "dox":
        if kind not in (rt.INT, rt.LONG, rt.SHORT, rt.BYTE, rt.BIG) or java_class == "java.math.BigDecimal":
            raise IllegalFormatConversionException(f"{c} != {rt.class_name(arg)}")
        return _integral(spec, int(arg), kind, sym)
    if java_class == "java.math.BigDecimal" and c != "a":  # the exact decimal, no Double digits
        value = Decimal(arg.unscaled).scaleb(-arg.scale, _CTX)
        if c == "e" and arg.unscaled == 0:  # a zero BigDecimal keeps its scale: 0.00 is 0.0e-02
            decimals = 6 if spec.precision == -1 else spec.precision
            mantissa = ("0." + "0" * decimals) if decimals else ("0." if "#" in spec.flags else "0")
            return _signed(spec, False, mantissa + _exponent_text(-arg.scale), sym=sym)
        return _signed(spec, value < 0, _decimal_body(spec, abs(value), sym), sym=sym)
    if kind not in (rt.DOUBLE, rt.FLOAT):
        raise IllegalFormatConversionException(f"{c} != {rt.class_name(arg)}")
    return _floating(spec, float(arg), sym)


def _character(spec: _Spec, arg: Any, sym: _Symbols) -> str:
    kind = rt.num_kind(arg)
    if kind == rt.CHAR:
        text = str(arg)
    elif kind in (rt.INT, rt.SHORT, rt.BYTE):
        point = int(arg)
        if not 0 <= point <= 0x10FFFF:
            raise IllegalFormatCodePointException(f"Code point = {point & 0xFFFFFFFF:#x}")
        text = chr(point)
    else:
        raise IllegalFormatConversionException(f"c != {rt.class_name(arg)}")
    return sym.upper(text) if spec.upper else text


def _group(digits: str, size: int) -> str:
    """ASCII ',' between groups of `size` digits from the right (none when size is 0)."""
    if size <= 0 or len(digits) <= size:
        return digits
    head = len(digits) % size or size
    groups = [digits[:head]] + [digits[k : k + size] for k in range(head, len(digits), size)]
    return ",".join(groups)


def _signed(
    spec: _Spec,
    negative: bool,
    body: str,
    zero_pad: bool = True,
    prefix: str = "",
    sym: _Symbols | None = None,
) -> str:
    """Leading sign ('-', '(', '+' or ' '), prefix, zeros up to the width, body, trailing ')';
    with `sym` the ASCII digits and separators of the body become the locale's."""
    flags = spec.flags
    if negative:
        lead, trail = ("(", ")") if "(" in flags else ("-", "")
    else:
        lead = "+" if "+" in flags else " " if " " in flags else ""
        trail = ""
    if zero_pad and "0" in flags and spec.width != -1:
        body = body.rjust(spec.width - len(lead) - len(prefix) - len(trail), "0")
    if sym is not None:
        body = body.translate(sym.table)
    text = lead + prefix + body + trail
    upper = sym.upper if sym is not None else str.upper
    return _justify(spec, upper(text) if spec.upper else text)


def _integral(spec: _Spec, value: int, kind: int | None, sym: _Symbols) -> str:
    c = spec.conv
    if c == "d":
        digits = str(abs(value))
        if "," in spec.flags:
            digits = _group(digits, sym.size)
        return _signed(spec, value < 0, digits, sym=sym)
    base = "x" if c == "x" else "o"
    prefix = ("0x" if c == "x" else "0") if "#" in spec.flags else ""
    if kind == rt.BIG:  # BigInteger: signed magnitude, and '+', ' ', '(' are allowed
        return _signed(spec, value < 0, format(abs(value), base), prefix=prefix)
    _bad_flags(spec, "( +")
    if value < 0:  # two's complement in the argument's width
        value += {rt.BYTE: 1 << 8, rt.SHORT: 1 << 16, rt.INT: 1 << 32}.get(kind, 1 << 64)  # type: ignore[arg-type]
    return _signed(spec, False, format(value, base), prefix=prefix)


# floating point -------------------------------------------------------------------------------


def _decimal(value: float) -> Decimal:
    """The digits Double.toString prints, as an exact decimal (value is finite and >= 0)."""
    return Decimal(java_double_str(value))


def _fixed(value: Decimal, decimals: int) -> str:
    rounded = value.quantize(Decimal(1).scaleb(-decimals, _CTX), rounding=ROUND_HALF_UP, context=_CTX)
    return format(rounded, "f")


def _scientific(value: Decimal, decimals: int) -> tuple[str, int]:
    """Mantissa with `decimals` fraction digits (rounded HALF_UP) and its decimal exponent."""
    if value == 0:
        return ("0." + "0" * decimals) if decimals else "0", 0
    exponent = value.adjusted()
    step = Decimal(1).scaleb(-decimals, _CTX)
    mantissa = value.scaleb(-exponent, _CTX).quantize(step, rounding=ROUND_HALF_UP, context=_CTX)
    if mantissa >= 10:
        exponent += 1
        mantissa = value.scaleb(-exponent, _CTX).quantize(step, rounding=ROUND_HALF_UP, context=_CTX)
    return format(mantissa, "f"), exponent


def _exponent_text(exponent: int) -> str:
    return "e" + ("-" if exponent < 0 else "+") + f"{abs(exponent):02d}"


def _with_grouping(spec: _Spec, text: str, sym: _Symbols) -> str:
    if "," not in spec.flags:
        return text
    whole, dot, frac = text.partition(".")
    return _group(whole, sym.size) + dot + frac


def _floating(spec: _Spec, value: float, sym: _Symbols) -> str:
    c = spec.conv
    if math.isnan(value):
        return _justify(spec, "NAN" if spec.upper else "NaN")
    negative = math.copysign(1.0, value) < 0
    magnitude = abs(value)
    if math.isinf(magnitude):
        return _signed(spec, negative, "Infinity", zero_pad=False)
    if c == "a":
        return _signed(spec, negative, _hex_float(magnitude, spec.precision), prefix="0x")
    return _signed(spec, negative, _decimal_body(spec, _decimal(magnitude), sym), sym=sym)


def _decimal_body(spec: _Spec, magnitude: Decimal, sym: _Symbols) -> str:
    """%f, %e or %g of a non-negative decimal, before sign and padding."""
    c = spec.conv
    decimals = 6 if spec.precision == -1 else spec.precision
    if c == "f":
        body = _with_grouping(spec, _fixed(magnitude, decimals), sym)
        return body + "." if decimals == 0 and "#" in spec.flags else body
    if c == "e":
        mantissa, exponent = _scientific(magnitude, decimals)
        if decimals == 0 and "#" in spec.flags:
            mantissa += "."
        return mantissa + _exponent_text(exponent)
    return _general_float(spec, magnitude, sym)


def _general_float(spec: _Spec, magnitude: Decimal, sym: _Symbols) -> str:
    precision = 6 if spec.precision == -1 else max(spec.precision, 1)
    if magnitude == 0:
        return _fixed(Decimal(0), precision - 1)
    mantissa, exponent = _scientific(magnitude, precision - 1)
    if exponent < -4 or exponent >= precision:
        return mantissa + _exponent_text(exponent)
    rounded = Decimal(mantissa).scaleb(exponent, _CTX)
    return _with_grouping(spec, _fixed(rounded, precision - 1 - exponent), sym)


def _hex_float(magnitude: float, precision: int) -> str:
    """Double.toHexString (without "0x") of a finite value >= 0, rounded to `precision` hex digits."""
    bits = struct.unpack(">q", struct.pack(">d", magnitude))[0]
    exponent = (bits >> 52) & 0x7FF
    fraction = bits & ((1 << 52) - 1)
    if magnitude == 0.0:
        return "0.0p0"
    if precision == -1 or precision >= 13:
        if exponent == 0:
            return f"0.{_hex_digits(fraction)}p-1022"
        return f"1.{_hex_digits(fraction)}p{exponent - 1023}"
    precision = max(precision, 1)
    shift = 0
    if exponent == 0:  # subnormal: normalise, print the true exponent
        shift = fraction.bit_length() - 53
        fraction = (fraction << -shift) & ((1 << 52) - 1)
        exponent = 1
    drop = 52 - 4 * precision
    kept, rest = fraction >> drop, fraction & ((1 << drop) - 1)
    half = 1 << (drop - 1)
    if rest > half or (rest == half and kept & 1):  # round half even, as Formatter does
        kept += 1
    power = exponent - 1023 + shift
    if kept >> (4 * precision):
        kept = 0
        power += 1
    digits = format(kept, f"0{precision}x")
    return f"1.{digits}p{power}"


def _hex_digits(fraction: int) -> str:
    return format(fraction, "013x").rstrip("0") or "0"


__all__ = ["JavaException", "java_format", "locale_symbols"]
