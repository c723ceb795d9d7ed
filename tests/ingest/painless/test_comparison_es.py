"""Comparison operators across def and typed operands, as Elasticsearch's ComparisonTests assert.

ComparisonTests runs each operator on a fixed set of operand pairs in three forms: both sides
def, a typed left side with a def right side, and a def left side with a typed right side; the
right side is an int or a double. The pairs and the expected truth values are theirs (they are
plain numeric comparisons of the listed constants); `===`/`!==` compare identity, so a boxed int
is only identical to another int of the same (cached) value.
"""

from __future__ import annotations

import pytest
from es_exec_helpers import exec_value
from painless_helpers import B

# (left type, left value, right value): the pairs ComparisonTests uses for ==/!= and for </<=/>/>=
EQ_PAIRS = [
    ("byte", 7, 7),
    ("short", 6, 6),
    ("char", 5, 5),
    ("int", 4, 4),
    ("long", 5, 3),
    ("float", 6, 2),
    ("double", 7, 1),
]
ORDER_PAIRS = [
    ("byte", 1, 7),
    ("short", 2, 6),
    ("char", 3, 5),
    ("int", 4, 4),
    ("long", 5, 3),
    ("float", 6, 2),
    ("double", 7, 1),
]
FORMS = {"def_def": ("def", "def"), "typed_lhs": ("typed", "def"), "typed_rhs": ("def", "typed")}
ORDER_OPS = {
    "<": lambda a, b: a < b,
    "<=": lambda a, b: a <= b,
    ">": lambda a, b: a > b,
    ">=": lambda a, b: a >= b,
}


def _numeric_rows() -> list[object]:
    rows: list[object] = []
    for form, (lform, rform) in FORMS.items():
        for rtype in ("int", "double"):
            for pairs, ops in (
                (EQ_PAIRS, {"==": lambda a, b: a == b, "!=": lambda a, b: a != b}),
                (ORDER_PAIRS, ORDER_OPS),
            ):
                for ltype, a, b in pairs:
                    left = ltype if lform == "typed" else "def"
                    right = rtype if rform == "typed" else "def"
                    for op, fn in ops.items():
                        body = f"{left} x = ({ltype}){a}; {right} y = ({rtype}){b}; return x {op} y"
                        rows.append(pytest.param(body, fn(a, b), id=f"{form}-{ltype}{op}{rtype}"))
    # testDefEqr / testDefNer: identity holds only between the two (cached) Integer boxes
    for ltype, a, b in EQ_PAIRS:
        for op in ("===", "!=="):
            body = f"def x = ({ltype}){a}; def y = (int){b}; return x {op} y"
            rows.append(pytest.param(body, (ltype == "int") == (op == "==="), id=f"identity-{ltype}{op}int"))
    return rows


@pytest.mark.parametrize(("body", "expected"), _numeric_rows())
def test_numeric_comparison(body: str, expected: bool) -> None:
    assert exec_value(body) == (B, str(expected).lower())


def _boolean_rows() -> list[object]:
    rows: list[object] = []
    for left, right in (("def", "def"), ("boolean", "def"), ("def", "boolean")):
        for a in (True, False):
            for b in (True, False):
                ja, jb = str(a).lower(), str(b).lower()
                for op, value in (("==", a == b), ("!=", a != b)):
                    body = f"{left} x = {ja}; {right} y = {jb}; return x {op} y"
                    rows.append(pytest.param(body, value, id=f"{left}-{right}-{ja}{op}{jb}"))
    rows += [
        pytest.param("def x = true; def y = null; return x == y", False, id="def-true-eq-null"),
        pytest.param("def x = null; def y = true; return x == y", False, id="def-null-eq-true"),
        pytest.param("boolean x = true; def y = null; return x == y", False, id="boolean-true-eq-null"),
        pytest.param("def x = null; boolean y = true; return x == y", False, id="null-eq-boolean-true"),
        pytest.param("def x = false; def y = true; return x === y", False, id="identity-false-true"),
    ]
    return rows


@pytest.mark.parametrize(("body", "expected"), _boolean_rows())
def test_boolean_comparison(body: str, expected: bool) -> None:
    assert exec_value(body) == (B, str(expected).lower())


def _map_rows() -> list[object]:
    """== on maps is equals(); === is identity (testDefEq/Ne/Eqr/Ner and the typed variants)."""
    rows: list[object] = []
    setups = [
        ("empty-empty", "{l} x = new HashMap(); {r} y = new HashMap();", True, False),
        ("put-empty", "{l} x = new HashMap(); x.put(3, 3); {r} y = new HashMap();", False, False),
        ("put-put", "{l} x = new HashMap(); x.put(3, 3); {r} y = new HashMap(); y.put(3, 3);", True, False),
        ("same", "{l} x = new HashMap(); {r} y = x; x.put(3, 3); y.put(3, 3);", True, True),
    ]
    for left, right in (("def", "def"), ("Map", "def"), ("def", "Map")):
        for name, setup, equal, same in setups:
            pre = setup.format(l=left, r=right)
            rows.append(pytest.param(pre + " return x == y", equal, id=f"{left}-{right}-{name}-eq"))
            rows.append(pytest.param(pre + " return x != y", not equal, id=f"{left}-{right}-{name}-ne"))
            if (left, right) == ("def", "def"):
                rows.append(pytest.param(pre + " return x === y", same, id=f"{name}-eqr"))
                rows.append(pytest.param(pre + " return x !== y", not same, id=f"{name}-ner"))
    return rows


@pytest.mark.parametrize(("body", "expected"), _map_rows())
def test_map_comparison(body: str, expected: bool) -> None:
    assert exec_value(body) == (B, str(expected).lower())


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("int x = 5; return x instanceof int", True),
        ("def x = 5; return x instanceof int", True),
        ("def x = 5; return x instanceof def", True),
        ("def x = 5; return x instanceof Object", True),
        ("def x = 5; return x instanceof Integer", True),
        ("def x = 5; return x instanceof Number", True),
        ("def x = 5; return x instanceof float", False),
        ("def x = 5; return x instanceof Map", False),
        ("List l = new ArrayList(); return l instanceof List", True),
        ("List l = null; return l instanceof List", False),
        ("List l = new ArrayList(); return l instanceof Collection", True),
        ("List l = new ArrayList(); return l instanceof Map", False),
        ("int[] x = new int[] { 5 }; return x instanceof int[]", True),
        ("int[] x = new int[] { 5 }; return x instanceof float[]", False),
        ("int[] x = new int[] { 5 }; return x instanceof int[][]", False),
    ],
)
def test_instanceof(body: str, expected: bool) -> None:
    """ComparisonTests.testInstanceOf."""
    assert exec_value(body) == (B, str(expected).lower())
