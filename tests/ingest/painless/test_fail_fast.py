"""For-each loops and collection clones as Java runs them.

Expected outcomes follow the JDK: ArrayList's iterator compares its cursor with the live size in
hasNext() and checks modCount in next(), so a removal in the last-but-one round ends the loop
quietly while an addition in the last round throws; HashMap and HashSet iterators (and the
keySet/values/entrySet views) compute the next node eagerly and throw in next() after any
structural change. `clone()` is the whitelisted `def clone()` of HashMap, TreeMap, ArrayList,
HashSet and TreeSet: a shallow copy of the receiver's own class.
"""

from __future__ import annotations

import pytest
from painless_helpers import java, run_script

from s1elastic.ingest.errors import ScriptException

CME = "concurrent_modification_exception"
AL, HM, LHM, HS, S, B = (
    "java.util.ArrayList",
    "java.util.HashMap",
    "java.util.LinkedHashMap",
    "java.util.HashSet",
    "java.lang.String",
    "java.lang.Boolean",
)

LOOPS: list[tuple[str, str, tuple[str, str] | str]] = [
    # ArrayList: cursor against the live size
    (
        "list_remove_in_last_but_one_round_ends_quietly",
        "List l = new ArrayList(['p', 'q', 'r']); for (def x : l) { if (x == 'q') { l.remove(0); } } ctx.r = l",
        (AL, "[q, r]"),
    ),
    (
        "list_add_in_last_round_throws",
        "List l = new ArrayList(['p', 'q']); for (def x : l) { if (x == 'q') { l.add('s'); } } ctx.r = l",
        CME,
    ),
    (
        "list_add_in_first_round_throws",
        "List l = new ArrayList(['p', 'q']); for (def x : l) { if (x == 'p') { l.add('s'); } } ctx.r = l",
        CME,
    ),
    (
        "list_set_is_not_structural_and_read_live",
        "List l = new ArrayList(['p', 'q', 'r']); def out = []; "
        "for (def x : l) { if (x == 'p') { l.set(2, 'z'); } out.add(x); } ctx.r = out",
        (AL, "[p, q, z]"),
    ),
    (
        "typed_list_variable_same_rules",
        "List l = new ArrayList(['p', 'q', 'r']); for (String x : l) { if (x == 'q') { l.remove(0); } } ctx.r = l",
        (AL, "[q, r]"),
    ),
    # HashMap views: the next node is known before the body runs
    (
        "entry_set_removal_before_the_end_throws",
        "Map m = new HashMap(); m.a = 1; m.b = 2; m.c = 3; "
        "for (def e : m.entrySet()) { if (e.getKey() == 'a') { m.remove('c'); } } ctx.r = m",
        CME,
    ),
    (
        "entry_set_removal_in_last_round_is_fine",
        "Map m = new HashMap(); m.a = 1; m.b = 2; m.c = 3; "
        "for (def e : m.entrySet()) { if (e.getKey() == 'c') { m.remove('a'); } } ctx.r = m",
        (HM, "{b=2, c=3}"),
    ),
    (
        "key_set_put_of_a_new_key_throws",
        "Map m = new HashMap(); m.a = 1; m.b = 2; for (def k : m.keySet()) { m.put(k + k, 0); } ctx.r = m",
        CME,
    ),
    (
        "key_set_put_of_an_existing_key_is_not_structural",
        "Map m = new HashMap(); m.a = 1; m.b = 2; for (def k : m.keySet()) { m.put(k, 5); } ctx.r = m",
        (HM, "{a=5, b=5}"),
    ),
    (
        "values_view_watches_its_map",
        "Map m = new HashMap(); m.a = 1; m.b = 2; for (def v : m.values()) { m.remove('b'); } ctx.r = m",
        CME,
    ),
    (
        "hash_set_removal_of_a_later_element_throws",
        "Set s = new HashSet(['a', 'b', 'c']); for (def x : s) { if (x == 'a') { s.remove('c'); } } ctx.r = s",
        CME,
    ),
    (
        "hash_set_add_in_last_round_is_fine",
        "Set s = new HashSet(['a', 'b']); for (def x : s) { if (x == 'b') { s.add('c'); } } ctx.r = s.size()",
        ("java.lang.Integer", "3"),
    ),
]


@pytest.mark.parametrize(("source", "expected"), [c[1:] for c in LOOPS], ids=[c[0] for c in LOOPS])
def test_for_each_fails_fast_as_java(source: str, expected: tuple[str, str] | str) -> None:
    if isinstance(expected, str):
        with pytest.raises(ScriptException) as info:
            run_script(source)
        assert info.value.to_xcontent()["caused_by"]["type"] == expected
    else:
        assert java(run_script(source)["r"]) == expected


CLONES: list[tuple[str, str, tuple[str, str]]] = [
    (
        "hash_map_copy_is_independent",
        "HashMap m = new HashMap(); m.a = 1; def c = m.clone(); c.b = 2; ctx.r = m.size() + ',' + c.size()",
        (S, "1,2"),
    ),
    (
        "hash_map_copy_is_shallow",
        "HashMap m = new HashMap(); m.k = new ArrayList(); def c = m.clone(); c.k.add(1); ctx.r = m",
        (HM, "{k=[1]}"),
    ),
    (
        "linked_hash_map_keeps_class_and_order",
        "LinkedHashMap m = new LinkedHashMap(); m.z = 1; m.a = 2; ctx.r = m.clone()",
        (LHM, "{z=1, a=2}"),
    ),
    (
        "tree_map_keeps_sorting",
        "TreeMap m = new TreeMap(); m.z = 1; m.a = 2; def c = m.clone(); c.m = 3; ctx.r = c",
        ("java.util.TreeMap", "{a=2, m=3, z=1}"),
    ),
    (
        "array_list",
        "ArrayList l = new ArrayList(['x']); def c = l.clone(); c.add('y'); ctx.r = [l, c]",
        (AL, "[[x], [x, y]]"),
    ),
    (
        "hash_set",
        "def s = new HashSet(['x']); def c = s.clone(); c.add('y'); ctx.r = c instanceof HashSet && s.size() == 1",
        (B, "true"),
    ),
    (
        "params_map_inside_params",
        "def c = params.m.clone(); c.remove('a'); ctx.r = [params.m.size(), c.size()]",
        (AL, "[2, 1]"),
    ),
]


@pytest.mark.parametrize(("source", "expected"), [c[1:] for c in CLONES], ids=[c[0] for c in CLONES])
def test_clone(source: str, expected: tuple[str, str]) -> None:
    out = run_script(source, params={"m": {"a": 1, "b": 2}})
    assert java(out["r"]) == expected


def test_clone_of_a_map_view_is_not_whitelisted() -> None:
    with pytest.raises(ScriptException) as info:
        run_script("Map m = new HashMap(); ctx.r = m.keySet().clone()")
    assert (
        info.value.to_xcontent()["caused_by"]["reason"] == "member method [java.util.Set, clone/0] not found"
    )


def test_clone_needs_a_receiver_type_that_has_it() -> None:
    """A Map-typed variable resolves members at compile time, and Map has no clone()."""
    with pytest.raises(ScriptException) as info:
        run_script("Map m = new HashMap(); ctx.r = m.clone()")
    assert (
        info.value.to_xcontent()["caused_by"]["reason"] == "member method [java.util.Map, clone/0] not found"
    )
