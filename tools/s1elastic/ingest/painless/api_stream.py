"""java.util.stream as Painless whitelists it (java.util.stream.txt): Stream, IntStream, LongStream,
DoubleStream and Collectors.

Streams are Python generators chained lazily, so elements flow one at a time through the whole
pipeline as in a sequential Java stream: short-circuiting operations (findFirst, anyMatch, limit)
stop pulling, `sorted` is a barrier, and side effects in lambdas happen in Java's order. A stream
can be used once (IllegalStateException afterwards). `count()` on a stream whose size is known from
its source (only map/peek/sorted/boxed-like steps since) does not run the pipeline, as the JDK
(9+) does not.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from s1elastic.ingest.errors import (
    IllegalArgumentException,
    IllegalStateException,
    IndexOutOfBoundsException,
    NullPointerException,
)
from s1elastic.ingest.javatypes import JavaSet, JLong, java_equals
from s1elastic.ingest.painless import runtime as rt
from s1elastic.ingest.painless.api_collections import ArrayStoreException, call, comparator_key, test
from s1elastic.ingest.painless.api_optional import (
    JOptional,
    OptionalDouble,
    OptionalInt,
    OptionalLong,
    optional_of,
)
from s1elastic.ingest.painless.api_regex import java_split
from s1elastic.ingest.painless.methods import method
from s1elastic.ingest.painless.types import PRIMITIVES, canonical
from s1elastic.ingest.painless.values import JArray, JChar, StringBuilder

# ---------------------------------------------------------------------------------------------
# stream values


class JStream:
    """A sequential java.util.stream.Stream over a lazy iterator; usable once."""

    __slots__ = ("_it", "size", "used")
    JAVA_CLASS = "java.util.stream.ReferencePipeline"
    PAINLESS_CLASS = "Stream"
    KIND = "def"

    def __init__(self, it: Iterator[Any], size: int | None = None) -> None:
        self._it = it
        self.size = size  # known element count (SIZED), or None
        self.used = False

    def take(self) -> Iterator[Any]:
        """Link or consume this stream: a second use is Java's IllegalStateException."""
        if self.used:
            raise IllegalStateException("stream has already been operated upon or closed")
        self.used = True
        return self._it


class JIntStream(JStream):
    __slots__ = ()
    JAVA_CLASS = "java.util.stream.IntPipeline"
    PAINLESS_CLASS = "IntStream"
    KIND = "int"


class JLongStream(JStream):
    __slots__ = ()
    JAVA_CLASS = "java.util.stream.LongPipeline"
    PAINLESS_CLASS = "LongStream"
    KIND = "long"


class JDoubleStream(JStream):
    __slots__ = ()
    JAVA_CLASS = "java.util.stream.DoublePipeline"
    PAINLESS_CLASS = "DoubleStream"
    KIND = "double"


_OPTIONAL = {"def": JOptional, "int": OptionalInt, "long": OptionalLong, "double": OptionalDouble}


def _same(s: JStream, it: Iterator[Any], size: int | None = None) -> JStream:
    return type(s)(it, size)


def _to_kind(kind: str, v: Any) -> Any:
    """A lambda's result as the primitive a primitive stream holds (Painless' return conversion)."""
    if kind == "def":
        return v
    r = rt.def_cast(v, kind, False)
    if kind == "long":
        return JLong(r)
    if kind == "double":
        return float(r)
    return int(r)


def _lazy(make: Callable[[], Iterable[Any]]) -> Iterator[Any]:
    """An iterator whose source is only looked at when the first element is pulled."""
    yield from make()


def stream_of_collection(c: Any) -> JStream:
    return JStream(_lazy(lambda: rt.iterate(c)), len(c) if isinstance(c, list) else None)


def _need(fn: Any) -> Any:
    if fn is None:
        raise NullPointerException(None)
    return fn


# ---------------------------------------------------------------------------------------------
# sources


@method("Collection", "Stream stream()")
def _collection_stream(c: Any) -> JStream:
    return stream_of_collection(c)


@method("CharSequence", "IntStream chars()")
def _chars(s: Any) -> JIntStream:
    text = rt.to_string(s)
    units = text.encode("utf-16-le", "surrogatepass")
    codes = [units[i] | (units[i + 1] << 8) for i in range(0, len(units), 2)]
    return JIntStream(iter(codes), len(codes))


@method("CharSequence", "IntStream codePoints()")
def _code_points(s: Any) -> JIntStream:
    text = rt.to_string(s)
    codes = [ord(c) for c in text]
    return JIntStream(iter(codes), None)


@method("Stream", "static Stream of(def[])")
def _stream_of(arr: Any) -> JStream:
    items = list(_need(arr))
    return JStream(iter(items), len(items))


@method("Pattern", "Stream splitAsStream(CharSequence)")
def _split_as_stream(p: Any, text: Any) -> JStream:
    """Pattern.splitAsStream: split's pieces (no trailing empties); an empty input gives one ""
    (JDK 17 and 25)."""
    s = rt.to_string(_need(text))
    items = java_split(p, s, 0)
    return JStream(iter(items), None)


@method("Stream", "static Stream empty()")
def _stream_empty() -> JStream:
    return JStream(iter(()), 0)


@method("IntStream", "static IntStream of(int[])")
def _int_of(arr: Any) -> JIntStream:
    items = list(_need(arr))
    return JIntStream(iter(items), len(items))


@method("LongStream", "static LongStream of(long[])")
def _long_of(arr: Any) -> JLongStream:
    items = list(_need(arr))
    return JLongStream(iter(items), len(items))


@method("DoubleStream", "static DoubleStream of(double[])")
def _double_of(arr: Any) -> JDoubleStream:
    items = list(_need(arr))
    return JDoubleStream(iter(items), len(items))


@method("IntStream", "static IntStream empty()")
def _int_empty() -> JIntStream:
    return JIntStream(iter(()), 0)


@method("LongStream", "static LongStream empty()")
def _long_empty() -> JLongStream:
    return JLongStream(iter(()), 0)


@method("DoubleStream", "static DoubleStream empty()")
def _double_empty() -> JDoubleStream:
    return JDoubleStream(iter(()), 0)


@method("IntStream", "static IntStream range(int, int)")
def _int_range(a: int, b: int) -> JIntStream:
    return JIntStream(iter(range(a, b)), max(0, b - a))


@method("IntStream", "static IntStream rangeClosed(int, int)")
def _int_range_closed(a: int, b: int) -> JIntStream:
    return JIntStream(iter(range(a, b + 1)), max(0, b - a + 1))


@method("LongStream", "static LongStream range(long, long)")
def _long_range(a: int, b: int) -> JLongStream:
    return JLongStream((JLong(x) for x in range(a, b)), max(0, b - a))


@method("LongStream", "static LongStream rangeClosed(long, long)")
def _long_range_closed(a: int, b: int) -> JLongStream:
    return JLongStream((JLong(x) for x in range(a, b + 1)), max(0, b - a + 1))


@method("Stream", "static Stream concat(Stream, Stream)")
@method("IntStream", "static IntStream concat(IntStream, IntStream)")
@method("LongStream", "static LongStream concat(LongStream, LongStream)")
@method("DoubleStream", "static DoubleStream concat(DoubleStream, DoubleStream)")
def _concat(a: Any, b: Any) -> JStream:
    ia, ib = _need(a).take(), _need(b).take()
    size = a.size + b.size if a.size is not None and b.size is not None else None
    return type(a)(itertools.chain(ia, ib), size)


# ---------------------------------------------------------------------------------------------
# intermediate operations


def _filter_gen(it: Iterator[Any], fn: Any) -> Iterator[Any]:
    for x in it:
        if test(fn, x):
            yield x


@method("Stream", "Stream filter(Predicate)")
@method("IntStream", "IntStream filter(IntPredicate)")
@method("LongStream", "LongStream filter(LongPredicate)")
@method("DoubleStream", "DoubleStream filter(DoublePredicate)")
def _filter(s: JStream, fn: Any) -> JStream:
    _need(fn)
    return _same(s, _filter_gen(s.take(), fn))


def _map_gen(it: Iterator[Any], fn: Any, kind: str) -> Iterator[Any]:
    for x in it:
        yield _to_kind(kind, call(fn, x))


def _mapper(target: type[JStream]) -> Callable[[JStream, Any], JStream]:
    def mapped(s: JStream, fn: Any) -> JStream:
        _need(fn)
        return target(_map_gen(s.take(), fn, target.KIND), s.size)

    return mapped


_to_obj = _mapper(JStream)
_to_int = _mapper(JIntStream)
_to_long = _mapper(JLongStream)
_to_double = _mapper(JDoubleStream)

method("Stream", "Stream map(Function)")(_to_obj)
method("Stream", "IntStream mapToInt(ToIntFunction)")(_to_int)
method("Stream", "LongStream mapToLong(ToLongFunction)")(_to_long)
method("Stream", "DoubleStream mapToDouble(ToDoubleFunction)")(_to_double)
method("IntStream", "IntStream map(IntUnaryOperator)")(_to_int)
method("IntStream", "Stream mapToObj(IntFunction)")(_to_obj)
method("IntStream", "LongStream mapToLong(IntToLongFunction)")(_to_long)
method("IntStream", "DoubleStream mapToDouble(IntToDoubleFunction)")(_to_double)
method("LongStream", "LongStream map(LongUnaryOperator)")(_to_long)
method("LongStream", "Stream mapToObj(LongFunction)")(_to_obj)
method("LongStream", "IntStream mapToInt(LongToIntFunction)")(_to_int)
method("LongStream", "DoubleStream mapToDouble(LongToDoubleFunction)")(_to_double)
method("DoubleStream", "DoubleStream map(DoubleUnaryOperator)")(_to_double)
method("DoubleStream", "Stream mapToObj(DoubleFunction)")(_to_obj)
method("DoubleStream", "IntStream mapToInt(DoubleToIntFunction)")(_to_int)
method("DoubleStream", "LongStream mapToLong(DoubleToLongFunction)")(_to_long)


@method("IntStream", "Stream boxed()")
@method("LongStream", "Stream boxed()")
@method("DoubleStream", "Stream boxed()")
def _boxed(s: JStream) -> JStream:
    return JStream(s.take(), s.size)


@method("IntStream", "LongStream asLongStream()")
def _as_long(s: JStream) -> JLongStream:
    return JLongStream((JLong(x) for x in s.take()), s.size)


@method("IntStream", "DoubleStream asDoubleStream()")
@method("LongStream", "DoubleStream asDoubleStream()")
def _as_double(s: JStream) -> JDoubleStream:
    return JDoubleStream((float(x) for x in s.take()), s.size)


def _flat_gen(it: Iterator[Any], fn: Any, target: type[JStream]) -> Iterator[Any]:
    for x in it:
        inner = call(fn, x)
        if inner is None:
            continue  # a null result is an empty stream
        if not isinstance(inner, target):
            raise rt.java_cce(inner, target.PAINLESS_CLASS)
        yield from inner.take()


def _flat_mapper(target: type[JStream]) -> Callable[[JStream, Any], JStream]:
    def flat(s: JStream, fn: Any) -> JStream:
        _need(fn)
        return target(_flat_gen(s.take(), fn, target))

    return flat


method("Stream", "Stream flatMap(Function)")(_flat_mapper(JStream))
method("Stream", "IntStream flatMapToInt(Function)")(_flat_mapper(JIntStream))
method("Stream", "LongStream flatMapToLong(Function)")(_flat_mapper(JLongStream))
method("Stream", "DoubleStream flatMapToDouble(Function)")(_flat_mapper(JDoubleStream))
method("IntStream", "IntStream flatMap(IntFunction)")(_flat_mapper(JIntStream))
method("LongStream", "LongStream flatMap(LongFunction)")(_flat_mapper(JLongStream))
method("DoubleStream", "DoubleStream flatMap(DoubleFunction)")(_flat_mapper(JDoubleStream))


class _SeenSet:
    """Membership by Object.equals (Integer 1, Long 1 and 1.0 stay distinct)."""

    def __init__(self) -> None:
        self.hashed: set[Any] = set()
        self.others: list[Any] = []

    @staticmethod
    def _key(x: Any) -> Any:
        t = type(x)
        if t is float:
            return (t, x.hex())  # Double.equals: NaN equals NaN, 0.0 differs from -0.0
        try:
            hash(x)
        except TypeError:
            return None
        return (t, x)

    def add(self, x: Any) -> bool:
        key = self._key(x)
        if key is not None and (x is None or type(x) in (str, int, JLong, bool, float)):
            if key in self.hashed:
                return False
            self.hashed.add(key)
            return True
        if any(java_equals(x, y) for y in self.others):
            return False
        self.others.append(x)
        return True


def _distinct_gen(it: Iterator[Any]) -> Iterator[Any]:
    seen = _SeenSet()
    for x in it:
        if seen.add(x):
            yield x


@method("Stream", "Stream distinct()")
@method("IntStream", "IntStream distinct()")
@method("LongStream", "LongStream distinct()")
@method("DoubleStream", "DoubleStream distinct()")
def _distinct(s: JStream) -> JStream:
    return _same(s, _distinct_gen(s.take()))


def _sorted_gen(it: Iterator[Any], key: Callable[[Any], Any]) -> Iterator[Any]:
    items = list(it)  # a barrier: everything upstream runs first
    items.sort(key=key)
    yield from items


@method("Stream", "Stream sorted()", "Stream sorted(Comparator)")
@method("IntStream", "IntStream sorted()")
@method("LongStream", "LongStream sorted()")
@method("DoubleStream", "DoubleStream sorted()")
def _sorted(s: JStream, cmp: Any = None) -> JStream:
    return _same(s, _sorted_gen(s.take(), comparator_key(cmp)), s.size)


def _peek_gen(it: Iterator[Any], fn: Any) -> Iterator[Any]:
    for x in it:
        call(fn, x)
        yield x


@method("Stream", "Stream peek(Consumer)")
@method("IntStream", "IntStream peek(IntConsumer)")
@method("LongStream", "LongStream peek(LongConsumer)")
@method("DoubleStream", "DoubleStream peek(DoubleConsumer)")
def _peek(s: JStream, fn: Any) -> JStream:
    _need(fn)
    return _same(s, _peek_gen(s.take(), fn), s.size)


def _check_count(n: Any) -> int:
    n = int(n)
    if n < 0:
        raise IllegalArgumentException(str(n))
    return n


@method("Stream", "Stream limit(long)")
@method("IntStream", "IntStream limit(long)")
@method("LongStream", "LongStream limit(long)")
@method("DoubleStream", "DoubleStream limit(long)")
def _limit(s: JStream, n: Any) -> JStream:
    # Assumption: the slice keeps no SIZED flag, so count() after limit runs the pipeline.
    return _same(s, itertools.islice(s.take(), _check_count(n)))


@method("Stream", "Stream skip(long)")
@method("IntStream", "IntStream skip(long)")
@method("LongStream", "LongStream skip(long)")
@method("DoubleStream", "DoubleStream skip(long)")
def _skip(s: JStream, n: Any) -> JStream:
    return _same(s, itertools.islice(s.take(), _check_count(n), None))


@method("BaseStream", "BaseStream sequential()", "BaseStream unordered()")
@method("Stream", "Stream sequential()")
@method("IntStream", "IntStream sequential()")
@method("LongStream", "LongStream sequential()")
@method("DoubleStream", "DoubleStream sequential()")
def _sequential(s: JStream) -> JStream:
    return s


@method("BaseStream", "boolean isParallel()")
def _is_parallel(s: JStream) -> bool:
    return False


# ---------------------------------------------------------------------------------------------
# terminal operations


@method("Stream", "void forEach(Consumer)", "void forEachOrdered(Consumer)")
@method("IntStream", "void forEach(IntConsumer)", "void forEachOrdered(IntConsumer)")
@method("LongStream", "void forEach(LongConsumer)", "void forEachOrdered(LongConsumer)")
@method("DoubleStream", "void forEach(DoubleConsumer)", "void forEachOrdered(DoubleConsumer)")
def _for_each(s: JStream, fn: Any) -> None:
    _need(fn)
    for x in s.take():
        call(fn, x)


@method("Stream", "long count()")
@method("IntStream", "long count()")
@method("LongStream", "long count()")
@method("DoubleStream", "long count()")
def _count(s: JStream) -> JLong:
    it = s.take()
    if s.size is not None:
        return JLong(s.size)  # the JDK computes a SIZED count without running the pipeline
    return JLong(sum(1 for _ in it))


@method("Stream", "boolean anyMatch(Predicate)")
@method("IntStream", "boolean anyMatch(IntPredicate)")
@method("LongStream", "boolean anyMatch(LongPredicate)")
@method("DoubleStream", "boolean anyMatch(DoublePredicate)")
def _any_match(s: JStream, fn: Any) -> bool:
    _need(fn)
    return any(test(fn, x) for x in s.take())


@method("Stream", "boolean allMatch(Predicate)")
@method("IntStream", "boolean allMatch(IntPredicate)")
@method("LongStream", "boolean allMatch(LongPredicate)")
@method("DoubleStream", "boolean allMatch(DoublePredicate)")
def _all_match(s: JStream, fn: Any) -> bool:
    _need(fn)
    return all(test(fn, x) for x in s.take())


@method("Stream", "boolean noneMatch(Predicate)")
@method("IntStream", "boolean noneMatch(IntPredicate)")
@method("LongStream", "boolean noneMatch(LongPredicate)")
@method("DoubleStream", "boolean noneMatch(DoublePredicate)")
def _none_match(s: JStream, fn: Any) -> bool:
    _need(fn)
    return not any(test(fn, x) for x in s.take())


@method("Stream", "Optional findFirst()", "Optional findAny()")
@method("IntStream", "OptionalInt findFirst()", "OptionalInt findAny()")
@method("LongStream", "OptionalLong findFirst()", "OptionalLong findAny()")
@method("DoubleStream", "OptionalDouble findFirst()", "OptionalDouble findAny()")
def _find_first(s: JStream) -> JOptional:
    for x in s.take():
        return optional_of(x) if s.KIND == "def" else _OPTIONAL[s.KIND](x)
    return _OPTIONAL[s.KIND]()


def _reduce_optional(s: JStream, fn: Any) -> JOptional:
    found = False
    acc: Any = None
    for x in s.take():
        if found:
            acc = _to_kind(s.KIND, call(fn, acc, x))
        else:
            found, acc = True, x
    if not found:
        return _OPTIONAL[s.KIND]()
    return optional_of(acc) if s.KIND == "def" else _OPTIONAL[s.KIND](acc)


@method("Stream", "Optional reduce(BinaryOperator)")
@method("IntStream", "OptionalInt reduce(IntBinaryOperator)")
@method("LongStream", "OptionalLong reduce(LongBinaryOperator)")
@method("DoubleStream", "OptionalDouble reduce(DoubleBinaryOperator)")
def _reduce1(s: JStream, fn: Any) -> JOptional:
    _need(fn)
    return _reduce_optional(s, fn)


@method("Stream", "def reduce(def, BinaryOperator)", "def reduce(def, BiFunction, BinaryOperator)")
@method("IntStream", "int reduce(int, IntBinaryOperator)")
@method("LongStream", "long reduce(long, LongBinaryOperator)")
@method("DoubleStream", "double reduce(double, DoubleBinaryOperator)")
def _reduce2(s: JStream, identity: Any, fn: Any, combiner: Any = None) -> Any:
    _need(fn)
    acc = identity  # sequential: the combiner is never called
    for x in s.take():
        acc = _to_kind(s.KIND, call(fn, acc, x))
    return acc


@method("Stream", "Optional max(Comparator)")
def _max(s: JStream, cmp: Any) -> JOptional:
    _need(cmp)
    # BinaryOperator.maxBy keeps the earlier element on ties
    return _reduce_optional(s, lambda a, b: a if rt.def_cast(call(cmp, a, b), "int", False) >= 0 else b)


@method("Stream", "Optional min(Comparator)")
def _min(s: JStream, cmp: Any) -> JOptional:
    _need(cmp)
    return _reduce_optional(s, lambda a, b: a if rt.def_cast(call(cmp, a, b), "int", False) <= 0 else b)


@method("IntStream", "OptionalInt max()")
@method("LongStream", "OptionalLong max()")
@method("DoubleStream", "OptionalDouble max()")
def _prim_max(s: JStream) -> JOptional:
    items = list(s.take())
    if not items:
        return _OPTIONAL[s.KIND]()
    if s.KIND == "double":
        return OptionalDouble(_double_extreme(items, max))
    return _OPTIONAL[s.KIND](max(items))


@method("IntStream", "OptionalInt min()")
@method("LongStream", "OptionalLong min()")
@method("DoubleStream", "OptionalDouble min()")
def _prim_min(s: JStream) -> JOptional:
    items = list(s.take())
    if not items:
        return _OPTIONAL[s.KIND]()
    if s.KIND == "double":
        return OptionalDouble(_double_extreme(items, min))
    return _OPTIONAL[s.KIND](min(items))


def _double_extreme(items: list[float], pick: Callable[..., float]) -> float:
    """Math.max/min: NaN wins, and -0.0 < 0.0."""
    if any(x != x for x in items):
        return float("nan")
    best = items[0]
    for x in items[1:]:
        if x == best == 0.0:
            neg = str(x).startswith("-")
            if (pick is min) == neg:
                best = x
        else:
            best = pick(best, x)
    return best


def _double_sum(items: Iterable[float]) -> float:
    """DoubleStream.sum: Kahan summation as the JDK (18+) computes it, with its NaN/infinity rule."""
    total = comp = simple = 0.0
    for v in items:
        simple += v
        y = v - comp
        t = total + y
        comp = (t - total) - y
        total = t
    result = total - comp
    if result != result and simple in (float("inf"), float("-inf")):
        return simple
    return result


@method("IntStream", "int sum()")
@method("LongStream", "long sum()")
@method("DoubleStream", "double sum()")
def _sum(s: JStream) -> Any:
    if s.KIND == "double":
        return _double_sum(s.take())
    total = sum(int(x) for x in s.take())
    return rt.wrap32(total) if s.KIND == "int" else rt.wrap64(total)


@method("IntStream", "OptionalDouble average()")
@method("LongStream", "OptionalDouble average()")
@method("DoubleStream", "OptionalDouble average()")
def _average(s: JStream) -> OptionalDouble:
    items = list(s.take())
    if not items:
        return OptionalDouble()
    if s.KIND == "double":
        return OptionalDouble(_double_sum(items) / len(items))
    return OptionalDouble(float(rt.wrap64(sum(int(x) for x in items))) / len(items))


@method("Stream", "def[] toArray()", "def[] toArray(IntFunction)")
@method("IntStream", "int[] toArray()")
@method("LongStream", "long[] toArray()")
@method("DoubleStream", "double[] toArray()")
def _to_array(s: JStream, generator: Any = None) -> JArray:
    if generator is None:
        return JArray("Object" if s.KIND == "def" else s.KIND, list(s.take()))
    # JDK 25, checked with `java`: a SIZED pipeline asks the generator first (FixedNodeBuilder) and
    # stores element by element; otherwise the elements are buffered, then System.arraycopy'd.
    sized = s.size is not None
    items = None if sized else list(s.take())
    arr = call(generator, s.size if items is None else len(items))
    if arr is None:
        raise NullPointerException(
            'Cannot read the array length because "' + ("this.array" if sized else "array") + '" is null'
        )
    if type(arr) is not JArray or arr.elem in PRIMITIVES:
        # int[]::new: `class [I cannot be cast to class [Ljava.lang.Object;`
        raise rt.java_cce(arr, "Object[]")
    if items is None:
        if len(arr) != s.size:
            raise IllegalStateException(f"Begin size {s.size} is not equal to fixed size {len(arr)}")
        items = list(s.take())
    elif len(arr) < len(items):
        raise IndexOutOfBoundsException("does not fit")
    elem = arr.elem
    for x in items:
        if x is not None and elem not in ("Object", "def") and not rt.instance_of(x, elem):
            if sized:
                raise ArrayStoreException(rt.class_name(x))
            raise ArrayStoreException(
                "arraycopy: element type mismatch: can not cast one of the elements of "
                f"java.lang.Object[] to the type of the destination array, {canonical(elem)}"
            )
        rt.note_store(x)  # the generator may return an array the document holds
    arr[: len(items)] = items
    return arr


@method("BaseStream", "Iterator iterator()")
def _iterator(s: JStream) -> Any:
    from s1elastic.ingest.painless.api_collections import JIterator

    return JIterator(list(s.take()))


@method("Stream", "def collect(Supplier, BiConsumer, BiConsumer)")
@method("IntStream", "def collect(Supplier, ObjIntConsumer, BiConsumer)")
@method("LongStream", "def collect(Supplier, ObjLongConsumer, BiConsumer)")
@method("DoubleStream", "def collect(Supplier, ObjDoubleConsumer, BiConsumer)")
def _collect3(s: JStream, supplier: Any, acc: Any, _combiner: Any) -> Any:
    container = call(supplier)
    for x in s.take():
        call(acc, container, x)
    return container


@method("Stream", "def collect(Collector)")
def _collect(s: JStream, collector: Any) -> Any:
    c = _need(collector)
    if not isinstance(c, Collector):
        raise rt.java_cce(c, "Collector")
    container = c.supplier()
    for x in s.take():
        container = c.accumulate(container, x)
    return c.finish(container)


# ---------------------------------------------------------------------------------------------
# Collectors


class Collector:
    """A java.util.stream.Collector: a fresh container, an accumulator and a finisher."""

    __slots__ = ("accumulate", "finish", "supplier")
    JAVA_CLASS = "java.util.stream.Collectors$CollectorImpl"
    PAINLESS_CLASS = "Collector"

    def __init__(
        self,
        supplier: Callable[[], Any],
        accumulate: Callable[[Any, Any], Any],
        finish: Callable[[Any], Any] | None = None,
    ) -> None:
        self.supplier = supplier
        self.accumulate = accumulate  # returns the container (immutable accumulators replace it)
        self.finish = finish or (lambda c: c)


def _list_acc(c: list[Any], x: Any) -> list[Any]:
    c.append(x)
    return c


def _set_acc(c: JavaSet, x: Any) -> JavaSet:
    if not any(y is x or java_equals(y, x) for y in c):
        c.append(x)
    return c


@method("Collectors", "static Collector toList()")
def _to_list() -> Collector:
    return Collector(list, _list_acc)


@method("Collectors", "static Collector toSet()")
def _to_set() -> Collector:
    return Collector(JavaSet, _set_acc)


@method("Collectors", "static Collector toCollection(Supplier)")
def _to_collection(supplier: Any) -> Collector:
    from s1elastic.ingest.painless.api_collections import _coll_add

    def acc(c: Any, x: Any) -> Any:
        _coll_add(c, x)
        return c

    return Collector(lambda: call(supplier), acc)


def _char_sequence(x: Any) -> str:
    if x is None:
        return "null"
    if isinstance(x, str) and type(x) is not JChar:  # a Character is no CharSequence
        return str(x)
    if isinstance(x, StringBuilder):
        return x.java_to_string()
    raise rt.java_cce(x, "CharSequence")


@method(
    "Collectors",
    "static Collector joining()",
    "static Collector joining(CharSequence)",
    "static Collector joining(CharSequence, CharSequence, CharSequence)",
)
def _joining(sep: Any = "", prefix: Any = "", suffix: Any = "") -> Collector:
    if sep is None or prefix is None or suffix is None:
        raise NullPointerException(None)
    delim, pre, post = _char_sequence(sep), _char_sequence(prefix), _char_sequence(suffix)
    return Collector(list, lambda c, x: _list_acc(c, _char_sequence(x)), lambda c: pre + delim.join(c) + post)


@method("Collectors", "static Collector counting()")
def _counting() -> Collector:
    return Collector(lambda: [0], lambda c, x: [c[0] + 1], lambda c: JLong(c[0]))


def _map_put(m: dict[Any, Any], key: Any, value: Any) -> None:
    rt.map_put(m, key, value)  # keeps a TreeMap supplier's order


def _new_map(supplier: Any) -> Callable[[], Any]:
    if supplier is None:
        return dict
    return lambda: _check_map(call(supplier))


def _check_map(m: Any) -> dict[Any, Any]:
    if not isinstance(m, dict):
        raise rt.java_cce(m, "Map")
    return m


@method(
    "Collectors",
    "static Collector toMap(Function, Function)",
    "static Collector toMap(Function, Function, BinaryOperator)",
    "static Collector toMap(Function, Function, BinaryOperator, Supplier)",
)
def _to_map(key_fn: Any, value_fn: Any, merge: Any = None, supplier: Any = None) -> Collector:
    _need(key_fn)
    _need(value_fn)

    def acc(m: dict[Any, Any], x: Any) -> dict[Any, Any]:
        k = rt.map_key(call(key_fn, x))
        v = call(value_fn, x)
        if v is None:
            raise NullPointerException(None)  # HashMap.merge / requireNonNull refuse null values
        if k in m and m[k] is not None:
            old = m[k]
            if merge is None:
                raise IllegalStateException(
                    f"Duplicate key {rt.to_string(k)} (attempted merging values "
                    f"{rt.to_string(old)} and {rt.to_string(v)})"
                )
            new = call(merge, old, v)
            if new is None:
                del m[k]
            else:
                _map_put(m, k, new)
        else:
            _map_put(m, k, v)
        return m

    return Collector(_new_map(supplier), acc)


@method(
    "Collectors",
    "static Collector groupingBy(Function)",
    "static Collector groupingBy(Function, Collector)",
    "static Collector groupingBy(Function, Supplier, Collector)",
)
def _grouping_by(key_fn: Any, a: Any = None, b: Any = None) -> Collector:
    _need(key_fn)
    supplier, downstream = (None, a) if b is None else (a, b)
    down = downstream if downstream is not None else _to_list()
    if not isinstance(down, Collector):
        raise rt.java_cce(down, "Collector")

    def acc(m: dict[Any, Any], x: Any) -> dict[Any, Any]:
        k = call(key_fn, x)
        if k is None:
            raise NullPointerException("element cannot be mapped to a null key")
        k = rt.map_key(k)
        container = m[k] if k in m else down.supplier()
        _map_put(m, k, down.accumulate(container, x))
        return m

    def finish(m: dict[Any, Any]) -> dict[Any, Any]:
        for k in list(m):
            value = down.finish(m[k])
            rt.note_store(value)  # the map may be the supplier's, one the document holds
            m[k] = value
        return m

    return Collector(_new_map(supplier), acc, finish)


@method(
    "Collectors",
    "static Collector partitioningBy(Predicate)",
    "static Collector partitioningBy(Predicate, Collector)",
)
def _partitioning_by(pred: Any, downstream: Any = None) -> Collector:
    _need(pred)
    down = downstream if downstream is not None else _to_list()

    def acc(c: list[Any], x: Any) -> list[Any]:
        i = 1 if test(pred, x) else 0
        c[i] = down.accumulate(c[i], x)
        return c

    def finish(c: list[Any]) -> dict[Any, Any]:
        return {rt.map_key(False): down.finish(c[0]), rt.map_key(True): down.finish(c[1])}

    return Collector(lambda: [down.supplier(), down.supplier()], acc, finish)


@method("Collectors", "static Collector mapping(Function, Collector)")
def _mapping(fn: Any, down: Any) -> Collector:
    _need(fn)
    d = _need(down)
    return Collector(d.supplier, lambda c, x: d.accumulate(c, call(fn, x)), d.finish)


@method("Collectors", "static Collector collectingAndThen(Collector, Function)")
def _collecting_and_then(down: Any, fn: Any) -> Collector:
    d = _need(down)
    _need(fn)
    return Collector(d.supplier, d.accumulate, lambda c: call(fn, d.finish(c)))


def _summing(kind: str) -> Callable[[Any], Collector]:
    def make(fn: Any) -> Collector:
        _need(fn)

        def finish(c: list[Any]) -> Any:
            if kind == "double":
                return _double_sum(c)
            return rt.wrap32(sum(c)) if kind == "int" else rt.wrap64(sum(c))

        return Collector(list, lambda c, x: _list_acc(c, _to_kind(kind, call(fn, x))), finish)

    return make


def _averaging(kind: str) -> Callable[[Any], Collector]:
    def make(fn: Any) -> Collector:
        _need(fn)

        def finish(c: list[Any]) -> float:
            if not c:
                return 0.0
            if kind == "double":
                return _double_sum(c) / len(c)
            return float(rt.wrap64(sum(c))) / len(c)

        return Collector(list, lambda c, x: _list_acc(c, _to_kind(kind, call(fn, x))), finish)

    return make


method("Collectors", "static Collector summingInt(ToIntFunction)")(_summing("int"))
method("Collectors", "static Collector summingLong(ToLongFunction)")(_summing("long"))
method("Collectors", "static Collector summingDouble(ToDoubleFunction)")(_summing("double"))
method("Collectors", "static Collector averagingInt(ToIntFunction)")(_averaging("int"))
method("Collectors", "static Collector averagingLong(ToLongFunction)")(_averaging("long"))
method("Collectors", "static Collector averagingDouble(ToDoubleFunction)")(_averaging("double"))


def _by(cmp: Any, keep_first_when: Callable[[int], bool]) -> Collector:
    _need(cmp)

    def acc(c: list[Any], x: Any) -> list[Any]:
        if not c:
            return [x]
        a = c[0]
        return [a if keep_first_when(int(rt.def_cast(call(cmp, a, x), "int", False))) else x]

    return Collector(list, acc, lambda c: optional_of(c[0]) if c else JOptional())


@method("Collectors", "static Collector maxBy(Comparator)")
def _max_by(cmp: Any) -> Collector:
    return _by(cmp, lambda r: r >= 0)


@method("Collectors", "static Collector minBy(Comparator)")
def _min_by(cmp: Any) -> Collector:
    return _by(cmp, lambda r: r <= 0)


@method(
    "Collectors",
    "static Collector reducing(BinaryOperator)",
    "static Collector reducing(def, BinaryOperator)",
    "static Collector reducing(def, Function, BinaryOperator)",
)
def _reducing(a: Any, b: Any = None, c: Any = None) -> Collector:
    if b is None:
        op = _need(a)

        def acc1(box: list[Any], x: Any) -> list[Any]:
            return [x] if not box else [call(op, box[0], x)]

        return Collector(list, acc1, lambda box: optional_of(box[0]) if box else JOptional())
    identity, mapper, op = (a, None, b) if c is None else (a, b, c)
    _need(op)

    def acc(box: list[Any], x: Any) -> list[Any]:
        v = x if mapper is None else call(mapper, x)
        return [call(op, box[0], v)]

    return Collector(lambda: [identity], acc, lambda box: box[0])
