"""Dynamic (`def`) semantics: classes, numbers, operators, casts, field/index access, equality.

Everything here follows org.elasticsearch.painless.Def / DefMath: binary numeric promotion with
int32/int64 wrap-around, Java integer division, `==` comparing numbers by value, casts with
Painless' exact ClassCastException texts, maps and lists addressed as `x.key` / `x[i]`.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable
from typing import Any

from s1elastic.ingest.document import METADATA_KEYS, normalize_metadata_value, validate_metadata
from s1elastic.ingest.errors import (
    ArithmeticException,
    ArrayIndexOutOfBoundsException,
    ClassCastException,
    IllegalArgumentException,
    IndexOutOfBoundsException,
    JavaException,
    NullPointerException,
    UnsupportedOperationException,
)
from s1elastic.ingest.javatypes import (
    JavaSet,
    JFloat,
    JLong,
    ZonedDateTime,
    hashmap_keys,
    java_double_str,
    java_equals,
    java_float_str,
    java_string_hash,
    to_float32,
)
from s1elastic.ingest.painless.types import BOX_OF, FUNCTIONAL, ancestors, canonical
from s1elastic.ingest.painless.values import (
    JArray,
    JByte,
    JChar,
    JFunction,
    JShort,
    LinkedHashMap,
    LinkedHashSet,
    MapEntry,
    MapKey,
    StringBuilder,
    TreeMap,
    TreeSet,
)

METADATA_SET = frozenset(METADATA_KEYS)
READONLY_MESSAGE = "Mutating ingest documents in conditionals is not supported"


class _Discard:
    """Where stores are noted outside an ingest script run: nowhere."""

    __slots__ = ()

    def append(self, value: Any) -> None:
        return None


DISCARD = _Discard()


class RunState:
    """Per-execution facts the runtime needs: the script's ctx map, whether it is read-only, and
    the values this run stored into containers.

    One per thread, reused by every run on that thread: a run sets its fields and clears them.
    Plain slots, because a thread-local attribute costs several times a slot access.
    """

    __slots__ = ("ctx_root", "guarded", "now", "params_root", "readonly_root", "stored")

    def __init__(self) -> None:
        self.ctx_root: Any = None
        self.now: Any = None  # the document's creation timestamp, for metadata().getNow()
        self.readonly_root: Any = None  # the condition's ctx: nothing reachable from it may change
        self.params_root: Any = None  # params: the map itself is unmodifiable
        self.guarded = False  # either of the two above is set
        # Every value that is not a plain scalar and was stored into a container (map, list, set,
        # array) during an ingest script run, FULL_CHECK for a store of unknown values: the
        # processor's self-reference check only has to look below these (processors/script.py).
        self.stored: Any = DISCARD


class _Local(threading.local):
    """Thread-local: the poller runs streams (and consoles) in threads that may share a pipeline."""

    def __init__(self) -> None:
        self.run = RunState()


LOCAL = _Local()


def current() -> RunState:
    """This thread's run state (read it once per call, then use its slots)."""
    return LOCAL.run


class _StateProxy:
    """`STATE.x`: this thread's RunState's x (the older spelling; `LOCAL.run` is cheaper)."""

    __slots__ = ()

    def __getattr__(self, name: str) -> Any:
        return getattr(LOCAL.run, name)

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(LOCAL.run, name, value)


STATE: Any = _StateProxy()

# ---------------------------------------------------------------------------------------------
# classes

INT, LONG, FLOAT, DOUBLE, CHAR, BYTE, SHORT, BIG = range(8)
_NUM_KIND = {JLong: LONG, float: DOUBLE, JFloat: FLOAT, JChar: CHAR, JByte: BYTE, JShort: SHORT}
_I32 = 2**31
_I64 = 2**63


def num_kind(v: Any) -> int | None:
    """The Java numeric class of `v` (chars included), or None for anything else."""
    t = type(v)
    if t is int:
        if -_I32 <= v < _I32:
            return INT
        if -_I64 <= v < _I64:
            return LONG
        return BIG
    return _NUM_KIND.get(t)


_PCLASS = {
    str: "String",
    bool: "Boolean",
    JLong: "Long",
    float: "Double",
    JFloat: "Float",
    JChar: "Character",
    JByte: "Byte",
    JShort: "Short",
    dict: "HashMap",
    LinkedHashMap: "LinkedHashMap",
    TreeMap: "TreeMap",
    list: "ArrayList",
    JavaSet: "HashSet",
    LinkedHashSet: "LinkedHashSet",
    TreeSet: "TreeSet",
    MapEntry: "Map.Entry",
    ZonedDateTime: "ZonedDateTime",
    StringBuilder: "StringBuilder",
    JFunction: "Function",
    bytes: "byte[]",
}


def painless_class(v: Any) -> str:
    """The Painless class name of a runtime value (for method lookup and instanceof)."""
    t = type(v)
    name = _PCLASS.get(t)
    if name is not None:
        return name
    if t is int:
        k = num_kind(v)
        return "Integer" if k == INT else "Long" if k == LONG else "BigInteger"
    if t is JArray:
        return f"{v.elem}[]"
    if isinstance(v, JavaException):
        return v.java_class.rsplit(".", 1)[-1]
    pc = getattr(t, "PAINLESS_CLASS", None)
    if pc is not None:
        return str(pc)
    if isinstance(v, dict):
        return "HashMap"
    if isinstance(v, JavaSet):
        return "HashSet"
    if isinstance(v, list):
        return "ArrayList"
    return "Object"


def class_name(v: Any) -> str:
    """Class.getCanonicalName() of a runtime value (used in error messages)."""
    if v is None:
        return "null"
    if type(v) is JArray:
        return canonical(v.elem) + "[]"
    if isinstance(v, JavaException):
        return v.java_class
    special = getattr(type(v), "JAVA_CLASS", None)
    if isinstance(special, str):
        if special == "java.util.HashMap$Node":
            return "java.util.HashMap.Node"
        return special
    pc = painless_class(v)
    return canonical(pc)


def unboxed_class_name(v: Any) -> str:
    """PainlessLookupUtility.typeToUnboxedType(...).getCanonicalName()."""
    k = num_kind(v)
    if k is not None and k != BIG:
        return ("int", "long", "float", "double", "char", "byte", "short")[k]
    if type(v) is bool:
        return "boolean"
    return class_name(v)


def instance_of(v: Any, t: str) -> bool:
    """`v instanceof t`; a primitive `t` means its box (EInstanceof): `x instanceof long` is
    `x instanceof Long`."""
    if v is None:
        return False
    if t in ("def", "Object"):
        return True
    t = BOX_OF.get(t, t)
    pc = painless_class(v)
    if t.endswith("[]"):
        return pc == t or _array_assignable(pc, t)
    return t in ancestors(pc)


def _array_assignable(src: str, dst: str) -> bool:
    """Java array covariance: `String[]` is an `Object[]` (`def[]`) and a `CharSequence[]`;
    primitive element types only match themselves."""
    if not src.endswith("[]") or not dst.endswith("[]"):
        return False
    se, de = src[:-2], dst[:-2]
    if se == de:
        return True
    if se in _PRIM_ARR or de in _PRIM_ARR:
        return False
    if de in ("def", "Object"):
        return True
    if se.endswith("[]") or de.endswith("[]"):
        return _array_assignable(se, de)
    return de in ancestors(se)


_PRIM_ARR = {"int", "long", "float", "double", "boolean", "byte", "short", "char"}

# ---------------------------------------------------------------------------------------------
# numbers


def wrap32(x: int) -> int:
    return ((x + _I32) & 0xFFFFFFFF) - _I32


def wrap64(x: int) -> JLong:
    return JLong(((x + _I64) & 0xFFFFFFFFFFFFFFFF) - _I64)


def d2i(x: float) -> int:
    """Java (int) of a double: NaN -> 0, saturating, truncating toward zero."""
    if x != x:
        return 0
    if x >= 2147483647.0:
        return 2147483647
    if x <= -2147483648.0:
        return -2147483648
    return int(x)


def d2l(x: float) -> int:
    if x != x:
        return 0
    if x >= 9.223372036854775807e18:
        return _I64 - 1
    if x <= -9.223372036854775808e18:
        return -_I64
    return int(x)


def int_value(v: Any) -> int:
    """Number.intValue() (and char code)."""
    k = num_kind(v)
    if k in (DOUBLE, FLOAT):
        return d2i(v)
    if k == CHAR:
        return ord(v)
    return wrap32(int(v))


def long_value(v: Any) -> int:
    k = num_kind(v)
    if k in (DOUBLE, FLOAT):
        return d2l(v)
    if k == CHAR:
        return ord(v)
    return int(wrap64(int(v)))


def double_value(v: Any) -> float:
    if type(v) is JChar:
        return float(ord(v))
    return float(v)


def float_value(v: Any) -> float:
    """Number.floatValue() (and a char's code) as a float32-valued Python float.

    An integer is rounded to float32 once, as Java's int/long to float conversion does: through a
    double first would round twice (16777217 * 3F is 5.0331648E7, not 5.0331652E7).
    """
    if type(v) is JChar:
        return float(ord(v))
    if isinstance(v, int) and not isinstance(v, bool):
        n = int(v)
        if -(1 << 53) <= n <= 1 << 53:
            return to_float32(float(n))
        magnitude = abs(n)
        shift = magnitude.bit_length() - 24
        q, r = divmod(magnitude, 1 << shift)
        half = 1 << (shift - 1)
        if r > half or (r == half and q & 1):
            q += 1
        return math.copysign(to_float32(float(q << shift)), n)
    return to_float32(float(v))


def to_byte(x: int) -> JByte:
    return JByte(((x + 128) & 0xFF) - 128)


def to_short(x: int) -> JShort:
    return JShort(((x + 32768) & 0xFFFF) - 32768)


def to_char(x: int) -> JChar:
    return JChar(chr(x & 0xFFFF))


def _npe_get_class(name: str) -> NullPointerException:
    return NullPointerException(f'Cannot invoke "Object.getClass()" because "{name}" is null')


def _types_error(op: str, a: Any, b: Any) -> JavaException:
    if a is None:
        return _npe_get_class("leftObject")
    if b is None:
        return _npe_get_class("rightObject")
    return ClassCastException(
        f"Cannot apply [{op}] operation to types [{class_name(a)}] and [{class_name(b)}]."
    )


def _promote(op: str, a: Any, b: Any) -> tuple[int, Any, Any]:
    """Binary numeric promotion of two runtime values: (kind, left, right) as Python numbers."""
    ka = num_kind(a)
    kb = num_kind(b)
    if ka is None or kb is None:
        raise _types_error(op, a, b)
    if ka == DOUBLE or kb == DOUBLE:
        return DOUBLE, double_value(a), double_value(b)
    if ka == FLOAT or kb == FLOAT:
        return FLOAT, float_value(a), float_value(b)
    if ka == LONG or kb == LONG:
        return LONG, long_value(a), long_value(b)
    return INT, int_value(a), int_value(b)


def _box(kind: int, x: Any) -> Any:
    if kind == INT:
        return wrap32(x)
    if kind == LONG:
        return wrap64(x)
    if kind == FLOAT:
        return JFloat(x)
    return float(x)


def java_div(a: float, b: float) -> float:
    """IEEE division with Java's results for zero divisors."""
    if b == 0.0:
        if a != a or a == 0.0:
            return math.nan
        return math.copysign(math.inf, a) * math.copysign(1.0, b)
    return a / b


def java_fmod(a: float, b: float) -> float:
    if b == 0.0 or math.isinf(a) or a != a or b != b:
        return math.nan
    if math.isinf(b):
        return a
    return math.fmod(a, b)


def int_div(a: int, b: int) -> int:
    if b == 0:
        raise ArithmeticException("/ by zero")
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q


def int_rem(a: int, b: int) -> int:
    if b == 0:
        raise ArithmeticException("/ by zero")
    return a - b * int_div(a, b)


def add(a: Any, b: Any) -> Any:
    ta = type(a)
    if ta is str:
        return a + to_string(b)
    if type(b) is str:
        return to_string(a) + b
    if ta is int and type(b) is int and -_I32 <= a < _I32 and -_I32 <= b < _I32:
        return wrap32(a + b)
    k, x, y = _promote("+", a, b)
    return _box(k, x + y)


def sub(a: Any, b: Any) -> Any:
    k, x, y = _promote("-", a, b)
    return _box(k, x - y)


def mul(a: Any, b: Any) -> Any:
    k, x, y = _promote("*", a, b)
    return _box(k, x * y)


def div(a: Any, b: Any) -> Any:
    k, x, y = _promote("/", a, b)
    if k in (INT, LONG):
        return _box(k, int_div(x, y))
    return _box(k, java_div(x, y))


def rem(a: Any, b: Any) -> Any:
    k, x, y = _promote("%", a, b)
    if k in (INT, LONG):
        return _box(k, int_rem(x, y))
    return _box(k, java_fmod(x, y))


def _integral(op: str, v: Any, allow_long: bool) -> int:
    k = num_kind(v)
    if k in (INT, SHORT, BYTE) or (allow_long and k == LONG):
        return int(v)
    if k == CHAR:
        return ord(v)
    if v is None:
        raise _npe_get_class("o")
    raise ClassCastException(f"Cannot convert [{class_name(v)}] to an integral value.")


def _bitwise(op: str, a: Any, b: Any) -> Any:
    if type(a) is bool and type(b) is bool:
        if op == "&":
            return a and b
        if op == "|":
            return a or b
        return a != b
    is_long = num_kind(a) == LONG or num_kind(b) == LONG
    x = _integral(op, a, is_long)
    y = _integral(op, b, is_long)
    r = x & y if op == "&" else x | y if op == "|" else x ^ y
    return wrap64(r) if is_long else wrap32(r)


def bw_and(a: Any, b: Any) -> Any:
    return _bitwise("&", a, b)


def bw_or(a: Any, b: Any) -> Any:
    return _bitwise("|", a, b)


def bw_xor(a: Any, b: Any) -> Any:
    return _bitwise("^", a, b)


def _shift_distance(b: Any) -> int:
    k = num_kind(b)
    if k in (INT, LONG, SHORT, BYTE):
        return int(b)
    if k == CHAR:
        return ord(b)
    if b is None:
        raise _npe_get_class("rightObject")
    raise ClassCastException(f"Cannot convert [{class_name(b)}] to an integral value.")


def lsh(a: Any, b: Any) -> Any:
    n = _shift_distance(b)
    if num_kind(a) == LONG:
        return wrap64(int(a) << (n & 63))
    return wrap32(_integral("<<", a, False) << (n & 31))


def rsh(a: Any, b: Any) -> Any:
    n = _shift_distance(b)
    if num_kind(a) == LONG:
        return JLong(int(a) >> (n & 63))
    return _integral(">>", a, False) >> (n & 31)


def ush(a: Any, b: Any) -> Any:
    n = _shift_distance(b)
    if num_kind(a) == LONG:
        return wrap64((int(a) & 0xFFFFFFFFFFFFFFFF) >> (n & 63))
    return wrap32((_integral(">>>", a, False) & 0xFFFFFFFF) >> (n & 31))


def neg(a: Any) -> Any:
    k = num_kind(a)
    if k is None or k == BIG:
        if a is None:
            raise _npe_get_class("unary")
        raise ClassCastException(f"Cannot apply [-] operation to type [{class_name(a)}].")
    if k == DOUBLE:
        return -a
    if k == FLOAT:
        return JFloat(-a)
    if k == LONG:
        return wrap64(-int(a))
    return wrap32(-int_value(a))


def plus(a: Any) -> Any:
    k = num_kind(a)
    if k is None or k == BIG:
        if a is None:
            raise _npe_get_class("unary")
        raise ClassCastException(f"Cannot apply [+] operation to type [{class_name(a)}].")
    if k in (DOUBLE, FLOAT, LONG):
        return a
    return int_value(a)


def bw_not(a: Any) -> Any:
    k = num_kind(a)
    if k == LONG:
        return JLong(~int(a))
    if k in (INT, SHORT, BYTE, CHAR):
        return ~int_value(a)
    if a is None:
        raise _npe_get_class("unary")
    raise ClassCastException(f"Cannot apply [~] operation to type [{class_name(a)}].")


def bool_not(a: Any) -> bool:
    if type(a) is bool:
        return not a
    raise cast_error_def(a, "boolean", None)


BINARY = {
    "+": add,
    "-": sub,
    "*": mul,
    "/": div,
    "%": rem,
    "&": bw_and,
    "|": bw_or,
    "^": bw_xor,
    "<<": lsh,
    ">>": rsh,
    ">>>": ush,
}

# ---------------------------------------------------------------------------------------------
# comparison


def eq(a: Any, b: Any) -> bool:
    """DefMath.eq: numbers by promoted value, everything else by equals()."""
    if a is b:
        return True
    if a is None or b is None:
        return False
    ta, tb = type(a), type(b)
    if ta is tb:
        if ta is str or ta is bool or ta is int:
            return bool(a == b)
        return java_equals(a, b)
    ka, kb = num_kind(a), num_kind(b)
    if ka is not None and kb is not None:
        if ka in (DOUBLE, FLOAT) or kb in (DOUBLE, FLOAT):
            if ka in (DOUBLE, FLOAT) and kb in (DOUBLE, FLOAT) and ka != kb:
                # Double vs Float compares as double (DefMath: left Double -> right.doubleValue())
                return double_value(a) == double_value(b)
            if ka == FLOAT or kb == FLOAT:
                if ka != DOUBLE and kb != DOUBLE:
                    return float_value(a) == float_value(b)
            return double_value(a) == double_value(b)
        if ka == LONG or kb == LONG:
            return long_value(a) == long_value(b)
        return int_value(a) == int_value(b)
    return java_equals(a, b)


def identical(a: Any, b: Any) -> bool:
    """`===`: reference identity, approximated for boxed values by Java's box cache."""
    if a is b:
        return True
    if a is None or b is None:
        return False
    if type(a) is not type(b):
        return False
    if type(a) is bool:
        return bool(a == b)
    k = num_kind(a)
    if k in (INT, LONG, SHORT, BYTE) and num_kind(b) == k:
        return -128 <= int(a) <= 127 and a == b
    if k == CHAR:
        return ord(a) <= 127 and a == b
    if type(a) is str:
        return False
    return False


def _cmp_promote(op: str, a: Any, b: Any) -> tuple[Any, Any]:
    ka = num_kind(a)
    kb = num_kind(b)
    if ka is None or kb is None:
        raise _types_error(op, a, b)
    if ka in (DOUBLE, FLOAT) or kb in (DOUBLE, FLOAT):
        if (ka == FLOAT or kb == FLOAT) and ka != DOUBLE and kb != DOUBLE:
            return float_value(a), float_value(b)
        return double_value(a), double_value(b)
    if ka == LONG or kb == LONG:
        return long_value(a), long_value(b)
    return int_value(a), int_value(b)


def lt(a: Any, b: Any) -> bool:
    x, y = _cmp_promote("<", a, b)
    return bool(x < y)


def lte(a: Any, b: Any) -> bool:
    x, y = _cmp_promote("<=", a, b)
    return bool(x <= y)


def gt(a: Any, b: Any) -> bool:
    x, y = _cmp_promote(">", a, b)
    return bool(x > y)


def gte(a: Any, b: Any) -> bool:
    x, y = _cmp_promote(">", a, b)  # DefMath.gte reports [>] (sic)
    return bool(x >= y)


COMPARE = {"<": lt, "<=": lte, ">": gt, ">=": gte}


def compare_to(a: Any, b: Any) -> int:
    """Comparable.compareTo for the natural ordering of sort(), TreeMap and min/max."""
    if a is None or b is None:
        raise NullPointerException(None)
    ta, tb = type(a), type(b)
    if ta is str and tb is str:
        return _str_cmp(a, b)
    ka, kb = num_kind(a), num_kind(b)
    if ka is not None and ka == kb:
        x, y = (ord(a), ord(b)) if ka == CHAR else (a, b)
        if ka in (DOUBLE, FLOAT):
            if x != x or y != y:
                return (x != x) - (y != y)
        return (x > y) - (x < y)
    if ta is bool and tb is bool:
        return int(a) - int(b)
    raise ClassCastException(
        f"class {class_name(a)} cannot be cast to class {class_name(b)} "
        f"({class_name(a)} and {class_name(b)} are in module java.base of loader 'bootstrap')"
    )


def _str_cmp(a: str, b: str) -> int:
    """String.compareTo: difference of the first differing UTF-16 unit, else of the lengths."""
    if a.isascii() and b.isascii():
        for ca, cb in zip(a, b):
            if ca != cb:
                return ord(ca) - ord(cb)
        return len(a) - len(b)
    ua = a.encode("utf-16-be", "surrogatepass")
    ub = b.encode("utf-16-be", "surrogatepass")
    for i in range(0, min(len(ua), len(ub)), 2):
        ua_i = (ua[i] << 8) | ua[i + 1]
        ub_i = (ub[i] << 8) | ub[i + 1]
        if ua_i != ub_i:
            return ua_i - ub_i
    return (len(ua) - len(ub)) // 2


def string_compare(a: str, b: str) -> int:
    return _str_cmp(a, b)


# ---------------------------------------------------------------------------------------------
# strings


def to_string(v: Any) -> str:
    """String.valueOf(v) as Java renders it."""
    t = type(v)
    if t is str or t is JChar:
        return str(v)
    if v is None:
        return "null"
    if t is bool:
        return "true" if v else "false"
    if t is int or t is JLong or t is JByte or t is JShort:
        return str(int(v))
    if t is float:
        return java_double_str(v)
    if t is JFloat:
        return java_float_str(v)
    if isinstance(v, dict):
        parts = []
        for key in iter_keys(v):
            item = v[key]
            parts.append(f"{to_string(key)}={'(this Map)' if item is v else to_string(item)}")
        return "{" + ", ".join(parts) + "}"
    if t is JArray:
        return v.java_to_string()  # Class.getName() + '@' + hash: `[I@…`, `[[I@…`, `[Ljava.lang.String;@…`
    if isinstance(v, list):
        items = iter_collection(v)
        return "[" + ", ".join("(this Collection)" if x is v else to_string(x) for x in items) + "]"
    if isinstance(v, JavaException):
        return v.java_to_string()
    to_str = getattr(v, "java_to_string", None)
    if to_str is not None:
        return str(to_str())
    return str(v)


# ---------------------------------------------------------------------------------------------
# iteration order


def java_hash(v: Any) -> int:
    """Object.hashCode() for the values that are used as map keys and set members."""
    t = type(v)
    if t is str or t is JChar:
        return java_string_hash(str(v)) if t is str else ord(v)
    if v is None:
        return 0
    if t is bool:
        return 1231 if v else 1237
    k = num_kind(v)
    if k in (INT, SHORT, BYTE):
        return int(v)
    if k == LONG:
        x = int(v) & 0xFFFFFFFFFFFFFFFF
        return wrap32((x ^ (x >> 32)) & 0xFFFFFFFF)
    if k == DOUBLE:
        import struct

        bits = struct.unpack(">q", struct.pack(">d", 0.0 if v == 0.0 and math.copysign(1, v) > 0 else v))[0]
        if v != v:
            bits = 0x7FF8000000000000
        x = bits & 0xFFFFFFFFFFFFFFFF
        return wrap32((x ^ (x >> 32)) & 0xFFFFFFFF)
    if t is MapKey:
        return int(v.hash_code)
    container = _container_hash(v)
    if container is not None:
        return container
    return hash(v) & 0x7FFFFFFF


def _container_hash(v: Any) -> int | None:
    """List/Set/Map.hashCode (by content; arrays by identity), or None for other values."""
    if getattr(type(v), "IDENTITY_EQUALS", False):  # arrays, ArrayDeque, PriorityQueue
        return id(v) & 0x7FFFFFFF
    if isinstance(v, dict):
        return wrap32(sum(java_hash(k) ^ java_hash(x) for k, x in v.items()) & 0xFFFFFFFF)
    if isinstance(v, JavaSet):
        return wrap32(sum(java_hash(x) for x in v) & 0xFFFFFFFF)
    if isinstance(v, list):
        h = 1
        for x in v:
            h = (31 * h + java_hash(x)) & 0xFFFFFFFF
        return wrap32(h)
    return None


def map_key(k: Any) -> Any:
    """The dict key a Java map key is stored under: Strings, Integers and null as they are, any
    other value as a `MapKey` (Java's hashCode and equals; see values.MapKey)."""
    t = type(k)
    if t is str or k is None or t is MapKey or (t is int and -0x80000000 <= k <= 0x7FFFFFFF):
        return k
    return MapKey(k, java_hash(k))


def key_out(k: Any) -> Any:
    """The Java key a stored dict key stands for (unwraps a `MapKey`)."""
    return k.value if type(k) is MapKey else k


def _bucket_sorted(items: list[Any], table: int) -> list[Any]:
    def bucket(k: Any) -> int:
        h = java_hash(k) & 0xFFFFFFFF
        return (h ^ (h >> 16)) & (table - 1)

    try:
        return sorted(items, key=bucket)
    except TypeError:
        return list(items)


def iter_keys(d: dict[Any, Any]) -> list[Any]:
    """A map's keys in the order Java iterates it (HashMap bucket order unless ordered)."""
    if getattr(type(d), "JAVA_ORDERED", False):
        return list(d)
    if all(type(k) is str for k in d):
        return hashmap_keys(d)
    from s1elastic.ingest.javatypes import live_table_size

    return _bucket_sorted(list(d), live_table_size(len(d)))


def iter_collection(c: Any) -> list[Any]:
    """A collection's elements in Java iteration order (HashSet bucket order)."""
    if type(c) is JavaSet or (isinstance(c, JavaSet) and not getattr(type(c), "JAVA_ORDERED", False)):
        from s1elastic.ingest.javatypes import live_table_size

        return _bucket_sorted(list(c), live_table_size(len(c)))
    return list(c)


# ---------------------------------------------------------------------------------------------
# casts


def cast_error_def(v: Any, target: str, implicit: bool | None) -> JavaException:
    """Def.castException: `cannot [implicitly |explicitly ]cast def [src] to target`."""
    if v is None:
        return _npe_get_class("value")
    how = "" if implicit is None else ("implicitly " if implicit else "explicitly ")
    return ClassCastException(f"cannot {how}cast def [{unboxed_class_name(v)}] to {canonical(target)}")


def java_cce(v: Any, target: str) -> ClassCastException:
    """The JDK's checkcast message."""
    src = v.JAVA_CLASS if type(v) is JArray else class_name(v)  # Class.getName(): `[I`
    dst = JArray(target[:-2], []).JAVA_CLASS if target.endswith("[]") else canonical(target)
    module = "java.base"
    return ClassCastException(
        f"class {src} cannot be cast to class {dst} ({src} and {dst} are in module {module} of loader 'bootstrap')"
    )


_IMPLICIT_FROM = {
    "byte": (BYTE,),
    "short": (BYTE, SHORT),
    "char": (CHAR,),
    "int": (BYTE, SHORT, CHAR, INT),
    "long": (BYTE, SHORT, CHAR, INT, LONG),
    "float": (BYTE, SHORT, CHAR, INT, LONG, FLOAT),
    "double": (BYTE, SHORT, CHAR, INT, LONG, FLOAT, DOUBLE),
}
_BOXED_IMPLICIT_FROM = {
    "Byte": (BYTE,),
    "Short": (BYTE, SHORT),
    "Character": (CHAR,),
    "Integer": (BYTE, SHORT, CHAR, INT),
    "Long": (BYTE, SHORT, CHAR, INT, LONG),
    "Float": (BYTE, SHORT, CHAR, INT, LONG, FLOAT),
    "Double": (BYTE, SHORT, CHAR, INT, LONG, FLOAT, DOUBLE),
}


def convert_numeric(v: Any, target: str) -> Any:
    """A numeric (or char) value converted to a primitive type, Java narrowing/widening rules."""
    if target == "double":
        return double_value(v)
    if target == "float":
        return JFloat(float_value(v))
    if target == "long":
        return JLong(long_value(v))
    if target == "int":
        return int_value(v)
    if target == "short":
        return to_short(int_value(v))
    if target == "byte":
        return to_byte(int_value(v))
    if target == "char":
        return to_char(int_value(v))
    raise AssertionError(target)


_BOX_PRIM = {
    "Byte": "byte",
    "Short": "short",
    "Character": "char",
    "Integer": "int",
    "Long": "long",
    "Float": "float",
    "Double": "double",
}


def def_cast(v: Any, target: str, explicit: bool) -> Any:
    """Cast a `def` value to a static type at runtime (Def.defTo*)."""
    if target in ("def", "Object"):
        return v
    if target == "boolean":
        if type(v) is bool:
            return v
        raise cast_error_def(v, "boolean", None)
    if target in _IMPLICIT_FROM:
        if v is None:
            raise _npe_get_class("value")
        k = num_kind(v)
        if explicit:
            if target == "char" and type(v) is str:
                return string_to_char(v)
            if k is not None and k != BIG:
                return convert_numeric(v, target)
            if k == BIG:
                return convert_numeric(v, target)
            # Def.defTodoubleExplicit reports byte (sic)
            raise cast_error_def(v, "byte" if target == "double" else target, False)
        if k in _IMPLICIT_FROM[target]:
            return convert_numeric(v, target)
        raise cast_error_def(v, target, True)
    if v is None:
        return None
    if target == "Boolean":
        if type(v) is bool:
            return v
        raise cast_error_def(v, target, False)
    if target in _BOXED_IMPLICIT_FROM:
        k = num_kind(v)
        prim = _BOX_PRIM[target]
        if explicit:
            if target == "Character" and type(v) is str:
                return string_to_char(v)
            if k is not None:
                return convert_numeric(v, prim)
            raise cast_error_def(v, target, False)
        if k in _BOXED_IMPLICIT_FROM[target]:
            return convert_numeric(v, prim)
        raise cast_error_def(v, target, False)
    if target == "String":
        if type(v) is str:
            return v
        if explicit and type(v) is JChar:
            return str(v)
        raise cast_error_def(v, target, not explicit)
    if instance_of(v, target):
        return v
    if isinstance(v, JFunction) and target in _FUNCTIONAL_NAMES:
        return v
    # MethodWriter.writeCast: def to any other reference type is a plain checkcast
    raise java_cce(v, target)


_FUNCTIONAL_NAMES = {
    "Function",
    "BiFunction",
    "Predicate",
    "BiPredicate",
    "Consumer",
    "BiConsumer",
    "Supplier",
    "UnaryOperator",
    "BinaryOperator",
    "Comparator",
    "ToDoubleFunction",
    "ToIntFunction",
    "ToLongFunction",
    *FUNCTIONAL,  # and the primitive ones (IntFunction, ...): a lambda passed as any of them
}


def string_to_char(s: str) -> JChar:
    if len(s) != 1:
        raise ClassCastException("cannot cast java.lang.String with length not equal to one to char")
    return JChar(s)


def ref_cast(v: Any, target: str) -> Any:
    """A checked downcast between reference types (Java checkcast)."""
    if v is None or target in ("def", "Object") or instance_of(v, target):
        return v
    raise java_cce(v, target)


# ---------------------------------------------------------------------------------------------
# mutation guards


def _reachable(root: Any, target: Any) -> bool:
    stack = [root]
    seen: set[int] = set()
    while stack:
        cur = stack.pop()
        if cur is target:
            return True
        if id(cur) in seen:
            continue
        seen.add(id(cur))
        if isinstance(cur, dict):
            stack.extend(v for v in cur.values() if isinstance(v, dict | list))
        elif isinstance(cur, list):
            stack.extend(v for v in cur if isinstance(v, dict | list))
    return False


def _guard(run: RunState, container: Any) -> None:
    """The read-only checks, for a run that is guarded (conditions, and params in every run)."""
    if container is run.params_root and container is not None:
        raise UnsupportedOperationException(None)
    ro = run.readonly_root
    if ro is not None and _reachable(ro, container):
        raise UnsupportedOperationException(READONLY_MESSAGE)


# Noted for a mutation whose stored values are not known: the whole document is checked. None,
# because a null is never noted as a stored value (and the script processor need not import this).
FULL_CHECK = None

# Values that hold no other value: storing one cannot create a cycle, so it is not noted.
SCALAR_TYPES = frozenset(
    (str, int, float, bool, type(None), JLong, JFloat, JChar, JByte, JShort, ZonedDateTime)
)


def check_mutable(container: Any) -> None:
    """Conditions see the document read-only: any write into it fails as UnmodifiableIngestData does.

    For a mutation that may store values the caller does not name, so the run's self-reference
    check covers the whole document. Removals and reorderings use `check_mutation_removes`,
    stores of known values `check_store`.
    """
    run = LOCAL.run
    if run.guarded:
        _guard(run, container)
    run.stored.append(FULL_CHECK)


def check_mutation_removes(container: Any) -> None:
    """The read-only checks for a mutation that only removes or reorders what is there."""
    run = LOCAL.run
    if run.guarded:
        _guard(run, container)


def check_store(container: Any, value: Any) -> None:
    """The read-only checks for storing `value` into `container`, and the note of that store."""
    run = LOCAL.run
    if run.guarded and (container is run.params_root or run.readonly_root is not None):
        _guard(run, container)
    if type(value) not in SCALAR_TYPES:
        run.stored.append(value)


def note_store(value: Any) -> None:
    """Note that `value` was stored into some container in this run (when it is not a scalar)."""
    if type(value) not in SCALAR_TYPES:
        LOCAL.run.stored.append(value)


def map_put(d: dict[Any, Any], key: Any, value: Any) -> Any:
    """Map.put with the ingest checks: read-only conditions, validated metadata keys, TreeMap order."""
    run = LOCAL.run
    if run.guarded and (d is run.params_root or run.readonly_root is not None):
        _guard(run, d)
    if d is run.ctx_root and key in METADATA_SET:
        validate_metadata(key, value)
        value = normalize_metadata_value(key, value)
    if type(value) not in SCALAR_TYPES:
        run.stored.append(value)
    if type(key) is not str:
        key = map_key(key)
    if type(d) is TreeMap and d.comparator is not None:
        from s1elastic.ingest.painless.api_collections import tree_put_with_comparator

        return tree_put_with_comparator(d, key, value)
    old = d.get(key)
    if type(d) is TreeMap and key not in d:
        d[key] = value
        items = sorted(d.items(), key=_natural_key)
        d.clear()
        d.update(items)
        return old
    d[key] = value
    return old


def map_remove(d: dict[Any, Any], key: Any) -> Any:
    run = LOCAL.run
    if run.guarded:
        _guard(run, d)
    if d is run.ctx_root and key in METADATA_SET:
        if key == "_version":
            raise IllegalArgumentException("_version cannot be removed")
        if key == "_type":  # FieldProperty.check(REMOVE): not writable
            raise IllegalArgumentException("_type cannot be removed")
    return d.pop(key if type(key) is str else map_key(key), None)


class _NaturalKey:
    __slots__ = ("v",)

    def __init__(self, v: Any) -> None:
        self.v = v

    def __lt__(self, other: _NaturalKey) -> bool:
        return compare_to(self.v, other.v) < 0


def _natural_key(item: tuple[Any, Any]) -> _NaturalKey:
    return _NaturalKey(key_out(item[0]))


def natural_key(v: Any) -> _NaturalKey:
    return _NaturalKey(v)


# ---------------------------------------------------------------------------------------------
# field and index access


def npe_member(name: str) -> NullPointerException:
    return NullPointerException(f"cannot access method/field [{name}] from a null def reference")


def _not_a_list(obj: Any) -> bool:
    """A Python list that is no java.util.List (ArrayDeque, PriorityQueue: api_deque)."""
    return type(obj) is not list and getattr(type(obj), "NOT_A_LIST", False)


def get_field(obj: Any, name: str) -> Any:
    """`obj.name` on a def receiver: whitelisted getter, else map key, else list index."""
    if type(obj) is dict:
        return obj.get(name)
    if obj is None:
        raise npe_member(name)
    getter = getter_for(painless_class(obj), name)
    if getter is not None:
        return getter(obj)
    if isinstance(obj, dict):
        return obj.get(name)
    if type(obj) is JArray and name == "length":
        return len(obj)
    if (
        isinstance(obj, list)
        and not isinstance(obj, JavaSet)
        and type(obj) is not JArray
        and not _not_a_list(obj)
    ):
        try:
            index = int(name)
        except ValueError:
            raise IllegalArgumentException(f"Illegal list shortcut value [{name}].") from None
        return list_get(obj, index)
    raise IllegalArgumentException(f"dynamic getter [{class_name(obj)}, {name}] not found")


def set_field(obj: Any, name: str, value: Any) -> None:
    if isinstance(obj, dict):
        map_put(obj, name, value)
        return
    if obj is None:
        raise npe_member(name)
    from s1elastic.ingest.painless.methods import find_method

    setter = find_method(painless_class(obj), "set" + name[:1].upper() + name[1:], 1)
    if setter is not None and not setter.static:
        note_store(value)  # a setter may keep its argument
        setter.impl(obj, value)
        return
    if (
        isinstance(obj, list)
        and not isinstance(obj, JavaSet)
        and type(obj) is not JArray
        and not _not_a_list(obj)
    ):
        try:
            index = int(name)
        except ValueError:
            raise IllegalArgumentException(f"Illegal list shortcut value [{name}].") from None
        list_set(obj, index, value)
        return
    raise IllegalArgumentException(f"dynamic setter [{class_name(obj)}, {name}] not found")


def list_get(lst: list[Any], index: int) -> Any:
    n = len(lst)
    if 0 <= index < n:
        return lst[index]
    raise IndexOutOfBoundsException(f"Index {index} out of bounds for length {n}")


def list_set(lst: list[Any], index: int, value: Any) -> Any:
    run = LOCAL.run
    if run.guarded and (lst is run.params_root or run.readonly_root is not None):
        _guard(run, lst)
    if type(value) not in SCALAR_TYPES:
        run.stored.append(value)
    n = len(lst)
    if 0 <= index < n:
        old = lst[index]
        lst[index] = value
        return old
    raise IndexOutOfBoundsException(f"Index {index} out of bounds for length {n}")


def _index_int(index: Any) -> int:
    """A def index into a def list or array: the call site's Object index meets the int parameter
    of Def's normalizeIndex through MethodHandle.asType (unbox, then widen only)."""
    k = num_kind(index)
    if k in (INT, SHORT, BYTE):
        return int(index)
    if k == CHAR:
        return ord(index)
    if index is None:
        raise NullPointerException(_UNBOX_NULL)
    if k in (LONG, FLOAT, DOUBLE) or type(index) is bool:
        raise ClassCastException(f"Cannot cast {class_name(index)} to java.lang.Integer")
    raise java_cce(index, "Number")


# the JDK's (17..25) helpful message when asType's unboxing meets null
_UNBOX_NULL = (
    'Cannot invoke "java.lang.Number.intValue()" because the return value of '
    '"sun.invoke.util.ValueConversions.primitiveConversion(sun.invoke.util.Wrapper, Object, boolean)" is null'
)


class WrongMethodTypeException(JavaException):
    java_class = "java.lang.invoke.WrongMethodTypeException"


# static index types whose values asType unboxes at run time (a wrapper's supertypes)
_DYNAMIC_INDEX = frozenset({"def", "Object", "Number", "Comparable", "Serializable"})


def _simple_name(t: str) -> str:
    """Class.getSimpleName() of a Painless type, as MethodType.toString() prints it."""
    if t.endswith("[]"):
        return _simple_name(t[:-2]) + "[]"
    if t == "def":
        return "Object"
    return canonical(t).rsplit(".", 1)[-1]


def index_site(static_type: str) -> str | None:
    """`x[i]` on a def receiver links `normalizeIndex` through a call site typed by the index's
    static type, `(Object,T)T`: a list's or array's `(List,int)int` handle converts to it only for
    int and Integer (and unboxes def, Object, Number at run time); for any other T (String, long,
    double, Long, byte, char...) asType fails. The Java simple name of such a T, else None."""
    if static_type in ("int", "Integer") or static_type in _DYNAMIC_INDEX:
        return None
    return _simple_name(static_type)


def check_index_site(obj: Any, site: str) -> None:
    """DefBootstrap's `lookupIndexNormalize(receiver).asType(site)` for a mistyped index: a
    WrongMethodTypeException for lists and arrays (maps take any key, others fail later)."""
    if type(obj) is JArray:
        handle = f"({_simple_name(obj.elem)}[],int)int"
    elif isinstance(obj, list) and not isinstance(obj, JavaSet) and not _not_a_list(obj):
        handle = "(List,int)int"
    else:
        return
    raise WrongMethodTypeException(f"cannot convert MethodHandle{handle} to (Object,{site}){site}")


def checked_get_index(site: str) -> Callable[[Any, Any], Any]:
    def get(obj: Any, index: Any) -> Any:
        check_index_site(obj, site)
        return get_index(obj, index)

    return get


def checked_set_index(site: str) -> Callable[[Any, Any, Any], None]:
    def put(obj: Any, index: Any, value: Any) -> None:
        check_index_site(obj, site)
        set_index(obj, index, value)

    return put


def get_index(obj: Any, index: Any) -> Any:
    """`obj[index]` on a def receiver: maps by key, lists and arrays by (negative-from-end) index."""
    if isinstance(obj, dict):
        return obj.get(index if type(index) is str else map_key(index))
    if type(obj) is JArray:
        i = _index_int(index)
        n = len(obj)
        j = i if i >= 0 else i + n
        if 0 <= j < n:
            return obj[j]
        raise ArrayIndexOutOfBoundsException(f"Index {j} out of bounds for length {n}")
    if isinstance(obj, list) and not isinstance(obj, JavaSet) and not _not_a_list(obj):
        i = _index_int(index)
        return list_get(obj, i if i >= 0 else i + len(obj))
    if obj is None:
        raise npe_member("normalizeIndex")
    raise IllegalArgumentException(
        f"Attempting to address a non-array-like type [{class_name(obj)}] as an array."
    )


def set_index(obj: Any, index: Any, value: Any) -> None:
    if isinstance(obj, dict):
        map_put(obj, index, value)
        return
    if type(obj) is JArray:
        i = _index_int(index)
        n = len(obj)
        j = i if i >= 0 else i + n
        if 0 <= j < n:
            stored = array_store_value(obj, value)
            note_store(stored)
            obj[j] = stored
            return
        raise ArrayIndexOutOfBoundsException(f"Index {j} out of bounds for length {n}")
    if isinstance(obj, list) and not isinstance(obj, JavaSet) and not _not_a_list(obj):
        i = _index_int(index)
        list_set(obj, i if i >= 0 else i + len(obj), value)
        return
    if obj is None:
        raise npe_member("normalizeIndex")
    raise IllegalArgumentException(
        f"Attempting to address a non-array-like type [{class_name(obj)}] as an array."
    )


def array_store_value(arr: JArray, value: Any) -> Any:
    elem = arr.elem
    if elem in _IMPLICIT_FROM or elem == "boolean":
        return def_cast(value, elem, False)
    if value is not None and not instance_of(value, elem):
        raise IllegalArgumentException(f"java.lang.ArrayStoreException: {class_name(value)}")
    return value


def getter_for(cls: str, name: str) -> Any:
    """A whitelisted `getX()` / `isX()` method usable as the field `x`, or None."""
    from s1elastic.ingest.painless.methods import find_getter

    return find_getter(cls, name)


def iterate(v: Any) -> list[Any]:
    """The elements a for-each loop visits."""
    if isinstance(v, list):
        return iter_collection(v) if isinstance(v, JavaSet) else v
    if v is None:
        raise npe_member("iterator")
    if isinstance(v, dict):
        raise IllegalArgumentException(f"Cannot iterate over [{class_name(v)}]")
    it = getattr(v, "java_iter", None)
    if it is not None:
        return list(it())
    raise IllegalArgumentException(f"Cannot iterate over [{class_name(v)}]")
