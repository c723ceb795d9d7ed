"""The `sort` processor: Collections.sort in natural (or reverse) order, Java's failures included.

Comparisons follow Comparable: only values of the same class compare (Integer vs Long fails with a
ClassCastException naming the two classes), Strings compare by UTF-16 code units, Double.compareTo
orders -0.0 before 0.0 and NaN last. For lists shorter than 32 elements the comparisons are made in
the exact order of the JDK's ComparableTimSort (count run + binary insertion), so a mixed-type list
fails on the same pair as in Java; longer lists use Python's sort with the same comparator.
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


def compare_to(a: Any, b: Any) -> int:
    """`a.compareTo(b)` as the JDK evaluates it, with its exceptions."""
    if a is None:
        raise NullPointerException(None)
    cls_a = java_class_name(a)
    if cls_a not in _COMPARABLE:
        raise _cast_error(cls_a, "java.lang.Comparable")
    if b is None:
        raise NullPointerException(None)
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


def _tim_sort_small(items: list[Any], compare: Callable[[Any, Any], int]) -> None:
    """ComparableTimSort for fewer than 32 elements: countRunAndMakeAscending, then binarySort."""
    n = len(items)
    if n < 2:
        return
    run_hi = 1
    if compare(items[run_hi], items[0]) < 0:
        run_hi += 1
        while run_hi < n and compare(items[run_hi], items[run_hi - 1]) < 0:
            run_hi += 1
        items[:run_hi] = items[:run_hi][::-1]
    else:
        run_hi += 1
        while run_hi < n and compare(items[run_hi], items[run_hi - 1]) >= 0:
            run_hi += 1
    for start in range(run_hi, n):
        pivot = items[start]
        left, right = 0, start
        while left < right:
            mid = (left + right) >> 1
            if compare(pivot, items[mid]) < 0:
                right = mid
            else:
                left = mid + 1
        items[left + 1 : start + 1] = items[left:start]
        items[left] = pivot


def java_sort(items: list[Any], descending: bool) -> list[Any]:
    result = list(items)
    compare: Callable[[Any, Any], int] = (lambda x, y: compare_to(y, x)) if descending else compare_to
    if len(result) < 32:
        _tim_sort_small(result, compare)
    else:
        result.sort(key=functools.cmp_to_key(compare))
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
