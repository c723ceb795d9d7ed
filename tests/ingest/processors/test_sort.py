"""sort: natural order, UTF-16 string order, Java's ClassCastException on mixed types."""

from __future__ import annotations

import math
from typing import Any

import pytest
from processor_helpers import config_error, iae, parse_error, run, run_error

from s1elastic.ingest.javatypes import JLong


@pytest.mark.parametrize(
    ("value", "order", "expected"),
    [
        pytest.param([3, 1, 2], "asc", [1, 2, 3], id="ints"),
        pytest.param([3, 1, 2], "desc", [3, 2, 1], id="desc"),
        pytest.param(["b", "B", "a"], "asc", ["B", "a", "b"], id="strings-case-sensitive"),
        pytest.param(["\U00010000", "\uffff"], "asc", ["\U00010000", "\uffff"], id="utf16-order"),
        pytest.param([1.0, -0.0, 0.0, math.inf], "asc", [-0.0, 0.0, 1.0, math.inf], id="doubles"),
        pytest.param([True, False], "asc", [False, True], id="booleans"),
        pytest.param([{"a": 1}], "asc", [{"a": 1}], id="single-map-not-compared"),
        pytest.param(list(range(40, 0, -1)), "asc", list(range(1, 41)), id="long-list"),
    ],
)
def test_sort(value: list[Any], order: str, expected: list[Any]) -> None:
    result = run("sort", {"field": "f", "order": order}, {"f": value})["f"]
    assert result == expected
    if value and isinstance(value[0], float):
        assert [math.copysign(1, x) for x in result] == [math.copysign(1, x) for x in expected]


def test_target_field_leaves_source() -> None:
    assert run("sort", {"field": "f", "target_field": "t"}, {"f": [2, 1]}) == {"f": [2, 1], "t": [1, 2]}


def _cce(source_class: str, target_class: str) -> dict[str, Any]:
    reason = (
        f"class {source_class} cannot be cast to class {target_class} ({source_class} and {target_class} are in "
        "module java.base of loader 'bootstrap')"
    )
    entry = {"type": "class_cast_exception", "reason": reason}
    return {"root_cause": [entry], **entry}


@pytest.mark.parametrize(
    ("value", "order", "error"),
    [
        # ComparableTimSort first compares a[1].compareTo(a[0]).
        pytest.param([1, "a"], "asc", _cce("java.lang.Integer", "java.lang.String"), id="int-string"),
        pytest.param(["a", 1], "asc", _cce("java.lang.String", "java.lang.Integer"), id="string-int"),
        pytest.param(
            [1, "a"], "desc", _cce("java.lang.String", "java.lang.Integer"), id="reverse-order-swaps"
        ),
        pytest.param([1, JLong(2)], "asc", _cce("java.lang.Integer", "java.lang.Long"), id="int-vs-long"),
        pytest.param([1, {"a": 1}], "asc", _cce("java.util.HashMap", "java.lang.Comparable"), id="map"),
    ],
)
def test_mixed_types(value: list[Any], order: str, error: dict[str, Any]) -> None:
    assert run_error("sort", {"field": "f", "order": order}, {"f": value}) == error


def test_errors() -> None:
    assert run_error("sort", {"field": "f"}, {"f": None}) == iae("field [f] is null, cannot sort.")
    assert run_error("sort", {"field": "f"}, {"f": 1}) == iae(
        "field [f] of type [java.lang.Integer] cannot be cast to [java.util.List]"
    )
    assert config_error("sort", {"field": "f", "order": "up"}) == parse_error(
        "[order] Sort direction [up] not recognized. Valid values are: [asc, desc]", "order", "sort"
    )


# A null element fails as Collections.sort does, with the JDK's helpful NullPointerException text.
# Frozen from OpenJDK 17 and Temurin 25 (same texts): Collections.sort(list) for "asc" and
# Collections.sort(list, Collections.reverseOrder()) for "desc" on these lists.
_CALL_NULL = 'Cannot invoke "java.lang.Comparable.compareTo(Object)" because "{}" is null'


@pytest.mark.parametrize(
    ("values", "order", "reason"),
    [
        pytest.param([1, None], "asc", _CALL_NULL.format("a[runHi]"), id="asc-null-second"),
        pytest.param(
            [None, 1],
            "asc",
            'Cannot read field "value" because "anotherInteger" is null',
            id="asc-null-first",
        ),
        pytest.param(["a", None, "b"], "asc", _CALL_NULL.format("a[runHi]"), id="asc-null-in-run"),
        pytest.param([1, 2, 3, 0, None], "asc", _CALL_NULL.format("pivot"), id="asc-null-pivot"),
        pytest.param([3, 2, 1, None], "asc", _CALL_NULL.format("a[runHi]"), id="asc-null-descending-run"),
        pytest.param(
            [1, None],
            "desc",
            'Cannot read field "value" because "anotherInteger" is null',
            id="desc-null-second",
        ),
        pytest.param([None, 1], "desc", _CALL_NULL.format("c2"), id="desc-null-first"),
        pytest.param(
            ["a", None, "b"],
            "desc",
            'Cannot read field "value" because "anotherString" is null',
            id="desc-str",
        ),
        pytest.param([None, None], "desc", _CALL_NULL.format("c2"), id="desc-all-null"),
        pytest.param(
            [i % 7 for i in range(40)] + [None], "asc", _CALL_NULL.format("pivot"), id="long-list-pivot"
        ),
        pytest.param(
            [0, 1, 2, 3, 4, None] + [i % 7 for i in range(5, 40)],
            "asc",
            _CALL_NULL.format("a[runHi]"),
            id="long-list-run",
        ),
        pytest.param(
            [True, None], "desc", 'Cannot read field "value" because "b" is null', id="boolean-argument"
        ),
    ],
)
def test_null_element_messages(values: list[Any], order: str, reason: str) -> None:
    body = run_error("sort", {"field": "f", "order": order}, {"f": values})
    assert (body["type"], body["reason"]) == ("null_pointer_exception", reason)
