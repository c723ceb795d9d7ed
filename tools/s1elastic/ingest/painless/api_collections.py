"""java.util collections as Painless whitelists them, plus its Groovy-style augmentations.

Maps are dicts (HashMap order when iterated), lists are lists, sets are `JavaSet`s. Map views
(keySet, values, entrySet) are snapshots in Java order that write removals back to their map.
Every mutation goes through the read-only check of conditions.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from s1elastic.ingest.errors import (
    ConcurrentModificationException,
    IllegalArgumentException,
    IllegalStateException,
    IndexOutOfBoundsException,
    JavaException,
    NullPointerException,
    NumberFormatException,
    UnsupportedOperationException,
)
from s1elastic.ingest.javatypes import JavaSet, java_equals
from s1elastic.ingest.painless import runtime as rt
from s1elastic.ingest.painless.api_comparator import compare_with
from s1elastic.ingest.painless.methods import constructor, method
from s1elastic.ingest.painless.types import canonical
from s1elastic.ingest.painless.values import (
    JArray,
    JFunction,
    LinkedHashMap,
    LinkedHashSet,
    MapEntry,
    TreeMap,
    TreeSet,
)

# ---------------------------------------------------------------------------------------------
# functional arguments


def call(fn: Any, *args: Any) -> Any:
    """Invoke a lambda, method reference or function value with `args`."""
    if fn is None:
        raise NullPointerException(None)
    if isinstance(fn, JFunction):
        return fn.fn(*args)
    if callable(fn):
        return fn(*args)
    raise rt.cast_error_def(fn, "Function", True)


def test(fn: Any, *args: Any) -> bool:
    r = call(fn, *args)
    if type(r) is bool:
        return r
    raise rt.cast_error_def(r, "boolean", None)


def to_int(r: Any) -> int:
    return int(rt.def_cast(r, "int", False))


def comparator_key(cmp: Any) -> Callable[[Any], Any]:
    if cmp is None:
        return rt.natural_key
    return functools.cmp_to_key(lambda a, b: to_int(call(cmp, a, b)))


def _mut(c: Any) -> None:
    """The read-only checks for a mutation that may store values it does not name (the run's
    self-reference check then covers the whole document)."""
    rt.check_mutable(c)


# The read-only checks for a mutation that only removes or reorders elements (adds no reference).
_mut_removes = rt.check_mutation_removes
# The read-only checks for storing one value into a collection, noting the store.
_mut_store = rt.check_store


# ---------------------------------------------------------------------------------------------
# map views


class KeySetView(LinkedHashSet):
    """Map.keySet(): the keys in the map's iteration order; removals write through."""

    JAVA_CLASS = "java.util.HashMap.KeySet"
    PAINLESS_CLASS = "Set"

    def __init__(self, mapping: dict[Any, Any]) -> None:
        super().__init__(rt.key_out(k) for k in rt.iter_keys(mapping))
        self.map = mapping

    def view_remove(self, item: Any) -> None:
        rt.map_remove(self.map, item)


class ValuesView(list):  # type: ignore[type-arg]
    JAVA_CLASS = "java.util.HashMap.Values"
    PAINLESS_CLASS = "Collection"

    def __init__(self, mapping: dict[Any, Any]) -> None:
        self.keys = rt.iter_keys(mapping)
        super().__init__(mapping[k] for k in self.keys)
        self.map = mapping

    def view_remove_at(self, index: int) -> None:
        rt.map_remove(self.map, self.keys[index])
        del self.keys[index]


class EntrySetView(LinkedHashSet):
    JAVA_CLASS = "java.util.HashMap.EntrySet"
    PAINLESS_CLASS = "Set"

    def __init__(self, mapping: dict[Any, Any]) -> None:
        super().__init__(MapEntry(mapping, k) for k in rt.iter_keys(mapping))
        self.map = mapping

    def view_remove(self, item: Any) -> None:
        if isinstance(item, MapEntry):
            rt.map_remove(self.map, item.key)


def _view_remove_index(c: list[Any], index: int) -> None:
    _structural(c)
    item = c[index]
    if isinstance(c, ValuesView):
        c.view_remove_at(index)
    elif isinstance(c, KeySetView | EntrySetView):
        c.view_remove(item)
    del c[index]


# ---------------------------------------------------------------------------------------------
# Map


@method("Map", "def get(def)")
def _map_get(d: dict[Any, Any], key: Any) -> Any:
    if type(d) is TreeMap and d.comparator is not None:
        key = tree_key(d, key)
    return d.get(key if type(key) is str else rt.map_key(key))


@method("Map", "def getOrDefault(def, def)")
def _map_get_or_default(d: dict[Any, Any], key: Any, default: Any) -> Any:
    if type(d) is TreeMap and d.comparator is not None:
        key = tree_key(d, key)
    return d.get(key if type(key) is str else rt.map_key(key), default)


def tree_key(d: TreeMap, key: Any) -> Any:
    """The key of a comparator-ordered TreeMap that its comparator finds equal to `key` (TreeMap
    looks keys up by compare() == 0, not equals), or `key` itself when there is none."""
    for k in d:
        if compare_with(d.comparator, key, rt.key_out(k)) == 0:
            return rt.key_out(k)
    return key


def tree_put_with_comparator(d: TreeMap, stored_key: Any, value: Any) -> Any:
    """TreeMap.put under a comparator: an equal key keeps its place (and its own key object) and
    takes the new value; a new key goes where the comparator orders it (runtime.map_put)."""
    key = rt.key_out(stored_key)
    cmp = d.comparator
    items = list(d.items())
    for i, (k, old) in enumerate(items):
        r = compare_with(cmp, key, rt.key_out(k))
        if r == 0:
            dict.__setitem__(d, k, value)
            return old
        if r < 0:
            items.insert(i, (stored_key, value))
            break
    else:
        if not items:
            compare_with(cmp, key, key)  # TreeMap.put compares the first key with itself
        items.append((stored_key, value))
    d.clear()
    d.update(items)
    return None


@method("Map", "def put(def, def)")
def _map_put(d: dict[Any, Any], key: Any, value: Any) -> Any:
    return rt.map_put(d, key, value)


@method("Map", "def putIfAbsent(def, def)")
def _map_put_if_absent(d: dict[Any, Any], key: Any, value: Any) -> Any:
    current = d.get(rt.map_key(key))
    if current is None:
        rt.map_put(d, key, value)
    return current


@method("Map", "def remove(def)")
def _map_remove(d: dict[Any, Any], key: Any) -> Any:
    if type(d) is TreeMap and d.comparator is not None:
        key = tree_key(d, key)
    return rt.map_remove(d, key)


@method("Map", "boolean containsKey(def)")
def _map_contains_key(d: dict[Any, Any], key: Any) -> bool:
    if type(d) is TreeMap and d.comparator is not None:
        key = tree_key(d, key)
    return rt.map_key(key) in d


@method("Map", "boolean containsValue(def)")
def _map_contains_value(d: dict[Any, Any], value: Any) -> bool:
    return any(java_equals(v, value) or (v is None and value is None) for v in d.values())


@method("Map", "Set keySet()")
def _map_key_set(d: dict[Any, Any]) -> KeySetView:
    return KeySetView(d)


@method("Map", "Collection values()")
def _map_values(d: dict[Any, Any]) -> ValuesView:
    return ValuesView(d)


@method("Map", "Set entrySet()")
def _map_entry_set(d: dict[Any, Any]) -> EntrySetView:
    return EntrySetView(d)


@method("Map", "int size()")
def _map_size(d: dict[Any, Any]) -> int:
    return len(d)


@method("Map", "boolean isEmpty()")
def _map_is_empty(d: dict[Any, Any]) -> bool:
    return len(d) == 0


@method("Map", "void clear()")
def _map_clear(d: dict[Any, Any]) -> None:
    _mut_removes(d)
    if d is rt.current().ctx_root:
        for k in list(d):
            rt.map_remove(d, k)
        return
    d.clear()


@method("Map", "void putAll(Map)")
def _map_put_all(d: dict[Any, Any], other: Any) -> None:
    if other is None:
        raise NullPointerException(None)
    for k in rt.iter_keys(other):
        rt.map_put(d, k, other[k])


@method("Map", "def computeIfAbsent(def, Function)")
def _map_compute_if_absent(d: dict[Any, Any], key: Any, fn: Any) -> Any:
    current = d.get(rt.map_key(key))
    if current is not None:
        return current
    value = call(fn, key)
    if value is not None:
        rt.map_put(d, key, value)
    return value


@method("Map", "def computeIfPresent(def, BiFunction)")
def _map_compute_if_present(d: dict[Any, Any], key: Any, fn: Any) -> Any:
    current = d.get(rt.map_key(key))
    if current is None:
        return None
    value = call(fn, key, current)
    if value is None:
        rt.map_remove(d, key)
    else:
        rt.map_put(d, key, value)
    return value


@method("Map", "def compute(def, BiFunction)")
def _map_compute(d: dict[Any, Any], key: Any, fn: Any) -> Any:
    value = call(fn, key, d.get(rt.map_key(key)))
    if value is None:
        if rt.map_key(key) in d:
            rt.map_remove(d, key)
    else:
        rt.map_put(d, key, value)
    return value


@method("Map", "def merge(def, def, BiFunction)")
def _map_merge(d: dict[Any, Any], key: Any, value: Any, fn: Any) -> Any:
    if value is None:
        raise NullPointerException(None)
    current = d.get(rt.map_key(key))
    new = value if current is None else call(fn, current, value)
    if new is None:
        rt.map_remove(d, key)
    else:
        rt.map_put(d, key, new)
    return new


@method("Map", "def replace(def, def)")
def _map_replace(d: dict[Any, Any], key: Any, value: Any) -> Any:
    if rt.map_key(key) in d:
        return rt.map_put(d, key, value)
    return None


@method("Map", "void forEach(BiConsumer)", "def each(BiConsumer)")
def _map_for_each(d: dict[Any, Any], fn: Any) -> Any:
    for k in rt.iter_keys(d):
        if k not in d:
            raise ConcurrentModificationException(None)
        call(fn, rt.key_out(k), d[k])
    return d


@method("Map", "void replaceAll(BiFunction)")
def _map_replace_all(d: dict[Any, Any], fn: Any) -> None:
    _mut_removes(d)  # the new values are noted by map_put
    for k in rt.iter_keys(d):
        rt.map_put(d, k, call(fn, rt.key_out(k), d[k]))


@method("Map", "List collect(BiFunction)", "def collect(Collection, BiFunction)")
def _map_collect(d: dict[Any, Any], a: Any, b: Any = None) -> Any:
    if b is None:
        return [call(a, rt.key_out(k), d[k]) for k in rt.iter_keys(d)]
    for k in rt.iter_keys(d):
        _coll_add(a, call(b, rt.key_out(k), d[k]))
    return a


@method("Map", "int count(BiPredicate)")
def _map_count(d: dict[Any, Any], fn: Any) -> int:
    return sum(1 for k in rt.iter_keys(d) if test(fn, rt.key_out(k), d[k]))


@method("Map", "boolean every(BiPredicate)")
def _map_every(d: dict[Any, Any], fn: Any) -> bool:
    return all(test(fn, rt.key_out(k), d[k]) for k in rt.iter_keys(d))


# (Map has no any(BiPredicate) in the whitelist: count, every, find... but not any.)


@method("Map", "Map.Entry find(BiPredicate)")
def _map_find(d: dict[Any, Any], fn: Any) -> Any:
    for k in rt.iter_keys(d):
        if test(fn, rt.key_out(k), d[k]):
            return MapEntry(d, k)
    return None


@method("Map", "Map findAll(BiPredicate)")
def _map_find_all(d: dict[Any, Any], fn: Any) -> dict[Any, Any]:
    out: dict[Any, Any] = TreeMap() if isinstance(d, TreeMap) else LinkedHashMap()
    for k in rt.iter_keys(d):
        if test(fn, rt.key_out(k), d[k]):
            out[k] = d[k]
    return out


@method("Map", "def findResult(BiFunction)", "def findResult(def, BiFunction)")
def _map_find_result(d: dict[Any, Any], a: Any, b: Any = None) -> Any:
    default, fn = (None, a) if b is None else (a, b)
    for k in rt.iter_keys(d):
        r = call(fn, rt.key_out(k), d[k])
        if r is not None:
            return r
    return default


@method("Map", "List findResults(BiFunction)")
def _map_find_results(d: dict[Any, Any], fn: Any) -> list[Any]:
    out = []
    for k in rt.iter_keys(d):
        r = call(fn, rt.key_out(k), d[k])
        if r is not None:
            out.append(r)
    return out


@method("Map", "Map groupBy(BiFunction)")
def _map_group_by(d: dict[Any, Any], fn: Any) -> dict[Any, Any]:
    out: dict[Any, Any] = LinkedHashMap()
    for k in rt.iter_keys(d):
        g = rt.map_key(call(fn, rt.key_out(k), d[k]))
        if g not in out:
            out[g] = TreeMap() if isinstance(d, TreeMap) else LinkedHashMap()
        out[g][k] = d[k]
    return out


@method("Map", "def getByPath(String)", "def getByPath(String, def)")
def _map_get_by_path(d: Any, path: str, *default: Any) -> Any:
    return _get_by_path(d, path, default)


@method("List", "def getByPath(String)", "def getByPath(String, def)")
def _list_get_by_path(d: Any, path: str, *default: Any) -> Any:
    return _get_by_path(d, path, default)


def _get_by_path(root: Any, path: str, default: tuple[Any, ...]) -> Any:
    if len(path) == 0:
        raise IllegalArgumentException("Missing path")
    if path.endswith("."):
        raise IllegalArgumentException(f"Trailing '.' in path [{path}]")
    elements = path.split(".")
    joined = ".".join(elements)
    obj = root
    for i, el in enumerate(elements):
        if el == "":
            raise IllegalArgumentException(f"Extra '.' in path [{joined}] at index [{i}]")
        if isinstance(obj, dict) and el in obj:
            obj = obj[el]
            continue
        if isinstance(obj, list) and not isinstance(obj, JavaSet):
            try:
                idx = _parse_list_index(el)
            except NumberFormatException as e:
                # Augmentation.getByPathList keeps Integer.parseInt's exception as the cause
                raise IllegalArgumentException(
                    f"Could not parse [{el}] as a int index into list at path [{joined}] and index [{i}]",
                    cause=e,
                ) from None
            if len(obj) >= idx:
                obj = rt.list_get(obj, idx)
                continue
        if isinstance(obj, dict | list):
            if i == len(elements) - 1:
                if default:
                    return default[0]
                raise IllegalArgumentException(f"Could not find value at path [{path}]")
            raise IllegalArgumentException(
                f"Container does not have [{el}], for non-terminal index [{i}] in path [{joined}]"
            )
        if obj is None:
            # handleMissing calls obj.getClass() on the null it reached: the JDK's helpful message
            # for that frame of Augmentation (compiled with debug info, so the parameter is named)
            raise NullPointerException('Cannot invoke "Object.getClass()" because "obj" is null')
        raise IllegalArgumentException(
            f"Non-container [{rt.class_name(obj).replace('.Node', '$Node')}] at [{el}], index [{i}] in path [{joined}]"
        )
    return obj


def _parse_list_index(text: str) -> int:
    """Integer.parseInt, which getByPath uses for a list index (no spaces, no `_`, int range)."""
    from s1elastic.ingest.painless.api_lang import _parse_int  # deferred, as the other api modules do

    return _parse_int(text, 10, 32)


# Map.Entry


@method("Map.Entry", "def getKey()")
def _entry_key(e: MapEntry) -> Any:
    return rt.key_out(e.key)


@method("Map.Entry", "def getValue()")
def _entry_value(e: MapEntry) -> Any:
    return e.value


@method("Map.Entry", "def setValue(def)")
def _entry_set_value(e: MapEntry, value: Any) -> Any:
    return rt.map_put(e.map, e.key, value)


@constructor("HashMap", "", "Map")
def _new_hash_map(other: Any = None) -> dict[Any, Any]:
    return {} if other is None else {k: other[k] for k in rt.iter_keys(other)}


@constructor("LinkedHashMap", "", "Map")
def _new_linked_hash_map(other: Any = None) -> dict[Any, Any]:
    out = LinkedHashMap()
    if other is not None:
        for k in rt.iter_keys(other):
            out[k] = other[k]
    return out


# TreeMap and TreeSet have () and (Comparator) in the whitelist, no copy constructor: `new
# TreeMap(map)` casts the map to Comparator and fails.
def comparator_arg(cmp: Any) -> Any:
    """A def argument for a Comparator parameter: checkcast fails on anything else (`new
    TreeMap(map)` with a map in a def)."""
    if cmp is None or isinstance(cmp, JFunction) or callable(cmp):
        return cmp
    raise rt.java_cce(cmp, "Comparator")


@constructor("TreeMap", "", "Comparator")
def _new_tree_map(cmp: Any = None) -> dict[Any, Any]:
    out = TreeMap()
    out.comparator = comparator_arg(cmp)
    return out


# ---------------------------------------------------------------------------------------------
# Collection / Iterable


def _coll_add(c: Any, item: Any) -> bool:
    if c is None:
        raise NullPointerException(None)
    info = _dispatch_add(c)
    return bool(info(c, item))


def _tree_set_add(c: TreeSet, item: Any) -> bool:
    """TreeSet.add under a comparator: an element it finds equal (compare() == 0) is a duplicate."""
    if not c:
        compare_with(c.comparator, item, item)
    for i, x in enumerate(c):
        r = compare_with(c.comparator, item, x)
        if r == 0:
            return False
        if r < 0:
            list.insert(c, i, item)
            return True
    list.append(c, item)
    return True


def _dispatch_add(c: Any) -> Callable[..., Any]:
    adder = getattr(type(c), "JAVA_ADD", None)
    if adder is not None:
        return adder  # type: ignore[no-any-return]
    if isinstance(c, JavaSet):
        return _set_add
    if type(c) is JArray or type(c) is FixedSizeList or isinstance(c, ValuesView):
        return _unsupported_add
    return _list_add


def _unsupported_add(c: Any, item: Any) -> bool:
    raise UnsupportedOperationException(None)


@method("Collection", "boolean add(def)")
def _collection_add(c: Any, item: Any) -> bool:
    if type(c) is list:  # _coll_add's way for an ArrayList, inlined
        _mut_store(c, item)
        c.append(item)
        return True
    return _coll_add(c, item)


def _list_add(c: list[Any], item: Any) -> bool:
    _mut_store(c, item)
    c.append(item)
    return True


def _set_add(c: list[Any], item: Any) -> bool:
    _mut_store(c, item)
    if isinstance(c, KeySetView | EntrySetView):
        raise UnsupportedOperationException(None)
    if type(c) is TreeSet and c.comparator is not None:
        return _tree_set_add(c, item)
    for x in c:
        if x is item or java_equals(x, item) or (x is None and item is None):
            return False
    c.append(item)
    if isinstance(c, TreeSet):
        c.sort(key=rt.natural_key)
    return True


@method("Collection", "boolean addAll(Collection)")
def _collection_add_all(c: Any, other: Any) -> bool:
    if other is None:
        raise NullPointerException(None)
    changed = False
    for x in rt.iterate(other):
        changed = _coll_add(c, x) or changed
    return changed


@method("Collection", "boolean contains(def)")
def _collection_contains(c: Any, item: Any) -> bool:
    if type(c) is TreeSet and c.comparator is not None:
        return any(compare_with(c.comparator, item, x) == 0 for x in c)
    if type(item) is str:
        # A String equals only a String of the same text: compare plain strings directly and
        # leave any other element (a Character is a str too) to java_equals.
        for x in c:
            if type(x) is str:
                if x == item:
                    return True
            elif x is not None and java_equals(x, item):
                return True
        return False
    return any(x is item or (x is not None and java_equals(x, item)) for x in c)


@method("Collection", "boolean containsAll(Collection)")
def _collection_contains_all(c: Any, other: Any) -> bool:
    return all(_collection_contains(c, x) for x in rt.iterate(other))


@method("Collection", "int size()")
def _collection_size(c: Any) -> int:
    return len(c)


@method("Collection", "boolean isEmpty()")
def _collection_is_empty(c: Any) -> bool:
    return len(c) == 0


@method("Collection", "void clear()")
def _collection_clear(c: Any) -> None:
    _mut_removes(c)
    if c:
        _structural(c)
    for i in range(len(c) - 1, -1, -1):
        _view_remove_index(c, i) if _is_view(c) else None
    c.clear()


def _is_view(c: Any) -> bool:
    return isinstance(c, KeySetView | EntrySetView | ValuesView)


# remove(def) is Set's (and Deque's, api_deque): Collection has none in the whitelist, List has
# remove(int) only, so `values().remove(x)` or `Collection c; c.remove(x)` is not found.
@method("Set", "boolean remove(def)")
def _collection_remove(c: Any, item: Any) -> bool:
    _mut_removes(c)
    if getattr(type(c), "REMOVE_ALWAYS_THROWS", False):
        raise UnsupportedOperationException(None)
    if type(c) is TreeSet and c.comparator is not None:
        for i, x in enumerate(c):
            if compare_with(c.comparator, item, x) == 0:
                del c[i]
                return True
        return False
    for i, x in enumerate(c):
        if x is item or (x is not None and java_equals(x, item)) or (x is None and item is None):
            _view_remove_index(c, i)
            return True
    return False


@method("Collection", "boolean removeAll(Collection)")
def _collection_remove_all(c: Any, other: Any) -> bool:
    items = list(rt.iterate(other))
    return _remove_where(c, lambda x: any(java_equals(x, y) or x is y for y in items))


@method("Collection", "boolean retainAll(Collection)")
def _collection_retain_all(c: Any, other: Any) -> bool:
    items = list(rt.iterate(other))
    return _remove_where(c, lambda x: not any(java_equals(x, y) or x is y for y in items))


@method("Collection", "boolean removeIf(Predicate)")
def _collection_remove_if(c: Any, fn: Any) -> bool:
    if getattr(type(c), "REMOVE_IF_UNSUPPORTED", False):
        raise UnsupportedOperationException(None)  # Collections.singletonList
    return _remove_where(c, lambda x: test(fn, x))


def _remove_where(c: Any, pred: Callable[[Any], bool]) -> bool:
    _mut_removes(c)
    remove = [i for i, x in enumerate(list(c)) if pred(x)]
    for i in reversed(remove):
        _view_remove_index(c, i)
    if remove:
        after = getattr(c, "after_bulk_remove", None)
        if after is not None:
            after()  # PriorityQueue re-heapifies
    return bool(remove)


@method("Iterable", "void forEach(Consumer)", "def each(Consumer)")
def _iterable_for_each(c: Any, fn: Any) -> Any:
    for x in rt.iterate(c):
        call(fn, x)
    return c


@method("Iterable", "def eachWithIndex(ObjIntConsumer)")
def _each_with_index(c: Any, fn: Any) -> Any:
    for i, x in enumerate(rt.iterate(c)):
        call(fn, x, i)
    return c


@method("Iterable", "boolean any(Predicate)")
def _any(c: Any, fn: Any) -> bool:
    return any(test(fn, x) for x in rt.iterate(c))


@method("Iterable", "boolean every(Predicate)")
def _every(c: Any, fn: Any) -> bool:
    return all(test(fn, x) for x in rt.iterate(c))


@method("Iterable", "List findResults(Function)")
def _find_results(c: Any, fn: Any) -> list[Any]:
    out = []
    for x in rt.iterate(c):
        r = call(fn, x)
        if r is not None:
            out.append(r)
    return out


@method("Iterable", "Map groupBy(Function)")
def _group_by(c: Any, fn: Any) -> dict[Any, Any]:
    out: dict[Any, Any] = LinkedHashMap()
    for x in rt.iterate(c):
        g = rt.map_key(call(fn, x))
        out.setdefault(g, []).append(x)
    return out


@method("Iterable", "String join(String)")
def _join(c: Any, sep: Any) -> str:
    s = "null" if sep is None else str(sep)
    return s.join(rt.to_string(x) for x in rt.iterate(c))


@method("Iterable", "double sum()", "double sum(ToDoubleFunction)")
def _sum(c: Any, fn: Any = None) -> float:
    total = 0.0
    for x in rt.iterate(c):
        v = x if fn is None else rt.def_cast(call(fn, x), "double", False)
        if v is None:
            raise NullPointerException(None)
        if rt.num_kind(v) is None:
            raise rt.java_cce(v, "Number")
        total += rt.double_value(v)
    return total


@method("Iterable", "Collection asCollection()")
def _as_collection(c: Any) -> Any:
    return c if isinstance(c, list) else list(rt.iterate(c))


@method("Iterable", "List asList()")
def _as_list(c: Any) -> Any:
    """The list itself; any other iterable (a set) is copied into a new ArrayList."""
    return c if isinstance(c, list) and not isinstance(c, JavaSet) else list(rt.iterate(c))


@method("Iterable", "Iterator iterator()")
def _iterator(c: Any) -> JIterator:
    return JIterator(c)


@method("Collection", "List collect(Function)", "def collect(Collection, Function)")
def _collect(c: Any, a: Any, b: Any = None) -> Any:
    if b is None:
        return [call(a, x) for x in rt.iterate(c)]
    for x in rt.iterate(c):
        _coll_add(a, call(b, x))
    return a


@method("Collection", "def find(Predicate)")
def _find(c: Any, fn: Any) -> Any:
    for x in rt.iterate(c):
        if test(fn, x):
            return x
    return None


@method("Collection", "List findAll(Predicate)")
def _find_all(c: Any, fn: Any) -> list[Any]:
    return [x for x in rt.iterate(c) if test(fn, x)]


@method("Collection", "def findResult(Function)", "def findResult(def, Function)")
def _find_result(c: Any, a: Any, b: Any = None) -> Any:
    default, fn = (None, a) if b is None else (a, b)
    for x in rt.iterate(c):
        r = call(fn, x)
        if r is not None:
            return r
    return default


@method("Collection", "List split(Predicate)")
def _split(c: Any, fn: Any) -> list[Any]:
    yes: list[Any] = []
    no: list[Any] = []
    for x in rt.iterate(c):
        (yes if test(fn, x) else no).append(x)
    return [yes, no]


@method("Collection", "def[] toArray()")
def _to_array(c: Any) -> JArray:
    return JArray("Object", list(rt.iterate(c)))


class ArrayStoreException(JavaException):
    java_class = "java.lang.ArrayStoreException"


@method("Collection", "def[] toArray(def[])")
def _to_array_into(c: Any, a: Any) -> JArray:
    """toArray(T[]): into `a` when it is large enough (null after the last element), else into a
    new array of a's type. An element the array type cannot hold is an ArrayStoreException: with
    System.arraycopy's message for an ArrayList, the element's class for the others."""
    if a is None:
        raise NullPointerException('Cannot read the array length because "a" is null')
    items = list(rt.iterate(c))
    elem = a.elem
    for x in items:
        if x is not None and elem not in ("Object", "def") and not rt.instance_of(x, elem):
            if type(c) is list:
                raise ArrayStoreException(
                    "arraycopy: element type mismatch: can not cast one of the elements of "
                    f"java.lang.Object[] to the type of the destination array, {canonical(elem)}"
                )
            raise ArrayStoreException(rt.class_name(x))
    if len(a) < len(items):
        return JArray(elem, items)
    a[: len(items)] = items
    if len(a) > len(items):
        a[len(items)] = None
    return a  # type: ignore[no-any-return]


# ---------------------------------------------------------------------------------------------
# List


def _list_index(c: list[Any], i: Any, size: int) -> int:
    if not (0 <= i < size):
        raise IndexOutOfBoundsException(f"Index {i} out of bounds for length {size}")
    return int(i)


@method("List", "def get(int)")
def _list_get(c: list[Any], i: int) -> Any:
    oob = None if type(c) is list else getattr(type(c), "OOB_MESSAGE", None)
    if oob is not None and not 0 <= i < len(c):
        raise getattr(type(c), "OOB_EXCEPTION", IndexOutOfBoundsException)(oob.format(index=i, size=len(c)))
    return rt.list_get(c, i)


@method("List", "def set(int, def)")
def _list_set(c: list[Any], i: int, v: Any) -> Any:
    if type(c) is not list and getattr(type(c), "UNMODIFIABLE", False):
        raise UnsupportedOperationException(None)  # before the index check
    return rt.list_set(c, i, v)


@method("List", "void add(int, def)")
def _list_insert(c: list[Any], i: int, v: Any) -> None:
    _mut_store(c, v)
    _structural(c)
    if not 0 <= i <= len(c):
        raise IndexOutOfBoundsException(f"Index: {i}, Size: {len(c)}")
    c.insert(i, v)


@method("List", "boolean addAll(int, Collection)")
def _list_insert_all(c: list[Any], i: int, other: Any) -> bool:
    _mut_removes(c)  # the inserted values are noted below
    _structural(c)
    if not 0 <= i <= len(c):
        raise IndexOutOfBoundsException(f"Index: {i}, Size: {len(c)}")
    items = list(rt.iterate(other))
    for x in items:
        rt.note_store(x)
    c[i:i] = items
    return bool(items)


@method("List", "def remove(int)")
def _list_remove_at(c: list[Any], i: int) -> Any:
    _mut_removes(c)
    _structural(c)
    _list_index(c, i, len(c))
    return c.pop(i)


@method("List", "int indexOf(def)")
def _list_index_of(c: list[Any], item: Any) -> int:
    for i, x in enumerate(c):
        if x is item or (x is not None and java_equals(x, item)):
            return i
    return -1


@method("List", "int lastIndexOf(def)")
def _list_last_index_of(c: list[Any], item: Any) -> int:
    for i in range(len(c) - 1, -1, -1):
        x = c[i]
        if x is item or (x is not None and java_equals(x, item)):
            return i
    return -1


@method("List", "void sort(Comparator)")
def _list_sort(c: list[Any], cmp: Any) -> None:
    _mut_removes(c)
    c.sort(key=comparator_key(cmp))


@method("List", "List subList(int, int)")
def _list_sub_list(c: list[Any], a: int, b: int) -> list[Any]:
    if a < 0:
        raise IndexOutOfBoundsException(f"fromIndex = {a}")
    if b > len(c):
        raise IndexOutOfBoundsException(f"toIndex = {b}")
    if a > b:
        raise IllegalArgumentException(f"fromIndex({a}) > toIndex({b})")
    return c[a:b]


@method("List", "void replaceAll(UnaryOperator)")
def _list_replace_all(c: list[Any], fn: Any) -> None:
    _mut_removes(c)
    note = rt.note_store
    for i, x in enumerate(c):
        value = call(fn, x)
        note(value)
        c[i] = value


@method("List", "int getLength()")
def _list_length(c: list[Any]) -> int:
    return len(c)


@method("List", "boolean equals(Object)")
def _list_equals(c: list[Any], other: Any) -> bool:
    return java_equals(c, other)


@constructor("ArrayList", "", "Collection")
def _new_array_list(other: Any = None) -> list[Any]:
    return [] if other is None else list(rt.iterate(other))


@constructor("HashSet", "", "Collection")
def _new_hash_set(other: Any = None) -> JavaSet:
    out = JavaSet()
    for x in rt.iterate(other) if other is not None else ():
        _set_add(out, x)
    return out


@constructor("LinkedHashSet", "", "Collection")
def _new_linked_hash_set(other: Any = None) -> JavaSet:
    out = LinkedHashSet()
    for x in rt.iterate(other) if other is not None else ():
        _set_add(out, x)
    return out


@constructor("TreeSet", "", "Comparator")
def _new_tree_set(cmp: Any = None) -> JavaSet:
    out = TreeSet()
    out.comparator = comparator_arg(cmp)
    return out


# clone(): the whitelist's `def clone()` of HashMap (so LinkedHashMap), TreeMap, ArrayList,
# HashSet (so LinkedHashSet) and TreeSet. Object.clone keeps the receiver's class and copies
# shallowly: the elements are the same objects. Map views and List.of-style lists have no clone.
@method("HashMap", "def clone()")
@method("TreeMap", "def clone()")
def _map_clone(d: dict[Any, Any]) -> dict[Any, Any]:
    out = type(d)()
    out.update(d)
    if type(d) is TreeMap and type(out) is TreeMap:
        out.comparator = d.comparator
    return out


@method("ArrayList", "void trimToSize()")
def _trim_to_size(c: list[Any]) -> None:
    """Capacity is not modelled: nothing to trim."""


@method("ArrayList", "def clone()")
@method("HashSet", "def clone()")
@method("TreeSet", "def clone()")
def _collection_clone(c: list[Any]) -> list[Any]:
    out = type(c)()
    out.extend(c)
    if type(c) is TreeSet and type(out) is TreeSet:
        out.comparator = c.comparator
    return out


# ---------------------------------------------------------------------------------------------
# Iterator


class NoSuchElementException(JavaException):
    java_class = "java.util.NoSuchElementException"


class JIterator:
    """An Iterator. Over a list it is a live cursor, as ArrayList.Itr: a change to the list made
    elsewhere (its size changed) is a ConcurrentModificationException at the next next() or
    remove(). Over anything else (a HashSet, in its iteration order) it walks a snapshot and
    remove() takes the returned element out of the source."""

    __slots__ = ("expected", "items", "last", "live", "pos", "source")
    JAVA_CLASS = "java.util.ArrayList.Itr"
    PAINLESS_CLASS = "Iterator"

    def __init__(self, source: Any, items: list[Any] | None = None) -> None:
        self.source = source
        self.live = items is None and isinstance(source, list) and not isinstance(source, JavaSet)
        self.items: list[Any] = (
            source if self.live else (items if items is not None else list(rt.iterate(source)))
        )
        self.expected = len(source) if isinstance(source, list) else -1
        self.pos = 0
        self.last = -1

    def check_comodification(self) -> None:
        if self.expected >= 0 and len(self.source) != self.expected:
            raise ConcurrentModificationException(None)

    def has_next(self) -> bool:
        return self.pos != len(self.items) if self.live else self.pos < len(self.items)

    def next_(self) -> Any:
        self.check_comodification()
        i = self.pos
        if i >= len(self.items):
            raise NoSuchElementException(None)
        self.pos = i + 1
        self.last = i
        return self.items[i]

    def remove_(self) -> None:
        src = self.source
        if type(src) is FixedSizeList:
            raise UnsupportedOperationException("remove")  # Iterator's default remove()
        if getattr(type(src), "UNMODIFIABLE", False):
            raise UnsupportedOperationException(None)
        if self.last < 0:
            raise IllegalStateException(None)
        self.check_comodification()
        if self.live:
            _mut_removes(src)
            _view_remove_index(src, self.last)
            self.pos = self.last
        else:
            item = self.items[self.last]
            if isinstance(src, JavaSet):
                _collection_remove(src, item)
            elif isinstance(src, list):
                _remove_identity(src, item)
            else:
                raise UnsupportedOperationException("remove")
        self.last = -1
        if self.expected >= 0:
            self.expected = len(src)


class JListIterator(JIterator):
    """List.listIterator(): a live cursor that can also set and add (ArrayList.ListItr)."""

    __slots__ = ()
    JAVA_CLASS = "java.util.ArrayList.ListItr"
    PAINLESS_CLASS = "ListIterator"

    def set_(self, value: Any) -> None:
        if self.last < 0:
            raise IllegalStateException(None)
        self.check_comodification()
        rt.list_set(self.source, self.last, value)

    def add_(self, value: Any) -> None:
        self.check_comodification()
        src = self.source
        if getattr(type(src), "UNMODIFIABLE", False) or type(src) is FixedSizeList:
            raise UnsupportedOperationException(None)
        _mut_store(src, value)
        src.insert(self.pos, value)
        self.pos += 1
        self.last = -1
        self.expected = len(src)


@method("Iterator", "boolean hasNext()")
def _it_has_next(it: JIterator) -> bool:
    return it.has_next()


@method("Iterator", "def next()")
def _it_next(it: JIterator) -> Any:
    return it.next_()


@method("Iterator", "void remove()")
def _it_remove(it: JIterator) -> None:
    it.remove_()


def _remove_identity(c: list[Any], item: Any) -> None:
    _mut_removes(c)
    for i, x in enumerate(c):
        if x is item:
            _view_remove_index(c, i)
            return


@method("List", "ListIterator listIterator()", "ListIterator listIterator(int)")
def _list_iterator(c: list[Any], index: int = 0) -> JListIterator:
    if not 0 <= index <= len(c):
        raise IndexOutOfBoundsException(f"Index: {index}, Size: {len(c)}")
    it = JListIterator(c)
    it.pos = index
    return it


@method("ListIterator", "boolean hasPrevious()")
def _li_has_previous(it: JListIterator) -> bool:
    return it.pos != 0


@method("ListIterator", "int nextIndex()")
def _li_next_index(it: JListIterator) -> int:
    return it.pos


@method("ListIterator", "int previousIndex()")
def _li_previous_index(it: JListIterator) -> int:
    return it.pos - 1


@method("ListIterator", "void set(def)")
def _li_set(it: JListIterator, value: Any) -> None:
    it.set_(value)


@method("ListIterator", "void add(def)")
def _li_add(it: JListIterator, value: Any) -> None:
    it.add_(value)


# ---------------------------------------------------------------------------------------------
# Arrays and Collections


class FixedSizeList(list):  # type: ignore[type-arg]
    """Arrays.asList: set() writes, but any add or remove throws UnsupportedOperationException."""

    __slots__ = ()
    JAVA_CLASS = "java.util.Arrays$ArrayList"
    PAINLESS_CLASS = "AbstractList"

    def __copy__(self) -> list[Any]:
        return list(self)  # IngestDocument.deepCopy makes every List an ArrayList


def _structural(c: Any) -> None:
    """An add or remove by index: Arrays.asList and the read-only lists refuse it before looking
    at the index."""
    if type(c) is FixedSizeList or getattr(type(c), "UNMODIFIABLE", False):
        raise UnsupportedOperationException(None)


@method("Arrays", "static List asList(def[])")
def _arrays_as_list(arr: Any) -> list[Any]:
    if arr is None:
        raise NullPointerException(None)
    return FixedSizeList(arr)


@method("Collections", "static void sort(List)", "static void sort(List, Comparator)")
def _collections_sort(c: list[Any], cmp: Any = None) -> None:
    _list_sort(c, cmp)


@method("Collections", "static void reverse(List)")
def _collections_reverse(c: list[Any]) -> None:
    _mut_removes(c)
    c.reverse()


@method("Collections", "static def max(Collection)")
def _collections_max(c: Any) -> Any:
    items = list(rt.iterate(c))
    if not items:
        raise NoSuchElementException(None)
    return max(items, key=rt.natural_key)


@method("Collections", "static def min(Collection)")
def _collections_min(c: Any) -> Any:
    items = list(rt.iterate(c))
    return min(items, key=rt.natural_key) if items else _collections_max(items)
