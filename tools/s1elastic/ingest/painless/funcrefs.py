"""Method references (`Type::method`, `Type::new`, `Type[]::new`, `var::method`, `this::fn`).

Painless resolves a reference against the functional interface it is converted to
(FunctionRef.create): a static method taking the interface's arguments first, else an instance
method on the first argument; a captured variable's instance method; a constructor; a script
function. Where the interface is known when compiling (a typed parameter) a reference that
matches nothing is a compile error; passed to a `def` call it is linked once the called method is
found, and the same lookup fails with the same text at run time (no location then, and no cast
checks: a void delegate for a value-returning interface is LambdaBootstrap's
LambdaConversionException instead of the compile-time "Cannot cast from [void] ...").

The values themselves stay dynamic (`JFunction` resolving by argument count when called), which
gives the same results for every reference that links.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from s1elastic.ingest.errors import IllegalArgumentException, JavaException
from s1elastic.ingest.painless import runtime as rt
from s1elastic.ingest.painless.methods import MethodInfo, find_constructor, find_method, find_static
from s1elastic.ingest.painless.types import (
    BOX_OF,
    FUNCTIONAL,
    PRIMITIVES,
    canonical,
    functional_method,
)
from s1elastic.ingest.painless.values import JArray


class LambdaConversionException(JavaException):
    java_class = "java.lang.invoke.LambdaConversionException"


@dataclass(frozen=True)
class RefTarget:
    """What `owner::name` denotes, decided when compiling.

    kind: "this" (script function), "array" (`T[]::new`), "ctor" (`T::new`), "type"
    (`T::method`), "capture" (a typed variable's method), "defcapture" (a def variable's method,
    found by its value's class when linked).
    """

    kind: str
    owner: str  # Painless type searched (primitives boxed); the array type for "array"
    symbol: str  # the owner as FunctionRef.create names it in messages
    name: str  # method name, "new", or the synthetic newarray function
    slot: int = -1  # the captured variable's frame slot


def interface(iface: str) -> tuple[int, str] | None:
    """(arity, return type) of a functional interface, None for any other type."""
    if iface == "ObjIntConsumer":
        return (2, "void")
    return FUNCTIONAL.get(iface)


def _matching(iface: str, arity: int) -> str:
    return f"matching [{canonical(iface)}, {functional_method(iface)}/{arity}] not found"


def _instance(cls: str, name: str, arity: int) -> MethodInfo | None:
    if arity < 0:
        return None
    info = find_method(cls, name, arity)
    return None if info is None or info.static else info


def lookup(target: RefTarget, iface: str, functions: Mapping[tuple[str, int], Any], value: Any = None) -> str:
    """FunctionRef.create's delegate lookup: the delegate's return type, or IllegalArgumentException
    with Painless' text when nothing matches. `value` is a def capture's value (run time only)."""
    found = interface(iface)
    if found is None:
        raise IllegalArgumentException(
            f"cannot convert function reference [{target.symbol}::{target.name}] "
            f"to a non-functional interface [{canonical(iface)}]"
        )
    arity = found[0]
    kind, owner, symbol, name = target.kind, target.owner, target.symbol, target.name
    if kind == "this":
        fn = functions.get((name, arity))
        if fn is None:
            raise IllegalArgumentException(
                f"function reference [this::{name}/{arity}] {_matching(iface, arity)}"
            )
        return str(fn.rtype)
    if kind == "array":
        if arity != 1:
            raise IllegalArgumentException(
                f"function reference [this::{name}/{arity}] {_matching(iface, arity)} "
                "due to an incorrect number of arguments"
            )
        return owner
    if kind == "ctor":
        if find_constructor(owner, arity) is None:
            raise IllegalArgumentException(
                f"function reference [{symbol}::new/{arity}] {_matching(iface, arity)}"
            )
        return owner
    if kind == "defcapture":
        if value is None:
            raise rt.npe_member(name)
        info = _instance(rt.painless_class(value), name, arity)
        if info is None:
            raise IllegalArgumentException(
                f"dynamic method [{rt.class_name(value)}, {name}/{arity}] not found"
            )
        return info.ret
    static = find_static(owner, name, arity)
    if kind == "capture":
        if static is not None:
            raise IllegalArgumentException(
                f"cannot use a static method as a function reference [{symbol}::{name}/{arity}] "
                "with a non-static captured variable"
            )
        info = _instance(owner, name, arity)
    else:
        info = static if static is not None else _instance(owner, name, arity - 1)
    if info is None:
        raise IllegalArgumentException(
            f"function reference [{symbol}::{name}/{arity}] {_matching(iface, arity)}"
        )
    return info.ret


def _class_text(t: str) -> str:
    """Class.toString() of an interface method's return type, as LambdaBootstrap prints it."""
    if t in PRIMITIVES or t == "void":
        return t
    return "class java.lang.Object" if t in ("def", "Object") else f"class {canonical(t)}"


def link(target: RefTarget, iface: str, functions: Mapping[tuple[str, int], Any], value: Any = None) -> None:
    """Def.lookupMethod / DefBootstrap linking a reference at run time (FunctionRef.create without a
    location, then LambdaBootstrap's return check)."""
    ret = lookup(target, iface, functions, value)
    found = interface(iface)
    assert found is not None
    if ret == "void" and found[1] != "void":
        raise LambdaConversionException(
            f"lambda expects return type [{_class_text(found[1])}], but found return type [void]"
        )


def _coerce(v: Any, p: str) -> Any:
    if p in ("def", "Object", "CharSequence") or interface(p) is not None:
        return v
    return rt.def_cast(v, p, False)


def make(
    target: RefTarget,
    functions: Mapping[tuple[str, int], Any],
    call_dynamic: Callable[[Any, str, Any], Any],
    checked_iface: str | None = None,
) -> Callable[[list[Any]], Any]:
    """The closure building the reference's value from a frame. `checked_iface`: the interface
    it is converted to, when known when compiling (a def capture is then linked as it is made)."""
    from s1elastic.ingest.painless.values import JFunction

    kind, owner, name = target.kind, target.owner, target.name
    if kind == "this":
        candidates = {k[1]: fn for k, fn in functions.items() if k[0] == name}

        def invoke_this(*args: Any) -> Any:
            fn = candidates.get(len(args))
            if fn is None:
                raise IllegalArgumentException(f"function reference [this::{name}/{len(args)}] not found")
            return fn.call(*args)

        value = JFunction(invoke_this, -1, name)
        return lambda f: value
    if kind == "array":
        from s1elastic.ingest.painless.compiler import _DEFAULTS, NegativeArraySizeException

        elem = owner[:-2]
        default = _DEFAULTS.get(elem)

        def invoke_array(*args: Any) -> Any:
            # the synthetic `newarray(int size)`: the interface's argument cast to int
            n = rt.def_cast(args[0], "int", False) if args else 0
            if n < 0:
                raise NegativeArraySizeException(str(n))
            return JArray(elem, [default] * n)

        array_fn = JFunction(invoke_array, 1, name)
        return lambda f: array_fn
    if kind == "ctor":

        def invoke_new(*args: Any) -> Any:
            info = find_constructor(owner, len(args))
            if info is None:
                raise IllegalArgumentException(
                    f"constructor [{canonical(owner)}, <init>/{len(args)}] not found"
                )
            # the delegate's parameter types: a value of another class is a cast error
            return info.impl(*[_coerce(a, p) for a, p in zip(args, info.params)])

        ctor_fn = JFunction(invoke_new, -1, f"{owner}::new")
        return lambda f: ctor_fn
    if kind == "type":

        def invoke_type(*args: Any) -> Any:
            info = find_static(owner, name, len(args))
            if info is not None:
                return info.impl(*[_coerce(a, p) for a, p in zip(args, info.params)])
            if args:
                recv = args[0]
                if recv is None:
                    raise rt.npe_member(name)
                return call_dynamic(recv, name, args[1:])
            raise IllegalArgumentException(f"function reference [{owner}::{name}/0] not found")

        type_fn = JFunction(invoke_type, -1, f"{owner}::{name}")
        return lambda f: type_fn
    slot = target.slot
    label = f"{target.symbol}::{name}"

    def bound(f: list[Any]) -> Any:
        recv = f[slot]
        if checked_iface is not None:
            link(target, checked_iface, functions, recv)

        def invoke_bound(*args: Any) -> Any:
            return call_dynamic(recv, name, args)

        return JFunction(invoke_bound, -1, label)

    return bound


def boxed(t: str) -> str:
    """PainlessLookup searches a primitive type's methods on its box (`int::intValue`)."""
    return BOX_OF.get(t, t)
