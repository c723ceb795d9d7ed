"""Constant expressions, as Elasticsearch's ConstantFoldingTests assert (it checks the folded
bytecode constant; here the script's value, class and text, must match it).

One fold is observable: `===` between two string literals compares the two String objects the
parser made, which are never the same object, so `'x'==='x'` is false. At run time string
constants are interned (ldc), so a variable holding a literal is identical to an equal literal.
"""

from __future__ import annotations

import pytest
from es_exec_helpers import exec_value
from painless_helpers import INT, B, D, F, L, S

FOLDED = [
    ("~1", INT, "-2"),
    ("~1000L", L, "-1001"),
    ("!true", B, "false"),
    ("2*2", INT, "4"),
    ("2L*2L", L, "4"),
    ("2.0F*2.0F", F, "4.0"),
    ("2.0*2.0", D, "4.0"),
    ("2/2", INT, "1"),
    ("2L/2L", L, "1"),
    ("2.0F/2.0F", F, "1.0"),
    ("2.0/2.0", D, "1.0"),
    ("2%2", INT, "0"),
    ("2L%2L", L, "0"),
    ("2.0F%2.0F", F, "0.0"),
    ("2.0%2.0", D, "0.0"),
    ("2+3", INT, "5"),
    ("2L+3L", L, "5"),
    ("2.0F+3.0F", F, "5.0"),
    ("2.0+3.0", D, "5.0"),
    ("2-3", INT, "-1"),
    ("2L-3L", L, "-1"),
    ("2.0F-3.0F", F, "-1.0"),
    ("2.0-3.0", D, "-1.0"),
    ("2<<1", INT, "4"),
    ("2L<<1L", L, "4"),
    ("4>>1", INT, "2"),
    ("4L>>1L", L, "2"),
    ("4>>>1", INT, "2"),
    ("4L>>>1L", L, "2"),
    ("5&3", INT, "1"),
    ("5L&3L", L, "1"),
    ("true^false", B, "true"),
    ("5^3", INT, "6"),
    ("5L^3L", L, "6"),
    ("5|3", INT, "7"),
    ("5L|3L", L, "7"),
    ("'x' + 'y' + 'z'", S, "xyz"),
    ("true && false", B, "false"),
    ("true || false", B, "true"),
    ("2==2L", B, "true"),
    ("2+2D", D, "4.0"),
    ("2+'2D'", S, "22D"),
    ("4L<5F", B, "true"),
]

LITERALS = ["2", "2L", "2.0F", "2.0", "'x'"]
# testComparison: ==/!= by value; ===/!== identical for primitives, never for two string literals
COMPARISONS = {"==": [True] * 5, "!=": [False] * 5, "===": [True] * 4 + [False], "!==": [False] * 4 + [True]}
ORDER = {">": False, ">=": True, "<": False, "<=": True}

for _op, _values in COMPARISONS.items():
    FOLDED += [(f"{lit}{_op}{lit}", B, str(v).lower()) for lit, v in zip(LITERALS, _values)]
for _op, _value in ORDER.items():
    FOLDED += [(f"{lit}{_op}{lit}", B, str(_value).lower()) for lit in LITERALS[:4]]


@pytest.mark.parametrize(("expr", "cls", "text"), FOLDED, ids=[r[0] for r in FOLDED])
def test_folded_constant(expr: str, cls: str, text: str) -> None:
    assert exec_value(f"return {expr};") == (cls, text)


@pytest.mark.parametrize(
    ("body", "identical"),
    [
        ("return 'hello world' === 'hello world'", False),
        ("String a = 'hello world'; return a === 'hello world'", True),
        ("String a = 'hello world'; String b = 'hello world'; return a === b", True),
        ("def a = 'ab'; return a === 'ab'", True),
        ("String a = 'ab'; String c = 'a'; String b = c + 'b'; return a === b", False),
        ("String a = 'ab'; String c = 'a'; String b = c + 'b'; return a == b", True),
    ],
)
def test_string_identity(body: str, identical: bool) -> None:
    assert exec_value(body) == (B, str(identical).lower())
