"""Map keys and set members as java.util.HashMap keys them: by hashCode/equals, by content for lists,
maps and sets, and by class for numbers (Integer 1, Long 1L, Double 1.0 and true are four keys).

Expected values follow from the Java contracts (List.hashCode/equals, Map.hashCode, Object.equals of
the boxed types, HashMap caching a key's hash when it is put), not from running this engine."""

from __future__ import annotations

import pytest
from painless_helpers import java, run_script

from s1elastic.ingest.painless.runtime import java_hash, map_key

INT, LONG, BOOL, STR = "java.lang.Integer", "java.lang.Long", "java.lang.Boolean", "java.lang.String"

CASES = [
    ("list_key_index", "def m = [:]; m[[1, 2]] = 'x'; ctx.r = m[[1, 2]]", (STR, "x")),
    ("list_key_put_get", "Map m = new HashMap(); m.put([1], 'v'); ctx.r = m.get([1])", (STR, "v")),
    ("list_key_contains", "Map m = [:]; m.put([1], 'v'); ctx.r = m.containsKey([1])", (BOOL, "true")),
    ("list_key_other_content", "Map m = [:]; m.put([1], 'v'); ctx.r = m.containsKey([2])", (BOOL, "false")),
    ("list_key_get_or_default", "Map m = [:]; m[[1]] = 'v'; ctx.r = m.getOrDefault([2], 'd')", (STR, "d")),
    ("map_key", "def m = [:]; m[['a': 1]] = 'x'; ctx.r = m[['a': 1]]", (STR, "x")),
    (
        "set_key",
        "def m = [:]; def s = new HashSet(); s.add(1); m[s] = 'x'; ctx.r = m[new HashSet([1])]",
        (STR, "x"),
    ),
    ("map_literal_list_keys", "def m = [[1]: 'a', [2]: 'b']; ctx.r = m[[2]]", (STR, "b")),
    ("remove_list_key", "def m = [:]; m[[1]] = 1; m.remove([1]); ctx.r = m.size()", (INT, "0")),
    (
        "key_set_gives_the_list",
        "def m = [:]; m[[1]] = 1; ctx.r = m.keySet().iterator().next() instanceof List",
        (BOOL, "true"),
    ),
    (
        "entry_key_is_the_list",
        "def m = [:]; m[[7]] = 1; ctx.r = m.entrySet().iterator().next().getKey()[0]",
        (INT, "7"),
    ),
    (
        "for_each_key",
        "def m = [:]; m[[1]] = 1; def out = []; m.forEach((k, v) -> out.add(k)); ctx.r = out[0][0]",
        (INT, "1"),
    ),
    ("to_string", "def m = [:]; m[[1, 2]] = 'x'; ctx.r = m.toString()", (STR, "{[1, 2]=x}")),
    # HashMap caches the hash when the key is put: a list changed afterwards is found by nothing
    (
        "mutated_key_is_lost",
        "def m = [:]; def k = [1]; m[k] = 1; k.add(2); ctx.r = [m[k], m[[1]], m[[1, 2]]].toString()",
        (STR, "[null, null, null]"),
    ),
    (
        "set_of_lists",
        "def s = new HashSet(); s.add([1]); s.add([1]); s.add([2]); ctx.r = s.size()",
        (INT, "2"),
    ),
    (
        "grouping_by_list",
        "ctx.r = [[1], [2], [1]].stream().collect(Collectors.groupingBy(x -> x)).size()",
        (INT, "2"),
    ),
    ("group_by_list", "ctx.r = [[1], [2], [1]].groupBy(x -> x)[[1]].size()", (INT, "2")),
    (
        "to_map_list_keys",
        "ctx.r = [[1], [2]].stream().collect(Collectors.toMap(x -> x, x -> x[0]))[[2]]",
        (INT, "2"),
    ),
    # Integer, Long, Double and Boolean keys are different keys, even when equal in value
    ("int_long_two_keys", "def m = [:]; m[1] = 'a'; m[1L] = 'b'; ctx.r = m.size()", (INT, "2")),
    (
        "int_long_double_bool",
        "def m = [:]; m[1] = 'a'; m[1L] = 'b'; m[1.0] = 'c'; m[true] = 'd'; ctx.r = m.size()",
        (INT, "4"),
    ),
    ("long_lookup_of_int_key", "def m = [1: 'i']; ctx.r = m.containsKey(1L)", (BOOL, "false")),
    ("double_lookup_of_int_key", "def m = [1: 'i']; ctx.r = m.get(1.0) == null", (BOOL, "true")),
    ("long_key_value", "def m = [:]; m[1] = 'a'; m[1L] = 'b'; ctx.r = m[1L] + m[1]", (STR, "ba")),
    ("long_key_keeps_its_class", "def m = [:]; m[5L] = 1; ctx.r = m.keySet().iterator().next()", (LONG, "5")),
    (
        "big_long_and_jlong_same_key",
        "def m = [:]; m[3000000000L] = 1; long x = 3000000000L; ctx.r = m[x]",
        (INT, "1"),
    ),
    (
        "boolean_keys",
        "def p = [1, 2, 3].stream().collect(Collectors.partitioningBy(x -> x > 1)); ctx.r = p[true].size()",
        (INT, "2"),
    ),
    (
        "tree_map_long_keys",
        "def m = new TreeMap(); m[3L] = 'c'; m[1L] = 'a'; ctx.r = m.toString()",
        (STR, "{1=a, 3=c}"),
    ),
    ("string_keys_unchanged", "def m = ['b': 2, 'a': 1]; ctx.r = m.toString()", (STR, "{a=1, b=2}")),
]


@pytest.mark.parametrize(("source", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_map_keys(source: str, expected: tuple[str, str]) -> None:
    assert java(run_script(source)["r"]) == expected


def test_list_key_renders_in_the_document() -> None:
    doc = run_script("ctx.m = [[1, 2]: 'a', 'k': 1]")
    assert {java(k)[1] for k in doc["m"]} == {"[1, 2]", "k"}


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ([], 1),  # List.hashCode of an empty list
        ([1, 2], 31 * (31 * 1 + 1) + 2),  # 994
        (["a"], 31 + 97),  # "a".hashCode() is 97
        ({"a": 1}, 97 ^ 1),  # Map.hashCode: sum of key.hashCode() ^ value.hashCode()
    ],
    ids=["empty_list", "int_list", "string_list", "map"],
)
def test_container_hash_codes(value: object, code: int) -> None:
    assert java_hash(value) == code


def test_string_and_integer_keys_stay_plain() -> None:
    assert map_key("a") == "a" and type(map_key("a")) is str
    assert type(map_key(7)) is int
    assert map_key(None) is None
