"""The `sort` processor: Collections.sort in natural (or reverse) order, Java's failures included.

Comparisons follow Comparable: only values of the same class compare (Integer vs Long fails with a
ClassCastException naming the two classes), Strings compare by UTF-16 code units, Double.compareTo
orders -0.0 before 0.0 and NaN last. The runs are built with the comparisons in the exact order of
the JDK's (Comparable)TimSort (count run + binary insertion, minRun-sized chunks), so a mixed-type
or null element fails on the same pair, with the JDK's helpful NullPointerException text; merging
the runs is left to Python's stable sort, which gives the same order.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable
from typing import Any

from s1elastic.ingest.config import ProcessorConfig
from s1elastic.ingest.document import FieldPath, IngestDocument
from s1elastic.ingest.errors import ClassCastException, IllegalArgumentException, NullPointerException
from s1elastic.ingest.javatypes import JavaSet, ZonedDateTime, java_class_name
from s1elastic.ingest.processors.base import LoadContext, Processor, register

_COMPARABLE = frozenset(
    {
        "java.lang.String",
        "java.lang.Integer",
        "java.lang.Long",
        "java.math.BigInteger",
        "java.lang.Double",
        "java.lang.Float",
        "java.lang.Boolean",
        "java.time.ZonedDateTime",
    }
)


def _cast_error(source: str, target: str) -> ClassCastException:
    return ClassCastException(
        f"class {source} cannot be cast to class {target} ({source} and {target} are in module java.base "
        "of loader 'bootstrap')"
    )


def _sign(a: Any, b: Any) -> int:
    return (a > b) - (a < b)


def _double_compare(a: float, b: float) -> int:
    """Double.compare: NaN is the largest value and equal to itself; -0.0 < 0.0."""
    if math.isnan(a) or math.isnan(b):
        return (1 if math.isnan(a) else 0) - (1 if math.isnan(b) else 0)
    if a == b == 0.0:
        return _sign(math.copysign(1.0, a), math.copysign(1.0, b))
    return _sign(a, b)


# The JDK's helpful NullPointerException text when `x.compareTo(null)` reads the argument.
_NULL_ARGUMENT = {
    "java.lang.String": 'Cannot read field "value" because "anotherString" is null',
    "java.lang.Integer": 'Cannot read field "value" because "anotherInteger" is null',
    "java.lang.Long": 'Cannot read field "value" because "anotherLong" is null',
    "java.lang.Double": 'Cannot read field "value" because "anotherDouble" is null',
    "java.lang.Float": 'Cannot read field "value" because "anotherFloat" is null',
    "java.lang.Boolean": 'Cannot read field "value" because "b" is null',
    "java.math.BigInteger": 'Cannot read field "signum" because "val" is null',
    "java.time.ZonedDateTime": (
        'Cannot invoke "java.time.chrono.ChronoZonedDateTime.toEpochSecond()" because "other" is null'
    ),
}


def compare_to(a: Any, b: Any, receiver: str | None = None) -> int:
    """`a.compareTo(b)` as the JDK evaluates it, with its exceptions.

    `receiver` is the expression the JDK names when `a` is null (`a[runHi]`, `pivot`, `c2`).
    """
    if a is None:
        raise NullPointerException(
            None
            if receiver is None
            else f'Cannot invoke "java.lang.Comparable.compareTo(Object)" because "{receiver}" is null'
        )
    cls_a = java_class_name(a)
    if cls_a not in _COMPARABLE:
        raise _cast_error(cls_a, "java.lang.Comparable")
    if b is None:
        raise NullPointerException(_NULL_ARGUMENT.get(cls_a))
    cls_b = java_class_name(b)
    if cls_a != cls_b:
        target = "java.time.chrono.ChronoZonedDateTime" if cls_a == "java.time.ZonedDateTime" else cls_a
        raise _cast_error(cls_b, target)
    if isinstance(a, str):
        return _sign(a.encode("utf-16-be", "surrogatepass"), b.encode("utf-16-be", "surrogatepass"))
    if isinstance(a, float):
        return _double_compare(a, b)
    if isinstance(a, ZonedDateTime):
        return _sign(
            (a.dt.timestamp() // 1, a.nano, a.dt.replace(tzinfo=None), a.zone_id),
            (b.dt.timestamp() // 1, b.nano, b.dt.replace(tzinfo=None), b.zone_id),
        )
    return _sign(a, b)


# compare(x, y, site): `site` names the JDK expression holding x (used for a null receiver).
_Compare = Callable[[Any, Any, str], int]
_MIN_MERGE = 32


def _count_run(items: list[Any], lo: int, hi: int, compare: _Compare) -> int:
    """countRunAndMakeAscending: the length of the run at `lo`, reversing a strictly descending one."""
    run_hi = lo + 1
    if run_hi == hi:
        return 1
    if compare(items[run_hi], items[lo], "a[runHi]") < 0:
        run_hi += 1
        while run_hi < hi and compare(items[run_hi], items[run_hi - 1], "a[runHi]") < 0:
            run_hi += 1
        items[lo:run_hi] = items[lo:run_hi][::-1]
    else:
        run_hi += 1
        while run_hi < hi and compare(items[run_hi], items[run_hi - 1], "a[runHi]") >= 0:
            run_hi += 1
    return run_hi - lo


def _binary_sort(items: list[Any], lo: int, hi: int, start: int, compare: _Compare) -> None:
    """binarySort: insert items[start:hi] into the sorted items[lo:start]."""
    for index in range(start, hi):
        pivot = items[index]
        left, right = lo, index
        while left < right:
            mid = (left + right) >> 1
            if compare(pivot, items[mid], "pivot") < 0:
                right = mid
            else:
                left = mid + 1
        items[left + 1 : index + 1] = items[left:index]
        items[left] = pivot


def _min_run_length(n: int) -> int:
    extra = 0
    while n >= _MIN_MERGE:
        extra |= n & 1
        n >>= 1
    return n + extra


def _build_runs(items: list[Any], compare: _Compare) -> None:
    """The run-building part of TimSort.sort, in place; a short list ends up fully sorted."""
    n = len(items)
    if n < 2:
        return
    if n < _MIN_MERGE:
        _binary_sort(items, 0, n, _count_run(items, 0, n, compare), compare)
        return
    min_run = _min_run_length(n)
    lo = 0
    while lo < n:
        run = _count_run(items, lo, n, compare)
        if run < min_run:
            force = min(n - lo, min_run)
            _binary_sort(items, lo, lo + force, lo + run, compare)
            run = force
        lo += run


def java_sort(items: list[Any], descending: bool) -> list[Any]:
    """Collections.sort(copy) or Collections.sort(copy, Collections.reverseOrder())."""
    result = list(items)
    compare: _Compare
    if descending:
        # ReverseComparator.compare(c1, c2) is c2.compareTo(c1), whatever the call site.
        compare = lambda x, y, _site: compare_to(y, x, "c2")  # noqa: E731
    else:
        compare = compare_to
    _build_runs(result, compare)
    if len(result) >= _MIN_MERGE:
        result.sort(key=functools.cmp_to_key(lambda x, y: compare(x, y, "")))
    return result


@register
class SortProcessor(Processor):
    type_name = "sort"

    def __init__(self, field: str, descending: bool, target: str) -> None:
        super().__init__()
        self.field = field
        self.path = FieldPath.of(field)
        self.descending = descending
        self.target = FieldPath.of(target)

    @classmethod
    def create(cls, cfg: ProcessorConfig, ctx: LoadContext) -> Processor:
        field = cfg.string("field")
        target = cfg.string("target_field", field)
        order = cfg.string("order", "asc")
        if order not in ("asc", "desc"):
            raise cfg.error(
                "order", f"Sort direction [{order}] not recognized. Valid values are: [asc, desc]"
            )
        cfg.finish()
        return cls(field, order == "desc", target)

    def execute(self, doc: IngestDocument) -> IngestDocument | None:
        value = doc.get(self.path)
        if value is None:
            raise IllegalArgumentException(f"field [{self.field}] is null, cannot sort.")
        if not isinstance(value, list) or isinstance(value, JavaSet):
            raise IllegalArgumentException(
                f"field [{self.field}] of type [{java_class_name(value)}] cannot be cast to [java.util.List]"
            )
        doc.set(self.target, java_sort(value, self.descending))
        return doc
