"""Boxed `compareTo` calls with every numeric argument kind, as Elasticsearch's BoxedCastTests assert.

Each cell calls `b.compareTo(u)` where `b` is a box (declared as its box or as def) and `u` is a
value of another numeric kind held as a primitive, a box or a def. Elasticsearch's allowlist gives
every box its own typed `compareTo(<Box>)`; a method argument may widen and then box
(AnalyzerCaster's `internal` casts), and a def call filters a boxed parameter through
`Def.defTo<Box>Implicit`. So in all six forms the call returns 0 exactly when the argument's kind
widens to the receiver's kind, and otherwise fails with a ClassCastException (at compile time for a
typed receiver and argument, at run time otherwise).
"""

from __future__ import annotations

import pytest
from painless_helpers import java, run_script, script_error

# argument kind -> the receiver boxes whose compareTo accepts it (BoxedCastTests' assertEquals(0))
ACCEPTS = {
    "byte": {"Byte", "Short", "Integer", "Long", "Float", "Double"},
    "short": {"Short", "Integer", "Long", "Float", "Double"},
    "char": {"Character", "Integer", "Long", "Float", "Double"},
    "int": {"Integer", "Long", "Float", "Double"},
    "long": {"Long", "Float", "Double"},
    "float": {"Float", "Double"},
    "double": {"Double"},
}
BOX = {
    "byte": "Byte",
    "short": "Short",
    "char": "Character",
    "int": "Integer",
    "long": "Long",
    "float": "Float",
    "double": "Double",
}
PRIM = {box: prim for prim, box in BOX.items()}


def _argument(kind: str, form: str) -> str:
    if form == "prim":
        return f"{kind} u = 1;"
    if form == "box":
        return f"{BOX[kind]} u = {BOX[kind]}.valueOf(({kind})1);"
    return f"def u = ({kind})1;"


CELLS = [
    pytest.param(
        f"{_argument(kind, uform)} {box if bform == 'typed' else 'def'} b = {box}.valueOf(({PRIM[box]})1); "
        "ctx.r = b.compareTo(u);",
        box in ACCEPTS[kind],
        id=f"{uform}-{kind}-to-{bform}-{box}",
    )
    for kind in BOX
    for uform in ("prim", "box", "def")
    for bform in ("typed", "def")
    for box in BOX.values()
]


@pytest.mark.parametrize(("source", "accepted"), CELLS)
def test_boxed_compare_to(source: str, accepted: bool) -> None:
    if accepted:
        assert run_script(source)["r"] == 0
    else:
        assert script_error(source).cause.java_class == "java.lang.ClassCastException"


# JDK behaviour of the typed compareTo methods (OpenJDK 17: Double.valueOf(0.0).compareTo(-0.0) is
# 1, Float NaN sorts last, TRUE after FALSE; a null argument is the helpful NullPointerException)
@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("Double d = 0.0; ctx.r = d.compareTo(-0.0);", 1),
        ("Float f = Float.NaN; ctx.r = f.compareTo(1f);", 1),
        ("Boolean b = true; ctx.r = b.compareTo(false);", 1),
        ("Integer i = 5; ctx.r = i.compareTo(7);", -1),
        ("Long l = 7L; ctx.r = l.compareTo(5);", 1),
        ("def l = 7L; ctx.r = l.compareTo(Integer.valueOf(7));", 0),
    ],
)
def test_typed_compare_to_values(source: str, expected: int) -> None:
    assert run_script(source)["r"] == expected


@pytest.mark.parametrize(
    ("source", "message"),
    [
        (
            "Integer i = 1; Integer n = null; ctx.r = i.compareTo(n);",
            'Cannot read field "value" because "anotherInteger" is null',
        ),
        (
            "def d = 1.0; ctx.r = d.compareTo(null);",
            'Cannot read field "value" because "anotherDouble" is null',
        ),
        (
            "Boolean b = true; Boolean n = null; ctx.r = b.compareTo(n);",
            'Cannot read field "value" because "b" is null',
        ),
    ],
)
def test_typed_compare_to_null(source: str, message: str) -> None:
    cause = script_error(source).cause
    assert (cause.java_class, cause.reason) == ("java.lang.NullPointerException", message)


# AnalyzerCaster's `internal` widening-then-boxing applies to method and user function arguments
# (ECall and ECallLocal analyse arguments as internal), never to a plain assignment
@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("Long f(Long x) { return x } byte b = 3; ctx.r = f(b);", ("java.lang.Long", "3")),
        ("Long f(Long x) { return x } Integer b = 3; ctx.r = f(b);", ("java.lang.Long", "3")),
        ("Double f(Double x) { return x } ctx.r = f('a'.charAt(0));", ("java.lang.Double", "97.0")),
    ],
)
def test_internal_argument_widening(source: str, expected: tuple[str, str]) -> None:
    assert java(run_script(source)["r"]) == expected


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("Long v = 3;", "Cannot cast from [int] to [java.lang.Long]."),
        ("Short s = (byte)1;", "Cannot cast from [byte] to [java.lang.Short]."),
        ("Long f(Long x) { return x } ctx.r = f(3.0);", "Cannot cast from [double] to [java.lang.Long]."),
    ],
)
def test_no_widening_boxing_outside_arguments(source: str, message: str) -> None:
    cause = script_error(source).cause
    assert (cause.java_class, cause.reason) == ("java.lang.ClassCastException", message)
