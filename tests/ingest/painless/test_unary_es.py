"""Unary operators, as Elasticsearch's UnaryTests assert.

`+`, `-` and `~` promote byte/short/char to int (`+(char)-1` is 65535); on a def operand the
result keeps the promoted box and converts on assignment to a typed variable. A reference-type
cast cannot take a `+`/`-` operand in Painless' grammar (`LP refcasttype RP unarynotaddsub`), so
`(Double)-1.0` is the subtraction `(Double) - 1.0` whose left side is a type: an
IllegalArgumentException (ES asserts the class; the text is the semantic pass's "value required").
"""

from __future__ import annotations

import pytest
from es_exec_helpers import exec_error, exec_value
from painless_helpers import INT, B, D, F, L

ROWS = [
    # testBasics
    ("return !true;", B, "false"),
    ("boolean x = false; return !x;", B, "true"),
    ("return ~1;", INT, "-2"),
    ("byte x = 1; return ~x;", INT, "-2"),
    ("return +1;", INT, "1"),
    ("double x = 1; return +x;", D, "1.0"),
    ("return -1;", INT, "-1"),
    ("short x = 2; return -x;", INT, "-2"),
    ("def x = (def)-1.0; return +x", D, "-1.0"),
    # testNegationInt
    ("return -(-1);", INT, "1"),
    ("return -0;", INT, "0"),
    # testPlus
    ("byte x = (byte)-1; return +x", INT, "-1"),
    ("short x = (short)-1; return +x", INT, "-1"),
    ("char x = (char)-1; return +x", INT, "65535"),
    ("int x = -1; return +x", INT, "-1"),
    ("long x = -1L; return +x", L, "-1"),
    ("float x = -1F; return +x", F, "-1.0"),
    ("double x = -1.0; return +x", D, "-1.0"),
    # testDefNot / testDefNotTypedRet
    ("def x = (byte)1; return ~x", INT, "-2"),
    ("def x = (short)1; return ~x", INT, "-2"),
    ("def x = (char)1; return ~x", INT, "-2"),
    ("def x = 1; return ~x", INT, "-2"),
    ("def x = 1L; return ~x", L, "-2"),
    ("def x = (byte)1; double y = ~x; return y;", D, "-2.0"),
    ("def x = (short)1; float y = ~x; return y;", F, "-2.0"),
    ("def x = (char)1; long y = ~x; return y;", L, "-2"),
    ("def x = 1; int y = ~x; return y;", INT, "-2"),
    # testDefNeg / testDefNegTypedRet
    ("def x = (byte)1; return -x", INT, "-1"),
    ("def x = (short)1; return -x", INT, "-1"),
    ("def x = (char)1; return -x", INT, "-1"),
    ("def x = 1; return -x", INT, "-1"),
    ("def x = 1L; return -x", L, "-1"),
    ("def x = 1F; return -x", F, "-1.0"),
    ("def x = 1.0; return -x", D, "-1.0"),
    ("def x = (byte)1; double y = -x; return y;", D, "-1.0"),
    ("def x = (short)1; float y = -x; return y;", F, "-1.0"),
    ("def x = (char)1; long y = -x; return y;", L, "-1"),
    ("def x = 1; int y = -x; return y;", INT, "-1"),
    # testDefPlus / testDefPlusTypedRet
    ("def x = (byte)-1; return +x", INT, "-1"),
    ("def x = (short)-1; return +x", INT, "-1"),
    ("def x = (char)-1; return +x", INT, "65535"),
    ("def x = -1; return +x", INT, "-1"),
    ("def x = -1L; return +x", L, "-1"),
    ("def x = -1F; return +x", F, "-1.0"),
    ("def x = -1.0; return +x", D, "-1.0"),
    ("def x = (byte)-1; double y = +x; return y;", D, "-1.0"),
    ("def x = (short)-1; float y = +x; return y;", F, "-1.0"),
    ("def x = (char)-1; long y = +x; return y;", L, "65535"),
    ("def x = -1; int y = +x; return y;", INT, "-1"),
    # primitive and def casts do take a signed operand
    ("long x = (long)-1; return x", L, "-1"),
    ("def x = (def)-1; return x", INT, "-1"),
    ("def x = (Double)(-1.0); return x", D, "-1.0"),
]


@pytest.mark.parametrize(("body", "cls", "text"), ROWS, ids=[r[0] for r in ROWS])
def test_unary(body: str, cls: str, text: str) -> None:
    assert exec_value(body) == (cls, text)


@pytest.mark.parametrize(
    ("body", "type_name"),
    [
        ("double x = (Double)-1.0; return +x", "java.lang.Double"),
        ("double x = (ArrayList)-1.0; return +x", "java.util.ArrayList"),
        ("def x = (Integer)+1; return x", "java.lang.Integer"),
        ("def y = 2; def x = (Double) -y; return x", "java.lang.Double"),
        ("def x = (java.lang.Double)-1.0; return x", "java.lang.Double"),
    ],
)
def test_reference_cast_of_signed_operand(body: str, type_name: str) -> None:
    assert exec_error(body) == (
        "illegal_argument_exception",
        f"value required: instead found unexpected type [{type_name}]",
    )
