"""Multi-dimensional arrays: `new T[a][b]...` (Painless' newstandardarray takes one sized bracket
per dimension), `T[][]` declarations, nested element access and stores.

Java semantics: every level is allocated at once with the element type's default value (0, 0L,
0.0, false, '\\u0000', null); a negative count is NegativeArraySizeException with the count as
its message; an index outside [0, length) after Painless flips negative indexes (a[-1] is the
last element) is ArrayIndexOutOfBoundsException `Index i out of bounds for length n`.
"""

from __future__ import annotations

from typing import Any

import pytest
from painless_helpers import java, run_script

from s1elastic.ingest.errors import ScriptException
from s1elastic.ingest.painless import compile_script

VALUES = [
    ("store_and_read", "int[][] a = new int[2][3]; a[1][2] = 5; ctx.r = a[1][2]", ("java.lang.Integer", "5")),
    ("int_default", "int[][] a = new int[2][3]; ctx.r = a[0][0]", ("java.lang.Integer", "0")),
    ("long_default", "long[][] a = new long[1][1]; ctx.r = a[0][0]", ("java.lang.Long", "0")),
    ("double_default", "double[][] a = new double[1][1]; ctx.r = a[0][0]", ("java.lang.Double", "0.0")),
    ("boolean_default", "boolean[][] a = new boolean[1][1]; ctx.r = a[0][0]", ("java.lang.Boolean", "false")),
    ("char_default", "char[][] a = new char[1][1]; ctx.r = (int) a[0][0]", ("java.lang.Integer", "0")),
    (
        "reference_default",
        "String[][] a = new String[1][1]; ctx.r = a[0][0] == null",
        ("java.lang.Boolean", "true"),
    ),
    ("outer_length", "int[][] a = new int[2][3]; ctx.r = a.length", ("java.lang.Integer", "2")),
    ("inner_length", "int[][] a = new int[2][3]; ctx.r = a[1].length", ("java.lang.Integer", "3")),
    ("length_on_new", "ctx.r = new int[4][3].length", ("java.lang.Integer", "4")),
    (
        "three_dimensions",
        "long[][][] a = new long[2][2][2]; a[1][0][1] = 7L; ctx.r = a[1][0][1]",
        ("java.lang.Long", "7"),
    ),
    (
        "negative_index_flips",
        "int[][] a = new int[2][3]; a[1][2] = 4; ctx.r = a[-1][-1]",
        ("java.lang.Integer", "4"),
    ),
    (
        "rows_are_shared",
        "int[][] a = new int[2][2]; int[] row = a[0]; row[1] = 3; ctx.r = a[0][1]",
        ("java.lang.Integer", "3"),
    ),
    (
        "row_replaced",
        "int[][] a = new int[2][2]; a[0] = new int[5]; ctx.r = a[0].length",
        ("java.lang.Integer", "5"),
    ),
    (
        "rows_are_distinct",
        "int[][] a = new int[2][2]; a[0][0] = 1; ctx.r = a[1][0]",
        ("java.lang.Integer", "0"),
    ),
    (
        "compound_assignment",
        "int[][] a = new int[2][2]; a[1][1] += 5; a[1][1] *= 3; ctx.r = a[1][1]",
        ("java.lang.Integer", "15"),
    ),
    (
        "increments",
        "int[][] a = new int[1][1]; int x = a[0][0]++ + ++a[0][0]; ctx.r = x * 10 + a[0][0]",
        ("java.lang.Integer", "22"),
    ),
    (
        "sizes_from_expressions",
        "int n = 2; int[][] a = new int[n][n * 2]; ctx.r = a[1].length",
        ("java.lang.Integer", "4"),
    ),
    ("zero_length_inner", "int[][] a = new int[3][0]; ctx.r = a[2].length", ("java.lang.Integer", "0")),
    ("def_holder", "def a = new String[2][2]; a[0][1] = 'x'; ctx.r = a[0][1]", ("java.lang.String", "x")),
    (
        "for_each_rows",
        "int[][] a = new int[2][2]; for (int[] r : a) { r[0] = 1 } ctx.r = a[1][0]",
        ("java.lang.Integer", "1"),
    ),
    (
        "is_an_object_array",
        "int[][] a = new int[1][1]; ctx.r = a instanceof Object[]",
        ("java.lang.Boolean", "true"),
    ),
    (
        "function_parameter",
        "int sum(int[][] m) { int s = 0; for (int[] r : m) { for (int v : r) { s += v } } return s }"
        " int[][] m = new int[2][2]; m[0][1] = 2; m[1][0] = 3; ctx.r = sum(m)",
        ("java.lang.Integer", "5"),
    ),
]


@pytest.mark.parametrize(("source", "expected"), [c[1:] for c in VALUES], ids=[c[0] for c in VALUES])
def test_values(source: str, expected: tuple[str, str]) -> None:
    assert java(run_script(source)["r"]) == expected


def _body(source: str) -> dict[str, Any]:
    with pytest.raises(ScriptException) as info:
        compile_script(source).execute({})
    return info.value.error_body()


@pytest.mark.parametrize(
    ("source", "caused_by", "stack"),
    [
        (
            "int[][] a = new int[2][3]; ctx.r = a[2][0]",
            ("array_index_out_of_bounds_exception", "Index 2 out of bounds for length 2"),
            ["ctx.r = a[2][0]", "         ^---- HERE"],
        ),
        (
            "int[][] a = new int[2][3]; ctx.r = a[1][5]",
            ("array_index_out_of_bounds_exception", "Index 5 out of bounds for length 3"),
            ["ctx.r = a[1][5]", "            ^---- HERE"],
        ),
        (
            "int[][] a = new int[2][3]; a[0][-4] = 1",
            ("array_index_out_of_bounds_exception", "Index -1 out of bounds for length 3"),
            ["a[0][-4] = 1", "    ^---- HERE"],
        ),
        (
            "int[][] a = new int[2][-1]",
            ("negative_array_size_exception", "-1"),
            ["a = new int[2][-1]", "    ^---- HERE"],
        ),
        (
            "int[][] a = new int[-2][-1]",
            ("negative_array_size_exception", "-2"),
            ["a = new int[-2][-1]", "    ^---- HERE"],
        ),
    ],
    ids=[
        "outer_index",
        "inner_index",
        "flipped_index_still_out",
        "negative_inner_count",
        "first_negative_count",
    ],
)
def test_runtime_errors(source: str, caused_by: tuple[str, str], stack: list[str]) -> None:
    body = _body(source)
    assert (body["caused_by"]["type"], body["caused_by"]["reason"]) == caused_by
    assert body["script_stack"] == stack


@pytest.mark.parametrize(
    ("source", "caused_by"),
    [
        (
            "int[][] a = new int[2][3]; a[0] = new long[5]",
            ("class_cast_exception", "Cannot cast from [long[]] to [int[]]."),
        ),
        (
            "int[][] a = new int[2][3]; a[0][0] = 'x'",
            ("class_cast_exception", "Cannot cast from [java.lang.String] to [int]."),
        ),
        (
            "int[][] a = new int[2][]",
            ("illegal_argument_exception", "invalid sequence of tokens near [']']."),
        ),
        (
            "def a = new int[][] {new int[] {1}}",
            ("illegal_argument_exception", "invalid sequence of tokens near ['[']."),
        ),
    ],
    ids=["row_of_other_type", "element_of_other_type", "unsized_dimension", "nested_initializer"],
)
def test_compile_errors(source: str, caused_by: tuple[str, str]) -> None:
    with pytest.raises(ScriptException) as info:
        compile_script(source)
    body = info.value.error_body()
    assert body["reason"] == "compile error"
    assert (body["caused_by"]["type"], body["caused_by"]["reason"]) == caused_by


def test_java_class_names() -> None:
    """Class.getName() of arrays, as Java prints it in messages and toString."""
    from s1elastic.ingest.javatypes import java_class_name

    doc = run_script("ctx.r = [new int[1][1], new String[1][1], new long[1][1][1], new int[1]]", {})
    assert [java_class_name(a) for a in doc["r"]] == ["[[I", "[[Ljava.lang.String;", "[[[J", "[I"]
