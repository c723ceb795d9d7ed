"""java.util.Comparator's whitelist (statics and default methods), Collections.reverseOrder and
Map.Entry.comparingByKey/comparingByValue.

A comparator is any two-argument function value; the ones made here are `JComparator`s, so a
`def` holding one still finds `reversed()` and `thenComparing(...)`. Natural order is
Comparable.compareTo of the first value: the built-in ordering for strings, numbers, booleans
and chars, else the value's whitelisted `compareTo` (dates, UUIDs, ...); nulls are a
NullPointerException unless wrapped in nullsFirst/nullsLast.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from s1elastic.ingest.errors import ClassCastException, NullPointerException
from s1elastic.ingest.painless import runtime as rt
from s1elastic.ingest.painless.api_lang import double_compare
from s1elastic.ingest.painless.methods import find_method, method
from s1elastic.ingest.painless.types import FUNCTIONAL, functional_method
from s1elastic.ingest.painless.values import JFunction, MapEntry

Compare = Callable[[Any, Any], int]


class JComparator(JFunction):
    """A comparator made by the whitelisted factories (Java: a lambda of java.util.Comparator)."""

    __slots__ = ()
    JAVA_CLASS = "java.util.Comparator$$Lambda"
    PAINLESS_CLASS = "Comparator"


class NaturalOrderComparator(JComparator):
    __slots__ = ()
    JAVA_CLASS = "java.util.Comparators$NaturalOrderComparator"


class ReverseComparator(JComparator):
    """Natural order reversed."""

    __slots__ = ()
    JAVA_CLASS = "java.util.Collections$ReverseComparator"


class ReverseComparator2(JComparator):
    """Another comparator reversed; reversing it again gives that comparator back."""

    __slots__ = ("original",)
    JAVA_CLASS = "java.util.Collections$ReverseComparator2"

    def __init__(self, original: Any) -> None:
        super().__init__(lambda a, b: compare_with(original, b, a), 2, "compare")
        self.original = original


# Marks an argument the caller did not pass (a passed null is Java's NullPointerException).
_ABSENT: Any = object()


def _comparator(fn: Compare, cls: type[JComparator] = JComparator) -> JComparator:
    return cls(fn, 2, "compare")


def compare_with(cmp: Any, a: Any, b: Any) -> int:
    """cmp.compare(a, b), its result an int as the interface's return type requires."""
    if cmp is None:
        raise NullPointerException(None)
    if isinstance(cmp, JFunction):
        r = cmp.fn(a, b)
    elif callable(cmp):
        r = cmp(a, b)
    else:
        raise rt.cast_error_def(cmp, "Comparator", True)
    return r if type(r) is int else int(rt.def_cast(r, "int", False))


def _apply(fn: Any, x: Any) -> Any:
    if fn is None:
        raise NullPointerException(None)
    return fn.fn(x) if isinstance(fn, JFunction) else fn(x)


def _need(v: Any) -> Any:
    if v is None:
        raise NullPointerException(None)
    return v


_BUILT_IN = frozenset(
    {"String", "Integer", "Long", "Short", "Byte", "Character", "Double", "Float", "Boolean"}
)


def natural_compare(a: Any, b: Any) -> int:
    """a.compareTo(b) for a Comparable a; anything else is Java's ClassCastException."""
    if a is None or b is None:
        raise NullPointerException(None)
    cls = rt.painless_class(a)
    if cls not in _BUILT_IN:
        info = find_method(cls, "compareTo", 1)
        if info is None or info.owner == "Comparable":
            name = rt.class_name(a)
            raise ClassCastException(
                f"class {name} cannot be cast to class java.lang.Comparable ({name} and "
                "java.lang.Comparable are in module java.base of loader 'bootstrap')"
            )
        return int(info.impl(a, b))
    return rt.compare_to(a, b)


def _long_compare(x: int, y: int) -> int:
    return (x > y) - (x < y)


def _keyed(key: Any, as_type: str, compare: Compare) -> Compare:
    def cmp(a: Any, b: Any) -> int:
        ka = rt.def_cast(_apply(key, a), as_type, False)
        kb = rt.def_cast(_apply(key, b), as_type, False)
        return compare(ka, kb)

    return cmp


# ---------------------------------------------------------------------------------------------
# statics


@method("Comparator", "static Comparator naturalOrder()")
def natural_order() -> JComparator:
    return _comparator(natural_compare, NaturalOrderComparator)


@method("Comparator", "static Comparator reverseOrder()")
def reverse_order() -> JComparator:
    return _comparator(lambda a, b: natural_compare(b, a), ReverseComparator)


@method(
    "Comparator", "static Comparator comparing(Function)", "static Comparator comparing(Function, Comparator)"
)
def _comparing(key: Any, key_cmp: Any = _ABSENT) -> JComparator:
    _need(key)
    if key_cmp is _ABSENT:
        return _comparator(lambda a, b: natural_compare(_apply(key, a), _apply(key, b)))
    _need(key_cmp)
    return _comparator(lambda a, b: compare_with(key_cmp, _apply(key, a), _apply(key, b)))


@method("Comparator", "static Comparator comparingInt(ToIntFunction)")
def _comparing_int(key: Any) -> JComparator:
    return _comparator(_keyed(_need(key), "int", _long_compare))


@method("Comparator", "static Comparator comparingLong(ToLongFunction)")
def _comparing_long(key: Any) -> JComparator:
    return _comparator(_keyed(_need(key), "long", _long_compare))


@method("Comparator", "static Comparator comparingDouble(ToDoubleFunction)")
def _comparing_double(key: Any) -> JComparator:
    return _comparator(_keyed(_need(key), "double", double_compare))


def _nulls(cmp: Any, null_first: bool) -> JComparator:
    def compare(a: Any, b: Any) -> int:
        if a is None:
            return 0 if b is None else (-1 if null_first else 1)
        if b is None:
            return 1 if null_first else -1
        return 0 if cmp is None else compare_with(cmp, a, b)

    return _comparator(compare)


@method("Comparator", "static Comparator nullsFirst(Comparator)")
def _nulls_first(cmp: Any) -> JComparator:
    return _nulls(cmp, True)


@method("Comparator", "static Comparator nullsLast(Comparator)")
def _nulls_last(cmp: Any) -> JComparator:
    return _nulls(cmp, False)


# ---------------------------------------------------------------------------------------------
# instance (default) methods


@method("Comparator", "int compare(def, def)")
def _compare(cmp: Any, a: Any, b: Any) -> int:
    return compare_with(cmp, a, b)


@method("Comparator", "Comparator reversed()")
def _reversed(cmp: Any) -> JComparator:
    if type(cmp) is NaturalOrderComparator:
        return reverse_order()
    if type(cmp) is ReverseComparator:
        return natural_order()
    if type(cmp) is ReverseComparator2:
        return cmp.original  # type: ignore[no-any-return]
    return ReverseComparator2(cmp)


def _then(first: Any, second: Compare) -> JComparator:
    def compare(a: Any, b: Any) -> int:
        r = compare_with(first, a, b)
        return r if r != 0 else second(a, b)

    return _comparator(compare)


@method("Comparator", "Comparator thenComparing(Comparator)")
def _then_comparing(cmp: Any, other: Any) -> JComparator:
    _need(other)
    return _then(cmp, lambda a, b: compare_with(other, a, b))


@method("Comparator", "Comparator thenComparing(Function, Comparator)")
def _then_comparing_key(cmp: Any, key: Any, key_cmp: Any) -> JComparator:
    return _then(cmp, _comparing(key, _need(key_cmp)).fn)


@method("Comparator", "Comparator thenComparingInt(ToIntFunction)")
def _then_comparing_int(cmp: Any, key: Any) -> JComparator:
    return _then(cmp, _keyed(_need(key), "int", _long_compare))


@method("Comparator", "Comparator thenComparingLong(ToLongFunction)")
def _then_comparing_long(cmp: Any, key: Any) -> JComparator:
    return _then(cmp, _keyed(_need(key), "long", _long_compare))


@method("Comparator", "Comparator thenComparingDouble(ToDoubleFunction)")
def _then_comparing_double(cmp: Any, key: Any) -> JComparator:
    return _then(cmp, _keyed(_need(key), "double", double_compare))


# ---------------------------------------------------------------------------------------------
# Collections.reverseOrder, Map.Entry.comparingByKey / comparingByValue


@method("Collections", "static Comparator reverseOrder()", "static Comparator reverseOrder(Comparator)")
def _collections_reverse_order(cmp: Any = None) -> JComparator:
    """Collections.reverseOrder(cmp): natural order reversed when cmp is null."""
    return reverse_order() if cmp is None else _reversed(cmp)


def _entry_part(entry: Any, key: bool) -> Any:
    if entry is None:
        raise NullPointerException(None)
    if isinstance(entry, MapEntry):
        return rt.key_out(entry.key) if key else entry.value
    getter = find_method(rt.painless_class(entry), "getKey" if key else "getValue", 0)
    if getter is None:
        raise rt.cast_error_def(entry, "Map.Entry", True)
    return getter.impl(entry)


@method("Map.Entry", "static Comparator comparingByKey()", "static Comparator comparingByKey(Comparator)")
def _by_key(cmp: Any = _ABSENT) -> JComparator:
    if cmp is _ABSENT:
        return _comparator(lambda a, b: natural_compare(_entry_part(a, True), _entry_part(b, True)))
    _need(cmp)
    return _comparator(lambda a, b: compare_with(cmp, _entry_part(a, True), _entry_part(b, True)))


@method("Map.Entry", "static Comparator comparingByValue()", "static Comparator comparingByValue(Comparator)")
def _by_value(cmp: Any = _ABSENT) -> JComparator:
    if cmp is _ABSENT:
        return _comparator(lambda a, b: natural_compare(_entry_part(a, False), _entry_part(b, False)))
    _need(cmp)
    return _comparator(lambda a, b: compare_with(cmp, _entry_part(a, False), _entry_part(b, False)))


# java.util.function.txt whitelists each interface's abstract method, so a script function taking
# a Function (`int applyOne(IntFunction f) { f.apply(1) }`) can call the lambda it was given. The
# lambda was compiled for that interface, so its result already has the interface's type.
def _invoke(fn: Any, *args: Any) -> Any:
    if not callable(fn):  # pragma: no cover - a typed receiver always holds a function value
        raise rt.java_cce(fn, "java.util.function.Function")
    return fn(*args)


for _iface, (_arity, _ret) in FUNCTIONAL.items():
    if _iface != "Comparator":
        _sig = f"{_ret} {functional_method(_iface)}({', '.join(['def'] * _arity)})"
        method(_iface, _sig)(_invoke)
