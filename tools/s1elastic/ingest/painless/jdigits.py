"""The decimal digits java.text.DecimalFormat rounds: FloatingDecimal's binary-to-decimal
conversion and DigitList's rounding.

DecimalFormat does not start from Double.toString's shortest digits (JDK 19+) but from the older
FloatingDecimal conversion, which sometimes keeps an extra digit (2.82879384806159E17 gives
282879384806159008) and reports whether its last digit was rounded up and whether the digits are
exact; DigitList uses both to round ties the way the binary value lies. Checked against Temurin
25 (tests/ingest/painless/test_text_decimal_format.py and its golden file).
"""

from __future__ import annotations

import math
import struct
from dataclasses import dataclass

_EXP_SHIFT = 52
_FRACT_HOB = 1 << _EXP_SHIFT
_EXP_BIAS = 1023
_MAX_SMALL_BIN_EXP = 62
_MIN_SMALL_BIN_EXP = -(63 // 3)
_LONG_5_POW_LEN = 27  # 5^0 .. 5^26 fit a long
# approximately ceil(log2(5^i))
_N_5_BITS = (
    0,
    3,
    5,
    7,
    10,
    12,
    14,
    17,
    19,
    21,
    24,
    26,
    28,
    31,
    33,
    35,
    38,
    40,
    42,
    45,
    47,
    49,
    52,
    54,
    56,
    59,
    61,
)
# insignificantDigits(1 << i) for i < 64
_INSIGNIFICANT_FOR_POW2 = (
    0, 0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 5, 5, 5, 6, 6, 6, 6, 7, 7, 7, 8, 8, 8, 9, 9, 9,
    9, 10, 10, 10, 11, 11, 11, 12, 12, 12, 12, 13, 13, 13, 14, 14, 14, 15, 15, 15, 15, 16, 16, 16,
    17, 17, 17, 18, 18, 18, 19,
)  # fmt: skip


def _wrap(v: int, bits: int) -> int:
    """Two's-complement overflow of a Java int (32) or long (64)."""
    m = 1 << bits
    v &= m - 1
    return v - m if v >> (bits - 1) else v


@dataclass(slots=True)
class Conversion:
    """FloatingDecimal's answer for a positive finite double: digits (a str of '0'-'9'),
    decimal exponent (value = 0.digits * 10^exponent), whether the last digit was rounded up and
    whether the digits are the exact value."""

    digits: str
    exponent: int
    rounded_up: bool
    exact: bool


def _estimate_dec_exp(fract_bits: int, bin_exp: int) -> int:
    d2 = struct.unpack(">d", struct.pack(">Q", (_EXP_BIAS << _EXP_SHIFT) | (fract_bits & (_FRACT_HOB - 1))))[
        0
    ]
    d = (d2 - 1.5) * 0.289529654 + 0.176091259 + float(bin_exp) * 0.301029995663981
    return math.floor(d)


def _long_digits(dec_exp: int, lvalue: int, insignificant: int) -> Conversion:
    """developLongDigits: an integer value; low-order digits beyond the double's precision are
    rounded away (half up) and neither flag is set."""
    if insignificant:
        pow10 = 10**insignificant
        residue = lvalue % pow10
        lvalue //= pow10
        dec_exp += insignificant
        if residue >= pow10 >> 1:
            lvalue += 1
    text = str(lvalue)
    stripped = text.rstrip("0")
    return Conversion(stripped, dec_exp + len(text), False, False)


def convert(value: float, compatible: bool = True) -> Conversion:
    """FloatingDecimal.getBinaryToASCIIConverter(value, compatible) for value > 0 (finite); JDK
    25's DigitList uses the public one-argument form (compatible=true). Without `compatible` a
    second digit is always developed (what newer JDKs' DigitList asks for)."""
    bits = struct.unpack(">Q", struct.pack(">d", value))[0] & ~(1 << 63)
    fract_bits = bits & (_FRACT_HOB - 1)
    bin_exp = bits >> _EXP_SHIFT
    if bin_exp == 0:
        leading = 64 - fract_bits.bit_length()
        shift = leading - (63 - _EXP_SHIFT)
        fract_bits <<= shift
        bin_exp = 1 - shift
        n_significant = 64 - leading
    else:
        fract_bits |= _FRACT_HOB
        n_significant = _EXP_SHIFT + 1
    bin_exp -= _EXP_BIAS
    return _dtoa(bin_exp, fract_bits, n_significant, compatible)


def _dtoa(bin_exp: int, fract_bits: int, n_significant: int, compatible: bool) -> Conversion:
    tail_zeros = (fract_bits & -fract_bits).bit_length() - 1
    n_fract_bits = _EXP_SHIFT + 1 - tail_zeros
    n_tiny_bits = max(0, n_fract_bits - bin_exp - 1)
    if _MIN_SMALL_BIN_EXP <= bin_exp <= _MAX_SMALL_BIN_EXP:
        if n_tiny_bits < _LONG_5_POW_LEN and n_fract_bits + _N_5_BITS[n_tiny_bits] < 64 and n_tiny_bits == 0:
            insignificant = 0
            if bin_exp > n_significant:
                p2 = bin_exp - n_significant - 1
                insignificant = _INSIGNIFICANT_FOR_POW2[p2] if 1 < p2 < len(_INSIGNIFICANT_FOR_POW2) else 0
            if bin_exp >= _EXP_SHIFT:
                fract_bits <<= bin_exp - _EXP_SHIFT
            else:
                fract_bits >>= _EXP_SHIFT - bin_exp
            return _long_digits(0, fract_bits, insignificant)
    dec_exp = _estimate_dec_exp(fract_bits, bin_exp)
    b5 = max(0, -dec_exp)
    b2 = b5 + n_tiny_bits + bin_exp
    s5 = max(0, dec_exp)
    s2 = s5 + n_tiny_bits
    m5 = b5
    m2 = b2 - n_significant
    fract_bits >>= tail_zeros
    b2 -= n_fract_bits - 1
    common = min(b2, s2)
    b2 -= common
    s2 -= common
    m2 -= common
    if n_fract_bits == 1:
        m2 -= 1
    if m2 < 0:
        b2 -= m2
        s2 -= m2
        m2 = 0
    b_bits = n_fract_bits + b2 + (_N_5_BITS[b5] if b5 < len(_N_5_BITS) else b5 * 3)
    ten_s_bits = s2 + 1 + (_N_5_BITS[s5 + 1] if s5 + 1 < len(_N_5_BITS) else (s5 + 1) * 3)
    b = fract_bits * 5**b5 << b2
    s = 5**s5 << s2
    m = 5**m5 << m2
    tens = s * 10
    digits: list[int] = []
    if b_bits < 64 and ten_s_bits < 64:
        # the int and long paths: strict `high`, and Java's overflow of m (and b + m)
        width = 32 if b_bits < 32 and ten_s_bits < 32 else 64
        b, s, m, tens = (_wrap(v, width) for v in (b, s, m, tens))
        q = b // s
        b = _wrap(10 * (b % s), width)
        m = _wrap(m * 10, width)
        low = b < m
        high = _wrap(b + m, width) > tens
        if q == 0 and not high:
            dec_exp -= 1
        else:
            digits.append(q)
        if not compatible or dec_exp < -3 or dec_exp >= 8:
            high = low = False
        while not low and not high:
            q = b // s
            b = _wrap(10 * (b % s), width)
            m = _wrap(m * 10, width)
            if m > 0:
                low = b < m
                high = _wrap(b + m, width) > tens
            else:
                low = high = True
            digits.append(q)
        low_digit_difference = _wrap(_wrap(b << 1, width) - tens, width)
        exact = b == 0
    else:
        # FDBigInteger: `high` when b + m >= 10 * s
        q = b // s
        b = 10 * (b % s)
        m = m * 10
        low = b < m
        high = b + m >= tens
        if q == 0 and not high:
            dec_exp -= 1
        else:
            digits.append(q)
        if not compatible or dec_exp < -3 or dec_exp >= 8:
            high = low = False
        while not low and not high:
            q = b // s
            b = 10 * (b % s)
            m = m * 10
            low = b < m
            high = b + m >= tens
            digits.append(q)
        low_digit_difference = (b << 1) - tens if high and low else 0
        exact = b == 0
    exponent = dec_exp + 1
    rounded_up = False
    if high and (not low or low_digit_difference > 0 or (low_digit_difference == 0 and digits[-1] & 1)):
        exponent, rounded_up = _roundup(digits, exponent)
    return Conversion("".join(chr(48 + d) for d in digits), exponent, rounded_up, exact)


def _roundup(digits: list[int], exponent: int) -> tuple[int, bool]:
    """Add one to the last digit; a carry out of all nines is "1" at a larger exponent (and, as
    in the JDK, not flagged as rounded up)."""
    i = len(digits) - 1
    q = digits[i]
    if q == 9:
        while q == 9 and i > 0:
            digits[i] = 0
            i -= 1
            q = digits[i]
        if q == 9:
            digits[0] = 1
            return exponent + 1, False
    digits[i] = q + 1
    return exponent, True


# ---------------------------------------------------------------------------------------------
# DigitList


class RoundingNeeded(Exception):
    """RoundingMode.UNNECESSARY met a digit to drop (the caller raises ArithmeticException)."""


@dataclass(slots=True)
class DigitList:
    """Digits '0'-'9' (no trailing zeros once rounded), value = 0.digits * 10^decimal_at."""

    digits: list[str]
    decimal_at: int
    negative: bool
    mode: str  # a RoundingMode name

    @property
    def count(self) -> int:
        return len(self.digits)

    def is_zero(self) -> bool:
        return all(d == "0" for d in self.digits)

    def _nonzero_after(self, index: int) -> bool:
        return any(d != "0" for d in self.digits[index:])

    def should_round_up(self, maximum: int, already_rounded: bool, exact: bool) -> bool:
        if maximum >= self.count:
            return False
        mode = self.mode
        if mode == "UP":
            return self._nonzero_after(maximum)
        if mode == "DOWN":
            return False
        if mode == "CEILING":
            return self._nonzero_after(maximum) and not self.negative
        if mode == "FLOOR":
            return self._nonzero_after(maximum) and self.negative
        if mode == "UNNECESSARY":
            if self._nonzero_after(maximum):
                raise RoundingNeeded
            return False
        d = self.digits[maximum]
        if d > "5":
            return True
        if d == "5":
            if maximum == self.count - 1:
                if exact:
                    return mode == "HALF_UP" or (
                        mode == "HALF_EVEN" and maximum > 0 and int(self.digits[maximum - 1]) % 2 != 0
                    )
                return not already_rounded
            return self._nonzero_after(maximum + 1)
        return False

    def _round_up(self, maximum: int) -> int:
        while True:
            maximum -= 1
            if maximum < 0:
                self.digits[0] = "1"
                self.decimal_at += 1
                maximum = 0
                break
            self.digits[maximum] = chr(ord(self.digits[maximum]) + 1)
            if self.digits[maximum] <= "9":
                break
        return maximum + 1

    def round(self, maximum: int, already_rounded: bool, exact: bool) -> None:
        if 0 <= maximum < self.count:
            if self.should_round_up(maximum, already_rounded, exact):
                maximum = self._round_up(maximum)
            del self.digits[maximum:]
            while self.count > 1 and self.digits[-1] == "0":
                self.digits.pop()

    def _set_digits(self, exp: int, rounded_up: bool, exact: bool, maximum: int, fixed_point: bool) -> None:
        """DigitList.set(isNegative, exp, roundedUp, exact, maximumDigits, fixedPoint)."""
        if not self._nonzero_after(0):
            self.digits = []
            self.decimal_at = 0
            return
        self.decimal_at = self.count + exp
        if fixed_point:
            if -self.decimal_at > maximum:
                self.digits = []
                return
            if -self.decimal_at == maximum:
                if self.should_round_up(0, rounded_up, exact):
                    self.digits = ["1"]
                    self.decimal_at += 1
                else:
                    self.digits = []
                return
        while self.count > 1 and self.digits[-1] == "0":
            self.digits.pop()
        self.round(maximum + self.decimal_at if fixed_point else maximum, rounded_up, exact)


def from_double(value: float, negative: bool, maximum: int, fixed_point: bool, mode: str) -> DigitList:
    """DigitList.set(isNegative, double, maximumDigits, fixedPoint) for a finite value >= 0."""
    if value == 0.0:
        return DigitList([], 0, negative, mode)
    conv = convert(value)
    digits = conv.digits.rstrip("0")  # JDK 25 reads them back from "5.0E-4": no trailing zeros
    dl = DigitList(list(digits), 0, negative, mode)
    dl._set_digits(conv.exponent - len(digits), conv.rounded_up, conv.exact, maximum, fixed_point)
    return dl


def from_decimal_digits(
    unscaled: int, scale: int, negative: bool, maximum: int, fixed_point: bool, mode: str
) -> DigitList:
    """DigitList.set(isNegative, BigDecimal, maximumDigits, fixedPoint) for a value >= 0."""
    dl = DigitList(list(str(unscaled)), 0, negative, mode)
    dl._set_digits(-scale, False, True, maximum, fixed_point)
    return dl


def from_integer(value: int, negative: bool, maximum: int, mode: str) -> DigitList:
    """DigitList.set(isNegative, long or BigInteger, maximumDigits) for a value >= 0."""
    if value <= 0:
        return DigitList([], 0, negative, mode)
    text = str(value)
    dl = DigitList(list(text.rstrip("0")), len(text), negative, mode)
    if maximum > 0:
        dl.round(maximum, False, True)
    return dl
