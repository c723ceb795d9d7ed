"""Compound assignments keep the variable's own type, as Elasticsearch's CompoundAssignmentTests assert.

`x op= y` is `x = (T)(x op y)` for the declared type T of x: a byte stays a Byte, a char a
Character, and boolean `&=`, `|=`, `^=` work on typed, def and array elements. Expected values are
the Java casts ES writes in its assertions (e.g. `(byte)(13 & 14)`).
"""

from __future__ import annotations

import pytest
from es_exec_helpers import exec_error, exec_value
from painless_helpers import BYTE, CHAR, INT, SHORT, B, D, F, L

# (script body, Java class, String.valueOf text)
ROWS = [
    # testAddition
    ("byte x = 5; x += 10; return x;", BYTE, "15"),
    ("byte x = 5; x += -10; return x;", BYTE, "-5"),
    ("short x = 5; x += 10; return x;", SHORT, "15"),
    ("short x = 5; x += -10; return x;", SHORT, "-5"),
    ("char x = 5; x += 10; return x;", CHAR, "\x0f"),
    ("char x = 10; x += -5; return x;", CHAR, "\x05"),
    ("int x = 5; x += 10; return x;", INT, "15"),
    ("int x = 5; x += -10; return x;", INT, "-5"),
    ("long x = 5; x += 10; return x;", L, "15"),
    ("long x = 5; x += -10; return x;", L, "-5"),
    ("float x = 5f; x += 10; return x;", F, "15.0"),
    ("float x = 5f; x += -10; return x;", F, "-5.0"),
    ("double x = 5.0; x += 10; return x;", D, "15.0"),
    ("double x = 5.0; x += -10; return x;", D, "-5.0"),
    # testSubtraction
    ("byte x = 5; x -= -10; return x;", BYTE, "15"),
    ("byte x = 5; x -= 10; return x;", BYTE, "-5"),
    ("short x = 5; x -= -10; return x;", SHORT, "15"),
    ("short x = 5; x -= 10; return x;", SHORT, "-5"),
    ("char x = 5; x -= -10; return x;", CHAR, "\x0f"),
    ("char x = 10; x -= 5; return x;", CHAR, "\x05"),
    ("int x = 5; x -= -10; return x;", INT, "15"),
    ("int x = 5; x -= 10; return x;", INT, "-5"),
    ("long x = 5; x -= -10; return x;", L, "15"),
    ("long x = 5; x -= 10; return x;", L, "-5"),
    ("float x = 5f; x -= -10; return x;", F, "15.0"),
    ("float x = 5f; x -= 10; return x;", F, "-5.0"),
    ("double x = 5.0; x -= -10; return x;", D, "15.0"),
    ("double x = 5.0; x -= 10; return x;", D, "-5.0"),
    # testMultiplication
    ("byte x = 5; x *= 3; return x;", BYTE, "15"),
    ("byte x = 5; x *= -1; return x;", BYTE, "-5"),
    ("short x = 5; x *= 3; return x;", SHORT, "15"),
    ("short x = 5; x *= -1; return x;", SHORT, "-5"),
    ("char x = 5; x *= 3; return x;", CHAR, "\x0f"),
    ("int x = 5; x *= 3; return x;", INT, "15"),
    ("int x = 5; x *= -1; return x;", INT, "-5"),
    ("long x = 5; x *= 3; return x;", L, "15"),
    ("long x = 5; x *= -1; return x;", L, "-5"),
    ("float x = 5f; x *= 3; return x;", F, "15.0"),
    ("float x = 5f; x *= -1; return x;", F, "-5.0"),
    ("double x = 5.0; x *= 3; return x;", D, "15.0"),
    ("double x = 5.0; x *= -1; return x;", D, "-5.0"),
    # testDivision
    ("byte x = 45; x /= 3; return x;", BYTE, "15"),
    ("byte x = 5; x /= -1; return x;", BYTE, "-5"),
    ("short x = 45; x /= 3; return x;", SHORT, "15"),
    ("short x = 5; x /= -1; return x;", SHORT, "-5"),
    ("char x = 45; x /= 3; return x;", CHAR, "\x0f"),
    ("int x = 45; x /= 3; return x;", INT, "15"),
    ("int x = 5; x /= -1; return x;", INT, "-5"),
    ("long x = 45; x /= 3; return x;", L, "15"),
    ("long x = 5; x /= -1; return x;", L, "-5"),
    ("float x = 45f; x /= 3; return x;", F, "15.0"),
    ("float x = 5f; x /= -1; return x;", F, "-5.0"),
    ("double x = 45.0; x /= 3; return x;", D, "15.0"),
    ("double x = 5.0; x /= -1; return x;", D, "-5.0"),
    # testRemainder
    ("byte x = 15; x %= 4; return x;", BYTE, "3"),
    ("byte x = (byte) -15; x %= 4; return x;", BYTE, "-3"),
    ("short x = 15; x %= 4; return x;", SHORT, "3"),
    ("short x = (short) -15; x %= 4; return x;", SHORT, "-3"),
    ("char x = (char) 15; x %= 4; return x;", CHAR, "\x03"),
    ("int x = 15; x %= 4; return x;", INT, "3"),
    ("int x = -15; x %= 4; return x;", INT, "-3"),
    ("long x = 15L; x %= 4; return x;", L, "3"),
    ("long x = -15L; x %= 4; return x;", L, "-3"),
    ("float x = 15F; x %= 4; return x;", F, "3.0"),
    ("float x = -15F; x %= 4; return x;", F, "-3.0"),
    ("double x = 15.0; x %= 4; return x;", D, "3.0"),
    ("double x = -15.0; x %= 4; return x;", D, "-3.0"),
    # testLeftShift
    ("byte x = 15; x <<= 2; return x;", BYTE, "60"),
    ("byte x = (byte) -15; x <<= 2; return x;", BYTE, "-60"),
    ("short x = 15; x <<= 2; return x;", SHORT, "60"),
    ("short x = (short) -15; x <<= 2; return x;", SHORT, "-60"),
    ("char x = (char) 15; x <<= 2; return x;", CHAR, "<"),
    ("int x = 15; x <<= 2; return x;", INT, "60"),
    ("int x = -15; x <<= 2; return x;", INT, "-60"),
    ("long x = 15L; x <<= 2; return x;", L, "60"),
    ("long x = -15L; x <<= 2; return x;", L, "-60"),
    # testRightShift
    ("byte x = 60; x >>= 2; return x;", BYTE, "15"),
    ("byte x = (byte) -60; x >>= 2; return x;", BYTE, "-15"),
    ("short x = 60; x >>= 2; return x;", SHORT, "15"),
    ("short x = (short) -60; x >>= 2; return x;", SHORT, "-15"),
    ("char x = (char) 60; x >>= 2; return x;", CHAR, "\x0f"),
    ("int x = 60; x >>= 2; return x;", INT, "15"),
    ("int x = -60; x >>= 2; return x;", INT, "-15"),
    ("long x = 60L; x >>= 2; return x;", L, "15"),
    ("long x = -60L; x >>= 2; return x;", L, "-15"),
    # testUnsignedRightShift: byte/short narrow (int)-60 >>> 2 back to -15; -60 >>> 2 as int and long
    ("byte x = 60; x >>>= 2; return x;", BYTE, "15"),
    ("byte x = (byte) -60; x >>>= 2; return x;", BYTE, "-15"),
    ("short x = 60; x >>>= 2; return x;", SHORT, "15"),
    ("short x = (short) -60; x >>>= 2; return x;", SHORT, "-15"),
    ("char x = (char) 60; x >>>= 2; return x;", CHAR, "\x0f"),
    ("int x = 60; x >>>= 2; return x;", INT, "15"),
    ("int x = -60; x >>>= 2; return x;", INT, "1073741809"),
    ("long x = 60L; x >>>= 2; return x;", L, "15"),
    ("long x = -60L; x >>>= 2; return x;", L, "4611686018427387889"),
    # testAnd / testOr / testXor on integers
    ("byte x = 13; x &= 14; return x;", BYTE, "12"),
    ("short x = 13; x &= 14; return x;", SHORT, "12"),
    ("char x = 13; x &= 14; return x;", CHAR, "\x0c"),
    ("int x = 13; x &= 14; return x;", INT, "12"),
    ("long x = 13L; x &= 14; return x;", L, "12"),
    ("byte x = 13; x |= 14; return x;", BYTE, "15"),
    ("short x = 13; x |= 14; return x;", SHORT, "15"),
    ("char x = 13; x |= 14; return x;", CHAR, "\x0f"),
    ("int x = 13; x |= 14; return x;", INT, "15"),
    ("long x = 13L; x |= 14; return x;", L, "15"),
    ("byte x = 13; x ^= 14; return x;", BYTE, "3"),
    ("short x = 13; x ^= 14; return x;", SHORT, "3"),
    ("char x = 13; x ^= 14; return x;", CHAR, "\x03"),
    ("int x = 13; x ^= 14; return x;", INT, "3"),
    ("long x = 13L; x ^= 14; return x;", L, "3"),
]


@pytest.mark.parametrize(("body", "cls", "text"), ROWS, ids=[r[0] for r in ROWS])
def test_compound_assignment(body: str, cls: str, text: str) -> None:
    assert exec_value(body) == (cls, text)


BOOLEAN_OPS = {"&=": lambda a, b: a and b, "|=": lambda a, b: a or b, "^=": lambda a, b: a != b}
BOOLEAN_FORMS = {
    "boolean": "boolean x = {a}; x {op} {b}; return x;",
    "def": "def x = {a}; x {op} {b}; return x;",
    "boolean_array": "boolean[] x = new boolean[1]; x[0] = {a}; x[0] {op} {b}; return x[0];",
    "def_array": "def[] x = new def[1]; x[0] = {a}; x[0] {op} {b}; return x[0];",
}


@pytest.mark.parametrize("form", BOOLEAN_FORMS)
@pytest.mark.parametrize("op", BOOLEAN_OPS)
@pytest.mark.parametrize("a", [True, False])
@pytest.mark.parametrize("b", [True, False])
def test_boolean_compound(form: str, op: str, a: bool, b: bool) -> None:
    """testAnd/testOr/testXor: boolean operands in a local, a def, and array elements."""
    body = BOOLEAN_FORMS[form].format(a=str(a).lower(), b=str(b).lower(), op=op)
    assert exec_value(body) == (B, str(BOOLEAN_OPS[op](a, b)).lower())


@pytest.mark.parametrize("kind", ["byte", "short", "char", "int", "long"])
def test_division_by_zero(kind: str) -> None:
    """testDivisionByZero: integral `/=` by zero is the JDK's ArithmeticException."""
    assert exec_error(f"{kind} x = 1; x /= 0; return x;") == ("arithmetic_exception", "/ by zero")
