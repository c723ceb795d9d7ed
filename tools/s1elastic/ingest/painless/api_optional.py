"""java.util.Optional and its primitive forms, as Painless whitelists them (java.util.txt).

Stream terminal operations (findFirst, min, max, reduce) return these. Only the whitelisted
methods exist: no `isEmpty`, `orElseThrow()` without a supplier or `ifPresentOrElse`.
"""

from __future__ import annotations

from typing import Any

from s1elastic.ingest.errors import JavaException, NullPointerException
from s1elastic.ingest.javatypes import JLong, java_equals
from s1elastic.ingest.painless import runtime as rt
from s1elastic.ingest.painless.methods import method


class NoSuchElementException(JavaException):
    java_class = "java.util.NoSuchElementException"


_ABSENT = object()


class JOptional:
    """java.util.Optional: a value or nothing (never a null value)."""

    __slots__ = ("value",)
    JAVA_CLASS = "java.util.Optional"
    PAINLESS_CLASS = "Optional"
    NAME = "Optional"

    def __init__(self, value: Any = _ABSENT) -> None:
        self.value = value

    @property
    def present(self) -> bool:
        return self.value is not _ABSENT

    def java_to_string(self) -> str:
        if not self.present:
            return f"{self.NAME}.empty"
        return f"{self.NAME}[{rt.to_string(self.value)}]"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return False
        assert isinstance(other, JOptional)
        if not self.present or not other.present:
            return self.present == other.present
        return java_equals(self.value, other.value)

    def __hash__(self) -> int:
        return 0 if not self.present else hash(rt.to_string(self.value))


class OptionalInt(JOptional):
    __slots__ = ()
    JAVA_CLASS = "java.util.OptionalInt"
    PAINLESS_CLASS = "OptionalInt"
    NAME = "OptionalInt"


class OptionalLong(JOptional):
    __slots__ = ()
    JAVA_CLASS = "java.util.OptionalLong"
    PAINLESS_CLASS = "OptionalLong"
    NAME = "OptionalLong"


class OptionalDouble(JOptional):
    __slots__ = ()
    JAVA_CLASS = "java.util.OptionalDouble"
    PAINLESS_CLASS = "OptionalDouble"
    NAME = "OptionalDouble"


def optional_of(value: Any) -> JOptional:
    """Optional.of: a null value is a NullPointerException (findFirst/min/max/reduce on nulls)."""
    if value is None:
        raise NullPointerException(None)
    return JOptional(value)


def _call(fn: Any, *args: Any) -> Any:
    from s1elastic.ingest.painless.api_collections import call

    return call(fn, *args)


def _test(fn: Any, *args: Any) -> bool:
    from s1elastic.ingest.painless.api_collections import test

    return test(fn, *args)


def _get(o: JOptional) -> Any:
    if not o.present:
        raise NoSuchElementException("No value present")
    return o.value


@method("Optional", "static Optional empty()")
def _empty() -> JOptional:
    return JOptional()


@method("Optional", "static Optional of(def)")
def _of(value: Any) -> JOptional:
    return optional_of(value)


@method("Optional", "static Optional ofNullable(def)")
def _of_nullable(value: Any) -> JOptional:
    return JOptional() if value is None else JOptional(value)


@method("Optional", "def get()")
@method("OptionalInt", "int getAsInt()")
@method("OptionalLong", "long getAsLong()")
@method("OptionalDouble", "double getAsDouble()")
def _opt_get(o: JOptional) -> Any:
    return _get(o)


@method("Optional", "boolean isPresent()")
@method("OptionalInt", "boolean isPresent()")
@method("OptionalLong", "boolean isPresent()")
@method("OptionalDouble", "boolean isPresent()")
def _is_present(o: JOptional) -> bool:
    return o.present


@method("Optional", "void ifPresent(Consumer)")
@method("OptionalInt", "void ifPresent(IntConsumer)")
@method("OptionalLong", "void ifPresent(LongConsumer)")
@method("OptionalDouble", "void ifPresent(DoubleConsumer)")
def _if_present(o: JOptional, fn: Any) -> None:
    if o.present:  # the action is only looked at when there is a value
        _call(fn, o.value)


@method("Optional", "def orElse(def)")
def _or_else(o: JOptional, other: Any) -> Any:
    return o.value if o.present else other


@method("OptionalInt", "int orElse(int)")
@method("OptionalLong", "long orElse(long)")
@method("OptionalDouble", "double orElse(double)")
def _prim_or_else(o: JOptional, other: Any) -> Any:
    return o.value if o.present else other


@method("Optional", "def orElseGet(Supplier)")
@method("OptionalInt", "int orElseGet(IntSupplier)")
@method("OptionalLong", "long orElseGet(LongSupplier)")
@method("OptionalDouble", "double orElseGet(DoubleSupplier)")
def _or_else_get(o: JOptional, fn: Any) -> Any:
    if o.present:
        return o.value
    r = _call(fn)
    if type(o) is OptionalInt:
        return rt.def_cast(r, "int", False)
    if type(o) is OptionalLong:
        return rt.def_cast(r, "long", False)
    if type(o) is OptionalDouble:
        return rt.def_cast(r, "double", False)
    return r


@method("Optional", "def orElseThrow(Supplier)")
@method("OptionalInt", "int orElseThrow(Supplier)")
@method("OptionalLong", "long orElseThrow(Supplier)")
@method("OptionalDouble", "double orElseThrow(Supplier)")
def _or_else_throw(o: JOptional, fn: Any) -> Any:
    if o.present:
        return o.value
    exc = _call(fn)
    if exc is None:
        raise NullPointerException(None)
    if isinstance(exc, JavaException):
        raise exc
    raise rt.java_cce(exc, "Exception")


@method("Optional", "Optional filter(Predicate)")
def _filter(o: JOptional, fn: Any) -> JOptional:
    if fn is None:
        raise NullPointerException(None)
    if not o.present:
        return o
    return o if _test(fn, o.value) else JOptional()


@method("Optional", "Optional map(Function)")
def _map(o: JOptional, fn: Any) -> JOptional:
    if fn is None:
        raise NullPointerException(None)
    if not o.present:
        return o
    return _of_nullable(_call(fn, o.value))


@method("Optional", "Optional flatMap(Function)")
def _flat_map(o: JOptional, fn: Any) -> JOptional:
    if fn is None:
        raise NullPointerException(None)
    if not o.present:
        return o
    r = _call(fn, o.value)
    if r is None:
        raise NullPointerException(None)
    if type(r) is not JOptional:
        raise rt.java_cce(r, "Optional")
    return r


@method("OptionalInt", "static OptionalInt empty()")
def _int_empty() -> OptionalInt:
    return OptionalInt()


@method("OptionalInt", "static OptionalInt of(int)")
def _int_of(v: int) -> OptionalInt:
    return OptionalInt(v)


@method("OptionalLong", "static OptionalLong empty()")
def _long_empty() -> OptionalLong:
    return OptionalLong()


@method("OptionalLong", "static OptionalLong of(long)")
def _long_of(v: int) -> OptionalLong:
    return OptionalLong(JLong(v))


@method("OptionalDouble", "static OptionalDouble empty()")
def _double_empty() -> OptionalDouble:
    return OptionalDouble()


@method("OptionalDouble", "static OptionalDouble of(double)")
def _double_of(v: float) -> OptionalDouble:
    return OptionalDouble(float(v))
