"""Map literals with mixed key types, as Elasticsearch's MapTests assert (for `def` and `Map`).

ES picks the stored value at random from "test", 1, 1.3 and an Object; the rows use each of the
first three. The printed order of the whole map is java.util.HashMap's (OpenJDK 17 prints
`{0=2, a=1, b=2, -5=slot, 123.1=12}` for these keys).
"""

from __future__ import annotations

import pytest
from es_exec_helpers import exec_value
from painless_helpers import INT, D, S

DECL = "{t} x = ['a': 1, 'b': 2, 0: 2, -5: 'slot', 123.1: 12]; "
VALUES = [("'test'", (S, "test")), ("1", (INT, "1")), ("1.3", (D, "1.3"))]


@pytest.mark.parametrize("decl", ["def", "Map"])
@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        ("return x.size()", (INT, "5")),
        ("return x[0];", (INT, "2")),
        ("return x['a'];", (INT, "1")),
        ("return x[123.1];", (INT, "12")),
        ("return x;", ("java.util.HashMap", "{0=2, a=1, b=2, -5=slot, 123.1=12}")),
    ],
)
def test_map_access(decl: str, tail: str, expected: tuple[str, str]) -> None:
    assert exec_value(DECL.format(t=decl) + tail) == expected


@pytest.mark.parametrize("decl", ["def", "Map"])
@pytest.mark.parametrize(("value", "expected"), VALUES)
def test_map_store(decl: str, value: str, expected: tuple[str, str]) -> None:
    pre = DECL.format(t=decl)
    assert exec_value(pre + f"x[ 0] = {value}; return x[ 0];") == expected
    assert exec_value(pre + f"x[ 0] = {value}; return x[-5];") == (S, "slot")
    assert exec_value(pre + f"x[-5] = {value}; return x[-5];") == expected
