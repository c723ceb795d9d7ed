"""fingerprint: a salted hash over the values of some fields, as FingerprintProcessor computes it.

Bytes fed to the digest: the salt (UTF-8, only when it has non-whitespace text), then for each
field in sorted order its value depth-first: lists in order, sets sorted, maps by sorted key
(`0x00` + key, then the value), leaves as `0x00` + their bytes (strings UTF-8, Integer/Long/Float/
Double little-endian, booleans 1/2, ZonedDateTime as eight LE ints plus the zone id). MurmurHash3
is the x64 128-bit variant with seed 0, its two 64-bit halves written big-endian (Murmur3Hasher).
"""

from __future__ import annotations

import base64
import hashlib
import struct
from collections.abc import Callable
from typing import Any, ClassVar

import mmh3

from s1elastic.ingest.config import ProcessorConfig
from s1elastic.ingest.document import MISSING, FieldPath, IngestDocument
from s1elastic.ingest.errors import ClassCastException, IllegalArgumentException
from s1elastic.ingest.javatypes import JavaSet, JFloat, ZonedDateTime, is_long, java_class_name
from s1elastic.ingest.processors.base import LoadContext, Processor, register

METHODS = ("MD5", "SHA-1", "SHA-256", "SHA-512", "MurmurHash3")
DELIMITER = b"\x00"


class _Murmur3:
    """Murmur3Hasher over the concatenated input: h1 and h2 as big-endian longs."""

    def __init__(self) -> None:
        self._parts: list[bytes] = []

    def update(self, data: bytes) -> None:
        self._parts.append(data)

    def digest(self) -> bytes:
        raw = mmh3.hash_bytes(b"".join(self._parts), 0, True)  # h1 LE ‖ h2 LE
        return raw[7::-1] + raw[15:7:-1]


_FACTORIES: dict[str, Callable[[], Any]] = {
    "MD5": hashlib.md5,
    "SHA-1": hashlib.sha1,
    "SHA-256": hashlib.sha256,
    "SHA-512": hashlib.sha512,
    "MurmurHash3": _Murmur3,
}


def _java_compare_key(value: Any) -> Any:
    """Comparator.naturalOrder for a set's elements (strings by UTF-16 units, numbers by value)."""
    if isinstance(value, str):
        return value.encode("utf-16-be")
    return value


def _sorted_set(values: JavaSet) -> list[Any]:
    classes = {java_class_name(v) for v in values}
    if len(classes) > 1:
        a, b = sorted(classes)[:2]
        raise ClassCastException(
            f"class {a} cannot be cast to class {b} ({a} and {b} are in module java.base of loader 'bootstrap')"
        )
    return sorted(values, key=_java_compare_key)


def to_bytes(value: Any) -> bytes:
    """FingerprintProcessor.toBytes."""
    if isinstance(value, str):
        return value.encode("utf-8", "surrogatepass")
    if isinstance(value, bytes | bytearray):
        return bytes(value)
    if isinstance(value, bool):
        return b"\x01" if value else b"\x02"
    if isinstance(value, int):
        if is_long(value):
            return struct.pack("<q", int(value))
        if -(2**31) <= value < 2**31:
            return struct.pack("<i", int(value))
        raise IllegalArgumentException("cannot convert object of type [java.math.BigInteger] to bytes")
    if isinstance(value, JFloat):
        return struct.pack("<f", float(value))
    if isinstance(value, float):
        return struct.pack("<d", value)
    if isinstance(value, ZonedDateTime):
        d = value.dt
        head = struct.pack(
            "<8i", d.year, d.month, d.day, d.hour, d.minute, d.second, value.nano, value.offset_seconds()
        )
        return head + value.zone_id.encode("utf-8")
    if value is None:
        return b""
    name = getattr(type(value), "JAVA_CLASS", None) or java_class_name(value)
    raise IllegalArgumentException(f"cannot convert object of type [{name}] to bytes")


def feed(hasher: Any, value: Any) -> None:
    """Depth-first traversal of one field value, in FingerprintProcessor's order."""
    stack: list[Any] = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, JavaSet):
            stack.extend(reversed(_sorted_set(item)))
        elif isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            entries = sorted(item.items(), key=lambda kv: _java_compare_key(kv[0]))
            stack.extend(_Entry(k, v) for k, v in reversed(entries))
        elif isinstance(item, _Entry):
            hasher.update(DELIMITER)
            hasher.update(to_bytes(item.key))
            stack.append(item.value)
        else:
            hasher.update(DELIMITER)
            hasher.update(to_bytes(item))


class _Entry:
    __slots__ = ("key", "value")

    def __init__(self, key: Any, value: Any) -> None:
        self.key = key
        self.value = value


@register
class FingerprintProcessor(Processor):
    type_name: ClassVar[str] = "fingerprint"

    def __init__(
        self, fields: list[str], target_field: str, salt: bytes, method: str, ignore_missing: bool
    ) -> None:
        super().__init__()
        self.fields = [(name, FieldPath.of(name)) for name in sorted(fields, key=_java_compare_key)]
        self.target = FieldPath.of(target_field)
        self.salt = salt
        self.factory = _FACTORIES[method]
        self.ignore_missing = ignore_missing

    @classmethod
    def create(cls, cfg: ProcessorConfig, ctx: LoadContext) -> Processor:
        fields = cfg.list("fields")
        if len(fields) < 1:
            raise cfg.error("fields", "must specify at least one field")
        target_field = cfg.string("target_field", "fingerprint")
        salt = cfg.string("salt", "")
        method = cfg.string("method", "SHA-1")
        if method not in METHODS:
            raise cfg.error(
                "method", f"[{method}] must be one of the supported hash methods [{','.join(METHODS)}]"
            )
        ignore_missing = cfg.boolean("ignore_missing", False)
        for name in fields:
            if not isinstance(name, str):
                source = java_class_name(name)
                raise ClassCastException(
                    f"class {source} cannot be cast to class java.lang.String ({source} and java.lang.String "
                    "are in module java.base of loader 'bootstrap')"
                )
        salt_bytes = salt.encode("utf-8") if salt.strip() else b""
        return cls(fields, target_field, salt_bytes, method, ignore_missing)

    def execute(self, doc: IngestDocument) -> IngestDocument | None:
        values = []
        for name, path in self.fields:
            value = doc.get(path, ignore_missing=True)
            if value is MISSING or value is None:
                if self.ignore_missing:
                    continue
                raise IllegalArgumentException(f"missing field [{name}] when calculating fingerprint")
            values.append(value)
        if not values:
            return doc
        hasher = self.factory()
        hasher.update(self.salt)
        for value in values:
            feed(hasher, value)
        doc.set(self.target, base64.b64encode(hasher.digest()).decode("ascii"))
        return doc
