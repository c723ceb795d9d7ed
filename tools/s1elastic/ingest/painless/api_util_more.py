"""java.util.txt beyond api_collections: the rest of Collections, Arrays' and Objects' deep
helpers, Map.remove(k, v) / replace(k, v, v), Iterator.forEachRemaining, the SortedMap /
NavigableMap and SortedSet / NavigableSet methods of TreeMap and TreeSet, map entries, and the
read-only collections Collections hands out.

Read-only collections are Python containers whose mutators throw Java's
UnsupportedOperationException, so every whitelisted mutation reaching them fails as in Java.
Collections.unmodifiable*, head/tail/sub maps and sets and the descending views are snapshots
taken when called, where Java returns live views of the backing collection (writes through
them, or later changes to the backing collection, are not seen).
"""

from __future__ import annotations

from typing import Any, NoReturn

from s1elastic.ingest.errors import (
    ClassCastException,
    IllegalArgumentException,
    IndexOutOfBoundsException,
    NullPointerException,
    UnsupportedOperationException,
)
from s1elastic.ingest.javatypes import JavaSet, java_equals
from s1elastic.ingest.painless import runtime as rt
from s1elastic.ingest.painless.api_collections import (
    JIterator,
    JListIterator,
    NoSuchElementException,
    _coll_add,
    _map_contains_key,
    _map_get,
)
from s1elastic.ingest.painless.api_comparator import compare_with, natural_compare
from s1elastic.ingest.painless.methods import constructor, method, static_field
from s1elastic.ingest.painless.values import JArray, LinkedHashMap, LinkedHashSet, TreeMap, TreeSet


def _unsupported(*_args: Any, **_kwargs: Any) -> NoReturn:
    raise UnsupportedOperationException(None)


def _need(v: Any) -> Any:
    if v is None:
        raise NullPointerException(None)
    return v


def _eq(a: Any, b: Any) -> bool:
    """Objects.equals."""
    return a is b or (a is not None and java_equals(a, b))


# ---------------------------------------------------------------------------------------------
# read-only containers

_LIST_MUTATORS = ("append", "extend", "insert", "pop", "remove", "clear", "sort", "reverse",
                  "__setitem__", "__delitem__", "__iadd__", "__imul__")  # fmt: skip
_MAP_MUTATORS = ("__setitem__", "__delitem__", "pop", "popitem", "clear", "update", "setdefault")


class ReadOnlyList(list):  # type: ignore[type-arg]
    """Collections.unmodifiableList and friends."""

    __slots__ = ()
    JAVA_CLASS = "java.util.Collections.UnmodifiableRandomAccessList"
    PAINLESS_CLASS = "List"
    UNMODIFIABLE = True  # its iterators' remove() is an UnsupportedOperationException

    def __copy__(self) -> list[Any]:
        return list(self)  # IngestDocument.deepCopy makes every List an ArrayList


for _name in _LIST_MUTATORS:
    setattr(ReadOnlyList, _name, _unsupported)


class EmptyList(ReadOnlyList):
    """Collections.emptyList(): nothing to change, so clear() and sort() do nothing."""

    __slots__ = ()
    JAVA_CLASS = "java.util.Collections.EmptyList"
    # List.get(i) out of range (AbstractList-style message)
    OOB_MESSAGE = "Index: {index}"

    def sort(self, *_args: Any, **_kwargs: Any) -> None:  # type: ignore[override]
        """EmptyList.sort does nothing."""

    def clear(self) -> None:
        """EmptyList.clear does nothing."""


class SingletonList(ReadOnlyList):
    """Collections.singletonList(x): sort() does nothing; removeIf always throws."""

    __slots__ = ()
    JAVA_CLASS = "java.util.Collections.SingletonList"
    OOB_MESSAGE = "Index: {index}, Size: 1"
    REMOVE_IF_UNSUPPORTED = True

    def sort(self, *_args: Any, **_kwargs: Any) -> None:  # type: ignore[override]
        """SingletonList.sort does nothing."""


class CopiesList(ReadOnlyList):
    __slots__ = ()
    JAVA_CLASS = "java.util.Collections.CopiesList"


class ReadOnlyCollection(ReadOnlyList):
    __slots__ = ()
    JAVA_CLASS = "java.util.Collections.UnmodifiableCollection"
    PAINLESS_CLASS = "Collection"


class ReadOnlySet(LinkedHashSet):
    """An unmodifiable set, iterated in the order its source iterated when it was made."""

    JAVA_CLASS = "java.util.Collections.UnmodifiableSet"
    PAINLESS_CLASS = "Set"
    UNMODIFIABLE = True
    REMOVE_ALWAYS_THROWS = True  # UnmodifiableCollection.remove; AbstractCollection's only when found

    def __copy__(self) -> JavaSet:
        return JavaSet(self)


for _name in _LIST_MUTATORS:
    setattr(ReadOnlySet, _name, _unsupported)


class EmptySet(ReadOnlySet):
    JAVA_CLASS = "java.util.Collections.EmptySet"
    REMOVE_ALWAYS_THROWS = False


class SingletonSet(ReadOnlySet):
    JAVA_CLASS = "java.util.Collections.SingletonSet"
    REMOVE_ALWAYS_THROWS = False


class ReadOnlySortedSet(ReadOnlySet):
    JAVA_CLASS = "java.util.Collections.UnmodifiableNavigableSet"
    PAINLESS_CLASS = "NavigableSet"


class ReadOnlyMap(LinkedHashMap):
    """An unmodifiable map, iterated in the order its source iterated when it was made."""

    JAVA_CLASS = "java.util.Collections.UnmodifiableMap"
    PAINLESS_CLASS = "Map"
    UNMODIFIABLE = True

    def __copy__(self) -> dict[Any, Any]:
        return dict(self)  # IngestDocument.deepCopy makes every Map a HashMap


for _name in _MAP_MUTATORS:
    setattr(ReadOnlyMap, _name, _unsupported)


class _AbstractMapRemoval(ReadOnlyMap):
    """AbstractMap.remove and clear go through the entry iterator: removing a key the map does
    not hold, or clearing an empty map, changes nothing and so does not throw."""

    def pop(self, key: Any, *default: Any) -> Any:
        if key in self:
            _unsupported()
        return default[0] if default else None

    def clear(self) -> None:
        if self:
            _unsupported()


class EmptyMap(_AbstractMapRemoval):
    JAVA_CLASS = "java.util.Collections.EmptyMap"


class SingletonMap(_AbstractMapRemoval):
    JAVA_CLASS = "java.util.Collections.SingletonMap"


class ReadOnlySortedMap(ReadOnlyMap):
    JAVA_CLASS = "java.util.Collections.UnmodifiableNavigableMap"
    PAINLESS_CLASS = "NavigableMap"


def _fill_list(cls: type[ReadOnlyList], items: Any) -> ReadOnlyList:
    out = cls()
    list.extend(out, items)
    return out


def _fill_set(cls: type[ReadOnlySet], items: Any) -> ReadOnlySet:
    out = cls()
    list.extend(out, items)
    return out


def _fill_map(cls: type[ReadOnlyMap], source: dict[Any, Any] | None) -> ReadOnlyMap:
    out = cls()
    if source is not None:
        for k in rt.iter_keys(source):
            dict.__setitem__(out, k, source[k])
    return out


static_field("Collections", "EMPTY_LIST", "List", _fill_list(EmptyList, ()))
static_field("Collections", "EMPTY_SET", "Set", _fill_set(EmptySet, ()))
static_field("Collections", "EMPTY_MAP", "Map", _fill_map(EmptyMap, None))


@method("Collections", "static List emptyList()")
def _empty_list() -> ReadOnlyList:
    return _fill_list(EmptyList, ())


@method("Collections", "static Map emptyMap()")
def _empty_map() -> ReadOnlyMap:
    return _fill_map(EmptyMap, None)


@method("Collections", "static List singletonList(def)")
def _singleton_list(x: Any) -> ReadOnlyList:
    return _fill_list(SingletonList, (x,))


@method("Collections", "static Set emptySet()")
def _empty_set() -> ReadOnlySet:
    return _fill_set(EmptySet, ())


@method("Collections", "static SortedSet emptySortedSet()", "static NavigableSet emptyNavigableSet()")
def _empty_sorted_set() -> ReadOnlySet:
    return _fill_set(ReadOnlySortedSet, ())


@method("Collections", "static SortedMap emptySortedMap()", "static NavigableMap emptyNavigableMap()")
def _empty_sorted_map() -> ReadOnlyMap:
    return _fill_map(ReadOnlySortedMap, None)


@method("Collections", "static Iterator emptyIterator()")
def _empty_iterator() -> JIterator:
    return JIterator([])


@method("Collections", "static ListIterator emptyListIterator()")
def _empty_list_iterator() -> JListIterator:
    return JListIterator(_fill_list(EmptyList, ()))


@method("Collections", "static List unmodifiableList(List)")
def _unmodifiable_list(c: Any) -> ReadOnlyList:
    return _fill_list(ReadOnlyList, rt.iterate(_need(c)))


@method("Collections", "static Collection unmodifiableCollection(Collection)")
def _unmodifiable_collection(c: Any) -> ReadOnlyList:
    return _fill_list(ReadOnlyCollection, rt.iterate(_need(c)))


@method("Collections", "static Set unmodifiableSet(Set)")
def _unmodifiable_set(c: Any) -> ReadOnlySet:
    return _fill_set(ReadOnlySet, rt.iterate(_need(c)))


@method(
    "Collections",
    "static SortedSet unmodifiableSortedSet(SortedSet)",
    "static NavigableSet unmodifiableNavigableSet(NavigableSet)",
)
def _unmodifiable_sorted_set(c: Any) -> ReadOnlySet:
    return _fill_set(ReadOnlySortedSet, rt.iterate(_need(c)))


@method("Collections", "static Map unmodifiableMap(Map)")
def _unmodifiable_map(m: Any) -> ReadOnlyMap:
    return _fill_map(ReadOnlyMap, _need(m))


@method(
    "Collections",
    "static SortedMap unmodifiableSortedMap(SortedMap)",
    "static NavigableMap unmodifiableNavigableMap(NavigableMap)",
)
def _unmodifiable_sorted_map(m: Any) -> ReadOnlyMap:
    return _fill_map(ReadOnlySortedMap, _need(m))


@method("Collections", "static Set singleton(def)")
def _singleton(x: Any) -> ReadOnlySet:
    return _fill_set(SingletonSet, (x,))


@method("Collections", "static Map singletonMap(def, def)")
def _singleton_map(k: Any, v: Any) -> ReadOnlyMap:
    out = SingletonMap()
    dict.__setitem__(out, rt.map_key(k), v)
    return out


@method("Collections", "static List nCopies(int, def)")
def _n_copies(n: Any, x: Any) -> ReadOnlyList:
    count = rt.int_value(n)
    if count < 0:
        raise IllegalArgumentException(f"List length = {count}")
    return _fill_list(CopiesList, [x] * count)


# ---------------------------------------------------------------------------------------------
# Collections algorithms


@method("Collections", "static boolean addAll(Collection, def[])")
def _add_all(c: Any, items: Any) -> bool:
    _need(c)
    changed = False
    for x in _need(items):
        changed = _coll_add(c, x) or changed
    return changed


@method("Collections", "static int binarySearch(List, def)", "static int binarySearch(List, def, Comparator)")
def _binary_search(c: Any, key: Any, cmp: Any = None) -> int:
    items = _need(c)
    low, high = 0, len(items) - 1
    while low <= high:
        mid = (low + high) >> 1
        r = natural_compare(items[mid], key) if cmp is None else compare_with(cmp, items[mid], key)
        if r < 0:
            low = mid + 1
        elif r > 0:
            high = mid - 1
        else:
            return mid
    return -(low + 1)


@method("Collections", "static void copy(List, List)")
def _copy(dest: Any, src: Any) -> None:
    items = list(_need(src))
    if len(items) > len(_need(dest)):
        raise IndexOutOfBoundsException("Source does not fit in dest")
    for i, x in enumerate(items):
        rt.list_set(dest, i, x)


@method("Collections", "static boolean disjoint(Collection, Collection)")
def _disjoint(a: Any, b: Any) -> bool:
    right = rt.iterate(_need(b))
    return not any(_eq(x, y) for x in rt.iterate(_need(a)) for y in right)


@method("Collections", "static void fill(List, def)")
def _fill(c: Any, x: Any) -> None:
    for i in range(len(_need(c))):
        rt.list_set(c, i, x)


@method("Collections", "static int frequency(Collection, def)")
def _frequency(c: Any, x: Any) -> int:
    return sum(1 for y in rt.iterate(_need(c)) if _eq(x, y))


def _sub_list_at(source: list[Any], target: list[Any], i: int) -> bool:
    return all(_eq(target[k], source[i + k]) for k in range(len(target)))


@method("Collections", "static int indexOfSubList(List, List)")
def _index_of_sub_list(source: Any, target: Any) -> int:
    s, t = list(_need(source)), list(_need(target))
    return next((i for i in range(len(s) - len(t) + 1) if _sub_list_at(s, t, i)), -1)


@method("Collections", "static int lastIndexOfSubList(List, List)")
def _last_index_of_sub_list(source: Any, target: Any) -> int:
    s, t = list(_need(source)), list(_need(target))
    return next((i for i in range(len(s) - len(t), -1, -1) if _sub_list_at(s, t, i)), -1)


def _extreme(c: Any, cmp: Any, sign: int) -> Any:
    items = rt.iterate(_need(c))
    if not items:
        raise NoSuchElementException(None)
    best = items[0]
    for x in items[1:]:
        r = natural_compare(x, best) if cmp is None else compare_with(cmp, x, best)
        if r * sign > 0:
            best = x
    return best


@method("Collections", "static def max(Collection, Comparator)")
def _max(c: Any, cmp: Any) -> Any:
    return _extreme(c, cmp, 1)


@method("Collections", "static def min(Collection, Comparator)")
def _min(c: Any, cmp: Any) -> Any:
    return _extreme(c, cmp, -1)


@method("Collections", "static boolean replaceAll(List, def, def)")
def _replace_all(c: Any, old: Any, new: Any) -> bool:
    changed = False
    for i, x in enumerate(list(_need(c))):
        if _eq(old, x):
            rt.list_set(c, i, new)
            changed = True
    return changed


@method("Collections", "static void rotate(List, int)")
def _rotate(c: Any, distance: Any) -> None:
    items = list(_need(c))
    if not items:
        return
    d = rt.int_value(distance) % len(items)
    for i, x in enumerate(items[-d:] + items[:-d] if d else items):
        rt.list_set(c, i, x)


@method("Collections", "static void swap(List, int, int)")
def _swap(c: Any, i: Any, j: Any) -> None:
    # l.set(i, l.set(j, l.get(i))): the get checks i first, then the set checks j
    first = rt.list_get(_need(c), i)
    rt.list_set(c, i, rt.list_set(c, j, first))


@method("Collections", "static void shuffle(List)")
def _shuffle(c: Any) -> None:
    import random

    items = list(_need(c))
    random.shuffle(items)
    for i, x in enumerate(items):
        rt.list_set(c, i, x)


# ---------------------------------------------------------------------------------------------
# Arrays and Objects: deep equality, hashing and printing


def _is_array(v: Any) -> bool:
    return type(v) is JArray


def _deep_equals(a: Any, b: Any) -> bool:
    """Arrays.deepEquals0: arrays by content (primitive arrays only equal the same element type)."""
    if a is b:
        return True
    if a is None or b is None:
        return False
    if _is_array(a) and _is_array(b):
        prim = rt._PRIM_ARR
        if (a.elem in prim or b.elem in prim) and a.elem != b.elem:
            return False
        return len(a) == len(b) and all(_deep_equals(x, y) for x, y in zip(a, b))
    if _is_array(a) or _is_array(b):
        return False
    return java_equals(a, b)


def _deep_hash(v: Any) -> int:
    if v is None:
        return 0
    h = 1
    for x in v:
        h = (31 * h + (_deep_hash(x) if _is_array(x) else rt.java_hash(x))) & 0xFFFFFFFF
    return rt.wrap32(h)


def _deep_to_string(v: Any, seen: list[Any]) -> str:
    parts = []
    seen.append(v)
    for x in v:
        if _is_array(x):
            if x.elem in rt._PRIM_ARR:
                parts.append("[" + ", ".join(rt.to_string(y) for y in x) + "]")
            elif any(x is s for s in seen):
                parts.append("[...]")
            else:
                parts.append(_deep_to_string(x, seen))
        else:
            parts.append(rt.to_string(x))
    seen.pop()
    return "[" + ", ".join(parts) + "]"


@method("Arrays", "static boolean deepEquals(def[], def[])")
def _arrays_deep_equals(a: Any, b: Any) -> bool:
    if a is b:
        return True
    if a is None or b is None or len(a) != len(b):
        return False
    return all(_deep_equals(x, y) for x, y in zip(a, b))


@method("Arrays", "static int deepHashCode(def[])")
def _arrays_deep_hash(a: Any) -> int:
    return _deep_hash(a)


@method("Arrays", "static String deepToString(def[])")
def _arrays_deep_to_string(a: Any) -> str:
    return "null" if a is None else _deep_to_string(a, [])


@method("Objects", "static int compare(def, def, Comparator)")
def _objects_compare(a: Any, b: Any, cmp: Any) -> int:
    return 0 if a is b else compare_with(cmp, a, b)


@method("Objects", "static boolean deepEquals(Object, Object)")
def _objects_deep_equals(a: Any, b: Any) -> bool:
    return _deep_equals(a, b)


@method("Objects", "static int hash(def[])")
def _objects_hash(a: Any) -> int:
    if a is None:
        return 0
    h = 1
    for x in a:
        h = (31 * h + rt.java_hash(x)) & 0xFFFFFFFF
    return rt.wrap32(h)


# ---------------------------------------------------------------------------------------------
# Map, Iterator


@method("Map", "boolean remove(def, def)")
def _map_remove_value(d: Any, key: Any, value: Any) -> bool:
    current = _map_get(d, key)
    if not _eq(current, value) or (current is None and not _map_contains_key(d, key)):
        return False
    rt.map_remove(d, key)
    return True


@method("Map", "boolean replace(def, def, def)")
def _map_replace_value(d: Any, key: Any, old: Any, new: Any) -> bool:
    current = _map_get(d, key)
    if not _eq(current, old) or (current is None and not _map_contains_key(d, key)):
        return False
    rt.map_put(d, key, new)
    return True


@method("Iterator", "void forEachRemaining(Consumer)")
def _for_each_remaining(it: JIterator, fn: Any) -> None:
    _need(fn)
    while it.has_next():
        fn(it.next_())


# ---------------------------------------------------------------------------------------------
# map entries


class SimpleEntry:
    """AbstractMap.SimpleEntry: a key and a value of its own (setValue does not write to a map)."""

    __slots__ = ("key", "value")
    JAVA_CLASS = "java.util.AbstractMap.SimpleEntry"
    PAINLESS_CLASS = "AbstractMap.SimpleEntry"

    def __init__(self, key: Any, value: Any) -> None:
        self.key = key
        self.value = value

    @property
    def map(self) -> dict[Any, Any]:
        """What Map.Entry.setValue writes through: the entry's own value."""
        return _EntryCell(self)

    def java_to_string(self) -> str:
        return f"{rt.to_string(rt.key_out(self.key))}={rt.to_string(self.value)}"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SimpleEntry) and _eq(self.key, other.key) and _eq(self.value, other.value)

    def __hash__(self) -> int:
        return rt.java_hash(rt.key_out(self.key)) ^ rt.java_hash(self.value)


class _EntryCell(dict):  # type: ignore[type-arg]
    """A one-slot stand-in map holding an entry's value, for Map.Entry.setValue (runtime.map_put)."""

    def __init__(self, entry: SimpleEntry) -> None:
        super().__init__()
        self.entry = entry

    def get(self, _key: Any, _default: Any = None) -> Any:
        return self.entry.value

    def __setitem__(self, _key: Any, value: Any) -> None:
        if isinstance(self.entry, SimpleImmutableEntry):
            raise UnsupportedOperationException(None)
        self.entry.value = value


class SimpleImmutableEntry(SimpleEntry):
    __slots__ = ()
    JAVA_CLASS = "java.util.AbstractMap.SimpleImmutableEntry"
    PAINLESS_CLASS = "AbstractMap.SimpleImmutableEntry"


def _entry_args(a: Any, b: Any) -> tuple[Any, Any]:
    if b is _NO_VALUE:  # (Map.Entry)
        entry = _need(a)
        return rt.key_out(entry.key), entry.value
    return a, b


_NO_VALUE = object()


@constructor("AbstractMap.SimpleEntry", "def, def", "Map.Entry")
def _new_simple_entry(a: Any, b: Any = _NO_VALUE) -> SimpleEntry:
    return SimpleEntry(*_entry_args(a, b))


@constructor("AbstractMap.SimpleImmutableEntry", "def, def", "Map.Entry")
def _new_immutable_entry(a: Any, b: Any = _NO_VALUE) -> SimpleImmutableEntry:
    return SimpleImmutableEntry(*_entry_args(a, b))


# ---------------------------------------------------------------------------------------------
# SortedMap / NavigableMap (TreeMap), SortedSet / NavigableSet (TreeSet): natural order only


def _cmp(probe: Any, key: Any, cmp: Any = None) -> int:
    """TreeMap.compare(probe, key): the map's comparator, else natural ordering (k1 = probe)."""
    if cmp is not None:
        return compare_with(cmp, probe, key)
    if probe is None:
        raise NullPointerException(
            'Cannot invoke "java.lang.Comparable.compareTo(Object)" because "k1" is null'
        )
    try:
        return natural_compare(probe, key)
    except ClassCastException:
        # Integer.compareTo(String) fails casting the argument: "class <key> cannot be cast to
        # class <probe>"
        a, b = rt.class_name(key), rt.class_name(probe)
        raise ClassCastException(
            f"class {a} cannot be cast to class {b} ({a} and {b} are in module java.base of loader 'bootstrap')"
        ) from None


def _keys(d: dict[Any, Any]) -> list[Any]:
    return [rt.key_out(k) for k in rt.iter_keys(d)]


def _pick(keys: list[Any], probe: Any, want: str, cmp: Any = None) -> Any:
    """The key nearest `probe` for ceiling (>=), floor (<=), higher (>) or lower (<), or None."""
    if not keys:
        return None
    found = None
    for k in keys if want in ("ceiling", "higher") else reversed(keys):
        r = _cmp(probe, k, cmp)
        if (
            (want == "ceiling" and r <= 0)
            or (want == "higher" and r < 0)
            or (want == "floor" and r >= 0)
            or (want == "lower" and r > 0)
        ):
            found = k
            break
    return found


def _in_range(
    key: Any, lo: Any, lo_incl: bool, hi: Any, hi_incl: bool, has_lo: bool, has_hi: bool, cmp: Any = None
) -> bool:
    if has_lo:
        r = _cmp(key, lo, cmp)
        if r < 0 or (r == 0 and not lo_incl):
            return False
    if has_hi:
        r = _cmp(key, hi, cmp)
        if r > 0 or (r == 0 and not hi_incl):
            return False
    return True


def _check_bounds(lo: Any, hi: Any, cmp: Any = None) -> None:
    if _cmp(lo, hi, cmp) > 0:
        raise IllegalArgumentException("fromKey > toKey")


def _sub_map(
    d: dict[Any, Any], lo: Any, lo_incl: bool, hi: Any, hi_incl: bool, has_lo: bool, has_hi: bool
) -> TreeMap:
    cmp = getattr(d, "comparator", None)
    if has_lo:
        _cmp(lo, lo, cmp)  # a null bound is a NullPointerException even on an empty map
    if has_hi:
        _cmp(hi, hi, cmp)
    out = TreeMap()
    out.comparator = cmp
    for k in rt.iter_keys(d):
        if _in_range(rt.key_out(k), lo, lo_incl, hi, hi_incl, has_lo, has_hi, cmp):
            dict.__setitem__(out, k, d[k])
    return out


def _first_key(d: dict[Any, Any], last: bool = False) -> Any:
    keys = _keys(d)
    if not keys:
        raise NoSuchElementException(None)
    return keys[-1] if last else keys[0]


@method("SortedMap", "def firstKey()")
def _tm_first_key(d: dict[Any, Any]) -> Any:
    return _first_key(d)


@method("SortedMap", "def lastKey()")
def _tm_last_key(d: dict[Any, Any]) -> Any:
    return _first_key(d, last=True)


@method("SortedMap", "Comparator comparator()")
@method("SortedSet", "Comparator comparator()")
def _comparator(c: Any) -> Any:
    return getattr(c, "comparator", None)  # null for natural ordering


@method("SortedMap", "SortedMap headMap(def)")
@method("NavigableMap", "NavigableMap headMap(def, boolean)")
def _tm_head_map(d: dict[Any, Any], hi: Any, incl: bool = False) -> TreeMap:
    return _sub_map(d, None, False, hi, bool(incl), False, True)


@method("SortedMap", "SortedMap tailMap(def)")
@method("NavigableMap", "NavigableMap tailMap(def, boolean)")
def _tm_tail_map(d: dict[Any, Any], lo: Any, incl: bool = True) -> TreeMap:
    return _sub_map(d, lo, bool(incl), None, False, True, False)


@method("SortedMap", "SortedMap subMap(def, def)")
def _tm_sub_map(d: dict[Any, Any], lo: Any, hi: Any) -> TreeMap:
    _check_bounds(lo, hi, getattr(d, "comparator", None))
    return _sub_map(d, lo, True, hi, False, True, True)


@method("NavigableMap", "NavigableMap subMap(def, boolean, def, boolean)")
def _tm_sub_map4(d: dict[Any, Any], lo: Any, lo_incl: bool, hi: Any, hi_incl: bool) -> TreeMap:
    _check_bounds(lo, hi, getattr(d, "comparator", None))
    return _sub_map(d, lo, bool(lo_incl), hi, bool(hi_incl), True, True)


def _entry(d: dict[Any, Any], key: Any) -> SimpleImmutableEntry | None:
    return None if key is None else SimpleImmutableEntry(key, _map_get(d, key))


def _navigate_key(d: dict[Any, Any], probe: Any, want: str) -> Any:
    return _pick(_keys(d), probe, want, getattr(d, "comparator", None))


@method("NavigableMap", "def ceilingKey(def)")
def _tm_ceiling_key(d: dict[Any, Any], k: Any) -> Any:
    return _navigate_key(d, k, "ceiling")


@method("NavigableMap", "def floorKey(def)")
def _tm_floor_key(d: dict[Any, Any], k: Any) -> Any:
    return _navigate_key(d, k, "floor")


@method("NavigableMap", "def higherKey(def)")
def _tm_higher_key(d: dict[Any, Any], k: Any) -> Any:
    return _navigate_key(d, k, "higher")


# NavigableMap.lowerKey is not in the whitelist (lowerEntry is).


@method("NavigableMap", "Map.Entry ceilingEntry(def)")
def _tm_ceiling_entry(d: dict[Any, Any], k: Any) -> Any:
    return _entry(d, _navigate_key(d, k, "ceiling"))


@method("NavigableMap", "Map.Entry floorEntry(def)")
def _tm_floor_entry(d: dict[Any, Any], k: Any) -> Any:
    return _entry(d, _navigate_key(d, k, "floor"))


@method("NavigableMap", "Map.Entry higherEntry(def)")
def _tm_higher_entry(d: dict[Any, Any], k: Any) -> Any:
    return _entry(d, _navigate_key(d, k, "higher"))


@method("NavigableMap", "Map.Entry lowerEntry(def)")
def _tm_lower_entry(d: dict[Any, Any], k: Any) -> Any:
    return _entry(d, _navigate_key(d, k, "lower"))


@method("NavigableMap", "Map.Entry firstEntry()")
def _tm_first_entry(d: dict[Any, Any]) -> Any:
    keys = _keys(d)
    return SimpleImmutableEntry(keys[0], _map_get(d, keys[0])) if keys else None


@method("NavigableMap", "Map.Entry lastEntry()")
def _tm_last_entry(d: dict[Any, Any]) -> Any:
    keys = _keys(d)
    return SimpleImmutableEntry(keys[-1], _map_get(d, keys[-1])) if keys else None


def _poll_entry(d: dict[Any, Any], last: bool) -> Any:
    keys = _keys(d)
    if not keys:
        return None
    key = keys[-1] if last else keys[0]
    entry = SimpleImmutableEntry(key, _map_get(d, key))
    rt.map_remove(d, key)
    return entry


@method("NavigableMap", "Map.Entry pollFirstEntry()")
def _tm_poll_first(d: dict[Any, Any]) -> Any:
    return _poll_entry(d, last=False)


@method("NavigableMap", "Map.Entry pollLastEntry()")
def _tm_poll_last(d: dict[Any, Any]) -> Any:
    return _poll_entry(d, last=True)


class DescendingMap(LinkedHashMap):
    JAVA_CLASS = "java.util.TreeMap.DescendingSubMap"
    PAINLESS_CLASS = "NavigableMap"


class KeySnapshot(LinkedHashSet):
    JAVA_CLASS = "java.util.TreeMap.KeySet"
    PAINLESS_CLASS = "NavigableSet"


@method("NavigableMap", "NavigableMap descendingMap()")
def _tm_descending_map(d: dict[Any, Any]) -> DescendingMap:
    out = DescendingMap()
    for k in reversed(rt.iter_keys(d)):
        dict.__setitem__(out, k, d[k])
    return out


@method("NavigableMap", "NavigableSet navigableKeySet()")
def _tm_navigable_key_set(d: dict[Any, Any]) -> KeySnapshot:
    return KeySnapshot(_keys(d))


@method("NavigableMap", "NavigableSet descendingKeySet()")
def _tm_descending_key_set(d: dict[Any, Any]) -> KeySnapshot:
    return KeySnapshot(reversed(_keys(d)))


def _set_items(s: Any) -> list[Any]:
    return list(rt.iterate(s))


def _first(s: Any, last: bool = False) -> Any:
    items = _set_items(s)
    if not items:
        raise NoSuchElementException(None)
    return items[-1] if last else items[0]


@method("SortedSet", "def first()")
def _ts_first(s: Any) -> Any:
    return _first(s)


@method("SortedSet", "def last()")
def _ts_last(s: Any) -> Any:
    return _first(s, last=True)


def _sub_set(s: Any, lo: Any, lo_incl: bool, hi: Any, hi_incl: bool, has_lo: bool, has_hi: bool) -> TreeSet:
    cmp = getattr(s, "comparator", None)
    if has_lo:
        _cmp(lo, lo, cmp)
    if has_hi:
        _cmp(hi, hi, cmp)
    out = TreeSet()
    out.comparator = cmp
    list.extend(
        out, (x for x in _set_items(s) if _in_range(x, lo, lo_incl, hi, hi_incl, has_lo, has_hi, cmp))
    )
    return out


def _check_set_bounds(lo: Any, hi: Any, cmp: Any = None) -> None:
    if _cmp(lo, hi, cmp) > 0:
        raise IllegalArgumentException("fromKey > toKey")


@method("SortedSet", "SortedSet headSet(def)")
@method("NavigableSet", "NavigableSet headSet(def, boolean)")
def _ts_head_set(s: Any, hi: Any, incl: bool = False) -> TreeSet:
    return _sub_set(s, None, False, hi, bool(incl), False, True)


@method("SortedSet", "SortedSet tailSet(def)")
@method("NavigableSet", "NavigableSet tailSet(def, boolean)")
def _ts_tail_set(s: Any, lo: Any, incl: bool = True) -> TreeSet:
    return _sub_set(s, lo, bool(incl), None, False, True, False)


@method("SortedSet", "SortedSet subSet(def, def)")
def _ts_sub_set(s: Any, lo: Any, hi: Any) -> TreeSet:
    _check_set_bounds(lo, hi, getattr(s, "comparator", None))
    return _sub_set(s, lo, True, hi, False, True, True)


@method("NavigableSet", "NavigableSet subSet(def, boolean, def, boolean)")
def _ts_sub_set4(s: Any, lo: Any, lo_incl: bool, hi: Any, hi_incl: bool) -> TreeSet:
    _check_set_bounds(lo, hi, getattr(s, "comparator", None))
    return _sub_set(s, lo, bool(lo_incl), hi, bool(hi_incl), True, True)


@method("NavigableSet", "def ceiling(def)")
def _ts_ceiling(s: Any, x: Any) -> Any:
    return _pick(_set_items(s), x, "ceiling", getattr(s, "comparator", None))


@method("NavigableSet", "def floor(def)")
def _ts_floor(s: Any, x: Any) -> Any:
    return _pick(_set_items(s), x, "floor", getattr(s, "comparator", None))


@method("NavigableSet", "def higher(def)")
def _ts_higher(s: Any, x: Any) -> Any:
    return _pick(_set_items(s), x, "higher", getattr(s, "comparator", None))


@method("NavigableSet", "def lower(def)")
def _ts_lower(s: Any, x: Any) -> Any:
    return _pick(_set_items(s), x, "lower", getattr(s, "comparator", None))


def _poll(s: Any, last: bool) -> Any:
    if not s:
        return None
    rt.check_mutation_removes(s)
    return s.pop(-1 if last else 0)


@method("NavigableSet", "def pollFirst()")
def _ts_poll_first(s: Any) -> Any:
    return _poll(s, last=False)


@method("NavigableSet", "def pollLast()")
def _ts_poll_last(s: Any) -> Any:
    return _poll(s, last=True)


class DescendingSet(LinkedHashSet):
    JAVA_CLASS = "java.util.TreeMap.KeySet"
    PAINLESS_CLASS = "NavigableSet"


@method("NavigableSet", "NavigableSet descendingSet()")
def _ts_descending_set(s: Any) -> DescendingSet:
    return DescendingSet(reversed(_set_items(s)))


@method("NavigableSet", "Iterator descendingIterator()")
def _ts_descending_iterator(s: Any) -> JIterator:
    return JIterator(s, list(reversed(_set_items(s))))
