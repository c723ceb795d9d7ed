"""Binary numeric promotion for arithmetic and bitwise operators, as Elasticsearch's
MultiplicationTests, SubtractionTests, RemainderTests, DivisionTests and XorTests assert.

Each of those classes runs `x <op> y` for every pair of numeric types with both operands def, a
typed left operand and a def right one, and the reverse. The result's class follows Java's binary
numeric promotion (double, then float, then long, else int: byte/short/char never survive), and
`&`, `|`, `^` refuse float and double with a ClassCastException. The operand values are the ones
those tests use (x = 4 or 2, y = 2 or 1); the expected values are plain integer arithmetic.
"""

from __future__ import annotations

import pytest
from es_exec_helpers import exec_error, exec_value
from painless_helpers import BYTE, CHAR, INT, SHORT, B, D, F, L

TYPES = ["byte", "short", "char", "int", "long", "float", "double"]
CLASS = {"int": INT, "long": L, "float": F, "double": D}
# operator -> (x, y, x op y): MultiplicationTests uses 2*2, XorTests 4^1; the others follow the same grid
OPS = {
    "*": (2, 2, 4),
    "-": (4, 1, 3),
    "%": (5, 2, 1),
    "/": (4, 2, 2),
    "+": (1, 1, 2),
    "^": (4, 1, 5),
    "&": (5, 4, 4),
    "|": (4, 1, 5),
}


def _promoted(a: str, b: str) -> str:
    for t in ("double", "float", "long"):
        if t in (a, b):
            return t
    return "int"


def _text(value: int, t: str) -> str:
    return f"{value}.0" if t in ("float", "double") else str(value)


def _rows() -> list[object]:
    rows: list[object] = []
    for op, (x, y, _) in OPS.items():
        for a in TYPES:
            for b in TYPES:
                for form in ("def_def", "typed_lhs", "typed_rhs", "typed_typed"):
                    left = a if form in ("typed_lhs", "typed_typed") else "def"
                    right = b if form in ("typed_rhs", "typed_typed") else "def"
                    body = f"{left} x = ({a}){x}; {right} y = ({b}){y}; return x {op} y"
                    rows.append(pytest.param(op, a, b, body, id=f"{form}-{a}{op}{b}"))
    return rows


@pytest.mark.parametrize(("op", "a", "b", "body"), _rows())
def test_binary_promotion(op: str, a: str, b: str, body: str) -> None:
    t = _promoted(a, b)
    if op in ("^", "&", "|") and t in ("float", "double"):
        kind, _ = exec_error(body)
        assert kind == "class_cast_exception"
    else:
        assert exec_value(body) == (CLASS[t], _text(OPS[op][2], t))


@pytest.mark.parametrize(
    ("body", "cls", "text"),
    [
        ("int x = 4; char y = 2; return x*y;", INT, "8"),  # MultiplicationTests.testBasics
        ("short x = 9; char y = 3; return x ^ y;", INT, "10"),  # XorTests.testBasics
        ("return 9L ^ 3;", L, "10"),
        ("return 9 ^ 3L;", L, "10"),
        ("int x = 5; int y = -12; return x ^ y;", INT, str(5 ^ -12)),
        ("long x = 7; long y = 15; long z = 3; return x ^ y ^ z;", L, str(7 ^ 15 ^ 3)),
        ("return 5L ^ -12L;", L, str(5 ^ -12)),
        ("return true ^ false;", B, "true"),
        ("boolean x = true; boolean y = true; return x ^ y;", B, "false"),
        ("def x = true; boolean y = false; return x ^ y", B, "true"),
        ("def x = false; def y = false; return x ^ y", B, "false"),
        ("long x = 1; long y = 1; int z = 2; return x*(y*z);", L, "2"),
        ("double x = 10; float y = 0; return x*y;", D, "0.0"),
        ("return 10F*0F;", F, "0.0"),
        ("return 1L*(1L*2L);", L, "2"),
        # XorTests.testCompoundAssignmentDef: a def keeps its runtime box type through x ^= y
        ("def x = (byte)13; x ^= 14; return x;", BYTE, "3"),
        ("def x = (short)13; x ^= 14; return x;", SHORT, "3"),
        ("def x = (char)13; x ^= 14; return x;", CHAR, "\x03"),
        ("def x = 13; x ^= 14; return x;", INT, "3"),
        ("def x = 13L; x ^= 14; return x;", L, "3"),
        ("def[] x = new def[1]; x[0] = true; x[0] ^= false; return x[0];", B, "true"),
    ],
)
def test_operator_values(body: str, cls: str, text: str) -> None:
    assert exec_value(body) == (cls, text)


@pytest.mark.parametrize(
    "body",
    [
        # XorTests.testIllegal / testBogusCompoundAssignment / testDefBogusCompoundAssignment
        "float x = (float)4; int y = 1; return x ^ y",
        "double x = (double)4; int y = 1; return x ^ y",
        "float x = 4; int y = 1; x ^= y",
        "double x = 4; int y = 1; x ^= y",
        "int x = 4; float y = 1; x ^= y",
        "int x = 4; double y = 1; x ^= y",
        "def x = 4F; int y = 1; x ^= y",
        "def x = 4D; int y = 1; x ^= y",
        "int x = 4; def y = (float)1; x ^= y",
        "int x = 4; def y = (double)1; x ^= y",
    ],
)
def test_xor_refuses_decimals(body: str) -> None:
    assert exec_error(body)[0] == "class_cast_exception"


LITERAL = {
    "byte": "(byte)1",
    "short": "(short)1",
    "char": "(char)1",
    "int": "1",
    "long": "1L",
    "float": "1F",
    "double": "1.0",
}


@pytest.mark.parametrize("a", TYPES)
@pytest.mark.parametrize("b", TYPES)
def test_constant_promotion(a: str, b: str) -> None:
    """PromotionTests.testBinaryPromotionConst: constants fold with the same promotion."""
    t = _promoted(a, b)
    assert exec_value(f"return {LITERAL[a]} + {LITERAL[b]};") == (CLASS[t], _text(2, t))


SHIFT_OPERANDS = [
    "def x = 1L; def y = 2F;",
    "def x = 1; def y = 2D;",
    "def x = 1F; def y = 2;",
    "def x = 1D; def y = 2L;",
    "long x = 1L; def y = 2F;",
    "int x = 1; def y = 2D;",
    "float x = 1F; def y = 2;",
    "double x = 1D; def y = 2L;",
    "def x = 1L; float y = 2F;",
    "def x = 1; double y = 2D;",
    "def x = 1F; int y = 2;",
    "def x = 1D; long y = 2L;",
]


@pytest.mark.parametrize("op", ["<<", ">>", ">>>"])
@pytest.mark.parametrize("pre", SHIFT_OPERANDS)
def test_bogus_shifts(op: str, pre: str) -> None:
    """DefOperationTests.testBogusShifts*: a float or double on either side of a shift."""
    assert exec_error(f"{pre} return x {op} y;")[0] == "class_cast_exception"


@pytest.mark.parametrize(
    ("body", "cls"),
    [
        # DefOperationTests.testUsh*: the shift's type is the promoted left operand's, never the distance's
        ("def x = (int)4; def y = (long)1; return x >>> y", INT),
        ("byte x = (byte)4; def y = (long)1; return x >>> y", INT),
        ("def x = (char)4; long y = (long)1; return x >>> y", INT),
        ("def x = (long)4; def y = (char)1; return x >>> y", L),
        ("def x = (Byte)4; def y = (byte)1; return x >>> y", INT),
    ],
)
def test_shift_type(body: str, cls: str) -> None:
    assert exec_value(body) == (cls, "2")
