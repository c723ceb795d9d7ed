"""java.math.BigInteger as java.math.txt whitelists it: constructors from text, valueOf(long), the
constants, arithmetic, bit operations, modular arithmetic and the exact narrowing conversions, with
the JDK's exception texts (checked on JDK 25; the null-argument texts are the JDK's helpful
NullPointerException messages, which name the field the JDK's code reads first).

A BigInteger is a `JBigInteger`, an int subclass that keeps its class whatever its magnitude (a
plain int beyond 64 bits, as JSON parsing makes one, is a BigInteger too: the methods take both).
"""

from __future__ import annotations

import math
from typing import Any

from s1elastic.ingest.errors import ArithmeticException, NullPointerException, NumberFormatException
from s1elastic.ingest.javatypes import JLong
from s1elastic.ingest.painless import runtime as rt
from s1elastic.ingest.painless.api_lang import _digit
from s1elastic.ingest.painless.methods import constructor, method, static_field
from s1elastic.ingest.painless.values import JArray, JByte, JChar, JShort


class JBigInteger(int):
    """A java.math.BigInteger (any magnitude)."""

    __slots__ = ()
    JAVA_CLASS = "java.math.BigInteger"
    PAINLESS_CLASS = "BigInteger"

    def __repr__(self) -> str:
        return f"BigInteger({int(self)})"

    def __hash__(self) -> int:
        return big_hash(int(self))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, int) and not isinstance(other, bool) and int(self) == int(other)

    def __float__(self) -> float:
        return big_to_double(int(self))

    def java_to_string(self) -> str:
        return str(int(self))


# Def arithmetic treats a BigInteger as a plain Number (DefMath's generic branch: intValue(),
# longValue() or doubleValue() by the other operand), which is runtime's BIG kind.
rt._NUM_KIND[JBigInteger] = rt.BIG


def big_hash(value: int) -> int:
    """BigInteger.hashCode: 31*h + word over the magnitude's 32-bit words, times the sign."""
    mag = abs(value)
    words = []
    while mag:
        words.append(mag & 0xFFFFFFFF)
        mag >>= 32
    h = 0
    for word in reversed(words):
        h = (31 * h + word) & 0xFFFFFFFF
    return rt.wrap32(h * (1 if value >= 0 else -1))


def big_to_double(value: int) -> float:
    """BigInteger.doubleValue: correctly rounded, infinite beyond Double.MAX_VALUE."""
    try:
        return float(value)
    except OverflowError:
        return math.inf if value > 0 else -math.inf


def big_to_float(value: int) -> float:
    """BigInteger.floatValue: rounded once to float32 (ties to even), infinite on overflow."""
    if value == 0:
        return 0.0
    mag = abs(value)
    shift = max(mag.bit_length() - 24, 0)
    q, r = divmod(mag, 1 << shift) if shift else (mag, 0)
    if shift:
        half = 1 << (shift - 1)
        if r > half or (r == half and q & 1):
            q += 1
    if q.bit_length() + shift > 128:
        result = math.inf
    else:
        result = float(q) * 2.0**shift
    return result if value > 0 else -result


def big(value: int) -> JBigInteger:
    return JBigInteger(value)


def _val(v: Any, field: str, name: str = "val") -> int:
    """The argument as an int; null fails as the JDK's code that first reads it does."""
    if v is None:
        if field.startswith("()"):
            raise NullPointerException(
                f'Cannot invoke "java.math.BigInteger.{field[2:]}()" because "{name}" is null'
            )
        raise NullPointerException(f'Cannot read field "{field}" because "{name}" is null')
    if rt.painless_class(v) != "BigInteger":
        raise rt.java_cce(v, "BigInteger")  # a def argument of another class
    return int(v)


static_field("BigInteger", "ONE", "BigInteger", JBigInteger(1))
static_field("BigInteger", "TEN", "BigInteger", JBigInteger(10))
static_field("BigInteger", "ZERO", "BigInteger", JBigInteger(0))

# BigInteger(String, radix) parses the digits in groups of this many, each with Integer.parseInt
_DIGITS_PER_INT = (0, 0, 30, 19, 15, 13, 11, 11, 10, 9, 9, 8, 8, 8, 8, 7, 7, 7, 7, 7, 7, 7, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 5)  # fmt: skip


def parse_big_integer(text: Any, radix: int = 10) -> int:
    """new BigInteger(String, int): one leading sign, Unicode digits, the JDK's error texts."""
    if text is None:
        raise NullPointerException('Cannot invoke "String.length()" because "val" is null')
    s = str(text)
    if not 2 <= radix <= 36:
        raise NumberFormatException("Radix out of range")
    if not s:
        raise NumberFormatException("Zero length BigInteger")
    minus, plus = s.rfind("-"), s.rfind("+")
    cursor = 0
    negative = False
    if minus >= 0:
        if minus != 0 or plus >= 0:
            raise NumberFormatException("Illegal embedded sign character")
        negative, cursor = True, 1
    elif plus >= 0:
        if plus != 0:
            raise NumberFormatException("Illegal embedded sign character")
        cursor = 1
    if cursor == len(s):
        raise NumberFormatException("Zero length BigInteger")
    while cursor < len(s) and _digit(JChar(s[cursor]), radix) == 0:
        cursor += 1
    if cursor == len(s):
        return 0
    body = s[cursor:]
    per = _DIGITS_PER_INT[radix]
    first = len(body) % per or per
    groups = [body[:first]] + [body[i : i + per] for i in range(first, len(body), per)]
    value = 0
    for group in groups:
        group_value = 0
        for c in group:
            d = _digit(JChar(c), radix)
            if d < 0:
                suffix = f" under radix {radix}" if radix != 10 else ""
                raise NumberFormatException(f'For input string: "{group}"{suffix}')
            group_value = group_value * radix + d
        value = value * radix ** len(group) + group_value
    return -value if negative else value


@constructor("BigInteger", "String", "String, int")
def _new(text: Any, radix: Any = 10) -> JBigInteger:
    return JBigInteger(parse_big_integer(text, rt.int_value(radix)))


@method("BigInteger", "static BigInteger valueOf(long)")
def _value_of(v: Any) -> JBigInteger:
    return JBigInteger(rt.long_value(v))


def _binary(name: str, field: str, fn: Any) -> None:
    method("BigInteger", f"BigInteger {name}(BigInteger)")(
        lambda a, b: JBigInteger(fn(int(a), _val(b, field)))
    )


_binary("add", "signum", lambda a, b: a + b)
_binary("subtract", "signum", lambda a, b: a - b)
_binary("multiply", "signum", lambda a, b: a * b)
_binary("and", "()intLength", lambda a, b: a & b)
_binary("or", "()intLength", lambda a, b: a | b)
_binary("xor", "()intLength", lambda a, b: a ^ b)
_binary("andNot", "()intLength", lambda a, b: a & ~b)
_binary("gcd", "signum", math.gcd)


def _truncating_divmod(a: int, b: int) -> tuple[int, int]:
    if b == 0:
        raise ArithmeticException("BigInteger divide by zero")
    q = abs(a) // abs(b)
    if (a < 0) != (b < 0):
        q = -q
    return q, a - q * b


@method("BigInteger", "BigInteger divide(BigInteger)")
def _divide(a: Any, b: Any) -> JBigInteger:
    return JBigInteger(_truncating_divmod(int(a), _val(b, "mag"))[0])


@method("BigInteger", "BigInteger remainder(BigInteger)")
def _remainder(a: Any, b: Any) -> JBigInteger:
    return JBigInteger(_truncating_divmod(int(a), _val(b, "mag"))[1])


@method("BigInteger", "BigInteger[] divideAndRemainder(BigInteger)")
def _divide_and_remainder(a: Any, b: Any) -> JArray:
    q, r = _truncating_divmod(int(a), _val(b, "mag"))
    return JArray("BigInteger", [JBigInteger(q), JBigInteger(r)])


def _modulus(m: Any) -> int:
    value = _val(m, "signum", "m")
    if value <= 0:
        raise ArithmeticException("BigInteger: modulus not positive")
    return value


@method("BigInteger", "BigInteger mod(BigInteger)")
def _mod(a: Any, m: Any) -> JBigInteger:
    return JBigInteger(int(a) % _modulus(m))


@method("BigInteger", "BigInteger modInverse(BigInteger)")
def _mod_inverse(a: Any, m: Any) -> JBigInteger:
    modulus = _modulus(m)
    if modulus == 1:
        return JBigInteger(0)
    try:
        return JBigInteger(pow(int(a), -1, modulus))
    except ValueError:
        raise ArithmeticException("BigInteger not invertible.") from None


@method("BigInteger", "BigInteger modPow(BigInteger, BigInteger)")
def _mod_pow(a: Any, e: Any, m: Any) -> JBigInteger:
    exponent = _val(e, "signum", "exponent")
    modulus = _modulus(m)
    if modulus == 1:
        return JBigInteger(0)
    try:
        return JBigInteger(pow(int(a), exponent, modulus))
    except ValueError:
        raise ArithmeticException("BigInteger not invertible.") from None


@method("BigInteger", "BigInteger pow(int)")
def _pow(a: Any, n: Any) -> JBigInteger:
    exponent = rt.int_value(n)
    if exponent < 0:
        raise ArithmeticException("Negative exponent")
    return JBigInteger(int(a) ** exponent)


@method("BigInteger", "BigInteger abs()")
def _abs(a: Any) -> JBigInteger:
    return JBigInteger(abs(int(a)))


@method("BigInteger", "BigInteger negate()")
def _negate(a: Any) -> JBigInteger:
    return JBigInteger(-int(a))


@method("BigInteger", "BigInteger not()")
def _not(a: Any) -> JBigInteger:
    return JBigInteger(~int(a))


@method("BigInteger", "int signum()")
def _signum(a: Any) -> int:
    return (int(a) > 0) - (int(a) < 0)


@method("BigInteger", "int compareTo(BigInteger)")
def _compare_to(a: Any, b: Any) -> int:
    x, y = int(a), _val(b, "signum")
    return (x > y) - (x < y)


@method("BigInteger", "BigInteger max(BigInteger)")
def _max(a: Any, b: Any) -> Any:
    return a if int(a) >= _val(b, "signum") else b


@method("BigInteger", "BigInteger min(BigInteger)")
def _min(a: Any, b: Any) -> Any:
    return a if int(a) <= _val(b, "signum") else b


@method("BigInteger", "boolean equals(Object)")
def _equals(a: Any, b: Any) -> bool:
    return rt.painless_class(b) == "BigInteger" and int(a) == int(b)


@method("BigInteger", "int hashCode()")
def _hash_code(a: Any) -> int:
    return big_hash(int(a))


@method("BigInteger", "String toString()")
def _to_string(a: Any) -> str:
    return str(int(a))


_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz"


def to_radix(value: int, radix: int) -> str:
    """BigInteger.toString(int): lower-case digits, radix 10 when out of 2..36."""
    if not 2 <= radix <= 36:
        radix = 10
    if radix == 10:
        return str(value)
    mag = abs(value)
    digits = []
    while mag:
        mag, d = divmod(mag, radix)
        digits.append(_ALPHABET[d])
    text = "".join(reversed(digits)) or "0"
    return "-" + text if value < 0 else text


@method("BigInteger", "String toString(int)")
def _to_string_radix(a: Any, radix: Any) -> str:
    return to_radix(int(a), rt.int_value(radix))


def _bit_address(n: Any) -> int:
    bit = rt.int_value(n)
    if bit < 0:
        raise ArithmeticException("Negative bit address")
    return bit


@method("BigInteger", "BigInteger setBit(int)")
def _set_bit(a: Any, n: Any) -> JBigInteger:
    return JBigInteger(int(a) | (1 << _bit_address(n)))


@method("BigInteger", "BigInteger clearBit(int)")
def _clear_bit(a: Any, n: Any) -> JBigInteger:
    return JBigInteger(int(a) & ~(1 << _bit_address(n)))


@method("BigInteger", "BigInteger flipBit(int)")
def _flip_bit(a: Any, n: Any) -> JBigInteger:
    return JBigInteger(int(a) ^ (1 << _bit_address(n)))


@method("BigInteger", "boolean testBit(int)")
def _test_bit(a: Any, n: Any) -> bool:
    return bool((int(a) >> _bit_address(n)) & 1)


@method("BigInteger", "int getLowestSetBit()")
def _lowest_set_bit(a: Any) -> int:
    x = int(a)
    return (x & -x).bit_length() - 1 if x else -1


@method("BigInteger", "int bitLength()")
def _bit_length(a: Any) -> int:
    x = int(a)
    return (~x if x < 0 else x).bit_length()


@method("BigInteger", "int bitCount()")
def _bit_count(a: Any) -> int:
    x = int(a)
    return (~x if x < 0 else x).bit_count()


@method("BigInteger", "BigInteger shiftLeft(int)")
def _shift_left(a: Any, n: Any) -> JBigInteger:
    k = rt.int_value(n)
    return JBigInteger(int(a) << k if k >= 0 else int(a) >> -k)


@method("BigInteger", "BigInteger shiftRight(int)")
def _shift_right(a: Any, n: Any) -> JBigInteger:
    k = rt.int_value(n)
    return JBigInteger(int(a) >> k if k >= 0 else int(a) << -k)


@method("BigInteger", "byte[] toByteArray()")
def _to_byte_array(a: Any) -> JArray:
    x = int(a)
    length = (~x if x < 0 else x).bit_length() // 8 + 1
    raw = x.to_bytes(length, "big", signed=True)
    return JArray("byte", [JByte(b - 256 if b > 127 else b) for b in raw])


def _exact(a: Any, bits: int, kind: str) -> int:
    x = int(a)
    if not -(1 << (bits - 1)) <= x < 1 << (bits - 1):
        raise ArithmeticException(f"BigInteger out of {kind} range")
    return x


@method("BigInteger", "int intValueExact()")
def _int_value_exact(a: Any) -> int:
    return _exact(a, 32, "int")


@method("BigInteger", "long longValueExact()")
def _long_value_exact(a: Any) -> JLong:
    return JLong(_exact(a, 64, "long"))


@method("BigInteger", "short shortValueExact()")
def _short_value_exact(a: Any) -> JShort:
    return JShort(_exact(a, 16, "short"))


@method("BigInteger", "byte byteValueExact()")
def _byte_value_exact(a: Any) -> JByte:
    return JByte(_exact(a, 8, "byte"))


@method("BigInteger", "double doubleValue()")
def _double_value(a: Any) -> float:
    return big_to_double(int(a))


@method("BigInteger", "float floatValue()")
def _float_value(a: Any) -> Any:
    from s1elastic.ingest.javatypes import JFloat

    return JFloat(big_to_float(int(a)))
