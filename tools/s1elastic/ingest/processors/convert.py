"""The `convert` processor: Java's parsing rules for integer, long, float, double, boolean, ip, string, auto."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from s1elastic.ingest.config import ProcessorConfig
from s1elastic.ingest.document import METADATA_KEYS, MISSING, FieldPath, IngestDocument
from s1elastic.ingest.errors import (
    ClassCastException,
    IllegalArgumentException,
    NullPointerException,
    NumberFormatException,
)
from s1elastic.ingest.fusion import AtField, FieldTest
from s1elastic.ingest.javatypes import (
    INT_MAX,
    INT_MIN,
    LONG_MAX,
    LONG_MIN,
    JFloat,
    JLong,
    java_class_name,
    java_to_string,
)
from s1elastic.ingest.net.inet import parse_ip
from s1elastic.ingest.processors._java_numbers import (
    decode_integral,
    parse_double,
    parse_float,
    parse_integral,
)
from s1elastic.ingest.processors.base import LoadContext, Processor, register

_PLAIN_INTS = frozenset((int, JLong))
_METADATA = frozenset(METADATA_KEYS)


def _text(value: Any) -> str:
    if value is None:
        raise NullPointerException('Cannot invoke "Object.toString()" because "value" is null')
    return java_to_string(value)


def _integral(value: Any, bits: int, name: str) -> int:
    text = _text(value)
    try:
        if text.startswith(("0x", "-0x")):
            return decode_integral(text, bits=bits)
        return parse_integral(text, bits=bits)
    except NumberFormatException as exc:
        raise IllegalArgumentException(f"unable to convert [{text}] to {name}", cause=exc) from None


def to_integer(value: Any) -> Any:
    if type(value) is int and INT_MIN <= value <= INT_MAX:
        return value  # its decimal text parses back to itself
    return _integral(value, 32, "integer")


def to_long(value: Any) -> Any:
    if type(value) in _PLAIN_INTS and LONG_MIN <= value <= LONG_MAX:
        return JLong(value)
    return JLong(_integral(value, 64, "long"))


def to_float(value: Any) -> Any:
    text = _text(value)
    try:
        return JFloat(parse_float(text))
    except NumberFormatException as exc:
        raise IllegalArgumentException(f"unable to convert [{text}] to float", cause=exc) from None


def to_double(value: Any) -> Any:
    text = _text(value)
    try:
        return parse_double(text)
    except NumberFormatException as exc:
        raise IllegalArgumentException(f"unable to convert [{text}] to double", cause=exc) from None


def to_boolean(value: Any) -> Any:
    if value is True or value is False:
        return value  # "true"/"false" parse back to themselves
    text = _text(value)
    if text.lower() == "true" and text.upper() == "TRUE":
        return True
    if text.lower() == "false" and text.upper() == "FALSE":
        return False
    raise IllegalArgumentException(f"[{text}] is not a boolean value, cannot convert to boolean")


_OCTET = "(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])"
# Plain dotted quads, the common case: exactly what ipaddress accepts as IPv4 (no leading zeros).
_DOTTED_QUAD = re.compile(rf"(?:{_OCTET}\.){{3}}{_OCTET}")


def is_ip_literal(text: str) -> bool:
    """InetAddresses.forString accepts it: dotted-quad IPv4 (no leading zeros) or IPv6.

    The one parser for both the convert processor and everything else (net.inet.parse_ip), so a
    zone id (`::1%eth0`, `1.2.3.4%0`: ignored by ES 9.x, only an empty one is refused) is judged
    the same way everywhere.
    """
    if _DOTTED_QUAD.fullmatch(text):
        return True
    try:
        parse_ip(text)
    except IllegalArgumentException:
        return False
    return True


def to_ip(value: Any) -> Any:
    if value is None:
        raise NullPointerException(None)
    if not isinstance(value, str):
        cls = java_class_name(value)
        raise ClassCastException(
            f"class {cls} cannot be cast to class java.lang.String ({cls} and java.lang.String are in module "
            "java.base of loader 'bootstrap')"
        )
    if not is_ip_literal(value):
        raise IllegalArgumentException(f"'{value}' is not an IP string literal.")
    return value


def to_string(value: Any) -> Any:
    return _text(value)


def to_auto(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    for convert in (to_boolean, to_integer, to_long, to_float, to_double):
        try:
            return convert(value)
        except IllegalArgumentException:
            continue
    return value


CONVERTERS: dict[str, Callable[[Any], Any]] = {
    "integer": to_integer,
    "long": to_long,
    "float": to_float,
    "double": to_double,
    "boolean": to_boolean,
    "ip": to_ip,
    "string": to_string,
    "auto": to_auto,
}


@register
class ConvertProcessor(Processor):
    type_name = "convert"

    def __init__(self, field: str, target: str, type_name: str, ignore_missing: bool) -> None:
        super().__init__()
        self.field = field
        self.path = FieldPath.of(field)
        self.target = FieldPath.of(target)
        self.convert_type = type_name
        self.convert = CONVERTERS[type_name]
        self.ignore_missing = ignore_missing
        self._in_place = self.target is self.path

    @classmethod
    def create(cls, cfg: ProcessorConfig, ctx: LoadContext) -> Processor:
        field = cfg.string("field")
        type_text = cfg.string("type")
        target = cfg.string("target_field", field)
        # Type.fromString upper-cases with Locale.ROOT before valueOf, so "INTEGER" is accepted.
        type_name = type_text.upper().lower() if type_text.isascii() else type_text
        if type_name not in CONVERTERS:
            raise cfg.error("type", f"type [{type_text}] not supported, cannot convert field.")
        ignore_missing = cfg.boolean("ignore_missing", False)
        cfg.finish()
        return cls(field, target, type_name, ignore_missing)

    def execute(self, doc: IngestDocument) -> IngestDocument | None:
        if self._in_place:
            # A single value in place through plain dicts: get and set in one walk, as they resolve.
            path = self.path
            source = doc.source
            parent: Any = doc.ingest if path.in_ingest else source
            for key in path.head:
                if type(parent) is not dict:
                    return self._execute_general(doc)
                parent = parent.get(key)
            if type(parent) is dict:
                leaf = path.leaf
                value = parent.get(leaf)
                if (
                    value is not None
                    and not isinstance(value, list)
                    and (parent is not source or leaf not in _METADATA)
                ):
                    parent[leaf] = self.convert(value)
                    return doc
        return self._execute_general(doc)

    def changed_paths(self) -> tuple[FieldPath, ...] | None:
        """Only the target is written (the field itself when there is no target_field)."""
        return (self.target,)

    def at_field(self, test: FieldTest) -> AtField | None:
        """Fused with an `if` on the field itself, converted in place: a single value is done here,
        anything else goes to `execute` (the condition has already held)."""
        if not (self._in_place and test.covers(self.path)):
            return None
        convert = self.convert
        leaf = self.path.leaf
        execute = self.execute

        def convert_at(doc: IngestDocument, parent: dict[str, Any], value: Any) -> IngestDocument | None:
            if value is not None and not isinstance(value, list):
                parent[leaf] = convert(value)
                return doc
            return execute(doc)

        return convert_at

    def _execute_general(self, doc: IngestDocument) -> IngestDocument | None:
        value = doc.get(self.path, self.ignore_missing)
        if value is MISSING or value is None:
            if self.ignore_missing:
                return doc
            raise IllegalArgumentException(
                f"Field [{self.field}] is null, cannot be converted to type [{self.convert_type}]"
            )
        if isinstance(value, list):
            converted: Any = [self.convert(item) for item in value]
        else:
            converted = self.convert(value)
        doc.set(self.target, converted)
        return doc
