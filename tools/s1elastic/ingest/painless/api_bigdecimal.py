"""java.math.BigDecimal, MathContext and RoundingMode as java.math.txt whitelists them.

A BigDecimal is an unscaled integer and a scale (value = unscaled * 10^-scale), exactly as Java
keeps it, so results carry Java's scales: `1.10 + 2.205` is `3.305`, `2.50 * 2` is `5.00`,
`equals` tells `2.0` from `2.00` while `compareTo` does not, and toString/toPlainString/
toEngineeringString lay the digits out as the JDK does. Rounding follows the eight RoundingModes;
division and the MathContext operations keep the JDK's preferred scales and its exception texts
(all checked on JDK 25; the null-argument texts are the JDK's helpful NullPointerException messages).

Only what Painless whitelists exists: BigDecimal(String), BigDecimal(String, MathContext) and the
static valueOf(double) (so `BigDecimal.valueOf(5)` widens 5 to 5.0 and gives `5.0`), divide with
and without a MathContext (not the RoundingMode overloads), no sqrt, no unscaledValue.
"""

from __future__ import annotations

import math
import unicodedata
from typing import Any

from s1elastic.ingest.errors import (
    ArithmeticException,
    IllegalArgumentException,
    NullPointerException,
    NumberFormatException,
)
from s1elastic.ingest.javatypes import JFloat, JLong, java_double_str
from s1elastic.ingest.painless import runtime as rt
from s1elastic.ingest.painless.api_biginteger import JBigInteger, big_hash
from s1elastic.ingest.painless.java_enum import EnumConstant, register_enum
from s1elastic.ingest.painless.methods import constructor, method, static_field
from s1elastic.ingest.painless.values import JArray, JByte, JShort

_INT_MIN, _INT_MAX = -(2**31), 2**31 - 1

# ---------------------------------------------------------------------------------------------
# RoundingMode and MathContext


class RoundingMode(EnumConstant):
    """One java.math.RoundingMode constant."""

    __slots__ = ()
    JAVA_CLASS = "java.math.RoundingMode"
    PAINLESS_CLASS = "RoundingMode"


MODES = tuple(
    RoundingMode(name, i)
    for i, name in enumerate(
        ("UP", "DOWN", "CEILING", "FLOOR", "HALF_UP", "HALF_DOWN", "HALF_EVEN", "UNNECESSARY")
    )
)
UP, DOWN, CEILING, FLOOR, HALF_UP, HALF_DOWN, HALF_EVEN, UNNECESSARY = MODES
register_enum(MODES, "java.math.RoundingMode")


class MathContext:
    """A java.math.MathContext: a precision (0 = unlimited) and a rounding mode."""

    __slots__ = ("mode", "precision")
    JAVA_CLASS = "java.math.MathContext"
    PAINLESS_CLASS = "MathContext"

    def __init__(self, precision: int, mode: RoundingMode) -> None:
        self.precision = precision
        self.mode = mode

    def __eq__(self, other: object) -> bool:
        return isinstance(other, MathContext) and (other.precision, other.mode) == (self.precision, self.mode)

    def __hash__(self) -> int:
        return self.precision << 2 ^ self.mode.ordinal

    def java_to_string(self) -> str:
        return f"precision={self.precision} roundingMode={self.mode.name}"


static_field("MathContext", "DECIMAL32", "MathContext", MathContext(7, HALF_EVEN))
static_field("MathContext", "DECIMAL64", "MathContext", MathContext(16, HALF_EVEN))
static_field("MathContext", "DECIMAL128", "MathContext", MathContext(34, HALF_EVEN))
static_field("MathContext", "UNLIMITED", "MathContext", MathContext(0, HALF_UP))


@constructor("MathContext", "int", "int, RoundingMode")
def _new_math_context(precision: Any, mode: Any = HALF_UP) -> MathContext:
    digits = rt.int_value(precision)
    if digits < 0:
        raise IllegalArgumentException("Digits < 0")
    if mode is None:
        raise NullPointerException("null RoundingMode")
    if type(mode) is not RoundingMode:
        raise rt.java_cce(mode, "RoundingMode")
    return MathContext(digits, mode)


@method("MathContext", "int getPrecision()")
def _mc_precision(mc: MathContext) -> int:
    return mc.precision


@method("MathContext", "RoundingMode getRoundingMode()")
def _mc_mode(mc: MathContext) -> RoundingMode:
    return mc.mode


def _mc(mc: Any) -> MathContext:
    if mc is None:
        raise NullPointerException('Cannot read field "precision" because "mc" is null')
    if type(mc) is not MathContext:
        raise rt.java_cce(mc, "MathContext")
    return mc


# ---------------------------------------------------------------------------------------------
# the value


class JBigDecimal:
    """A java.math.BigDecimal: unscaled * 10^-scale, scale an int."""

    __slots__ = ("scale", "unscaled")
    JAVA_CLASS = "java.math.BigDecimal"
    PAINLESS_CLASS = "BigDecimal"

    def __init__(self, unscaled: int, scale: int) -> None:
        self.unscaled = unscaled
        self.scale = scale

    def __eq__(self, other: object) -> bool:
        """BigDecimal.equals: same value and same scale (2.0 is not 2.00)."""
        return isinstance(other, JBigDecimal) and (other.unscaled, other.scale) == (self.unscaled, self.scale)

    def __hash__(self) -> int:
        return self.java_hash_code()

    def java_hash_code(self) -> int:
        """31 * unscaledValue().hashCode() + scale."""
        return rt.wrap32(31 * big_hash(self.unscaled) + self.scale)

    def __repr__(self) -> str:
        return f"BigDecimal({self.java_to_string()})"

    def json_number_text(self) -> str:
        """How XContent writes it: Jackson's writeNumber(BigDecimal) prints toString() (1E+3 stays)."""
        return self.java_to_string()

    def _order(self, other: object) -> int:
        """compareTo for sorting (runtime.compare_to compares two values of one numeric kind)."""
        if not isinstance(other, JBigDecimal):
            raise rt.java_cce(other, "BigDecimal")
        return compare(self, other)

    def __lt__(self, other: object) -> bool:
        return self._order(other) < 0

    def __gt__(self, other: object) -> bool:
        return self._order(other) > 0

    def __int__(self) -> int:
        """The integer part (truncated toward zero), as toBigInteger()."""
        if self.scale <= 0:
            if self.scale <= -64 and self.unscaled:
                return 1 << 64  # a multiple of 2^64: intValue() and longValue() read 0
            return self.unscaled * 10**-self.scale
        if precision_of(self.unscaled) <= self.scale:
            return 0
        q = abs(self.unscaled) // 10**self.scale
        return -q if self.unscaled < 0 else q

    def __float__(self) -> float:
        return to_double(self)

    def java_to_string(self) -> str:
        return layout(self.unscaled, self.scale, True)


rt._NUM_KIND[JBigDecimal] = rt.BIG  # a Number to DefMath: def arithmetic goes through intValue() etc.


def precision_of(unscaled: int) -> int:
    """The number of decimal digits of the unscaled value (1 for zero)."""
    mag = abs(unscaled)
    if mag < 10**15:
        return len(str(mag))
    # estimate from the bit length, then correct: str() of a huge int is slow
    estimate = int(mag.bit_length() * 0.30102999566398120) + 1
    while 10 ** (estimate - 1) > mag:
        estimate -= 1
    while 10**estimate <= mag:
        estimate += 1
    return estimate


def _check_scale(unscaled: int, scale: int) -> int:
    """BigDecimal.checkScale: a scale beyond int fails unless the value is zero (then it saturates)."""
    if _INT_MIN <= scale <= _INT_MAX:
        return scale
    if unscaled != 0:
        raise ArithmeticException("Underflow" if scale > 0 else "Overflow")
    return _INT_MAX if scale > 0 else _INT_MIN


def _check_scale_nonzero(scale: int) -> int:
    if _INT_MIN <= scale <= _INT_MAX:
        return scale
    raise ArithmeticException("Underflow" if scale > 0 else "Overflow")


def _saturate(scale: int) -> int:
    return max(_INT_MIN, min(_INT_MAX, scale))


def _zero(scale: int) -> JBigDecimal:
    return JBigDecimal(0, _saturate(scale))


def round_div(n: int, d: int, mode: RoundingMode) -> int:
    """n / d rounded to an integer by `mode` (d != 0); UNNECESSARY fails when inexact."""
    q, r = divmod(abs(n), abs(d))
    negative = (n < 0) != (d < 0)
    if r:
        if mode is UNNECESSARY:
            raise ArithmeticException("Rounding necessary")
        if mode is UP:
            up = True
        elif mode is DOWN:
            up = False
        elif mode is CEILING:
            up = not negative
        elif mode is FLOOR:
            up = negative
        else:
            twice, whole = 2 * r, abs(d)
            if twice != whole:
                up = twice > whole
            else:
                up = mode is HALF_UP or (mode is HALF_EVEN and bool(q & 1))
        if up:
            q += 1
    return -q if negative else q


def _do_round(unscaled: int, scale: int, mc: MathContext) -> JBigDecimal:
    """BigDecimal.doRound: drop digits beyond mc's precision (again after a carry: 9.99 -> 10.0)."""
    if mc.precision > 0:
        digits = precision_of(unscaled)
        while digits > mc.precision:
            drop = digits - mc.precision
            scale = _check_scale_nonzero(scale - drop)
            unscaled = round_div(unscaled, 10**drop, mc.mode)
            digits = precision_of(unscaled)
    return JBigDecimal(unscaled, scale)


def _strip_to(unscaled: int, scale: int, preferred: int) -> JBigDecimal:
    """stripZerosToMatchScale: drop trailing zeros while the scale is above `preferred`."""
    while scale > preferred and unscaled % 10 == 0 and unscaled:
        unscaled //= 10
        scale -= 1
    return JBigDecimal(unscaled, _check_scale(unscaled, scale))


def set_scale(x: JBigDecimal, new_scale: int, mode: RoundingMode) -> JBigDecimal:
    if new_scale == x.scale:
        return x
    if x.unscaled == 0:
        return JBigDecimal(0, new_scale)
    if new_scale > x.scale:
        return JBigDecimal(x.unscaled * 10 ** (new_scale - x.scale), new_scale)
    return JBigDecimal(round_div(x.unscaled, 10 ** (x.scale - new_scale), mode), new_scale)


def compare(a: JBigDecimal, b: JBigDecimal) -> int:
    """compareTo: by value, whatever the scales."""
    sa = (a.unscaled > 0) - (a.unscaled < 0)
    sb = (b.unscaled > 0) - (b.unscaled < 0)
    if sa != sb:
        return -1 if sa < sb else 1
    if sa == 0:
        return 0
    # the adjusted exponents decide unless equal; then the scales differ by a bounded amount
    ea = precision_of(a.unscaled) - a.scale
    eb = precision_of(b.unscaled) - b.scale
    if ea != eb:
        return sa if ea > eb else -sa
    if a.scale >= b.scale:
        x, y = a.unscaled, b.unscaled * 10 ** (a.scale - b.scale)
    else:
        x, y = a.unscaled * 10 ** (b.scale - a.scale), b.unscaled
    return (x > y) - (x < y)


def _compare_magnitude(a: JBigDecimal, b: JBigDecimal) -> int:
    return compare(JBigDecimal(abs(a.unscaled), a.scale), JBigDecimal(abs(b.unscaled), b.scale))


def add(a: JBigDecimal, b: JBigDecimal) -> JBigDecimal:
    if a.scale == b.scale:
        return JBigDecimal(a.unscaled + b.unscaled, a.scale)
    if a.scale > b.scale:
        return JBigDecimal(a.unscaled + b.unscaled * 10 ** (a.scale - b.scale), a.scale)
    return JBigDecimal(a.unscaled * 10 ** (b.scale - a.scale) + b.unscaled, b.scale)


def add_mc(a: JBigDecimal, b: JBigDecimal, mc: MathContext) -> JBigDecimal:
    """add(BigDecimal, MathContext): a zero operand keeps the other's digits at the preferred scale."""
    if mc.precision == 0:
        return add(a, b)
    if a.unscaled == 0 or b.unscaled == 0:
        preferred = max(a.scale, b.scale)
        if a.unscaled == 0 and b.unscaled == 0:
            return JBigDecimal(0, preferred)
        other = b if a.unscaled == 0 else a
        result = _do_round(other.unscaled, other.scale, mc)
        if result.scale == preferred:
            return result
        if result.scale > preferred:
            return _strip_to(result.unscaled, result.scale, preferred)
        room = mc.precision - precision_of(result.unscaled)
        gap = preferred - result.scale
        return set_scale(result, preferred if room >= gap else result.scale + room, UNNECESSARY)
    total = add(a, b)
    return _do_round(total.unscaled, total.scale, mc)


def multiply(a: JBigDecimal, b: JBigDecimal) -> JBigDecimal:
    product = a.unscaled * b.unscaled
    return JBigDecimal(product, _check_scale(product, a.scale + b.scale))


def _exponent_of_quotient(n: int, d: int) -> int:
    """floor(log10(n / d)) for positive integers."""
    k = precision_of(n) - precision_of(d)
    if k >= 0:
        if n < d * 10**k:
            k -= 1
    elif n * 10**-k < d:
        k -= 1
    return k


def _divide_by_zero(a: JBigDecimal) -> ArithmeticException:
    return ArithmeticException("Division undefined" if a.unscaled == 0 else "Division by zero")


def divide_mc(a: JBigDecimal, b: JBigDecimal, mc: MathContext) -> JBigDecimal:
    """divide(BigDecimal, MathContext): mc.precision digits rounded by its mode; an exact quotient
    drops trailing zeros down to the preferred scale (this.scale - divisor.scale)."""
    if mc.precision == 0:
        return divide_exact(a, b)
    preferred = a.scale - b.scale
    if b.unscaled == 0:
        raise _divide_by_zero(a)
    if a.unscaled == 0:
        return _zero(preferred)
    n, d = abs(a.unscaled), abs(b.unscaled)
    shift = b.scale - a.scale  # |a / b| = n / d * 10^shift
    exponent = _exponent_of_quotient(n, d) + shift
    scale = mc.precision - 1 - exponent
    t = shift + scale
    num, den = (n * 10**t, d) if t >= 0 else (n, d * 10**-t)
    sign = -1 if (a.unscaled < 0) != (b.unscaled < 0) else 1
    exact = num % den == 0
    unscaled = round_div(sign * num, den, mc.mode)
    if exact:
        result = _strip_to(unscaled, scale, preferred)
        return result
    scale = _check_scale_nonzero(scale)
    return _do_round(unscaled, scale, mc)


def divide_exact(a: JBigDecimal, b: JBigDecimal) -> JBigDecimal:
    """divide(BigDecimal): the exact quotient at scale max(preferred, its shortest), or the JDK's
    non-terminating error."""
    if b.unscaled == 0:
        raise _divide_by_zero(a)
    preferred = a.scale - b.scale
    if a.unscaled == 0:
        return _zero(preferred)
    n, d = abs(a.unscaled), abs(b.unscaled)
    g = math.gcd(n, d)
    n, d = n // g, d // g
    twos = (d & -d).bit_length() - 1
    rest = d >> twos
    fives = 0
    while rest % 5 == 0:
        rest //= 5
        fives += 1
    if rest != 1:
        raise ArithmeticException("Non-terminating decimal expansion; no exact representable decimal result.")
    k = max(twos, fives)
    unscaled = n * 2 ** (k - twos) * 5 ** (k - fives)
    scale = k + preferred
    if (a.unscaled < 0) != (b.unscaled < 0):
        unscaled = -unscaled
    while unscaled % 10 == 0 and scale > preferred:
        unscaled //= 10
        scale -= 1
    return JBigDecimal(unscaled, _check_scale(unscaled, scale))


def divide_to_integral(a: JBigDecimal, b: JBigDecimal) -> JBigDecimal:
    preferred = _saturate(a.scale - b.scale)
    if _compare_magnitude(a, b) < 0:
        return _zero(preferred)
    if b.unscaled == 0:
        raise _divide_by_zero(a)
    # a DOWN-rounded quotient with enough digits for the whole integer part, its fraction cut
    quotient = divide_mc(a, b, MathContext(_dti_digits(a, b), DOWN))
    if quotient.scale > 0:
        quotient = _strip_to(set_scale(quotient, 0, DOWN).unscaled, 0, preferred)
    if quotient.scale < preferred:
        quotient = set_scale(quotient, preferred, UNNECESSARY)
    return quotient


def _dti_digits(a: JBigDecimal, b: JBigDecimal) -> int:
    digits = (
        precision_of(a.unscaled)
        + math.ceil(10.0 * precision_of(b.unscaled) / 3.0)
        + abs(a.scale - b.scale)
        + 2
    )
    return min(digits, _INT_MAX)


def divide_to_integral_mc(a: JBigDecimal, b: JBigDecimal, mc: MathContext) -> JBigDecimal:
    if mc.precision == 0 or _compare_magnitude(a, b) < 0:
        return divide_to_integral(a, b)
    preferred = _saturate(a.scale - b.scale)
    result = divide_mc(a, b, MathContext(mc.precision, DOWN))
    if result.scale < 0:
        product = multiply(result, b)
        difference = add(a, JBigDecimal(-product.unscaled, product.scale))
        if _compare_magnitude(difference, b) >= 0:
            raise ArithmeticException("Division impossible")
    elif result.scale > 0:
        result = set_scale(result, 0, DOWN)
    room = mc.precision - precision_of(result.unscaled)
    if preferred > result.scale and room > 0:
        return set_scale(result, result.scale + min(room, preferred - result.scale), UNNECESSARY)
    return _strip_to(result.unscaled, result.scale, preferred)


def _remainder_of(a: JBigDecimal, q: JBigDecimal, b: JBigDecimal) -> JBigDecimal:
    product = multiply(q, b)
    return add(a, JBigDecimal(-product.unscaled, product.scale))


def pow_mc(x: JBigDecimal, n: int, mc: MathContext) -> JBigDecimal:
    """pow(int, MathContext): the X3.274 algorithm with its working precision."""
    if mc.precision == 0:
        return pow_exact(x, n)
    if not -999999999 <= n <= 999999999:
        raise ArithmeticException("Invalid operation")
    if n == 0:
        return JBigDecimal(1, 0)
    mag = abs(n)
    length = len(str(mag))
    if length > mc.precision:
        raise ArithmeticException("Invalid operation")
    work = MathContext(mc.precision + length + 1, mc.mode)
    acc = JBigDecimal(1, 0)
    seen = False
    for i in range(1, 32):
        mag = (mag + mag) & 0xFFFFFFFF
        if mag & 0x80000000:
            seen = True
            product = multiply(acc, x)
            acc = _do_round(product.unscaled, product.scale, work)
        if i == 31:
            break
        if seen:
            product = multiply(acc, acc)
            acc = _do_round(product.unscaled, product.scale, work)
    if n < 0:
        acc = divide_mc(JBigDecimal(1, 0), acc, work)
    return _do_round(acc.unscaled, acc.scale, mc)


def pow_exact(x: JBigDecimal, n: int) -> JBigDecimal:
    if not 0 <= n <= 999999999:
        raise ArithmeticException("Invalid operation")
    unscaled = x.unscaled**n
    return JBigDecimal(unscaled, _check_scale(unscaled, x.scale * n))


# ---------------------------------------------------------------------------------------------
# text


def layout(unscaled: int, scale: int, scientific: bool) -> str:
    """toString (scientific) and toEngineeringString: plain when scale >= 0 and the adjusted
    exponent >= -6, else one digit (or 1..3 digits, exponent a multiple of 3) and E+n/E-n."""
    if scale == 0:
        return str(unscaled)
    coeff = str(abs(unscaled))
    sign = "-" if unscaled < 0 else ""
    adjusted = len(coeff) - 1 - scale
    if scale > 0 and adjusted >= -6:
        pad = scale - len(coeff)
        if pad >= 0:
            return f"{sign}0.{'0' * pad}{coeff}"
        return f"{sign}{coeff[:-scale]}.{coeff[-scale:]}"
    if scientific:
        body = coeff[0] + ("." + coeff[1:] if len(coeff) > 1 else "")
    else:
        sig = adjusted % 3
        adjusted -= sig
        sig += 1
        if unscaled == 0:
            body = ("0", "0.00", "0.0")[sig - 1]
            if sig > 1:
                adjusted += 3
        elif sig >= len(coeff):
            body = coeff + "0" * (sig - len(coeff))
        else:
            body = f"{coeff[:sig]}.{coeff[sig:]}"
    if adjusted != 0:
        body += f"E{'+' if adjusted > 0 else ''}{adjusted}"
    return sign + body


def plain(x: JBigDecimal) -> str:
    if x.scale == 0:
        return str(x.unscaled)
    if x.scale < 0:
        return "0" if x.unscaled == 0 else str(x.unscaled) + "0" * -x.scale
    coeff = str(abs(x.unscaled))
    sign = "-" if x.unscaled < 0 else ""
    if len(coeff) > x.scale:
        return f"{sign}{coeff[: -x.scale]}.{coeff[-x.scale :]}"
    return f"{sign}0.{'0' * (x.scale - len(coeff))}{coeff}"


def _char_message(c: str) -> NumberFormatException:
    return NumberFormatException(
        f'Character {c} is neither a decimal digit number, decimal point, nor "e" notation exponential mark.'
    )


def _decimal_digit(c: str) -> int:
    """Character.digit(c, 10) for the characters Character.isDigit accepts (Unicode Nd)."""
    return unicodedata.decimal(c, -1) if not c.isascii() else (ord(c) - 48 if "0" <= c <= "9" else -1)


def parse_big_decimal(text: Any) -> JBigDecimal:
    """new BigDecimal(String) with JDK 25's grammar and error texts."""
    if text is None:
        raise NullPointerException('Cannot invoke "String.toCharArray()" because "val" is null')
    s = str(text)
    compact = len(s) <= 18  # the JDK's two parsing paths word an unexpected character differently
    i = 0
    negative = False
    if s[:1] in ("-", "+"):
        negative = s[0] == "-"
        i = 1
    digits: list[int] = []
    fraction = 0
    seen_dot = False
    exponent = 0
    seen_any = False
    while i < len(s):
        c = s[i]
        d = _decimal_digit(c)
        if d >= 0:
            seen_any = True
            digits.append(d)
            if seen_dot:
                fraction += 1
        elif c == ".":
            if seen_dot:
                raise NumberFormatException("Character array contains more than one decimal point.")
            seen_dot = True
        elif c in "eE":
            exponent = _parse_exponent(s, i + 1)
            break
        elif compact:
            raise _char_message(c)
        else:
            raise NumberFormatException('Character array is missing "e" notation exponential mark.')
        i += 1
    if not seen_any:
        if not s:
            raise NumberFormatException(None)
        raise NumberFormatException("No digits found.")
    unscaled = 0
    for d in digits:
        unscaled = unscaled * 10 + d
    scale = fraction - exponent
    if not _INT_MIN <= scale <= _INT_MAX:
        raise NumberFormatException("Exponent overflow.")
    return JBigDecimal(-unscaled if negative else unscaled, scale)


def _parse_exponent(s: str, i: int) -> int:
    """The exponent after 'e': a sign, digits (leading zeros skipped, at most 10 more)."""
    if i >= len(s):
        raise NumberFormatException(None)
    negative = False
    if s[i] in "+-":
        negative = s[i] == "-"
        i += 1
        if i >= len(s):
            raise NumberFormatException(None)
    body = s[i:]
    value = 0
    significant = 0
    for c in body:
        d = _decimal_digit(c)
        if d < 0:
            raise NumberFormatException("Not a digit.")
        if d or significant:
            significant += 1
            if significant > 10:
                raise NumberFormatException("Too many nonzero exponent digits.")
        value = value * 10 + d
    return -value if negative else value


# ---------------------------------------------------------------------------------------------
# numbers


def to_double(x: JBigDecimal) -> float:
    """doubleValue(): correctly rounded, infinite or signed zero beyond the double range."""
    if x.unscaled == 0:
        return 0.0
    adjusted = precision_of(x.unscaled) - 1 - x.scale
    if adjusted > 309:
        return math.inf if x.unscaled > 0 else -math.inf
    if adjusted < -345:
        return 0.0 if x.unscaled > 0 else -0.0
    try:
        if x.scale <= 0:
            return float(x.unscaled * 10**-x.scale)
        return x.unscaled / 10**x.scale
    except OverflowError:
        return math.inf if x.unscaled > 0 else -math.inf


def to_float(x: JBigDecimal) -> float:
    """floatValue(): rounded once to float32 (ties to even), infinite or signed zero outside."""
    if x.unscaled == 0:
        return 0.0
    negative = x.unscaled < 0
    adjusted = precision_of(x.unscaled) - 1 - x.scale
    if adjusted > 39:
        return -math.inf if negative else math.inf
    if adjusted < -46:
        return -0.0 if negative else 0.0
    n = abs(x.unscaled)
    num, den = (n * 10**-x.scale, 1) if x.scale <= 0 else (n, 10**x.scale)
    # value = num/den; pick e so that 2^23 <= value / 2^e < 2^24, no lower than subnormal's -149
    e = num.bit_length() - den.bit_length() - 24
    while (num << max(-e, 0)) >= (den << max(e, 0)) << 24:
        e += 1
    while (num << max(-e, 0)) < (den << max(e, 0)) << 23:
        e -= 1
    e = max(e, -149)
    scaled_num, scaled_den = num << max(-e, 0), den << max(e, 0)
    m = round_div(scaled_num, scaled_den, HALF_EVEN)
    if m == 1 << 24:
        m >>= 1
        e += 1
    if m and m.bit_length() + e > 128:
        result = math.inf
    else:
        result = math.ldexp(float(m), e)
    return -result if negative else result


def _long_value(x: JBigDecimal) -> int:
    return int(rt.wrap64(int(x)))


def _value_exact(x: JBigDecimal, bits: int) -> int:
    """longValueExact and the narrower ones: a fraction is 'Rounding necessary', a range 'Overflow'."""
    if x.unscaled == 0:
        return 0
    integer_digits = precision_of(x.unscaled) - x.scale
    if integer_digits <= 0:
        raise ArithmeticException("Rounding necessary")
    if integer_digits > 19:
        raise ArithmeticException("Overflow")
    value = set_scale(x, 0, UNNECESSARY).unscaled
    if not -(1 << 63) <= value < 1 << 63:
        raise ArithmeticException("Overflow")
    if not -(1 << (bits - 1)) <= value < 1 << (bits - 1):
        raise ArithmeticException("Overflow")
    return value


# ---------------------------------------------------------------------------------------------
# the whitelist

static_field("BigDecimal", "ONE", "BigDecimal", JBigDecimal(1, 0))
static_field("BigDecimal", "TEN", "BigDecimal", JBigDecimal(10, 0))
static_field("BigDecimal", "ZERO", "BigDecimal", JBigDecimal(0, 0))


@constructor("BigDecimal", "String")
def _new(text: Any) -> JBigDecimal:
    return parse_big_decimal(text)


@constructor("BigDecimal", "String, MathContext")
def _new_mc(text: Any, mc: Any) -> JBigDecimal:
    value = parse_big_decimal(text)
    context = _mc(mc)
    return _do_round(value.unscaled, value.scale, context)


@method("BigDecimal", "static BigDecimal valueOf(double)")
def _value_of(v: Any) -> JBigDecimal:
    d = rt.double_value(v)
    if math.isnan(d) or math.isinf(d):
        raise NumberFormatException("Infinite or NaN")
    return parse_big_decimal(java_double_str(d))


def _bd(v: Any, field: str, name: str) -> JBigDecimal:
    if v is None:
        if field.startswith("()"):
            raise NullPointerException(
                f'Cannot invoke "java.math.BigDecimal.{field[2:]}()" because "{name}" is null'
            )
        raise NullPointerException(f'Cannot read field "{field}" because "{name}" is null')
    if type(v) is not JBigDecimal:
        raise rt.java_cce(v, "BigDecimal")  # a def argument of another class
    return v


def _negated(x: JBigDecimal) -> JBigDecimal:
    return JBigDecimal(-x.unscaled, x.scale)


@method("BigDecimal", "BigDecimal add(BigDecimal)")
def _add(a: JBigDecimal, b: Any) -> JBigDecimal:
    return add(a, _bd(b, "intCompact", "augend"))


@method("BigDecimal", "BigDecimal add(BigDecimal, MathContext)")
def _add_mc(a: JBigDecimal, b: Any, mc: Any) -> JBigDecimal:
    context = _mc(mc)
    return add_mc(a, _bd(b, "intCompact", "augend"), context)


@method("BigDecimal", "BigDecimal subtract(BigDecimal)")
def _subtract(a: JBigDecimal, b: Any) -> JBigDecimal:
    return add(a, _negated(_bd(b, "intCompact", "subtrahend")))


@method("BigDecimal", "BigDecimal subtract(BigDecimal, MathContext)")
def _subtract_mc(a: JBigDecimal, b: Any, mc: Any) -> JBigDecimal:
    context = _mc(mc)
    return add_mc(a, _negated(_bd(b, "intCompact", "subtrahend")), context)


@method("BigDecimal", "BigDecimal multiply(BigDecimal)")
def _multiply(a: JBigDecimal, b: Any) -> JBigDecimal:
    return multiply(a, _bd(b, "scale", "multiplicand"))


@method("BigDecimal", "BigDecimal multiply(BigDecimal, MathContext)")
def _multiply_mc(a: JBigDecimal, b: Any, mc: Any) -> JBigDecimal:
    context = _mc(mc)
    other = _bd(b, "scale", "multiplicand")
    if context.precision == 0:
        return multiply(a, other)
    product = a.unscaled * other.unscaled
    return _do_round(product, _check_scale(product, a.scale + other.scale), context)


@method("BigDecimal", "BigDecimal divide(BigDecimal)")
def _divide(a: JBigDecimal, b: Any) -> JBigDecimal:
    return divide_exact(a, _bd(b, "()signum", "divisor"))


@method("BigDecimal", "BigDecimal divide(BigDecimal, MathContext)")
def _divide_mc(a: JBigDecimal, b: Any, mc: Any) -> JBigDecimal:
    context = _mc(mc)
    return divide_mc(a, _bd(b, "scale", "divisor"), context)


@method("BigDecimal", "BigDecimal divideToIntegralValue(BigDecimal)")
def _divide_to_integral(a: JBigDecimal, b: Any) -> JBigDecimal:
    return divide_to_integral(a, _bd(b, "scale", "divisor"))


@method("BigDecimal", "BigDecimal divideToIntegralValue(BigDecimal, MathContext)")
def _divide_to_integral_mc(a: JBigDecimal, b: Any, mc: Any) -> JBigDecimal:
    context = _mc(mc)
    return divide_to_integral_mc(a, _bd(b, "scale", "divisor"), context)


@method("BigDecimal", "BigDecimal remainder(BigDecimal)")
def _remainder(a: JBigDecimal, b: Any) -> JBigDecimal:
    divisor = _bd(b, "scale", "divisor")
    return _remainder_of(a, divide_to_integral(a, divisor), divisor)


@method("BigDecimal", "BigDecimal remainder(BigDecimal, MathContext)")
def _remainder_mc(a: JBigDecimal, b: Any, mc: Any) -> JBigDecimal:
    context = _mc(mc)
    divisor = _bd(b, "scale", "divisor")
    return _remainder_of(a, divide_to_integral_mc(a, divisor, context), divisor)


@method("BigDecimal", "BigDecimal[] divideAndRemainder(BigDecimal)")
def _divide_and_remainder(a: JBigDecimal, b: Any) -> JArray:
    divisor = _bd(b, "scale", "divisor")
    q = divide_to_integral(a, divisor)
    return JArray("BigDecimal", [q, _remainder_of(a, q, divisor)])


@method("BigDecimal", "BigDecimal[] divideAndRemainder(BigDecimal, MathContext)")
def _divide_and_remainder_mc(a: JBigDecimal, b: Any, mc: Any) -> JArray:
    context = _mc(mc)
    divisor = _bd(b, "scale", "divisor")
    q = divide_to_integral_mc(a, divisor, context)
    return JArray("BigDecimal", [q, _remainder_of(a, q, divisor)])


@method("BigDecimal", "BigDecimal pow(int)")
def _pow(a: JBigDecimal, n: Any) -> JBigDecimal:
    return pow_exact(a, rt.int_value(n))


@method("BigDecimal", "BigDecimal pow(int, MathContext)")
def _pow_mc(a: JBigDecimal, n: Any, mc: Any) -> JBigDecimal:
    return pow_mc(a, rt.int_value(n), _mc(mc))


@method("BigDecimal", "BigDecimal abs()")
def _abs(a: JBigDecimal) -> JBigDecimal:
    return a if a.unscaled >= 0 else _negated(a)


@method("BigDecimal", "BigDecimal abs(MathContext)")
def _abs_mc(a: JBigDecimal, mc: Any) -> JBigDecimal:
    context = _mc(mc)
    return _plus_mc(_abs(a), context)


@method("BigDecimal", "BigDecimal negate()")
def _negate(a: JBigDecimal) -> JBigDecimal:
    return _negated(a)


@method("BigDecimal", "BigDecimal negate(MathContext)")
def _negate_mc(a: JBigDecimal, mc: Any) -> JBigDecimal:
    context = _mc(mc)
    return _plus_mc(_negated(a), context)


@method("BigDecimal", "BigDecimal plus()")
def _plus(a: JBigDecimal) -> JBigDecimal:
    return a


@method("BigDecimal", "BigDecimal plus(MathContext)", "BigDecimal round(MathContext)")
def _plus_mc(a: JBigDecimal, mc: Any) -> JBigDecimal:
    context = _mc(mc)
    if context.precision == 0:
        return a
    return _do_round(a.unscaled, a.scale, context)


@method("BigDecimal", "int signum()")
def _signum(a: JBigDecimal) -> int:
    return (a.unscaled > 0) - (a.unscaled < 0)


@method("BigDecimal", "int scale()")
def _scale(a: JBigDecimal) -> int:
    return a.scale


@method("BigDecimal", "int precision()")
def _precision(a: JBigDecimal) -> int:
    return precision_of(a.unscaled)


@method("BigDecimal", "BigDecimal setScale(int)")
def _set_scale(a: JBigDecimal, n: Any) -> JBigDecimal:
    return set_scale(a, rt.int_value(n), UNNECESSARY)


@method("BigDecimal", "BigDecimal setScale(int, RoundingMode)")
def _set_scale_mode(a: JBigDecimal, n: Any, mode: Any) -> JBigDecimal:
    if mode is None:
        raise NullPointerException('Cannot read field "oldMode" because "roundingMode" is null')
    if type(mode) is not RoundingMode:
        raise rt.java_cce(mode, "RoundingMode")
    return set_scale(a, rt.int_value(n), mode)


@method("BigDecimal", "BigDecimal scaleByPowerOfTen(int)")
def _scale_by_power_of_ten(a: JBigDecimal, n: Any) -> JBigDecimal:
    return JBigDecimal(a.unscaled, _check_scale(a.unscaled, a.scale - rt.int_value(n)))


def _move_point(a: JBigDecimal, new_scale: int) -> JBigDecimal:
    moved = JBigDecimal(a.unscaled, _check_scale(a.unscaled, new_scale))
    return set_scale(moved, 0, UNNECESSARY) if moved.scale < 0 else moved


@method("BigDecimal", "BigDecimal movePointLeft(int)")
def _move_point_left(a: JBigDecimal, n: Any) -> JBigDecimal:
    # JDK 25 normalises a negative scale even for 0 (JDK 17 returned `this`: 1.2E+5 stayed 1.2E+5)
    return _move_point(a, a.scale + rt.int_value(n))


@method("BigDecimal", "BigDecimal movePointRight(int)")
def _move_point_right(a: JBigDecimal, n: Any) -> JBigDecimal:
    return _move_point(a, a.scale - rt.int_value(n))


@method("BigDecimal", "BigDecimal stripTrailingZeros()")
def _strip_trailing_zeros(a: JBigDecimal) -> JBigDecimal:
    if a.unscaled == 0:
        return JBigDecimal(0, 0)
    return _strip_to(a.unscaled, a.scale, -(2**63))


@method("BigDecimal", "BigDecimal ulp()")
def _ulp(a: JBigDecimal) -> JBigDecimal:
    return JBigDecimal(1, a.scale)


@method("BigDecimal", "int compareTo(BigDecimal)")
def _compare_to(a: JBigDecimal, b: Any) -> int:
    return compare(a, _bd(b, "scale", "val"))


@method("BigDecimal", "BigDecimal max(BigDecimal)")
def _max(a: JBigDecimal, b: Any) -> JBigDecimal:
    other = _bd(b, "scale", "val")
    return a if compare(a, other) >= 0 else other


@method("BigDecimal", "BigDecimal min(BigDecimal)")
def _min(a: JBigDecimal, b: Any) -> JBigDecimal:
    other = _bd(b, "scale", "val")
    return a if compare(a, other) <= 0 else other


@method("BigDecimal", "boolean equals(Object)")
def _equals(a: JBigDecimal, b: Any) -> bool:
    return a == b


@method("BigDecimal", "int hashCode()")
def _hash_code(a: JBigDecimal) -> int:
    return a.java_hash_code()


@method("BigDecimal", "String toString()")
def _to_string(a: JBigDecimal) -> str:
    return a.java_to_string()


@method("BigDecimal", "String toEngineeringString()")
def _to_engineering_string(a: JBigDecimal) -> str:
    return layout(a.unscaled, a.scale, False)


@method("BigDecimal", "String toPlainString()")
def _to_plain_string(a: JBigDecimal) -> str:
    return plain(a)


@method("BigDecimal", "BigInteger toBigInteger()")
def _to_big_integer(a: JBigDecimal) -> JBigInteger:
    return JBigInteger(set_scale(a, 0, DOWN).unscaled if a.scale > 0 else a.unscaled * 10**-a.scale)


@method("BigDecimal", "BigInteger toBigIntegerExact()")
def _to_big_integer_exact(a: JBigDecimal) -> JBigInteger:
    return JBigInteger(set_scale(a, 0, UNNECESSARY).unscaled)


@method("BigDecimal", "int intValue()")
def _int_value(a: JBigDecimal) -> int:
    return rt.wrap32(int(a))


@method("BigDecimal", "long longValue()")
def _long_value_m(a: JBigDecimal) -> JLong:
    return JLong(_long_value(a))


@method("BigDecimal", "short shortValue()")
def _short_value(a: JBigDecimal) -> JShort:
    return rt.to_short(rt.wrap32(int(a)))


@method("BigDecimal", "byte byteValue()")
def _byte_value(a: JBigDecimal) -> JByte:
    return rt.to_byte(rt.wrap32(int(a)))


@method("BigDecimal", "double doubleValue()")
def _double_value(a: JBigDecimal) -> float:
    return to_double(a)


@method("BigDecimal", "float floatValue()")
def _float_value(a: JBigDecimal) -> JFloat:
    return JFloat(to_float(a))


@method("BigDecimal", "int intValueExact()")
def _int_value_exact(a: JBigDecimal) -> int:
    return _value_exact(a, 32)


@method("BigDecimal", "long longValueExact()")
def _long_value_exact(a: JBigDecimal) -> JLong:
    return JLong(_value_exact(a, 64))


@method("BigDecimal", "short shortValueExact()")
def _short_value_exact(a: JBigDecimal) -> JShort:
    return JShort(_value_exact(a, 16))


@method("BigDecimal", "byte byteValueExact()")
def _byte_value_exact(a: JBigDecimal) -> JByte:
    return JByte(_value_exact(a, 8))
