"""java.util additions (api_util_more): Collections statics and read-only collections, Arrays/Objects deep helpers, Map.remove(k, v) / replace(k, v, v), Iterator.forEachRemaining, TreeMap/TreeSet navigation.

Expected texts come from the JDK (Temurin 25; OpenJDK 17 agrees unless noted): a throwaway Java
class printed String.valueOf(expression), or the exception class and message, for each Java
twin of the expressions below (Painless has no varargs, so Arrays.asList takes a def[] here).
Painless evaluates the same expression inside String.valueOf, so the strings must match."""

from __future__ import annotations

import pytest
from painless_helpers import error_of_string_value_of, run_script, string_value_of

# Helper functions the expressions call (the Java twins were written the same way).
PRELUDE = (
    'def addAllA() { List l = new ArrayList(Arrays.asList(new def[] {0})); boolean r = Collections.addAll(l, new def[] {1, 2}); return r + " " + l; }\n'
    "def copyA() { List d = new ArrayList(Arrays.asList(new def[] {9, 9, 9})); Collections.copy(d, Arrays.asList(new def[] {1, 2})); return d; }\n"
    'def fillA() { List d = new ArrayList(Arrays.asList(new def[] {1, 2, 3})); Collections.fill(d, "z"); return d; }\n'
    'def replaceAllA() { List d = new ArrayList(Arrays.asList(new def[] {1, 2, 1})); boolean r = Collections.replaceAll(d, 1, 7); return r + " " + d; }\n'
    "def rotateA(int n) { List d = new ArrayList(Arrays.asList(new def[] {1, 2, 3, 4, 5})); Collections.rotate(d, n); return d; }\n"
    "def swapA(int i, int j) { List d = new ArrayList(Arrays.asList(new def[] {1, 2, 3})); Collections.swap(d, i, j); return d; }\n"
    'def mapRemoveA(int v) { Map m = new HashMap(); m.put("a", 1); boolean r = m.remove("a", v); return r + " " + m; }\n'
    'def mapReplaceA(int v) { Map m = new HashMap(); m.put("a", 1); boolean r = m.replace("a", v, 9); return r + " " + m; }\n'
    "def forEachRemainingA() { Iterator it = Arrays.asList(new def[] {1, 2, 3}).iterator(); it.next(); List out = new ArrayList(); it.forEachRemaining(x -> out.add(x)); return out; }\n"
    'TreeMap treeA() { TreeMap m = new TreeMap(); m.put("c", 3); m.put("a", 1); m.put("e", 5); m.put("b", 2); m.put("d", 4); return m; }\n'
    'def pollFirstA() { TreeMap m = treeA(); def e = m.pollFirstEntry(); return e + " " + m; }\n'
    "TreeSet tsetA() { TreeSet s = new TreeSet(); s.add(3); s.add(1); s.add(5); s.add(2); s.add(4); return s; }\n"
    'def tsetPollA() { TreeSet s = tsetA(); def e = s.pollFirst(); return e + " " + s; }\n'
    'def copyBigA() { Collections.copy(new ArrayList(Arrays.asList(new def[] {1})), Arrays.asList(new def[] {1, 2})); return "done"; }\n'
    'def clearA() { Collections.unmodifiableCollection(new ArrayList(Arrays.asList(new def[] {1, 2}))).clear(); return "done"; }\n'
)

VALUES = [
    ("empty_list_field", "Collections.EMPTY_LIST", "[]"),
    ("empty_map_field", "Collections.EMPTY_MAP.size()", "0"),
    ("empty_set_field", "Collections.EMPTY_SET.isEmpty()", "true"),
    ("empty_sorted_set", "Collections.emptySortedSet().size()", "0"),
    ("empty_sorted_map", "Collections.emptySortedMap().isEmpty()", "true"),
    ("empty_navigable_set", "Collections.emptyNavigableSet().contains(1)", "false"),
    ("empty_navigable_map", "Collections.emptyNavigableMap().size()", "0"),
    ("empty_iterator", "Collections.emptyIterator().hasNext()", "false"),
    ("add_all", "addAllA()", "true [0, 1, 2]"),
    ("binary_search_found", "Collections.binarySearch(Arrays.asList(new def[] {1, 3, 5, 7}), 5)", "2"),
    ("binary_search_missing", "Collections.binarySearch(Arrays.asList(new def[] {1, 3, 5, 7}), 4)", "-3"),
    ("binary_search_after", "Collections.binarySearch(Arrays.asList(new def[] {1, 3, 5, 7}), 9)", "-5"),
    ("binary_search_before", "Collections.binarySearch(Arrays.asList(new def[] {1, 3, 5, 7}), 0)", "-1"),
    (
        "binary_search_cmp",
        "Collections.binarySearch(Arrays.asList(new def[] {7, 5, 3, 1}), 3, Collections.reverseOrder())",
        "2",
    ),
    (
        "binary_search_strings",
        'Collections.binarySearch(Arrays.asList(new def[] {"a", "c", "e"}), "d")',
        "-3",
    ),
    ("copy_fits", "copyA()", "[1, 2, 9]"),
    (
        "disjoint_yes",
        "Collections.disjoint(Arrays.asList(new def[] {1, 2}), Arrays.asList(new def[] {3, 4}))",
        "true",
    ),
    (
        "disjoint_no",
        "Collections.disjoint(Arrays.asList(new def[] {1, 2}), Arrays.asList(new def[] {2, 4}))",
        "false",
    ),
    (
        "disjoint_types",
        "Collections.disjoint(Arrays.asList(new def[] {1, 2}), Arrays.asList(new def[] {1L, 2L}))",
        "true",
    ),
    ("fill_list", "fillA()", "[z, z, z]"),
    ("frequency", 'Collections.frequency(Arrays.asList(new def[] {"a", "b", "a", null}), "a")', "2"),
    ("frequency_null", 'Collections.frequency(Arrays.asList(new def[] {"a", null, null}), null)', "2"),
    (
        "index_of_sub_list",
        "Collections.indexOfSubList(Arrays.asList(new def[] {1, 2, 3, 2, 3}), Arrays.asList(new def[] {2, 3}))",
        "1",
    ),
    (
        "index_of_sub_list_none",
        "Collections.indexOfSubList(Arrays.asList(new def[] {1, 2, 3}), Arrays.asList(new def[] {3, 4}))",
        "-1",
    ),
    (
        "index_of_sub_list_empty",
        "Collections.indexOfSubList(Arrays.asList(new def[] {1, 2, 3}), new ArrayList())",
        "0",
    ),
    (
        "last_index_of_sub_list",
        "Collections.lastIndexOfSubList(Arrays.asList(new def[] {1, 2, 3, 2, 3}), Arrays.asList(new def[] {2, 3}))",
        "3",
    ),
    (
        "last_index_of_sub_list_empty",
        "Collections.lastIndexOfSubList(Arrays.asList(new def[] {1, 2, 3}), new ArrayList())",
        "3",
    ),
    (
        "max_cmp",
        'Collections.max(Arrays.asList(new def[] {"bb", "a", "ccc"}), Comparator.comparing(x -> x.length()))',
        "ccc",
    ),
    (
        "min_cmp",
        'Collections.min(Arrays.asList(new def[] {"bb", "a", "ccc"}), Collections.reverseOrder())',
        "ccc",
    ),
    ("max_cmp_null", "Collections.max(Arrays.asList(new def[] {3, 9, 1}), null)", "9"),
    ("n_copies", 'Collections.nCopies(3, "x")', "[x, x, x]"),
    ("n_copies_zero", 'Collections.nCopies(0, "x")', "[]"),
    ("replace_all", "replaceAllA()", "true [7, 2, 7]"),
    (
        "replace_all_none",
        "Collections.replaceAll(new ArrayList(Arrays.asList(new def[] {1, 2})), 5, 6)",
        "false",
    ),
    ("rotate_2", "rotateA(2)", "[4, 5, 1, 2, 3]"),
    ("rotate_neg", "rotateA(-1)", "[2, 3, 4, 5, 1]"),
    ("rotate_big", "rotateA(7)", "[4, 5, 1, 2, 3]"),
    ("singleton", 'Collections.singleton("x")', "[x]"),
    ("singleton_map", 'Collections.singletonMap("k", 1)', "{k=1}"),
    ("swap", "swapA(0, 2)", "[3, 2, 1]"),
    (
        "unmodifiable_list",
        "Collections.unmodifiableList(new ArrayList(Arrays.asList(new def[] {1, 2})))",
        "[1, 2]",
    ),
    (
        "unmodifiable_list_get",
        "Collections.unmodifiableList(new ArrayList(Arrays.asList(new def[] {1, 2}))).get(1)",
        "2",
    ),
    ("unmodifiable_map", "Collections.unmodifiableMap(treeA())", "{a=1, b=2, c=3, d=4, e=5}"),
    # (TreeSet has no copy constructor in the whitelist, only () and (Comparator))
    ("unmodifiable_set", "Collections.unmodifiableSet(tsetA())", "[1, 2, 3, 4, 5]"),
    (
        "unmodifiable_collection",
        "Collections.unmodifiableCollection(Arrays.asList(new def[] {1, 2})).size()",
        "2",
    ),
    (
        "arrays_deep_to_string",
        'Arrays.deepToString(new Object[] {1, "a", null, new int[] {1, 2}, new Object[] {2.5, new String[] {"x"}}})',
        "[1, a, null, [1, 2], [2.5, [x]]]",
    ),
    ("arrays_deep_to_string_null", "Arrays.deepToString(null)", "null"),
    (
        "arrays_deep_to_string_list",
        'Arrays.deepToString(new Object[] {Arrays.asList(new def[] {1, 2}), "c"})',
        "[[1, 2], c]",
    ),
    (
        "arrays_deep_equals",
        "Arrays.deepEquals(new Object[] {1, new int[] {2}}, new Object[] {1, new int[] {2}})",
        "true",
    ),
    (
        "arrays_deep_equals_no",
        "Arrays.deepEquals(new Object[] {1, new int[] {2}}, new Object[] {1, new long[] {2}})",
        "false",
    ),
    ("arrays_deep_equals_null", "Arrays.deepEquals(null, null)", "true"),
    ("arrays_deep_hash", 'Arrays.deepHashCode(new Object[] {1, "a", new int[] {2, 3}, null})', "1078335"),
    ("arrays_deep_hash_null", "Arrays.deepHashCode(null)", "0"),
    ("objects_compare", 'Objects.compare("a", "b", Comparator.naturalOrder())', "-1"),
    ("objects_compare_same", "Objects.compare(null, null, null)", "0"),
    ("objects_deep_equals", "Objects.deepEquals(new int[] {1}, new int[] {1})", "true"),
    ("objects_deep_equals_no", "Objects.deepEquals(new int[] {1}, new int[] {2})", "false"),
    ("objects_deep_equals_null", "Objects.deepEquals(null, 1)", "false"),
    ("objects_hash", 'Objects.hash(new Object[] {1, "a", null})', "33759"),
    ("objects_hash_null", "Objects.hash((Object[]) null)", "0"),
    ("list_hash_code", "Arrays.asList(new def[] {1, 2, 3}).hashCode()", "30817"),
    ("map_remove_kv", "mapRemoveA(1)", "true {}"),
    ("map_remove_kv_no", "mapRemoveA(2)", "false {a=1}"),
    ("map_replace_kvv", "mapReplaceA(1)", "true {a=9}"),
    ("map_replace_kvv_no", "mapReplaceA(2)", "false {a=1}"),
    ("iterator_for_each_remaining", "forEachRemainingA()", "[2, 3]"),
    ("tree_first_key", "treeA().firstKey()", "a"),
    ("tree_last_key", "treeA().lastKey()", "e"),
    ("tree_head_map", 'treeA().headMap("c")', "{a=1, b=2}"),
    ("tree_head_map_incl", 'treeA().headMap("c", true)', "{a=1, b=2, c=3}"),
    ("tree_tail_map", 'treeA().tailMap("c")', "{c=3, d=4, e=5}"),
    ("tree_tail_map_excl", 'treeA().tailMap("c", false)', "{d=4, e=5}"),
    ("tree_sub_map", 'treeA().subMap("b", "e")', "{b=2, c=3, d=4}"),
    ("tree_sub_map_flags", 'treeA().subMap("b", false, "e", true)', "{c=3, d=4, e=5}"),
    ("tree_first_entry", "treeA().firstEntry()", "a=1"),
    ("tree_first_entry_empty", "new TreeMap().firstEntry()", "null"),
    ("tree_last_entry", "treeA().lastEntry()", "e=5"),
    ("tree_ceiling_key", 'treeA().ceilingKey("b")', "b"),
    ("tree_ceiling_key_none", 'treeA().ceilingKey("z")', "null"),
    ("tree_floor_key", 'treeA().floorKey("d")', "d"),
    ("tree_higher_key", 'treeA().higherKey("c")', "d"),
    # (lowerKey is not whitelisted: lowerEntry is)
    ("tree_lower_entry_key", 'treeA().lowerEntry("c").getKey()', "b"),
    ("tree_lower_entry_none", 'treeA().lowerEntry("a")', "null"),
    ("tree_ceiling_entry", 'treeA().ceilingEntry("b")', "b=2"),
    ("tree_floor_entry", 'treeA().floorEntry("d")', "d=4"),
    ("tree_higher_entry", 'treeA().higherEntry("c")', "d=4"),
    ("tree_lower_entry", 'treeA().lowerEntry("c")', "b=2"),
    ("tree_ceiling_null_empty", "new TreeMap().ceilingKey(null)", "null"),
    ("tree_poll_first", "pollFirstA()", "a=1 {b=2, c=3, d=4, e=5}"),
    ("tree_poll_last_empty", "new TreeMap().pollLastEntry()", "null"),
    ("tree_descending_map", "treeA().descendingMap()", "{e=5, d=4, c=3, b=2, a=1}"),
    ("tree_descending_key_set", "treeA().descendingKeySet()", "[e, d, c, b, a]"),
    ("tree_navigable_key_set", "treeA().navigableKeySet()", "[a, b, c, d, e]"),
    ("tree_comparator", "new TreeMap().comparator()", "null"),
    ("set_first", "tsetA().first()", "1"),
    ("set_last", "tsetA().last()", "5"),
    ("set_head", "tsetA().headSet(3)", "[1, 2]"),
    ("set_head_incl", "tsetA().headSet(3, true)", "[1, 2, 3]"),
    ("set_tail", "tsetA().tailSet(3)", "[3, 4, 5]"),
    ("set_tail_excl", "tsetA().tailSet(3, false)", "[4, 5]"),
    ("set_sub", "tsetA().subSet(2, 4)", "[2, 3]"),
    ("set_sub_flags", "tsetA().subSet(2, false, 4, true)", "[3, 4]"),
    ("set_ceiling", "tsetA().ceiling(6)", "null"),
    ("set_floor", "tsetA().floor(6)", "5"),
    ("set_higher", "tsetA().higher(3)", "4"),
    ("set_lower", "tsetA().lower(1)", "null"),
    ("set_poll_first", "tsetPollA()", "1 [2, 3, 4, 5]"),
    ("set_poll_last_empty", "new TreeSet().pollLast()", "null"),
    ("set_descending", "tsetA().descendingSet()", "[5, 4, 3, 2, 1]"),
    ("set_descending_iterator", "tsetA().descendingIterator().next()", "5"),
    ("set_comparator", "new TreeSet().comparator()", "null"),
]

ERRORS = [
    ("empty_list_field_add", "Collections.EMPTY_LIST.add(1)", "unsupported_operation_exception", None),
    ("empty_set_add", "Collections.emptySet().add(1)", "unsupported_operation_exception", None),
    ("copy_too_big", "copyBigA()", "index_out_of_bounds_exception", "Source does not fit in dest"),
    (
        "max_cmp_empty",
        "Collections.max(new ArrayList(), Collections.reverseOrder())",
        "no_such_element_exception",
        None,
    ),
    ("n_copies_neg", 'Collections.nCopies(-1, "x")', "illegal_argument_exception", "List length = -1"),
    ("n_copies_add", 'Collections.nCopies(2, "x").add("y")', "unsupported_operation_exception", None),
    ("singleton_add", 'Collections.singleton("x").add("y")', "unsupported_operation_exception", None),
    (
        "singleton_map_put",
        'Collections.singletonMap("k", 1).put("j", 2)',
        "unsupported_operation_exception",
        None,
    ),
    ("swap_bad", "swapA(0, 5)", "index_out_of_bounds_exception", "Index 5 out of bounds for length 3"),
    ("swap_bad_first", "swapA(4, 0)", "index_out_of_bounds_exception", "Index 4 out of bounds for length 3"),
    (
        "unmodifiable_list_add",
        "Collections.unmodifiableList(new ArrayList(Arrays.asList(new def[] {1, 2}))).add(3)",
        "unsupported_operation_exception",
        None,
    ),
    (
        "unmodifiable_list_set",
        "Collections.unmodifiableList(new ArrayList(Arrays.asList(new def[] {1, 2}))).set(0, 3)",
        "unsupported_operation_exception",
        None,
    ),
    (
        "unmodifiable_map_put",
        'Collections.unmodifiableMap(new HashMap()).put("a", 1)',
        "unsupported_operation_exception",
        None,
    ),
    (
        "unmodifiable_map_remove",
        'Collections.unmodifiableMap(new HashMap()).remove("a")',
        "unsupported_operation_exception",
        None,
    ),
    ("unmodifiable_collection_clear", "clearA()", "unsupported_operation_exception", None),
    ("tree_first_key_empty", "new TreeMap().firstKey()", "no_such_element_exception", None),
    ("tree_sub_map_bad", 'treeA().subMap("e", "b")', "illegal_argument_exception", "fromKey > toKey"),
    (
        "tree_ceiling_null",
        "treeA().ceilingKey(null)",
        "null_pointer_exception",
        'Cannot invoke "java.lang.Comparable.compareTo(Object)" because "k1" is null',
    ),
    (
        "tree_ceiling_mixed",
        "treeA().ceilingKey(1)",
        "class_cast_exception",
        "class java.lang.String cannot be cast to class java.lang.Integer (java.lang.String and java.lang.Integer are in module java.base of loader 'bootstrap')",
    ),
    ("tree_entry_set_value", "treeA().firstEntry().setValue(5)", "unsupported_operation_exception", None),
    ("set_first_empty", "new TreeSet().first()", "no_such_element_exception", None),
    ("set_sub_bad", "tsetA().subSet(4, 2)", "illegal_argument_exception", "fromKey > toKey"),
]


@pytest.mark.parametrize(("expr", "expected"), [c[1:] for c in VALUES], ids=[c[0] for c in VALUES])
def test_value_matches_jdk(expr: str, expected: str) -> None:
    assert string_value_of(PRELUDE, expr) == expected


@pytest.mark.parametrize(
    ("expr", "error_type", "message"), [c[1:] for c in ERRORS], ids=[c[0] for c in ERRORS]
)
def test_error_matches_jdk(expr: str, error_type: str, message: str | None) -> None:
    assert error_of_string_value_of(PRELUDE, expr) == (error_type, message)


def test_read_only_list_typed_receiver_throws() -> None:
    # A statically typed List still reaches the read-only container: Java's UnsupportedOperationException.
    doc = run_script(
        "List l = Collections.unmodifiableList(new ArrayList(['x']));"
        " try { l.add('y'); } catch (UnsupportedOperationException e) { ctx.r = 'uoe'; } ctx.n = l.size();"
    )
    assert (doc["r"], doc["n"]) == ("uoe", 1)


def test_read_only_collections_store_as_plain_values() -> None:
    # IngestDocument keeps whatever List/Map/Set the script stored; its JSON is the content.
    doc = run_script(
        "ctx.a = Collections.nCopies(2, 'z'); ctx.b = Collections.singletonMap('k', 1);"
        " ctx.c = Collections.EMPTY_SET; ctx.d = Collections.unmodifiableMap(['q': [1, 2]]);"
    )
    assert (doc["a"], doc["b"], list(doc["c"]), doc["d"]) == (["z", "z"], {"k": 1}, [], {"q": [1, 2]})


def test_tree_map_views_are_snapshots_in_key_order() -> None:
    doc = run_script(
        "TreeMap m = new TreeMap(); m.put('b', 2); m.put('a', 1); m.put('c', 3);"
        " ctx.head = m.headMap('c'); ctx.first = m.firstEntry().getKey(); ctx.keys = m.descendingKeySet();"
    )
    assert (list(doc["head"].items()), doc["first"], list(doc["keys"])) == (
        [("a", 1), ("b", 2)],
        "a",
        ["c", "b", "a"],
    )
