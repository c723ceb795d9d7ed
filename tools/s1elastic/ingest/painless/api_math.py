"""The rest of java.lang.Math's whitelist (copySign, the hyperbolic functions, IEEEremainder,
nextAfter/nextUp/nextDown, scalb, ulp) and java.lang.StrictMath, which Painless whitelists with
exactly Math's methods and fields.

Painless exposes only the `double` overloads (`Math.abs(-5)` is `5.0`); integer helpers such as
floorMod, floorDiv, addExact or abs(int) are not whitelisted, so they stay compile errors
(`static method [java.lang.Math, floorMod/2] not found`), as in Elasticsearch.
"""

from __future__ import annotations

import math
from typing import Any

from s1elastic.ingest.painless import api_lang  # noqa: F401 - registers Math's first half first
from s1elastic.ingest.painless import runtime as rt
from s1elastic.ingest.painless.methods import _METHODS, _STATIC_FIELDS, method


def _d(v: Any) -> float:
    return rt.double_value(v)


@method("Math", "static double copySign(double, double)")
def _copy_sign(magnitude: Any, sign: Any) -> float:
    return math.copysign(_d(magnitude), _d(sign))


def _overflowing(fn: Any) -> Any:
    """A function whose only failure is overflow to an infinity of the argument's sign."""

    def impl(v: Any) -> float:
        x = _d(v)
        try:
            return float(fn(x))
        except OverflowError:
            return math.copysign(math.inf, x) if fn is math.sinh else math.inf

    return impl


method("Math", "static double sinh(double)")(_overflowing(math.sinh))
method("Math", "static double cosh(double)")(_overflowing(math.cosh))


@method("Math", "static double tanh(double)")
def _tanh(v: Any) -> float:
    return math.tanh(_d(v))


@method("Math", "static double IEEEremainder(double, double)")
def _ieee_remainder(a: Any, b: Any) -> float:
    """x - n*y with n the integer nearest x/y (ties to even); NaN for y = 0 or infinite x."""
    x, y = _d(a), _d(b)
    if x != x or y != y or math.isinf(x) or y == 0.0:
        return math.nan
    if math.isinf(y):
        return x
    return math.remainder(x, y)


@method("Math", "static double nextAfter(double, double)")
def _next_after(start: Any, direction: Any) -> float:
    return math.nextafter(_d(start), _d(direction))


@method("Math", "static double nextUp(double)")
def _next_up(v: Any) -> float:
    return math.nextafter(_d(v), math.inf)


@method("Math", "static double nextDown(double)")
def _next_down(v: Any) -> float:
    return math.nextafter(_d(v), -math.inf)


@method("Math", "static double scalb(double, int)")
def _scalb(v: Any, n: int) -> float:
    """d * 2^n rounded once, as ldexp; overflow is an infinity of d's sign."""
    x = _d(v)
    try:
        return math.ldexp(x, int(n))
    except OverflowError:
        return math.copysign(math.inf, x)


@method("Math", "static double ulp(double)")
def _ulp(v: Any) -> float:
    x = _d(v)
    return x if x != x else math.ulp(x)


def _mirror_into_strict_math() -> None:
    """StrictMath: the same whitelist as Math. Java's StrictMath is fdlibm; Python's math is the
    platform libm, correctly rounded for the operations ingest scripts use (floor, sqrt, pow...)."""
    for info in _METHODS.get("Math", {}).values():
        if info.static:
            params = ", ".join(info.params)
            method("StrictMath", f"static {info.ret} {info.name}({params})")(info.impl)
    for name, (type_name, value) in _STATIC_FIELDS.get("Math", {}).items():
        _STATIC_FIELDS.setdefault("StrictMath", {})[name] = (type_name, value)


_mirror_into_strict_math()
