"""The Java value model of an ingest document, in Python.

Elasticsearch's results depend on Java types (Integer vs Long, Float vs Double) and on Java text
(`Double.toString`, `HashMap` key order, `Map.toString`). Plain Python values stand for the common
types so that documents stay cheap; marker subclasses carry the rest:

| Java                      | Python                                                     |
|---------------------------|------------------------------------------------------------|
| null, Boolean, String     | None, bool, str                                            |
| Integer                   | int within [-2^31, 2^31)                                   |
| Long                      | `JLong`, or an int outside the Integer range that fits 64 bits |
| BigInteger                | int beyond 64 bits                                         |
| Double / Float            | float / `JFloat`                                           |
| HashMap / ArrayList       | dict / list (other Java classes: subclasses with JAVA_CLASS) |
| HashSet                   | `JavaSet`                                                  |
| ZonedDateTime             | `ZonedDateTime`                                            |
| byte[]                    | bytes                                                      |
"""

from __future__ import annotations

import math
import struct
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from functools import lru_cache
from typing import Any

INT_MIN, INT_MAX = -(2**31), 2**31 - 1
LONG_MIN, LONG_MAX = -(2**63), 2**63 - 1
_MIN_NORMAL = 2.2250738585072014e-308  # Double.MIN_NORMAL


class JLong(int):
    """A Java Long, whatever its magnitude (a plain int in Integer range is an Integer)."""

    __slots__ = ()
    JAVA_CLASS = "java.lang.Long"

    def __repr__(self) -> str:
        return f"{int(self)}L"


class JFloat(float):
    """A Java Float (a plain float is a Double)."""

    __slots__ = ()
    JAVA_CLASS = "java.lang.Float"

    def __new__(cls, value: float) -> JFloat:
        return super().__new__(cls, to_float32(value))

    def __repr__(self) -> str:
        return java_float_str(self) + "f"


class JavaSet(list):  # type: ignore[type-arg]
    """A java.util.HashSet. A list underneath, because Java sets may hold maps and lists."""

    JAVA_CLASS = "java.util.HashSet"


@dataclass(frozen=True, slots=True)
class ZonedDateTime:
    """A java.time.ZonedDateTime with nanosecond precision (Python's datetime stops at micros)."""

    dt: datetime  # timezone-aware; microsecond == nano // 1000
    nano: int  # nano-of-second, 0..999_999_999
    zone_id: str = "Z"  # "Z" for ZoneOffset.UTC, else a region id such as "UTC" or "Europe/Paris"

    JAVA_CLASS = "java.time.ZonedDateTime"

    @staticmethod
    def now_utc() -> ZonedDateTime:
        """The clock now, in UTC (every document's `_ingest.timestamp`: built without the frozen
        dataclass __init__, which costs twice as much as the three slot writes)."""
        dt = _datetime_now(UTC)
        value = _new_object(ZonedDateTime)
        _SET_DT(value, dt)
        _SET_NANO(value, dt.microsecond * 1000)
        _SET_ZONE(value, "Z")
        return value

    @staticmethod
    def from_epoch_nanos(nanos: int, zone_id: str = "Z") -> ZonedDateTime:
        seconds, nano = divmod(nanos, 1_000_000_000)
        dt = datetime(1970, 1, 1, tzinfo=UTC) + timedelta(seconds=seconds, microseconds=nano // 1000)
        return ZonedDateTime(dt, nano, zone_id)

    def offset_seconds(self) -> int:
        off = self.dt.utcoffset()
        return int(off.total_seconds()) if off is not None else 0

    def offset_text(self) -> str:
        """ZoneOffset.toString(): Z, or +hh:mm, or +hh:mm:ss."""
        total = self.offset_seconds()
        if total == 0:
            return "Z"
        sign = "+" if total > 0 else "-"
        total = abs(total)
        hours, rest = divmod(total, 3600)
        minutes, seconds = divmod(rest, 60)
        text = f"{sign}{hours:02d}:{minutes:02d}"
        return text + (f":{seconds:02d}" if seconds else "")

    def java_to_string(self) -> str:
        """ZonedDateTime.toString(): LocalDateTime, offset, then [zone] when the zone is not an offset."""
        d = self.dt
        text = f"{_year_text(d.year)}-{d.month:02d}-{d.day:02d}T{d.hour:02d}:{d.minute:02d}"
        if d.second or self.nano:
            text += f":{d.second:02d}"
            if self.nano:
                if self.nano % 1_000_000 == 0:
                    text += f".{self.nano // 1_000_000:03d}"
                elif self.nano % 1000 == 0:
                    text += f".{self.nano // 1000:06d}"
                else:
                    text += f".{self.nano:09d}"
        text += self.offset_text()
        if self.zone_id not in ("Z",) and not self.zone_id.startswith(("+", "-")):
            text += f"[{self.zone_id}]"
        return text

    def json_text(self) -> str:
        """strict_date_optional_time_nanos, as XContent writes a ZonedDateTime."""
        d = self.dt
        frac = f"{self.nano:09d}".rstrip("0")
        frac = frac.ljust(3, "0")
        return (
            f"{_year_text(d.year)}-{d.month:02d}-{d.day:02d}T{d.hour:02d}:{d.minute:02d}:{d.second:02d}"
            f".{frac}{self.offset_text()}"
        )


_new_object = object.__new__
_datetime_now = datetime.now
# the slot descriptors' setters (a frozen dataclass refuses attribute writes, not slot writes)
_SET_DT, _SET_NANO, _SET_ZONE = (vars(ZonedDateTime)[name].__set__ for name in ("dt", "nano", "zone_id"))


def _year_text(year: int) -> str:
    return f"{year:04d}" if 0 <= year <= 9999 else f"{year:+05d}"


# ---------------------------------------------------------------------------------------------
# Classes


def java_class_name(value: Any) -> str:
    """The Java class name Elasticsearch prints in messages such as `of type [java.lang.Integer]`."""
    if value is None:
        return "null"
    special = getattr(type(value), "JAVA_CLASS", None)
    if special is not None:
        # a property (Painless arrays name their class from their element type) is read per value
        return str(special if isinstance(special, str) else value.JAVA_CLASS)
    if isinstance(value, bool):
        return "java.lang.Boolean"
    if isinstance(value, int):
        if INT_MIN <= value <= INT_MAX:
            return "java.lang.Integer"
        if LONG_MIN <= value <= LONG_MAX:
            return "java.lang.Long"
        return "java.math.BigInteger"
    if isinstance(value, float):
        return "java.lang.Double"
    if isinstance(value, str):
        return "java.lang.String"
    if isinstance(value, dict):
        return "java.util.HashMap"
    if isinstance(value, list):
        return "java.util.ArrayList"
    if isinstance(value, bytes | bytearray):
        return "[B"
    return f"python.{type(value).__name__}"


def is_long(value: Any) -> bool:
    """True for a value Java sees as a Long (not Integer, not BigInteger)."""
    if isinstance(value, JLong):
        return True
    return (
        isinstance(value, int)
        and not isinstance(value, bool)
        and (value < INT_MIN or value > INT_MAX)
        and LONG_MIN <= value <= LONG_MAX
    )


def java_equals(a: Any, b: Any) -> bool:
    """Object.equals: values of different classes are never equal (Integer 1 != Long 1 != 1.0)."""
    if a is b:
        return True
    if a is None or b is None:
        return False
    if isinstance(a, dict):
        if not isinstance(b, dict) or len(a) != len(b):
            return False
        return all(k in b and java_equals(v, b[k]) for k, v in a.items())
    if isinstance(a, list) and not isinstance(a, JavaSet):
        if not isinstance(b, list) or isinstance(b, JavaSet) or len(a) != len(b):
            return False
        if getattr(a, "IDENTITY_EQUALS", False) or getattr(b, "IDENTITY_EQUALS", False):
            return False  # a Java array keeps Object.equals: only the same instance is equal
        return all(java_equals(x, y) for x, y in zip(a, b))
    if isinstance(a, JavaSet):
        if not isinstance(b, JavaSet) or len(a) != len(b):
            return False
        return all(any(java_equals(x, y) for y in b) for x in a)
    if java_class_name(a) != java_class_name(b):
        return False
    if isinstance(a, float) and math.isnan(a) and math.isnan(b):
        return True  # Double.equals compares bits: NaN equals NaN
    if isinstance(a, float) and a == 0.0 and b == 0.0:
        return math.copysign(1.0, a) == math.copysign(1.0, b)  # 0.0 and -0.0 differ under equals
    return bool(a == b)


# ---------------------------------------------------------------------------------------------
# Numbers as Java prints them


def to_float32(value: float) -> float:
    """Round a double to the nearest float32 (overflow gives infinity, as Java's (float) cast does)."""
    try:
        return float(struct.unpack("f", struct.pack("f", value))[0])
    except OverflowError:
        return math.copysign(math.inf, value)


def _digits_exponent(text: str) -> tuple[str, int]:
    """Shortest digits and the decimal exponent of the first digit: '123.4' -> ('1234', 2)."""
    _sign, digits, exp = Decimal(text).as_tuple()
    digit_text = "".join(map(str, digits)).rstrip("0") or "0"
    assert isinstance(exp, int)
    return digit_text, len(digits) - 1 + exp


def _java_format(negative: bool, digits: str, exponent: int, value: float) -> str:
    sign = "-" if negative else ""
    if 1e-3 <= abs(value) < 1e7:
        if exponent >= 0:
            whole = digits[: exponent + 1].ljust(exponent + 1, "0")
            frac = digits[exponent + 1 :] or "0"
        else:
            whole = "0"
            frac = "0" * (-exponent - 1) + digits
        return f"{sign}{whole}.{frac}"
    mantissa = digits[0] + "." + (digits[1:] or "0")
    return f"{sign}{mantissa}E{exponent}"


def java_double_str(value: float) -> str:
    """Double.toString (JDK 19+ shortest representation)."""
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    if value == 0.0:
        return "-0.0" if math.copysign(1.0, value) < 0 else "0.0"
    magnitude = abs(float(value))
    text = repr(magnitude)  # the shortest digits that read back, the closest of them (as Java's)
    if magnitude < _MIN_NORMAL:
        # Double.toString (JDK 19+ javadoc): when the shortest decimal has one digit, the decimal is
        # the closest to the value among those of one *or two* digits that read back. Only a
        # subnormal's rounding interval is wide enough for a two-digit decimal other than d.0 to
        # read back: Double.MIN_VALUE is 4.9E-324, not 5.0E-324. `.1e` is the closest two-digit one.
        two = f"{magnitude:.1e}"
        if float(two) == magnitude and len(_digits_exponent(text)[0]) == 1:
            text = two
    digits, exponent = _digits_exponent(text)
    return _java_format(value < 0, digits, exponent, value)


def java_float_str(value: float) -> str:
    """Float.toString: the shortest decimal that reads back as the same float32."""
    value = to_float32(value)
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    if value == 0.0:
        return "-0.0" if math.copysign(1.0, value) < 0 else "0.0"
    target = to_float32(value)
    for precision in range(1, 10):
        text = f"{abs(target):.{precision}e}"
        if to_float32(float(text)) == abs(target):
            break
    digits, exponent = _digits_exponent(text)
    return _java_format(value < 0, digits, exponent, target)


# ---------------------------------------------------------------------------------------------
# HashMap iteration order and toString


@lru_cache(maxsize=1 << 16)
def java_string_hash(text: str) -> int:
    """String.hashCode over UTF-16 code units, as a signed 32-bit int.

    Cached: HashMap iteration order asks for the hash of every key of every map, and documents
    from one source repeat the same few hundred field names.
    """
    h = 0
    data = text.encode("utf-16-be", "surrogatepass")
    for i in range(0, len(data), 2):
        h = (31 * h + ((data[i] << 8) | data[i + 1])) & 0xFFFFFFFF
    return h - (1 << 32) if h & 0x80000000 else h


def _bucket(key: Any, table_size: int) -> int:
    if isinstance(key, str):
        h = java_string_hash(key) & 0xFFFFFFFF
    elif key is None:
        return 0
    else:
        h = hash(key) & 0xFFFFFFFF
    return (h ^ (h >> 16)) & (table_size - 1)


def live_table_size(n: int) -> int:
    """Table size of a HashMap grown by puts from the default 16 slots."""
    size = 16
    while n > size * 0.75:
        size *= 2
    return size


def copy_table_size(n: int) -> int:
    """Table size of `new HashMap(capacity(n))`, the map Elasticsearch builds when it copies a map."""
    capacity = n + 1 if n < 2 else int(n / 0.75 + 1.0)
    size = 1
    while size < capacity:
        size *= 2
    return size


@lru_cache(maxsize=1 << 16)
def _string_spread(key: str) -> int:
    """HashMap.hash of a String key (hashCode ^ hashCode >>> 16), unmasked; cached like the hash."""
    h = java_string_hash(key) & 0xFFFFFFFF
    return h ^ (h >> 16)


def hashmap_keys(mapping: dict[Any, Any], table_size: int | None = None) -> list[Any]:
    """The keys of `mapping` in java.util.HashMap iteration order (ties keep insertion order)."""
    if getattr(type(mapping), "JAVA_ORDERED", False):
        return list(mapping)
    size = table_size if table_size is not None else live_table_size(len(mapping))
    keys = list(mapping)
    mask = size - 1
    try:
        # String keys (the usual case): cached spreads and a C-level sort key, no call per key.
        buckets = [_string_spread(k) & mask for k in keys]
    except AttributeError:  # a key that is not a String (a number, null): the general bucket
        return sorted(keys, key=lambda k: _bucket(k, size))
    return [keys[i] for i in sorted(range(len(keys)), key=buckets.__getitem__)]


def java_to_string(value: Any) -> str:
    """Object.toString() of a document value, as String.valueOf would print it."""
    if value is None:
        return "null"
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, JFloat):
        return java_float_str(value)
    if isinstance(value, float):
        return java_double_str(value)
    if isinstance(value, int):
        return str(int(value))
    if isinstance(value, dict):
        parts = []
        for key in hashmap_keys(value):
            item = value[key]
            parts.append(f"{java_to_string(key)}={'(this Map)' if item is value else java_to_string(item)}")
        return "{" + ", ".join(parts) + "}"
    if isinstance(value, list):
        return "[" + ", ".join("(this Collection)" if v is value else java_to_string(v) for v in value) + "]"
    if isinstance(value, ZonedDateTime):
        return value.java_to_string()
    if isinstance(value, bytes | bytearray):
        return f"[B@{id(value) & 0xFFFFFFF:x}"
    to_string = getattr(value, "java_to_string", None)
    if to_string is not None:
        return str(to_string())
    return str(value)
