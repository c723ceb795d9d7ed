"""java.util.Comparator (java.util.txt): the static factories and default methods, used with
List.sort / Collections.sort; Collections.reverseOrder; Map.Entry.comparingByKey/Value.

Expected orders follow the Comparator Javadoc: comparing(f) compares f's results by natural
order, thenComparing breaks ties, reversed() flips, nullsFirst/nullsLast place nulls and use the
given comparator (or treat non-nulls as equal when it is null), comparingDouble uses
Double.compare (-0.0 before 0.0, NaN last). Natural order of a non-Comparable value is Java's
ClassCastException; a null passed where a comparator or key function is required is a
NullPointerException.
"""

from __future__ import annotations

from typing import Any

import pytest
from painless_helpers import run_script

from s1elastic.ingest.errors import ScriptException
from s1elastic.ingest.painless import compile_script

SORTS = [
    ("natural", "[3, 1, 2]", "Comparator.naturalOrder()", [1, 2, 3]),
    ("reverse", "[3, 1, 2]", "Comparator.reverseOrder()", [3, 2, 1]),
    ("collections_reverse", "['b', 'c', 'a']", "Collections.reverseOrder()", ["c", "b", "a"]),
    (
        "collections_reverse_of",
        "['bb', 'a', 'ccc']",
        "Collections.reverseOrder(Comparator.comparing(s -> s.length()))",
        ["ccc", "bb", "a"],
    ),
    ("collections_reverse_null", "[1, 3, 2]", "Collections.reverseOrder(null)", [3, 2, 1]),
    ("comparing", "['bb', 'a', 'ccc']", "Comparator.comparing(s -> s.length())", ["a", "bb", "ccc"]),
    (
        "comparing_reversed",
        "['bb', 'a', 'ccc']",
        "Comparator.comparing(s -> s.length()).reversed()",
        ["ccc", "bb", "a"],
    ),
    (
        "comparing_with_comparator",
        "[1, 2, 3]",
        "Comparator.comparing(x -> x, Comparator.reverseOrder())",
        [3, 2, 1],
    ),
    (
        "comparing_case_insensitive",
        "['b', 'A', 'c']",
        "Comparator.comparing(s -> s.toLowerCase())",
        ["A", "b", "c"],
    ),
    ("comparing_int", "['bb', 'a', 'ccc']", "Comparator.comparingInt(s -> s.length())", ["a", "bb", "ccc"]),
    ("comparing_long", "[3L, -1L, 2L]", "Comparator.comparingLong(x -> x)", [-1, 2, 3]),
    (
        "comparing_double_signed_zero_nan",
        "[1.0, Double.NaN, 0.0, -0.0]",
        "Comparator.comparingDouble(x -> x)",
        [-0.0, 0.0, 1.0, "NaN"],
    ),
    (
        "then_comparing",
        "['bb', 'ab', 'c']",
        "Comparator.comparingInt(s -> s.length()).thenComparing(Comparator.naturalOrder())",
        ["c", "ab", "bb"],
    ),
    (
        "then_comparing_key",
        "['bb', 'ab', 'c']",
        "Comparator.comparingInt(s -> s.length()).thenComparing(s -> s, Comparator.reverseOrder())",
        ["c", "bb", "ab"],
    ),
    (
        "then_comparing_int",
        "['bb', 'a', 'cc']",
        "Comparator.comparing(s -> s.substring(0, 0)).thenComparingInt(s -> s.length())",
        ["a", "bb", "cc"],
    ),
    (
        "then_comparing_long",
        "[3, 1, 2]",
        "Comparator.comparing(x -> 0).thenComparingLong(x -> -x)",
        [3, 2, 1],
    ),
    (
        "then_comparing_double",
        "[3, 1, 2]",
        "Comparator.comparing(x -> 0).thenComparingDouble(x -> x / 2.0)",
        [1, 2, 3],
    ),
    ("nulls_first", "[3, null, 1]", "Comparator.nullsFirst(Comparator.naturalOrder())", [None, 1, 3]),
    ("nulls_last_reverse", "[3, null, 1]", "Comparator.nullsLast(Comparator.reverseOrder())", [3, 1, None]),
    ("nulls_first_no_comparator", "[3, null, 1]", "Comparator.nullsFirst(null)", [None, 3, 1]),
    ("reverse_reversed", "[3, 1, 2]", "Comparator.reverseOrder().reversed()", [1, 2, 3]),
    (
        "double_reversal",
        "['bb', 'a']",
        "Comparator.comparing(s -> s.length()).reversed().reversed()",
        ["a", "bb"],
    ),
]


@pytest.mark.parametrize(
    ("items", "comparator", "expected"), [c[1:] for c in SORTS], ids=[c[0] for c in SORTS]
)
def test_list_sort(items: str, comparator: str, expected: Any) -> None:
    doc = run_script(f"List l = {items}; l.sort({comparator}); ctx.r = l")
    got = ["NaN" if isinstance(x, float) and x != x else x for x in doc["r"]]
    assert got == expected
    floats = [(repr(x), repr(y)) for x, y in zip(got, expected) if isinstance(y, float)]
    assert all(a == b for a, b in floats)  # -0.0 stays before 0.0


def test_natural_order_uses_compare_to_of_dates() -> None:
    doc = run_script(
        "List l = [ZonedDateTime.parse('2021-01-02T00:00:00Z'), ZonedDateTime.parse('2020-05-01T00:00:00Z')];"
        " l.sort(Comparator.naturalOrder()); ctx.r = [l[0].getYear(), l[1].getYear()]"
    )
    assert doc["r"] == [2020, 2021]


def test_sort_maps_by_field_then_name() -> None:
    """The shape ingest scripts use: order a list of objects by a numeric field, ties by name."""
    doc = run_script(
        "ctx.items.sort(Comparator.comparing(m -> m.score).reversed().thenComparing(m -> m.name, Comparator.naturalOrder()))",
        {"items": [{"name": "b", "score": 1}, {"name": "a", "score": 1}, {"name": "c", "score": 5}]},
    )
    assert [m["name"] for m in doc["items"]] == ["c", "a", "b"]


def test_collections_sort_and_stream_sorted() -> None:
    doc = run_script(
        "List l = [2, 3, 1]; Collections.sort(l, Comparator.reverseOrder());"
        " ctx.a = l; ctx.b = [5, 4, 6].stream().sorted(Comparator.naturalOrder()).collect(Collectors.toList())"
    )
    assert doc["a"] == [3, 2, 1]
    assert doc["b"] == [4, 5, 6]


def test_compare_and_def_receivers() -> None:
    doc = run_script(
        "def c = Comparator.naturalOrder();"
        " ctx.r = [c.compare(1, 2), c.reversed().compare(1, 2), Comparator.reverseOrder().compare('a', 'b'),"
        " c instanceof Comparator]"
    )
    assert doc["r"] == [-1, 1, 1, True]


def test_map_entry_comparators() -> None:
    doc = run_script(
        "List e = new ArrayList(ctx.m.entrySet()); e.sort(Map.Entry.comparingByValue()); ctx.a = e.stream().map(x -> x.getKey()).collect(Collectors.toList());"
        " e.sort(Map.Entry.comparingByKey(Comparator.reverseOrder())); ctx.b = e.stream().map(x -> x.getKey()).collect(Collectors.toList())",
        {"m": {"b": 1, "a": 3, "c": 2}},
    )
    assert doc["a"] == ["b", "c", "a"]
    assert doc["b"] == ["c", "b", "a"]


def _caused_by(source: str) -> tuple[str, Any]:
    with pytest.raises(ScriptException) as info:
        compile_script(source).execute({})
    cause = info.value.error_body()["caused_by"]
    return cause["type"], cause["reason"]


@pytest.mark.parametrize(
    ("source", "caused_by"),
    [
        (
            "List l = [[:], [:]]; l.sort(Comparator.naturalOrder())",
            (
                "class_cast_exception",
                "class java.util.HashMap cannot be cast to class java.lang.Comparable (java.util.HashMap and "
                "java.lang.Comparable are in module java.base of loader 'bootstrap')",
            ),
        ),
        ("List l = [1, null]; l.sort(Comparator.naturalOrder())", ("null_pointer_exception", None)),
        ("ctx.r = Comparator.comparing(x -> x, null)", ("null_pointer_exception", None)),
        ("ctx.r = Comparator.naturalOrder().thenComparing(null)", ("null_pointer_exception", None)),
        ("ctx.r = Map.Entry.comparingByKey(null)", ("null_pointer_exception", None)),
    ],
    ids=["not_comparable", "null_element", "null_key_comparator", "null_then", "null_entry_comparator"],
)
def test_errors(source: str, caused_by: tuple[str, Any]) -> None:
    assert _caused_by(source) == caused_by


def test_then_comparing_takes_a_comparator_not_a_key() -> None:
    """thenComparing(Function) is not whitelisted: the one-argument overload is Comparator, so a
    one-parameter lambda does not fit it (a compile error)."""
    with pytest.raises(ScriptException) as info:
        compile_script("List l = [1]; l.sort(Comparator.naturalOrder().thenComparing(x -> x))")
    assert info.value.error_body()["reason"] == "compile error"
