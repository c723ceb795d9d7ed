"""java.util collections against the JDK and Painless' whitelist (java.util.txt, java.lang.txt).

JDK_CASES: each body is a Painless function body; its Java twin (the same statements with raw
types, list literals written as `new ArrayList(Arrays.asList(...))`, casts added where raw-typed
lambdas need them) was run on Temurin 25 and OpenJDK 17, which agree, printing
String.valueOf(result) or the exception's class and message. Expected values are those outputs:
("ok", text) or (Elasticsearch's error type for the exception class, message; None for null).
ListIterator, Iterator (ConcurrentModificationException, remove() states), the immutable
Collections.empty*/singleton*/unmodifiable* collections, TreeMap/TreeSet with a Comparator.

WHITELIST: members of elastic/elasticsearch modules/lang-painless java.util.txt (and Iterable
from java.lang.txt), by name/arity as Painless keys them; REFUSED: calls the whitelist does not
have, with the messages Painless builds for them (`member method [...] not found` when compiling,
`dynamic method [...] not found` on a def receiver, AnalyzerCaster's `Cannot cast from [..] to
[..].`, the JVM's checkcast message for a def argument).
"""

from __future__ import annotations

import pytest
from painless_helpers import outcome

from s1elastic.ingest.painless.methods import find_constructor, find_method, find_static

JDK_CASES = [
    (
        "li_walk",
        'List l = ["a", "b", "c"]; ListIterator it = l.listIterator(); String s = it.hasPrevious() + " " + it.nextIndex() + " " + it.previousIndex(); it.next(); it.set("A"); it.next(); it.add("x"); return s + " " + it.nextIndex() + " " + it.previousIndex() + " " + it.hasPrevious() + " " + l + " " + it.next() + " " + it.hasNext();',
        ("ok", "false 0 -1 3 2 true [A, b, x, c] c false"),
    ),
    (
        "li_from_index",
        'List l = ["a", "b", "c"]; ListIterator it = l.listIterator(2); return it.nextIndex() + " " + it.next() + " " + it.hasNext();',
        ("ok", "2 c false"),
    ),
    (
        "li_index_oob",
        'List l = ["a"]; return l.listIterator(2);',
        ("index_out_of_bounds_exception", "Index: 2, Size: 1"),
    ),
    (
        "li_index_neg",
        'List l = ["a"]; return l.listIterator(-1);',
        ("index_out_of_bounds_exception", "Index: -1, Size: 1"),
    ),
    (
        "li_set_before_next",
        'List l = ["a"]; ListIterator it = l.listIterator(); it.set("b"); return l;',
        ("illegal_state_exception", None),
    ),
    (
        "li_set_after_add",
        'List l = ["a"]; ListIterator it = l.listIterator(); it.next(); it.add("b"); it.set("c"); return l;',
        ("illegal_state_exception", None),
    ),
    (
        "li_remove_after_add",
        'List l = ["a"]; ListIterator it = l.listIterator(); it.next(); it.add("b"); it.remove(); return l;',
        ("illegal_state_exception", None),
    ),
    (
        "li_remove_then_set",
        'List l = ["a", "b"]; ListIterator it = l.listIterator(); it.next(); it.remove(); it.set("z"); return l;',
        ("illegal_state_exception", None),
    ),
    (
        "li_remove",
        'List l = ["a", "b", "c"]; ListIterator it = l.listIterator(); it.next(); it.next(); it.remove(); return l + " " + it.nextIndex() + " " + it.next();',
        ("ok", "[a, c] 1 c"),
    ),
    (
        "li_linked",
        'LinkedList l = new LinkedList([1, 2]); ListIterator it = l.listIterator(1); it.add(9); return l + " " + it.next();',
        ("ok", "[1, 9, 2] 2"),
    ),
    (
        "li_next_end",
        'List l = ["a"]; ListIterator it = l.listIterator(1); return it.next();',
        ("no_such_element_exception", None),
    ),
    (
        "li_fixed_add",
        "List l = Arrays.asList(new def[] {1, 2}); ListIterator it = l.listIterator(); it.add(0); return l;",
        ("unsupported_operation_exception", None),
    ),
    (
        "li_fixed_set",
        "List l = Arrays.asList(new def[] {1, 2}); ListIterator it = l.listIterator(); it.next(); it.set(5); return l;",
        ("ok", "[5, 2]"),
    ),
    ("li_empty", "return Collections.emptyListIterator().hasNext();", ("ok", "false")),
    (
        "it_next_end",
        "List l = [1]; Iterator it = l.iterator(); it.next(); return it.next();",
        ("no_such_element_exception", None),
    ),
    (
        "it_remove_twice",
        "List l = [1, 2]; Iterator it = l.iterator(); it.next(); it.remove(); it.remove(); return l;",
        ("illegal_state_exception", None),
    ),
    (
        "it_remove_first",
        "List l = [1, 2]; Iterator it = l.iterator(); it.remove(); return l;",
        ("illegal_state_exception", None),
    ),
    (
        "it_remove_ok",
        'List l = [1, 2, 3]; Iterator it = l.iterator(); it.next(); it.next(); it.remove(); return l + " " + it.next() + " " + it.hasNext();',
        ("ok", "[1, 3] 3 false"),
    ),
    (
        "it_cme_add",
        "List l = [1, 2]; Iterator it = l.iterator(); it.next(); l.add(3); return it.next();",
        ("concurrent_modification_exception", None),
    ),
    (
        "it_cme_remove",
        'List l = [1, 2, 3]; Iterator it = l.iterator(); it.next(); l.remove(2); return it.hasNext() + "";',
        ("ok", "true"),
    ),
    (
        "it_cme_remove_next",
        "List l = [1, 2, 3]; Iterator it = l.iterator(); it.next(); l.remove(2); return it.next();",
        ("concurrent_modification_exception", None),
    ),
    (
        "it_set_no_cme",
        "List l = [1, 2]; Iterator it = l.iterator(); it.next(); l.set(1, 5); return it.next();",
        ("ok", "5"),
    ),
    (
        "it_set_remove",
        'Set s = new HashSet([1, 2, 3]); Iterator it = s.iterator(); Object x = it.next(); it.remove(); return s.size() + " " + s.contains(x);',
        ("ok", "2 false"),
    ),
    (
        "it_map_keys_remove",
        'Map m = new HashMap(); m.put("a", 1); m.put("b", 2); Iterator it = m.keySet().iterator(); it.next(); it.remove(); return m.size();',
        ("ok", "1"),
    ),
    (
        "it_fixed_remove",
        "List l = Arrays.asList(new def[] {1, 2}); Iterator it = l.iterator(); it.next(); it.remove(); return l;",
        ("unsupported_operation_exception", "remove"),
    ),
    (
        "it_ro_remove",
        "List l = Collections.unmodifiableList([1, 2]); Iterator it = l.iterator(); it.next(); it.remove(); return l;",
        ("unsupported_operation_exception", None),
    ),
    (
        "co_empty_list_add",
        "List l = Collections.emptyList(); l.add(1); return l;",
        ("unsupported_operation_exception", None),
    ),
    (
        "co_empty_list_add_at",
        "List l = Collections.emptyList(); l.add(0, 1); return l;",
        ("unsupported_operation_exception", None),
    ),
    (
        "co_empty_list_set",
        "List l = Collections.emptyList(); l.set(0, 1); return l;",
        ("unsupported_operation_exception", None),
    ),
    (
        "co_empty_list_get",
        "List l = Collections.emptyList(); return l.get(0);",
        ("index_out_of_bounds_exception", "Index: 0"),
    ),
    (
        "co_empty_list_remove_at",
        "List l = Collections.emptyList(); return l.remove(0);",
        ("unsupported_operation_exception", None),
    ),
    ("co_empty_list_clear", "List l = Collections.emptyList(); l.clear(); return l;", ("ok", "[]")),
    (
        "co_empty_list_remove_if",
        "List l = Collections.emptyList(); return l.removeIf(x -> true);",
        ("ok", "false"),
    ),
    ("co_empty_list_add_all", "List l = Collections.emptyList(); return l.addAll([]);", ("ok", "false")),
    (
        "co_empty_list_add_all2",
        "List l = Collections.emptyList(); return l.addAll([1]);",
        ("unsupported_operation_exception", None),
    ),
    ("co_empty_list_sort", "List l = Collections.emptyList(); l.sort(null); return l;", ("ok", "[]")),
    (
        "co_empty_list_iter",
        "List l = Collections.emptyList(); return l.iterator().next();",
        ("no_such_element_exception", None),
    ),
    (
        "co_singleton_list_add",
        "List l = Collections.singletonList(1); l.add(2); return l;",
        ("unsupported_operation_exception", None),
    ),
    (
        "co_singleton_list_set",
        "List l = Collections.singletonList(1); l.set(0, 2); return l;",
        ("unsupported_operation_exception", None),
    ),
    (
        "co_singleton_list_remove",
        "List l = Collections.singletonList(1); return l.remove(0);",
        ("unsupported_operation_exception", None),
    ),
    (
        "co_singleton_list_clear",
        "List l = Collections.singletonList(1); l.clear(); return l;",
        ("unsupported_operation_exception", None),
    ),
    (
        "co_singleton_list_sort",
        "List l = Collections.singletonList(1); l.sort(null); return l;",
        ("ok", "[1]"),
    ),
    (
        "co_singleton_list_replace_all",
        "List l = Collections.singletonList(1); l.replaceAll(x -> x); return l;",
        ("unsupported_operation_exception", None),
    ),
    (
        "co_singleton_list_get_oob",
        "List l = Collections.singletonList(1); return l.get(1);",
        ("index_out_of_bounds_exception", "Index: 1, Size: 1"),
    ),
    (
        "co_singleton_list_eq",
        'List l = Collections.singletonList(1); return l.equals([1]) + " " + l + " " + l.size() + " " + l.contains(1);',
        ("ok", "true [1] 1 true"),
    ),
    (
        "co_singleton_list_remove_if_false",
        "List l = Collections.singletonList(1); return l.removeIf(x -> false);",
        ("unsupported_operation_exception", None),
    ),
    (
        "co_singleton_list_remove_if_true",
        "List l = Collections.singletonList(1); return l.removeIf(x -> true);",
        ("unsupported_operation_exception", None),
    ),
    (
        "co_empty_map_put",
        'Map m = Collections.emptyMap(); m.put("a", 1); return m;',
        ("unsupported_operation_exception", None),
    ),
    ("co_empty_map_remove", 'Map m = Collections.emptyMap(); return m.remove("a");', ("ok", "null")),
    ("co_empty_map_clear", "Map m = Collections.emptyMap(); m.clear(); return m;", ("ok", "{}")),
    (
        "co_empty_map_put_all_empty",
        "Map m = Collections.emptyMap(); m.putAll(new HashMap()); return m;",
        ("ok", "{}"),
    ),
    (
        "co_empty_map_compute_if_absent",
        'Map m = Collections.emptyMap(); return m.computeIfAbsent("a", k -> 1);',
        ("unsupported_operation_exception", None),
    ),
    (
        "co_empty_map_get",
        'Map m = Collections.emptyMap(); return m.get("a") + " " + m.getOrDefault("a", 2) + " " + m + " " + m.size();',
        ("ok", "null 2 {} 0"),
    ),
    (
        "co_singleton_map_put",
        'Map m = Collections.singletonMap("a", 1); m.put("a", 2); return m;',
        ("unsupported_operation_exception", None),
    ),
    (
        "co_singleton_map_remove",
        'Map m = Collections.singletonMap("a", 1); return m.remove("a");',
        ("unsupported_operation_exception", None),
    ),
    (
        "co_singleton_map_remove_missing",
        'Map m = Collections.singletonMap("a", 1); return m.remove("b");',
        ("ok", "null"),
    ),
    (
        "co_empty_set_add",
        "Set s = Collections.emptySet(); s.add(1); return s;",
        ("unsupported_operation_exception", None),
    ),
    ("co_empty_set_remove", "Set s = Collections.emptySet(); return s.remove(1);", ("ok", "false")),
    (
        "co_singleton_add",
        "Set s = Collections.singleton(1); s.add(2); return s;",
        ("unsupported_operation_exception", None),
    ),
    (
        "co_singleton_remove",
        "Set s = Collections.singleton(1); return s.remove(1);",
        ("unsupported_operation_exception", None),
    ),
    (
        "co_unmod_list_add",
        "List l = Collections.unmodifiableList([1]); l.add(2); return l;",
        ("unsupported_operation_exception", None),
    ),
    (
        "co_unmod_list_set",
        "List l = Collections.unmodifiableList([1]); l.set(0, 2); return l;",
        ("unsupported_operation_exception", None),
    ),
    (
        "co_unmod_map_put",
        'Map m = Collections.unmodifiableMap(new HashMap()); m.put("a", 1); return m;',
        ("unsupported_operation_exception", None),
    ),
    (
        "co_unmod_map_remove",
        'Map m = Collections.unmodifiableMap(new HashMap()); return m.remove("a");',
        ("unsupported_operation_exception", None),
    ),
    (
        "co_unmod_set_add",
        "Set s = Collections.unmodifiableSet(new HashSet()); s.add(1); return s;",
        ("unsupported_operation_exception", None),
    ),
    (
        "co_unmod_set_remove",
        "Set s = Collections.unmodifiableSet(new HashSet()); return s.remove(1);",
        ("unsupported_operation_exception", None),
    ),
    (
        "co_ncopies_set",
        'List l = Collections.nCopies(2, "a"); l.set(0, "b"); return l;',
        ("unsupported_operation_exception", None),
    ),
    ("al_trim", "ArrayList l = new ArrayList([1, 2]); l.trimToSize(); return l;", ("ok", "[1, 2]")),
    (
        "tm_comparator",
        'TreeMap m = new TreeMap(Comparator.reverseOrder()); m.put("a", 1); m.put("c", 3); m.put("b", 2); return m + " " + m.firstKey() + " " + m.headMap("b") + " " + m.ceilingKey("bb") + " " + (m.comparator() != null);',
        ("ok", "{c=3, b=2, a=1} c {c=3} b true"),
    ),
    (
        "ts_comparator",
        'TreeSet s = new TreeSet(Comparator.reverseOrder()); s.add(1); s.add(3); s.add(2); s.add(3); return s + " " + s.first() + " " + s.tailSet(2) + " " + s.higher(2);',
        ("ok", "[3, 2, 1] 3 [2, 1] 1"),
    ),
    (
        "tm_comparator_len",
        'TreeMap m = new TreeMap(Comparator.comparing(x -> x.length())); m.put("aa", 1); m.put("b", 2); m.put("cc", 3); return m + " " + m.get("zz") + " " + m.containsKey("q");',
        ("ok", "{b=2, aa=3} 3 true"),
    ),
    (
        "ts_comparator_len",
        'TreeSet s = new TreeSet(Comparator.comparing(x -> x.length())); s.add("aa"); s.add("b"); boolean r = s.add("cc"); return s + " " + r + " " + s.contains("zz");',
        ("ok", "[b, aa] false true"),
    ),
]


@pytest.mark.parametrize(("body", "expected"), [c[1:] for c in JDK_CASES], ids=[c[0] for c in JDK_CASES])
def test_matches_jdk(body: str, expected: tuple[str, str | None]) -> None:
    assert outcome(body) == expected


# name/arity of each whitelisted member; `static:` marks static methods, `<init>` constructors.
# Not provided (no Painless class here for their types, or too rare in ingest scripts):
# Iterable/Collection.spliterator(), Collections.asLifoQueue, emptyEnumeration, enumeration,
# list(Enumeration), newSetFromMap, shuffle(List, Random), Vector.copyInto, Vector.elements.
WHITELIST = {
    "Iterable": (
        "forEach/1 iterator/0 any/1 asCollection/0 asList/0 each/1 eachWithIndex/1 every/1 "
        "findResults/1 groupBy/1 join/1 sum/0 sum/1"
    ),
    "Collection": (
        "add/1 addAll/1 clear/0 contains/1 containsAll/1 isEmpty/0 removeAll/1 removeIf/1 "
        "retainAll/1 size/0 stream/0 toArray/0 toArray/1 collect/1 collect/2 find/1 findAll/1 "
        "findResult/1 findResult/2 split/1"
    ),
    "Deque": (
        "addFirst/1 addLast/1 descendingIterator/0 getFirst/0 getLast/0 offerFirst/1 offerLast/1 "
        "peekFirst/0 peekLast/0 pollFirst/0 pollLast/0 pop/0 push/1 remove/1 removeFirst/0 "
        "removeFirstOccurrence/1 removeLast/0 removeLastOccurrence/1"
    ),
    "Iterator": "forEachRemaining/1 hasNext/0 next/0 remove/0",
    "List": (
        "add/2 addAll/2 equals/1 get/1 hashCode/0 indexOf/1 lastIndexOf/1 listIterator/0 "
        "listIterator/1 remove/1 replaceAll/1 set/2 getLength/0 sort/1 subList/2 getByPath/1 "
        "getByPath/2"
    ),
    "ListIterator": "add/1 hasPrevious/0 nextIndex/0 previousIndex/0 set/1",
    "Map": (
        "clear/0 compute/2 computeIfAbsent/2 computeIfPresent/2 containsKey/1 containsValue/1 "
        "entrySet/0 equals/1 forEach/1 get/1 getOrDefault/2 isEmpty/0 keySet/0 merge/3 put/2 "
        "putAll/1 putIfAbsent/2 remove/1 remove/2 replace/2 replace/3 replaceAll/1 size/0 values/0 "
        "getByPath/1 getByPath/2 collect/1 collect/2 count/1 each/1 every/1 find/1 findAll/1 "
        "findResult/1 findResult/2 findResults/1 groupBy/1"
    ),
    "Map.Entry": (
        "static:comparingByKey/0 static:comparingByKey/1 static:comparingByValue/0 "
        "static:comparingByValue/1 equals/1 getKey/0 getValue/0 hashCode/0 setValue/1"
    ),
    "NavigableMap": (
        "ceilingEntry/1 ceilingKey/1 descendingKeySet/0 descendingMap/0 firstEntry/0 floorEntry/1 "
        "floorKey/1 headMap/2 higherEntry/1 higherKey/1 lastEntry/0 lowerEntry/1 navigableKeySet/0 "
        "pollFirstEntry/0 pollLastEntry/0 subMap/4 tailMap/2"
    ),
    "NavigableSet": (
        "ceiling/1 descendingIterator/0 descendingSet/0 floor/1 headSet/2 higher/1 lower/1 "
        "pollFirst/0 pollLast/0 subSet/4 tailSet/2"
    ),
    "Queue": "element/0 offer/1 peek/0 poll/0 remove/0",
    "Set": "equals/1 hashCode/0 remove/1",
    "SortedMap": "comparator/0 firstKey/0 headMap/1 lastKey/0 subMap/2 tailMap/1",
    "SortedSet": "comparator/0 first/0 headSet/1 last/0 subSet/2 tailSet/1",
    "AbstractMap.SimpleEntry": "<init>/2 <init>/1",
    "AbstractMap.SimpleImmutableEntry": "<init>/2 <init>/1",
    "ArrayDeque": "<init>/0 <init>/1 clone/0",
    "ArrayList": "<init>/0 <init>/1 clone/0 trimToSize/0",
    "Arrays": "static:asList/1 static:deepEquals/2 static:deepHashCode/1 static:deepToString/1",
    "Collections": (
        "static:addAll/2 static:binarySearch/2 static:binarySearch/3 static:copy/2 "
        "static:disjoint/2 static:emptyIterator/0 static:emptyList/0 static:emptyListIterator/0 "
        "static:emptyMap/0 static:emptyNavigableMap/0 static:emptyNavigableSet/0 static:emptySet/0 "
        "static:emptySortedMap/0 static:emptySortedSet/0 static:fill/2 static:frequency/2 "
        "static:indexOfSubList/2 static:lastIndexOfSubList/2 static:max/1 static:max/2 static:min/1 "
        "static:min/2 static:nCopies/2 static:replaceAll/3 static:reverse/1 static:reverseOrder/0 "
        "static:reverseOrder/1 static:rotate/2 static:shuffle/1 static:singleton/1 "
        "static:singletonList/1 static:singletonMap/2 static:sort/1 static:sort/2 static:swap/3 "
        "static:unmodifiableCollection/1 static:unmodifiableList/1 static:unmodifiableMap/1 "
        "static:unmodifiableNavigableMap/1 static:unmodifiableNavigableSet/1 "
        "static:unmodifiableSet/1 static:unmodifiableSortedMap/1 static:unmodifiableSortedSet/1"
    ),
    "HashMap": "<init>/0 <init>/1 clone/0",
    "HashSet": "<init>/0 <init>/1 clone/0",
    "LinkedHashMap": "<init>/0 <init>/1",
    "LinkedHashSet": "<init>/0 <init>/1",
    "LinkedList": "<init>/0 <init>/1 clone/0",
    "PriorityQueue": "<init>/0 <init>/1",
    "Stack": "<init>/0 push/1 pop/0 peek/0 empty/0 search/1",
    "TreeMap": "<init>/0 <init>/1 clone/0",
    "TreeSet": "<init>/0 <init>/1 clone/0",
    "Vector": (
        "<init>/0 <init>/1 addElement/1 elementAt/1 firstElement/0 insertElementAt/2 lastElement/0 "
        "lastIndexOf/2 removeAllElements/0 removeElement/1 removeElementAt/1 setElementAt/2 clone/0"
    ),
    "Objects": (
        "static:compare/3 static:deepEquals/2 static:equals/2 static:hash/1 static:hashCode/1 "
        "static:isNull/1 static:nonNull/1 static:requireNonNull/1 static:requireNonNull/2 "
        "static:toString/1 static:toString/2"
    ),
}


def _members() -> list[tuple[str, str]]:
    return [(cls, m) for cls, ms in WHITELIST.items() for m in ms.split()]


@pytest.mark.parametrize(("cls", "member"), _members(), ids=[f"{c}.{m}" for c, m in _members()])
def test_whitelisted_member_resolves(cls: str, member: str) -> None:
    static = member.startswith("static:")
    name, arity = member.removeprefix("static:").split("/")
    if name == "<init>":
        assert find_constructor(cls, int(arity)) is not None
    elif static:
        assert find_static(cls, name, int(arity)) is not None
    else:
        info = find_method(cls, name, int(arity))
        assert info is not None and not info.static


# Members Painless does not have: a compile error on a static receiver, a runtime error on def.
REFUSED = [
    (
        "collection_remove",
        "Collection c = new HashMap().values(); return c.remove(1);",
        ("illegal_argument_exception", "member method [java.util.Collection, remove/1] not found"),
    ),
    (
        "values_remove_def",
        "def m = ['a': 1]; return m.values().remove(1);",
        ("illegal_argument_exception", "dynamic method [java.util.HashMap.Values, remove/1] not found"),
    ),
    (
        "priority_queue_remove_object",
        "def q = new PriorityQueue(); q.add(1); return q.remove(1);",
        ("illegal_argument_exception", "dynamic method [java.util.PriorityQueue, remove/1] not found"),
    ),
    (
        "tree_map_copy_static",
        "Map m = ['b': 1]; return new TreeMap(m);",
        ("class_cast_exception", "Cannot cast from [java.util.Map] to [java.util.Comparator]."),
    ),
    (
        "tree_map_copy_def",
        "def m = ['b': 1]; return new TreeMap(m);",
        (
            "class_cast_exception",
            "class java.util.HashMap cannot be cast to class java.util.Comparator (java.util.HashMap and "
            "java.util.Comparator are in module java.base of loader 'bootstrap')",
        ),
    ),
    (
        "tree_set_copy",
        "return new TreeSet(Arrays.asList(new def[] {3, 1}));",
        ("class_cast_exception", "Cannot cast from [java.util.List] to [java.util.Comparator]."),
    ),
    (
        "priority_queue_copy",
        "List l = [1]; return new PriorityQueue(l);",
        ("class_cast_exception", "Cannot cast from [java.util.List] to [java.util.Comparator]."),
    ),
    (
        "navigable_lower_key",
        "TreeMap m = new TreeMap(); return m.lowerKey(1);",
        ("illegal_argument_exception", "member method [java.util.TreeMap, lowerKey/1] not found"),
    ),
    (
        "map_any",
        "def m = ['a': 1]; return m.any((k, v) -> true);",
        ("illegal_argument_exception", "dynamic method [java.util.HashMap, any/1] not found"),
    ),
    (
        "list_iterator_previous",
        "ListIterator it = [1].listIterator(1); return it.previous();",
        ("illegal_argument_exception", "member method [java.util.ListIterator, previous/0] not found"),
    ),
    (
        "list_of",
        "return List.of(1);",
        ("illegal_argument_exception", "static method [java.util.List, of/1] not found"),
    ),
    (
        "deque_index",
        "def d = new ArrayDeque([1]); return d[0];",
        (
            "illegal_argument_exception",
            "Attempting to address a non-array-like type [java.util.ArrayDeque] as an array.",
        ),
    ),
    (
        "deque_field",
        "def d = new ArrayDeque([1]); return d.length;",
        ("illegal_argument_exception", "dynamic getter [java.util.ArrayDeque, length] not found"),
    ),
]


@pytest.mark.parametrize(("body", "expected"), [c[1:] for c in REFUSED], ids=[c[0] for c in REFUSED])
def test_not_whitelisted(body: str, expected: tuple[str, str | None]) -> None:
    assert outcome(body) == expected


# Collection.toArray(T[]) (JDK, as above): into the array when it fits, else a new one of its type.
TO_ARRAY = [
    (
        "fits",
        "List l = [1, 2]; def b = new def[] {'a', 'b', 'c', 'd'}; def r = l.toArray(b); "
        "return Arrays.deepToString(r) + ' ' + (r === b);",
        ("ok", "[1, 2, null, d] true"),
    ),
    (
        "new_typed",
        "List l = ['x']; def r = l.toArray(new String[0]); return Arrays.deepToString(r) + ' ' + (r instanceof String[]);",
        ("ok", "[x] true"),
    ),
    (
        "array_list_mismatch",
        "List l = [1, 2]; return l.toArray(new String[0]);",
        (
            "array_store_exception",
            "arraycopy: element type mismatch: can not cast one of the elements of java.lang.Object[] "
            "to the type of the destination array, java.lang.String",
        ),
    ),
    (
        "hash_set_mismatch",
        "Set s = new HashSet(['q']); return s.toArray(new Integer[0]);",
        ("array_store_exception", "java.lang.String"),
    ),
    (
        "null_array",
        "List l = ['x']; return l.toArray(null);",
        ("null_pointer_exception", 'Cannot read the array length because "a" is null'),
    ),
]


@pytest.mark.parametrize(("body", "expected"), [c[1:] for c in TO_ARRAY], ids=[c[0] for c in TO_ARRAY])
def test_to_array_matches_jdk(body: str, expected: tuple[str, str | None]) -> None:
    assert outcome(body) == expected
