"""java.util's Int/Long/DoubleSummaryStatistics as Painless allowlists them (java.util.txt): a
no-argument constructor, combine and the getters, plus `accept` inherited from Int/Long/Double
Consumer. IntStream/LongStream/DoubleStream.summaryStatistics() and Collectors.summarizing* make
them too.

DoubleSummaryStatistics keeps the JDK's (18+) Kahan-compensated sum next to a simple sum (used
when the compensated one is NaN from infinities), so getSum, getAverage and toString match Java
digit for digit. Objects compare by identity (Object.equals).
"""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Context, Decimal
from typing import Any

from s1elastic.ingest.errors import NullPointerException
from s1elastic.ingest.javatypes import JLong
from s1elastic.ingest.painless import runtime as rt
from s1elastic.ingest.painless.api_collections import call
from s1elastic.ingest.painless.api_stream import Collector, JStream, _to_kind
from s1elastic.ingest.painless.methods import constructor, method

INT_MIN, INT_MAX = -(2**31), 2**31 - 1
LONG_MIN, LONG_MAX = -(2**63), 2**63 - 1
_WIDE = Context(prec=400)  # every double's integer digits and six decimals


def java_f(x: float) -> str:
    """Formatter's `%f` of a double (Locale.ROOT): the shortest decimal digits rounded HALF_UP to
    six places, as FormattedFloatingDecimal does (not the binary value's exact expansion)."""
    if x != x:
        return "NaN"
    if math.isinf(x):
        return "Infinity" if x > 0 else "-Infinity"
    d = Decimal(repr(x)).quantize(Decimal("0.000001"), rounding=ROUND_HALF_UP, context=_WIDE)
    text = format(d, "f")
    if text.startswith("-") or math.copysign(1.0, x) > 0:
        return text
    return "-" + text  # -0.0 prints its sign


def _min(a: float, b: float) -> float:
    """Math.min(double, double): NaN wins, -0.0 is below 0.0."""
    if a != a or b != b:
        return math.nan
    if a == b == 0.0:
        return a if math.copysign(1.0, a) < 0 else b
    return a if a < b else b


def _max(a: float, b: float) -> float:
    if a != a or b != b:
        return math.nan
    if a == b == 0.0:
        return a if math.copysign(1.0, a) > 0 else b
    return a if a > b else b


class DoubleSummaryStatistics:
    __slots__ = ("comp", "count", "max", "min", "simple", "total")
    JAVA_CLASS = "java.util.DoubleSummaryStatistics"
    PAINLESS_CLASS = "DoubleSummaryStatistics"

    def __init__(self) -> None:
        self.count = 0
        self.total = 0.0  # the compensated sum's high part
        self.comp = 0.0  # its running compensation
        self.simple = 0.0
        self.min = math.inf
        self.max = -math.inf

    def _add(self, v: float) -> None:
        y = v - self.comp
        t = self.total + y
        self.comp = (t - self.total) - y
        self.total = t

    def accept(self, v: Any) -> None:
        x = float(v)
        self.count += 1
        self.simple += x
        self._add(x)
        self.min = _min(self.min, x)
        self.max = _max(self.max, x)

    def __call__(self, v: Any) -> None:  # a DoubleConsumer (forEach, peek)
        self.accept(v)

    def combine(self, other: DoubleSummaryStatistics) -> None:
        self.count += other.count
        self.simple += other.simple
        self._add(other.total)
        self._add(-other.comp)
        self.min = _min(self.min, other.min)
        self.max = _max(self.max, other.max)

    def get_sum(self) -> float:
        s = self.total - self.comp
        if s != s and math.isinf(self.simple):
            return self.simple
        return s

    def get_average(self) -> float:
        return self.get_sum() / float(self.count) if self.count > 0 else 0.0

    def java_to_string(self) -> str:
        return (
            f"DoubleSummaryStatistics{{count={self.count}, sum={java_f(self.get_sum())}, "
            f"min={java_f(self.min)}, average={java_f(self.get_average())}, max={java_f(self.max)}}}"
        )


class IntSummaryStatistics:
    __slots__ = ("count", "max", "min", "total")
    JAVA_CLASS = "java.util.IntSummaryStatistics"
    PAINLESS_CLASS = "IntSummaryStatistics"
    EMPTY = (INT_MAX, INT_MIN)

    def __init__(self) -> None:
        self.count = 0
        self.total = 0  # a Java long: wraps
        self.min, self.max = self.EMPTY

    def accept(self, v: Any) -> None:
        x = int(v)
        self.count += 1
        self.total = int(rt.wrap64(self.total + x))
        self.min = min(self.min, x)
        self.max = max(self.max, x)

    def __call__(self, v: Any) -> None:
        self.accept(v)

    def combine(self, other: Any) -> None:
        self.count += other.count
        self.total = int(rt.wrap64(self.total + other.total))
        self.min = min(self.min, other.min)
        self.max = max(self.max, other.max)

    def get_average(self) -> float:
        return float(self.total) / float(self.count) if self.count > 0 else 0.0

    def java_to_string(self) -> str:
        return (
            f"{type(self).__name__}{{count={self.count}, sum={self.total}, min={self.min}, "
            f"average={java_f(self.get_average())}, max={self.max}}}"
        )


class LongSummaryStatistics(IntSummaryStatistics):
    __slots__ = ()
    JAVA_CLASS = "java.util.LongSummaryStatistics"
    PAINLESS_CLASS = "LongSummaryStatistics"
    EMPTY = (LONG_MAX, LONG_MIN)


@constructor("DoubleSummaryStatistics", "")
def _new_double() -> DoubleSummaryStatistics:
    return DoubleSummaryStatistics()


@constructor("IntSummaryStatistics", "")
def _new_int() -> IntSummaryStatistics:
    return IntSummaryStatistics()


@constructor("LongSummaryStatistics", "")
def _new_long() -> LongSummaryStatistics:
    return LongSummaryStatistics()


# accept/1 comes from the consumer interface each class implements (LongSummaryStatistics lists
# LongConsumer first, so Painless' accept/1 there takes a long).
@method("DoubleSummaryStatistics", "void accept(double)")
@method("IntSummaryStatistics", "void accept(int)")
@method("LongSummaryStatistics", "void accept(long)")
def _accept(s: Any, v: Any) -> None:
    s.accept(v)


def _combine(s: Any, other: Any) -> None:
    if other is None:
        raise NullPointerException('Cannot read field "count" because "other" is null')
    if type(other) is not type(s):
        raise rt.java_cce(other, type(s).PAINLESS_CLASS)
    s.combine(other)


method("DoubleSummaryStatistics", "void combine(DoubleSummaryStatistics)")(_combine)
method("IntSummaryStatistics", "void combine(IntSummaryStatistics)")(_combine)
method("LongSummaryStatistics", "void combine(LongSummaryStatistics)")(_combine)


@method("DoubleSummaryStatistics", "long getCount()")
@method("IntSummaryStatistics", "long getCount()")
@method("LongSummaryStatistics", "long getCount()")
def _get_count(s: Any) -> JLong:
    return JLong(s.count)


@method("DoubleSummaryStatistics", "double getSum()")
def _get_sum_double(s: DoubleSummaryStatistics) -> float:
    return s.get_sum()


@method("IntSummaryStatistics", "long getSum()")
@method("LongSummaryStatistics", "long getSum()")
def _get_sum_long(s: IntSummaryStatistics) -> JLong:
    return JLong(s.total)


@method("DoubleSummaryStatistics", "double getAverage()")
@method("IntSummaryStatistics", "double getAverage()")
@method("LongSummaryStatistics", "double getAverage()")
def _get_average(s: Any) -> float:
    return float(s.get_average())


@method("DoubleSummaryStatistics", "double getMin()")
def _get_min_double(s: DoubleSummaryStatistics) -> float:
    return s.min


@method("DoubleSummaryStatistics", "double getMax()")
def _get_max_double(s: DoubleSummaryStatistics) -> float:
    return s.max


@method("IntSummaryStatistics", "int getMin()")
def _get_min_int(s: IntSummaryStatistics) -> int:
    return s.min


@method("IntSummaryStatistics", "int getMax()")
def _get_max_int(s: IntSummaryStatistics) -> int:
    return s.max


@method("LongSummaryStatistics", "long getMin()")
def _get_min_long(s: LongSummaryStatistics) -> JLong:
    return JLong(s.min)


@method("LongSummaryStatistics", "long getMax()")
def _get_max_long(s: LongSummaryStatistics) -> JLong:
    return JLong(s.max)


_BY_KIND: dict[str, Any] = {
    "int": IntSummaryStatistics,
    "long": LongSummaryStatistics,
    "double": DoubleSummaryStatistics,
}


@method("IntStream", "IntSummaryStatistics summaryStatistics()")
@method("LongStream", "LongSummaryStatistics summaryStatistics()")
@method("DoubleStream", "DoubleSummaryStatistics summaryStatistics()")
def _summary_statistics(s: JStream) -> Any:
    stats = _BY_KIND[s.KIND]()
    for v in s.take():
        stats.accept(v)
    return stats


def _summarizing(kind: str) -> Any:
    def make(fn: Any) -> Collector:
        if fn is None:
            raise NullPointerException(None)

        def acc(stats: Any, x: Any) -> Any:
            stats.accept(_to_kind(kind, call(fn, x)))
            return stats

        return Collector(_BY_KIND[kind], acc)

    return make


method("Collectors", "static Collector summarizingInt(ToIntFunction)")(_summarizing("int"))
method("Collectors", "static Collector summarizingLong(ToLongFunction)")(_summarizing("long"))
method("Collectors", "static Collector summarizingDouble(ToDoubleFunction)")(_summarizing("double"))
