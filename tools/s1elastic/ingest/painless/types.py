"""Painless' static types: names, Java canonical names, hierarchy, assignability and promotion.

A static type is a string: `def`, a primitive (`int`, `long`, ...), a class known to the
whitelist below (`String`, `Map`, `ArrayList`, ...), or an array of one (`String[]`).
"""

from __future__ import annotations

from functools import lru_cache

PRIMITIVES = ("boolean", "byte", "short", "char", "int", "long", "float", "double")
NUMERIC_RANK = {"byte": 1, "short": 2, "char": 2, "int": 3, "long": 4, "float": 5, "double": 6}
BOXED = {
    "Boolean": "boolean",
    "Byte": "byte",
    "Short": "short",
    "Character": "char",
    "Integer": "int",
    "Long": "long",
    "Float": "float",
    "Double": "double",
}
BOX_OF = {v: k for k, v in BOXED.items()}

# java.util.function's primitive specialisations: name -> (arity, return type)
_PRIMITIVE_FUNCTIONAL: dict[str, tuple[int, str]] = {
    **{f"{p}Predicate": (1, "boolean") for p in ("Int", "Long", "Double")},
    **{f"{p}Function": (1, "def") for p in ("Int", "Long", "Double")},
    **{f"{p}UnaryOperator": (1, p.lower()) for p in ("Int", "Long", "Double")},
    **{f"{p}BinaryOperator": (2, p.lower()) for p in ("Int", "Long", "Double")},
    **{f"{p}Consumer": (1, "void") for p in ("Int", "Long", "Double")},
    **{f"{p}Supplier": (0, p.lower()) for p in ("Int", "Long", "Double")},
    **{f"Obj{p}Consumer": (2, "void") for p in ("Long", "Double")},
    **{
        f"{a}To{b}Function": (1, b.lower())
        for a in ("Int", "Long", "Double")
        for b in ("Int", "Long", "Double")
        if a != b
    },
}

# Painless name -> (Java canonical name, direct supertypes)
CLASSES: dict[str, tuple[str, tuple[str, ...]]] = {
    "Object": ("java.lang.Object", ()),
    "def": ("def", ()),
    "void": ("void", ()),
    "Comparable": ("java.lang.Comparable", ("Object",)),
    "CharSequence": ("java.lang.CharSequence", ("Object",)),
    "String": ("java.lang.String", ("CharSequence", "Comparable", "Object")),
    "Number": ("java.lang.Number", ("Object",)),
    "Boolean": ("java.lang.Boolean", ("Comparable", "Object")),
    "Character": ("java.lang.Character", ("Comparable", "Object")),
    "Byte": ("java.lang.Byte", ("Number", "Comparable")),
    "Short": ("java.lang.Short", ("Number", "Comparable")),
    "Integer": ("java.lang.Integer", ("Number", "Comparable")),
    "Long": ("java.lang.Long", ("Number", "Comparable")),
    "Float": ("java.lang.Float", ("Number", "Comparable")),
    "Double": ("java.lang.Double", ("Number", "Comparable")),
    "BigInteger": ("java.math.BigInteger", ("Number", "Comparable")),
    "BigDecimal": ("java.math.BigDecimal", ("Number", "Comparable")),
    "MathContext": ("java.math.MathContext", ("Object",)),
    "RoundingMode": ("java.math.RoundingMode", ("Comparable", "Object")),
    "Math": ("java.lang.Math", ("Object",)),
    "StrictMath": ("java.lang.StrictMath", ("Object",)),
    "Objects": ("java.util.Objects", ("Object",)),
    "Iterable": ("java.lang.Iterable", ("Object",)),
    "Collection": ("java.util.Collection", ("Iterable",)),
    "List": ("java.util.List", ("Collection",)),
    "AbstractCollection": ("java.util.AbstractCollection", ("Collection",)),
    "AbstractList": ("java.util.AbstractList", ("AbstractCollection", "List")),
    "ArrayList": ("java.util.ArrayList", ("AbstractList", "List")),
    "AbstractSequentialList": ("java.util.AbstractSequentialList", ("AbstractList",)),
    # LinkedList: List before Deque, as Class.getInterfaces() lists them (Painless keeps the first
    # `remove/1` it copies: List.remove(int), not Deque.remove(def))
    "LinkedList": ("java.util.LinkedList", ("AbstractSequentialList", "List", "Deque")),
    "Vector": ("java.util.Vector", ("AbstractList", "List")),
    "Stack": ("java.util.Stack", ("Vector",)),
    "Queue": ("java.util.Queue", ("Collection",)),
    "Deque": ("java.util.Deque", ("Queue",)),
    "AbstractQueue": ("java.util.AbstractQueue", ("AbstractCollection", "Queue")),
    "ArrayDeque": ("java.util.ArrayDeque", ("AbstractCollection", "Deque")),
    "PriorityQueue": ("java.util.PriorityQueue", ("AbstractQueue",)),
    "Set": ("java.util.Set", ("Collection",)),
    "AbstractSet": ("java.util.AbstractSet", ("AbstractCollection", "Set")),
    "HashSet": ("java.util.HashSet", ("AbstractSet", "Set")),
    "LinkedHashSet": ("java.util.LinkedHashSet", ("HashSet", "Set")),
    "SortedSet": ("java.util.SortedSet", ("Set",)),
    "NavigableSet": ("java.util.NavigableSet", ("SortedSet",)),
    "TreeSet": ("java.util.TreeSet", ("AbstractSet", "NavigableSet")),
    "Map": ("java.util.Map", ("Object",)),
    "AbstractMap": ("java.util.AbstractMap", ("Map",)),
    "HashMap": ("java.util.HashMap", ("AbstractMap", "Map")),
    "LinkedHashMap": ("java.util.LinkedHashMap", ("HashMap", "Map")),
    "SortedMap": ("java.util.SortedMap", ("Map",)),
    "NavigableMap": ("java.util.NavigableMap", ("SortedMap",)),
    "TreeMap": ("java.util.TreeMap", ("AbstractMap", "NavigableMap")),
    "Map.Entry": ("java.util.Map.Entry", ("Object",)),
    "AbstractMap.SimpleEntry": ("java.util.AbstractMap.SimpleEntry", ("Map.Entry",)),
    "AbstractMap.SimpleImmutableEntry": ("java.util.AbstractMap.SimpleImmutableEntry", ("Map.Entry",)),
    "Iterator": ("java.util.Iterator", ("Object",)),
    "ListIterator": ("java.util.ListIterator", ("Iterator",)),
    "Pattern": ("java.util.regex.Pattern", ("Object",)),
    "Matcher": ("java.util.regex.Matcher", ("Object",)),
    "StringBuilder": ("java.lang.StringBuilder", ("CharSequence", "Object")),
    "StringJoiner": ("java.util.StringJoiner", ("Object",)),
    "StringTokenizer": ("java.util.StringTokenizer", ("Object",)),
    "Character.UnicodeBlock": ("java.lang.Character.UnicodeBlock", ("Object",)),
    "Base64": ("java.util.Base64", ("Object",)),
    "Arrays": ("java.util.Arrays", ("Object",)),
    "Collections": ("java.util.Collections", ("Object",)),
    "Processors": ("org.elasticsearch.ingest.common.Processors", ("Object",)),
    "Locale": ("java.util.Locale", ("Object",)),
    "CIDR": ("org.elasticsearch.painless.api.CIDR", ("Object",)),
    "UUID": ("java.util.UUID", ("Comparable", "Object")),
    "IPAddress": ("org.elasticsearch.script.field.IPAddress", ("Object",)),
    "Json": ("org.elasticsearch.painless.api.Json", ("Object",)),
    # the ingest script's metadata() and field(String) (api_script_fields)
    "Metadata": ("org.elasticsearch.script.Metadata", ("Object",)),
    "SourceMapField": ("org.elasticsearch.script.field.SourceMapField", ("Iterable", "Object")),
    "WriteField": ("org.elasticsearch.script.field.WriteField", ("Iterable", "Object")),
    "NestedDocument": ("org.elasticsearch.script.field.NestedDocument", ("Object",)),
    "ZonedDateTime": ("java.time.ZonedDateTime", ("Temporal", "Comparable", "Object")),
    # java.time as far as api_time implements it
    "TemporalAccessor": ("java.time.temporal.TemporalAccessor", ("Object",)),
    "Temporal": ("java.time.temporal.Temporal", ("TemporalAccessor",)),
    "TemporalUnit": ("java.time.temporal.TemporalUnit", ("Object",)),
    "TemporalAmount": ("java.time.temporal.TemporalAmount", ("Object",)),
    "ChronoUnit": ("java.time.temporal.ChronoUnit", ("TemporalUnit", "Comparable", "Object")),
    "Instant": ("java.time.Instant", ("Temporal", "Comparable", "Object")),
    "LocalDateTime": ("java.time.LocalDateTime", ("Temporal", "Comparable", "Object")),
    "LocalDate": ("java.time.LocalDate", ("Temporal", "Comparable", "Object")),
    "ZoneId": ("java.time.ZoneId", ("Object",)),
    "ZoneOffset": ("java.time.ZoneOffset", ("ZoneId", "TemporalAccessor", "Comparable")),
    "Duration": ("java.time.Duration", ("TemporalAmount", "Comparable", "Object")),
    "DateTimeFormatter": ("java.time.format.DateTimeFormatter", ("Object",)),
    "DayOfWeek": ("java.time.DayOfWeek", ("TemporalAccessor", "Comparable", "Object")),
    "Month": ("java.time.Month", ("TemporalAccessor", "Comparable", "Object")),
    "Function": ("java.util.function.Function", ("Object",)),
    "BiFunction": ("java.util.function.BiFunction", ("Object",)),
    "Predicate": ("java.util.function.Predicate", ("Object",)),
    "BiPredicate": ("java.util.function.BiPredicate", ("Object",)),
    "Consumer": ("java.util.function.Consumer", ("Object",)),
    "BiConsumer": ("java.util.function.BiConsumer", ("Object",)),
    "Supplier": ("java.util.function.Supplier", ("Object",)),
    "UnaryOperator": ("java.util.function.UnaryOperator", ("Function",)),
    "BinaryOperator": ("java.util.function.BinaryOperator", ("BiFunction",)),
    "ToDoubleFunction": ("java.util.function.ToDoubleFunction", ("Object",)),
    "ToIntFunction": ("java.util.function.ToIntFunction", ("Object",)),
    "ToLongFunction": ("java.util.function.ToLongFunction", ("Object",)),
    "Comparator": ("java.util.Comparator", ("Object",)),
    # java.util.stream, Optional and Base64 (api_stream, api_optional, api_base64)
    "BaseStream": ("java.util.stream.BaseStream", ("Object",)),
    "Stream": ("java.util.stream.Stream", ("BaseStream",)),
    "IntStream": ("java.util.stream.IntStream", ("BaseStream",)),
    "LongStream": ("java.util.stream.LongStream", ("BaseStream",)),
    "DoubleStream": ("java.util.stream.DoubleStream", ("BaseStream",)),
    "Collector": ("java.util.stream.Collector", ("Object",)),
    "Collectors": ("java.util.stream.Collectors", ("Object",)),
    "Optional": ("java.util.Optional", ("Object",)),
    "OptionalInt": ("java.util.OptionalInt", ("Object",)),
    "OptionalLong": ("java.util.OptionalLong", ("Object",)),
    "OptionalDouble": ("java.util.OptionalDouble", ("Object",)),
    "Base64.Decoder": ("java.util.Base64.Decoder", ("Object",)),
    "Base64.Encoder": ("java.util.Base64.Encoder", ("Object",)),
    **{name: (f"java.util.function.{name}", ("Object",)) for name in _PRIMITIVE_FUNCTIONAL},
    # java.util's statistics (api_summary_stats) and BitSet (api_bitset)
    "DoubleSummaryStatistics": ("java.util.DoubleSummaryStatistics", ("DoubleConsumer", "Object")),
    "IntSummaryStatistics": ("java.util.IntSummaryStatistics", ("IntConsumer", "Object")),
    "LongSummaryStatistics": ("java.util.LongSummaryStatistics", ("LongConsumer", "IntConsumer", "Object")),
    "BitSet": ("java.util.BitSet", ("Object",)),
    # java.text (api_text, api_text_decimal)
    "Normalizer": ("java.text.Normalizer", ("Object",)),
    "Normalizer.Form": ("java.text.Normalizer.Form", ("Comparable", "Object")),
    "Format": ("java.text.Format", ("Object",)),
    "NumberFormat": ("java.text.NumberFormat", ("Format", "Object")),
    "DecimalFormat": ("java.text.DecimalFormat", ("NumberFormat", "Format", "Object")),
    "DecimalFormatSymbols": ("java.text.DecimalFormatSymbols", ("Object",)),
    "ParsePosition": ("java.text.ParsePosition", ("Object",)),
    "ParseException": ("java.text.ParseException", ("Exception",)),  # checked: not a RuntimeException
    "Exception": ("java.lang.Exception", ("Object",)),
    "RuntimeException": ("java.lang.RuntimeException", ("Exception",)),
    "IllegalArgumentException": ("java.lang.IllegalArgumentException", ("RuntimeException",)),
    "IllegalStateException": ("java.lang.IllegalStateException", ("RuntimeException",)),
    "NumberFormatException": ("java.lang.NumberFormatException", ("IllegalArgumentException",)),
    "NullPointerException": ("java.lang.NullPointerException", ("RuntimeException",)),
    "ClassCastException": ("java.lang.ClassCastException", ("RuntimeException",)),
    "ArithmeticException": ("java.lang.ArithmeticException", ("RuntimeException",)),
    "IndexOutOfBoundsException": ("java.lang.IndexOutOfBoundsException", ("RuntimeException",)),
    "UnsupportedOperationException": ("java.lang.UnsupportedOperationException", ("RuntimeException",)),
    "NoSuchElementException": ("java.util.NoSuchElementException", ("RuntimeException",)),
    "EmptyStackException": ("java.util.EmptyStackException", ("RuntimeException",)),
    "ConcurrentModificationException": ("java.util.ConcurrentModificationException", ("RuntimeException",)),
    "DateTimeException": ("java.time.DateTimeException", ("RuntimeException",)),
    "DateTimeParseException": ("java.time.format.DateTimeParseException", ("DateTimeException",)),
    # the rest of the exceptions java.lang.txt, java.util.txt and java.time.*.txt allowlist (a
    # script may name them in `catch` and `new`; TryCatchTests.testMultiCatch catches
    # ArrayIndexOutOfBoundsException), with the JDK's superclasses
    **{
        name: (f"java.lang.{name}", (sup,))
        for name, sup in (
            ("ArrayIndexOutOfBoundsException", "IndexOutOfBoundsException"),
            ("StringIndexOutOfBoundsException", "IndexOutOfBoundsException"),
            ("ArrayStoreException", "RuntimeException"),
            ("NegativeArraySizeException", "RuntimeException"),
            ("IllegalMonitorStateException", "RuntimeException"),
            ("IllegalThreadStateException", "IllegalArgumentException"),
            ("SecurityException", "RuntimeException"),
            ("EnumConstantNotPresentException", "RuntimeException"),
            ("TypeNotPresentException", "RuntimeException"),
            ("CloneNotSupportedException", "Exception"),
            ("InterruptedException", "Exception"),
            ("ReflectiveOperationException", "Exception"),
            ("ClassNotFoundException", "ReflectiveOperationException"),
            ("IllegalAccessException", "ReflectiveOperationException"),
            ("InstantiationException", "ReflectiveOperationException"),
            ("NoSuchFieldException", "ReflectiveOperationException"),
            ("NoSuchMethodException", "ReflectiveOperationException"),
        )
    },
    **{
        name: (f"java.util.{name}", (sup,))
        for name, sup in (
            ("IllegalFormatException", "IllegalArgumentException"),
            ("DuplicateFormatFlagsException", "IllegalFormatException"),
            ("FormatFlagsConversionMismatchException", "IllegalFormatException"),
            ("IllegalFormatCodePointException", "IllegalFormatException"),
            ("IllegalFormatConversionException", "IllegalFormatException"),
            ("IllegalFormatFlagsException", "IllegalFormatException"),
            ("IllegalFormatPrecisionException", "IllegalFormatException"),
            ("IllegalFormatWidthException", "IllegalFormatException"),
            ("MissingFormatArgumentException", "IllegalFormatException"),
            ("MissingFormatWidthException", "IllegalFormatException"),
            ("UnknownFormatConversionException", "IllegalFormatException"),
            ("UnknownFormatFlagsException", "IllegalFormatException"),
            ("FormatterClosedException", "IllegalStateException"),
            ("IllformedLocaleException", "RuntimeException"),
            ("InputMismatchException", "NoSuchElementException"),
            ("MissingResourceException", "RuntimeException"),
            ("TooManyListenersException", "Exception"),
        )
    },
    "UnsupportedTemporalTypeException": (
        "java.time.temporal.UnsupportedTemporalTypeException",
        ("DateTimeException",),
    ),
    "ZoneRulesException": ("java.time.zone.ZoneRulesException", ("DateTimeException",)),
    "Debug": ("org.elasticsearch.painless.api.Debug", ("Object",)),
}

FUNCTIONAL = {
    # interface -> (arity, return type)
    "Function": (1, "def"),
    "UnaryOperator": (1, "def"),
    "BiFunction": (2, "def"),
    "BinaryOperator": (2, "def"),
    "Predicate": (1, "boolean"),
    "BiPredicate": (2, "boolean"),
    "Consumer": (1, "void"),
    "BiConsumer": (2, "void"),
    "Supplier": (0, "def"),
    "ToDoubleFunction": (1, "double"),
    "ToIntFunction": (1, "int"),
    "ToLongFunction": (1, "long"),
    "Comparator": (2, "int"),
    **_PRIMITIVE_FUNCTIONAL,
}


def functional_method(interface: str) -> str:
    """The name of a java.util functional interface's abstract method (`apply`, `test`, ...)."""
    if interface == "Comparator":
        return "compare"
    if interface.endswith("Predicate"):
        return "test"
    if interface.endswith("Consumer"):
        return "accept"
    if interface.endswith("Supplier"):
        return "get" if interface == "Supplier" else f"getAs{interface[: -len('Supplier')]}"
    for result in ("Int", "Long", "Double"):
        # ToIntFunction, LongToIntFunction, IntUnaryOperator, IntBinaryOperator: applyAsInt
        if f"To{result}Function" in interface or interface in (
            f"{result}UnaryOperator",
            f"{result}BinaryOperator",
        ):
            return f"applyAs{result}"
    return "apply"  # Function, BiFunction, UnaryOperator, BinaryOperator, IntFunction, ...


@lru_cache(maxsize=1)
def _qualified_names() -> dict[str, str]:
    return {info[0]: name for name, info in CLASSES.items() if "." in info[0]}


def qualified_type(dotted: str) -> str | None:
    """The Painless type a fully qualified name denotes (`java.util.ArrayList` -> `ArrayList`):
    Painless' lookup knows every whitelisted class by its canonical name as well."""
    return _qualified_names().get(dotted)


def is_type_name(name: str) -> bool:
    """True when `name` lexes as a TYPE token."""
    return name in CLASSES or name in PRIMITIVES


def element_type(t: str) -> str:
    return t[:-2]


def is_array(t: str) -> bool:
    return t.endswith("[]")


def is_primitive(t: str) -> bool:
    return t in PRIMITIVES


def is_numeric_primitive(t: str) -> bool:
    return t in NUMERIC_RANK


def unboxed(t: str) -> str:
    """The primitive a boxed type unboxes to (for arithmetic), or the type itself."""
    return BOXED.get(t, t)


def canonical(t: str) -> str:
    """PainlessLookupUtility.typeToCanonicalTypeName."""
    if t.endswith("[]"):
        return canonical(t[:-2]) + "[]"
    if t in PRIMITIVES:
        return t
    info = CLASSES.get(t)
    return info[0] if info else t


@lru_cache(maxsize=1024)
def ancestors(t: str) -> tuple[str, ...]:
    """`t` and all its supertypes, nearest first."""
    out: list[str] = [t]
    i = 0
    while i < len(out):
        for sup in CLASSES.get(out[i], ("", ()))[1]:
            if sup not in out:
                out.append(sup)
        i += 1
    if "Object" not in out and t not in PRIMITIVES and t != "def":
        out.append("Object")
    return tuple(out)


def is_subtype(sub: str, sup: str) -> bool:
    if sub == sup or sup in ("Object", "def"):
        return sub not in PRIMITIVES or sup == "def"
    if is_array(sub) or is_array(sup):
        if is_array(sub) and is_array(sup):
            return is_subtype(element_type(sub), element_type(sup)) and not is_primitive(element_type(sub))
        return False
    return sup in ancestors(sub)


def promote_numeric(a: str, b: str) -> str | None:
    """Binary numeric promotion of two (unboxed) primitive types, or None."""
    a, b = unboxed(a), unboxed(b)
    if a not in NUMERIC_RANK or b not in NUMERIC_RANK:
        return None
    if "double" in (a, b):
        return "double"
    if "float" in (a, b):
        return "float"
    if "long" in (a, b):
        return "long"
    return "int"


def promote_unary(a: str) -> str | None:
    a = unboxed(a)
    if a not in NUMERIC_RANK:
        return None
    return a if a in ("long", "float", "double") else "int"


# Widening primitive conversions allowed implicitly.
_WIDEN = {
    "byte": ("short", "int", "long", "float", "double"),
    "short": ("int", "long", "float", "double"),
    "char": ("int", "long", "float", "double"),
    "int": ("long", "float", "double"),
    "long": ("float", "double"),
    "float": ("double",),
    "double": (),
    "boolean": (),
}


def implicit_ok(src: str, dst: str) -> bool:
    """Can a value of static type `src` be assigned to `dst` without an explicit cast?"""
    if src == dst or dst == "def" or src == "def":
        return True
    if src == "null":
        return dst not in PRIMITIVES
    if src in PRIMITIVES and dst in PRIMITIVES:
        return dst in _WIDEN[src]
    if src in PRIMITIVES:
        # boxing: int -> Integer/Number/Object/Comparable; widening before boxing is not allowed
        box = BOX_OF[src]
        return dst == box or is_subtype(box, dst)
    if dst in PRIMITIVES:
        prim = BOXED.get(src)
        return prim is not None and (prim == dst or dst in _WIDEN[prim])
    return is_subtype(src, dst)


def explicit_ok(src: str, dst: str) -> bool:
    """Can `(dst) value` compile for a value of static type `src`?"""
    if implicit_ok(src, dst):
        return True
    if src in NUMERIC_RANK and dst in NUMERIC_RANK:
        return True
    if src in PRIMITIVES or dst in PRIMITIVES:
        s = BOXED.get(src, src)
        d = BOXED.get(dst, dst)
        if s in NUMERIC_RANK and d in NUMERIC_RANK:
            return True
        # AnalyzerCaster: String -> char and char -> String only with an explicit cast
        return (src == "String" and dst == "char") or (src == "char" and dst == "String")
    if src == "String" and dst in ("char", "Character"):
        return True
    # downcast
    return is_subtype(dst, src) or (is_interface(src) or is_interface(dst))


_INTERFACES = {
    "Comparable",
    "CharSequence",
    "Iterable",
    "Collection",
    "List",
    "Set",
    "Map",
    "Map.Entry",
    "SortedMap",
    "NavigableMap",
    "SortedSet",
    "NavigableSet",
    "Iterator",
    "ListIterator",
    "Queue",
    "Deque",
    "Comparator",
} | set(FUNCTIONAL)


def is_interface(t: str) -> bool:
    return t in _INTERFACES
