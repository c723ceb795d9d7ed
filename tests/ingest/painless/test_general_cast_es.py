"""Explicit casts around operators and void values, as Elasticsearch's GeneralCastTests assert.

An explicit cast of a unary, binary, shift, compound-assignment or increment expression converts
its (promoted) result, for typed and def operands alike; narrowing without a cast and casts
to or from boolean are ClassCastExceptions. A void call result is refused where it would be a
value: as a def-receiver call's argument and as the value stored through a def receiver
(IllegalArgumentException, ES's texts), and wherever it meets a target type (ClassCastException).
String `+=` prints each operand as String.valueOf does, after the operand's own arithmetic.
"""

from __future__ import annotations

import pytest
from es_exec_helpers import exec_error, exec_value
from painless_helpers import BYTE, CHAR, INT, SHORT, D, F, L, S

CLASS = {"byte": BYTE, "short": SHORT, "char": CHAR, "int": INT, "long": L, "float": F, "double": D}
EXPRESSIONS = [
    ("(+x)", 5),
    ("(x + 1)", 6),
    ("(x += 1)", 6),
    ("(++x)", 6),
    ("(x++)", 5),
    ("(x << 1)", 10),
    ("(x <<= 1)", 10),
]


def _text(t: str, v: int) -> str:
    if t == "char":
        return chr(v)
    return f"{v}.0" if t in ("float", "double") else str(v)


@pytest.mark.parametrize("decl", ["long x = 5L;", "def x = 5L;"])
@pytest.mark.parametrize("t", list(CLASS))
@pytest.mark.parametrize(("expr", "value"), EXPRESSIONS)
def test_explicit_cast_of_result(decl: str, t: str, expr: str, value: int) -> None:
    assert exec_value(f"{decl} return ({t}) {expr};") == (CLASS[t], _text(t, value))


ILLEGAL = [
    # testIllegalConversions / testIllegalExplicitConversions and their Def variants
    "{d} x = 5L; int y = +x; return y",
    "{d} x = 5L; int y = (x + x); return y",
    "{b} x = true; int y = +x; return y",
    "{b} x = true; int y = (x ^ false); return y",
    "{d} x = 5L; boolean y = +x; return y",
    "{d} x = 5L; boolean y = (x + x); return y",
    "{b} x = true; int y = (int) +x; return y",
    "{b} x = true; int y = (int) (x ^ false); return y",
    "{d} x = 5L; boolean y = (boolean) +x; return y",
    "{d} x = 5L; boolean y = (boolean) (x + x); return y",
]


@pytest.mark.parametrize("typed", [True, False], ids=["typed", "def"])
@pytest.mark.parametrize("template", ILLEGAL)
def test_illegal_conversion(typed: bool, template: str) -> None:
    body = template.format(d="long" if typed else "def", b="boolean" if typed else "def")
    assert exec_error(body)[0] == "class_cast_exception"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("def x = 5; return (int)x.longValue();", (INT, "5")),
        ("def x = 5L; return (+(int)x);", (INT, "5")),
        ("def x = 5; def y = 1L; return x + (int)y", (INT, "6")),
        ("def x = 'abcdeg'; def y = 1L; x.charAt((int)y)", (CHAR, "b")),
        ("'a'.charAt(Integer.valueOf(0))", (CHAR, "a")),
        ("'a'.charAt(0)", (CHAR, "a")),
        # testBoxedDefCalls
        ("def x = 1; def y = 2.0; y.compareTo(x);", (INT, "1")),
        ("def y = 2.0; y.compareTo(1);", (INT, "1")),
        ("int x = 1; def y = 2.0; y.compareTo(x);", (INT, "1")),
        ("Integer x = Integer.valueOf(3); def y = 2.0; y.compareTo(x);", (INT, "-1")),
    ],
)
def test_cast_values(body: str, expected: tuple[str, str]) -> None:
    assert exec_value(body) == expected


@pytest.mark.parametrize(("literal", "kind"), [("0L", "long"), ("0.0f", "float"), ("0.0d", "double")])
def test_illegal_cast_in_method_argument(literal: str, kind: str) -> None:
    assert exec_error(f"'a'.charAt({literal})") == (
        "class_cast_exception",
        f"Cannot cast from [{kind}] to [int].",
    )


@pytest.mark.parametrize(
    "body", ["def x = 2.0; def y = 1; y.compareTo(x);", "float f = 1.0f; def y = 1; y.compareTo(f);"]
)
def test_boxed_def_call_refuses_wider_argument(body: str) -> None:
    assert exec_error(body)[0] == "class_cast_exception"


@pytest.mark.parametrize(
    ("body", "error"),
    [
        # testIllegalVoidCasts (ES asserts the class; the texts are visitAssignment's and visitCall's)
        (
            "def map = ['a': 1,'b': 2,'c': 3]; map.c = Collections.sort(new ArrayList(map.keySet()));",
            ("illegal_argument_exception", "Right-hand side cannot be a [void] type for assignment."),
        ),
        (
            "Map map = ['a': 1,'b': 2,'c': 3]; def x = new HashMap(); x.put(1, map.clear());",
            ("illegal_argument_exception", "Argument(s) cannot be of [void] type when calling method [put]."),
        ),
        (
            "def map = ['a': 1]; map['c'] = Collections.sort([]);",
            ("illegal_argument_exception", "Right-hand side cannot be a [void] type for assignment."),
        ),
        # elsewhere a void value meets a target type: AnalyzerCaster's cast error
        (
            "Map map = ['a': 1]; Map x = new HashMap(); x.put(1, map.clear());",
            ("class_cast_exception", "Cannot cast from [void] to [def]."),
        ),
        (
            "Map map = ['a': 1]; map.c = map.clear();",
            ("class_cast_exception", "Cannot cast from [void] to [def]."),
        ),
        (
            "Map map = ['a': 1]; def y = map.clear();",
            ("class_cast_exception", "Cannot cast from [void] to [def]."),
        ),
        (
            "Map map = ['a': 1]; int y = map.clear();",
            ("class_cast_exception", "Cannot cast from [void] to [int]."),
        ),
        (
            "Map map = ['a': 1]; def x = [map.clear()];",
            ("class_cast_exception", "Cannot cast from [void] to [def]."),
        ),
        (
            "Map map = ['a': 1]; def x = ['k': map.clear()];",
            ("class_cast_exception", "Cannot cast from [void] to [def]."),
        ),
    ],
)
def test_void_values(body: str, error: tuple[str, str]) -> None:
    assert exec_error(body) == error


def test_def_call_result_is_not_void() -> None:
    """A call on a def receiver has type def, so its (null) result may be stored or listed."""
    assert exec_value("def map = ['a': 1]; def x = [map.clear()]; return x") == (
        "java.util.ArrayList",
        "[null]",
    )


# testCompoundAssignmentStringCasts: how each operand type prints after `s += ...`
SHOWN = {
    "byte": "71",
    "short": "71",
    "char": "G",
    "int": "71",
    "long": "71",
    "float": "71.0",
    "double": "71.0",
    "String": "71",
    "List": "[71]",
}
SUMMED = {
    "byte": "142",
    "short": "142",
    "char": "142",
    "int": "142",
    "long": "142",
    "float": "142.0",
    "double": "142.0",
    "String": "7171",
}
INIT = {"String": "'71'", "List": "[71]"}


def _string_rows() -> list[object]:
    rows: list[object] = []
    for t, c in SHOWN.items():
        pre = f"String s = 's'; {t} c = {INIT.get(t, '71')}; "
        cases = [
            ("s += c;", "s" + c),
            ("s += c + s;", "s" + c + "s"),
            ("s += c + '' + c;", "s" + c + c),
            ("s += '' + c + c;", "s" + c + c),
            ("s += c + s + c;", "s" + c + "s" + c),
            ("s += s + c + c;", "ss" + c + c),
        ]
        if t in SUMMED:  # `c + c` is arithmetic first (not for a List)
            cases += [
                ("s += c + c;", "s" + SUMMED[t]),
                ("s += c + c + '';", "s" + SUMMED[t]),
                ("s += c + c + s;", "s" + SUMMED[t] + "s"),
            ]
        rows += [pytest.param(pre + e + " return s", v, id=f"{t}: {e}") for e, v in cases]
    return rows


@pytest.mark.parametrize(("body", "expected"), _string_rows())
def test_compound_assignment_string(body: str, expected: str) -> None:
    assert exec_value(body) == (S, expected)
