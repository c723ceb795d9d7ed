"""Runtime values Painless has beyond the document model of `javatypes`.

Document values (None, bool, int/JLong, float/JFloat, str, dict, list, JavaSet) are used as they
are. Scripts can also make chars, bytes and shorts, arrays, ordered and sorted maps, regex
patterns and matchers, map entries and functions; those are the small classes below.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from s1elastic.ingest.javatypes import JavaSet, java_class_name, java_equals


class JChar(str):
    """A java.lang.Character: one UTF-16 code unit."""

    __slots__ = ()
    JAVA_CLASS = "java.lang.Character"

    @property
    def code(self) -> int:
        return ord(self)


class JByte(int):
    __slots__ = ()
    JAVA_CLASS = "java.lang.Byte"


class JShort(int):
    __slots__ = ()
    JAVA_CLASS = "java.lang.Short"


_ARRAY_CLASS = {
    "int": "[I",
    "long": "[J",
    "double": "[D",
    "float": "[F",
    "boolean": "[Z",
    "byte": "[B",
    "short": "[S",
    "char": "[C",
}


class JArray(list):  # type: ignore[type-arg]
    """A Java array: fixed length, typed elements (`elem` is the Painless element type)."""

    __slots__ = ("elem",)
    IDENTITY_EQUALS = True  # Object.equals, not List.equals (javatypes.java_equals)

    def __init__(self, elem: str, items: list[Any]) -> None:
        super().__init__(items)
        self.elem = elem

    @property
    def JAVA_CLASS(self) -> str:
        """Class.getName(): `[I`, `[[I` for int[][], `[Ljava.lang.String;`, `[[Ljava.lang.String;`."""
        base = self.elem
        depth = 1
        while base.endswith("[]"):
            base, depth = base[:-2], depth + 1
        if base in _ARRAY_CLASS:
            return "[" * (depth - 1) + _ARRAY_CLASS[base]
        from s1elastic.ingest.painless.types import canonical

        return "[" * depth + f"L{canonical(base)};"

    def java_to_string(self) -> str:
        return f"{self.JAVA_CLASS}@{id(self) & 0xFFFFFFF:x}"


class LinkedHashMap(dict):  # type: ignore[type-arg]
    JAVA_CLASS = "java.util.LinkedHashMap"
    JAVA_ORDERED = True


class TreeMap(dict):  # type: ignore[type-arg]
    """Keys kept in natural order, or in the order of `comparator` when it was built with one (the
    runtime re-sorts after inserting a new key)."""

    JAVA_CLASS = "java.util.TreeMap"
    JAVA_ORDERED = True
    comparator: Any = None


class LinkedHashSet(JavaSet):
    JAVA_CLASS = "java.util.LinkedHashSet"
    JAVA_ORDERED = True


class TreeSet(JavaSet):
    JAVA_CLASS = "java.util.TreeSet"
    JAVA_ORDERED = True
    comparator: Any = None  # natural ordering when None


class MapEntry:
    """A Map.Entry backed by its map: setValue writes through."""

    __slots__ = ("key", "map")
    JAVA_CLASS = "java.util.HashMap$Node"

    def __init__(self, mapping: dict[Any, Any], key: Any) -> None:
        self.map = mapping
        self.key = key

    @property
    def value(self) -> Any:
        return self.map.get(self.key)

    def java_to_string(self) -> str:
        from s1elastic.ingest.painless.runtime import to_string

        return f"{to_string(self.key)}={to_string(self.value)}"


class MapKey:
    """A map key stored for a Java value a dict cannot key as Java does (runtime.map_key).

    Lists, maps and sets are unhashable in Python, and a dict merges Integer 1, Long 1L, Double 1.0
    and Boolean true (they are equal in Python, four keys in a java.util.HashMap). Such a key is
    stored wrapped: its hash is Java's hashCode, taken when it is stored (as HashMap caches it,
    so a list changed after the put is no longer found by its new content, as in Java), and two
    keys are equal when Object.equals says so. Every place that hands a key to the script unwraps
    it (runtime.key_out); String and Integer keys, the usual ones, are stored as they are.
    """

    __slots__ = ("hash_code", "value")

    def __init__(self, value: Any, hash_code: int) -> None:
        self.value = value
        self.hash_code = hash_code

    def __hash__(self) -> int:
        return self.hash_code

    def __repr__(self) -> str:
        return f"MapKey({self.value!r})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not MapKey:
            return False
        a, b = self.value, other.value
        if a is b:
            return True
        if type(a) is JArray or type(b) is JArray:
            return False  # arrays compare by identity
        return java_equals(a, b)

    @property
    def JAVA_CLASS(self) -> str:
        return java_class_name(self.value)

    def java_to_string(self) -> str:
        from s1elastic.ingest.painless.runtime import to_string

        return to_string(self.value)


class JFunction:
    """A lambda or method reference: a Python callable plus how Painless would name it."""

    __slots__ = ("arity", "fn", "name")
    JAVA_CLASS = "org.elasticsearch.painless.lambda"

    def __init__(self, fn: Callable[..., Any], arity: int, name: str = "lambda") -> None:
        self.fn = fn
        self.arity = arity
        self.name = name

    def __call__(self, *args: Any) -> Any:
        return self.fn(*args)


class StringBuilder:
    __slots__ = ("parts",)
    JAVA_CLASS = "java.lang.StringBuilder"

    def __init__(self, text: str = "") -> None:
        self.parts = [text] if text else []

    def java_to_string(self) -> str:
        return "".join(self.parts)


class JavaObject:
    """A value of a class that only has a name (static holders such as Math are never instances)."""

    __slots__ = ("JAVA_CLASS",)

    def __init__(self, java_class: str) -> None:
        self.JAVA_CLASS = java_class
