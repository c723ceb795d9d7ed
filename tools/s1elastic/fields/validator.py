"""Check ingested documents against a data stream's field definitions, as elastic-package does.

The rules and message texts follow elastic-package's `internal/fields/validate.go` (package-spec
3.x behaviour): undefined fields (with its exceptions for agent/cloud/event/host families,
flattened subfields and disabled parents), Go-typed value checks per field type, `normalize:
array`, patterns, ECS allowed values and the event.type values expected for each event.category,
`expected_values`, constant_keyword values and the expected dataset. Documents are JSON values
(as `json.loads` returns them); numbers are reported as Go's float64 would print them.

Stricter than elastic-package, on purpose: `wildcard` and `match_only_text` take strings like
`keyword`, the other numeric types (integer, short, byte, half_float, scaled_float,
unsigned_long) take numbers like `long`, and `boolean` takes JSON booleans.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from s1elastic.fields.ecs import EcsSchema, resolve_external
from s1elastic.fields.gofmt import go_q, go_type, go_v
from s1elastic.fields.model import FieldDef, parse_fields, to_yaml_data, walk

STRING_TYPES = frozenset({"keyword", "text", "wildcard", "match_only_text"})
NUMBER_TYPES = frozenset(
    {"long", "float", "double", "integer", "short", "byte", "half_float", "scaled_float", "unsigned_long"}
)
DATASET_FIELDS = ("event.dataset", "data_stream.dataset")
# Field families present in Agent documents but defined by no integration (elastic-package skips them).
UNDEFINED_OK_FAMILIES = ("agent", "elastic_agent", "cloud", "event", "host", "metricset", "event.module")
# MaxMind's GeoIP2 test database ranges, which elastic-package accepts as test IPs (allowed_geo_ips.txt).
ALLOWED_TEST_NETWORKS = tuple(
    ipaddress.ip_network(n)
    for n in (
        "1.128.0.0/11",
        "175.16.199.0/24",
        "216.160.83.56/29",
        "81.2.69.142/31",
        "81.2.69.192/28",
        "89.160.20.112/28",
        "89.160.20.128/25",
        "67.43.156.0/24",
        "2a02:cf40::/29",
    )
)
_PRIVATE_NETWORKS = tuple(
    ipaddress.ip_network(n) for n in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7")
)
_DOC_NETWORKS = tuple(
    ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")
)
_SUBFIELDS = {"geo_point": (".lat", ".lon"), "histogram": (".values", ".counts")}


class FieldError(ValueError):
    """One validation problem; str() is the message."""


@dataclass
class Schema:
    """Field definitions indexed by full name: the data stream's first, then all of ECS."""

    definitions: list[tuple[str, FieldDef]]
    _exact: dict[str, FieldDef] = field(init=False, repr=False)
    _wildcards: list[tuple[re.Pattern[str], FieldDef]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._exact = {}
        self._wildcards = []
        for name, d in self.definitions:
            if "*" in name:
                self._wildcards.append((_compile_wildcard(name), d))
            else:
                self._exact.setdefault(name, d)

    @classmethod
    def build(
        cls, stream_fields: Sequence[FieldDef], ecs: EcsSchema | None, *, import_all_ecs: bool = True
    ) -> Schema:
        """Resolve `external: ecs` in the stream's fields (with validation settings), then add ECS."""
        defs = stream_fields
        if ecs is not None:
            defs = parse_fields(resolve_external(to_yaml_data(stream_fields), ecs, validation=True))
        entries = list(walk(defs))
        if ecs is not None and import_all_ecs:
            entries.extend((d.name, d) for d in ecs.all_definitions())
        return cls(entries)

    def find(self, key: str) -> FieldDef | None:
        """FindElementDefinition: exact name, wildcard names, geo_point/histogram subfields, and the
        member of an object with object_type."""
        found = self._exact.get(key)
        if found is not None:
            return found
        for regex, d in self._wildcards:
            if regex.fullmatch(key):
                return d
        for suffixes in _SUBFIELDS.values():
            for suffix in suffixes:
                if key.endswith(suffix):
                    base = self._exact.get(key[: -len(suffix)])
                    if base is not None and _sub_field_ok(base, suffix):
                        return base
        parent = self.find_parent(key)
        if parent is not None and parent.type == "object" and parent.object_type:
            return FieldDef(name=key, type=parent.object_type, raw={"name": key, "type": parent.object_type})
        return None

    def find_parent(self, key: str) -> FieldDef | None:
        parent, dot, _ = key.rpartition(".")
        return self.find(parent) if dot else None

    def find_ancestor(self, key: str, types: Iterable[str]) -> FieldDef | None:
        wanted = set(types)
        while "." in key:
            key = key.rpartition(".")[0]
            d = self.find(key)
            if d is not None and d.type in wanted:
                return d
        return None


def _sub_field_ok(d: FieldDef, suffix: str) -> bool:
    kind = d.object_type if d.type == "object" and d.object_type else d.type
    allowed = _SUBFIELDS.get(kind)
    if allowed is None:
        return bool(d.external)
    return suffix in allowed


@lru_cache(maxsize=1024)
def _compile_wildcard(name: str) -> re.Pattern[str]:
    """A `*` in a field name matches one or more characters other than a dot."""
    return re.compile(re.escape(name).replace(r"\*", "[^.]+"))


@dataclass
class ValidatorOptions:
    """What elastic-package's pipeline test runner switches on, plus the per-test overrides."""

    expected_datasets: tuple[str, ...] | None = None
    numeric_keyword_fields: tuple[str, ...] = ()
    string_number_fields: tuple[str, ...] = ()
    default_numeric_conversion: bool = False
    allowed_ip_check: bool = False


class Validator:
    """Validates documents against a Schema; `validate` returns every problem's message."""

    def __init__(self, schema: Schema, options: ValidatorOptions | None = None) -> None:
        self.schema = schema
        self.options = options or ValidatorOptions()

    def validate(self, doc: dict[str, Any]) -> list[str]:
        errors = self._check_datasets(doc)
        errors.extend(self._walk("", doc, doc))
        return list(dict.fromkeys(errors))

    # -- document level --------------------------------------------------------------------

    def _check_datasets(self, doc: dict[str, Any]) -> list[str]:
        expected = self.options.expected_datasets
        if expected is None:
            return []
        errors = []
        for name in DATASET_FIELDS:
            value = get_path(doc, name)
            if value is _ABSENT:
                continue
            if not isinstance(value, str) or value not in expected:
                errors.append(
                    f'field "{name}" should have value in {go_q(list(expected))}, it has "{go_v(value)}"'
                )
        return errors

    def _walk(self, root: str, elem: dict[str, Any], doc: dict[str, Any]) -> list[str]:
        errors: list[str] = []
        for name in sorted(elem):
            value = elem[name]
            key = f"{root}.{name}".lstrip(".")
            if isinstance(value, dict):
                d = self.schema.find(key)
                if d is not None and d.type == "flattened":
                    continue
                errors.extend(self._walk(key, value, doc))
                continue
            try:
                self._check_scalar(key, value, doc)
            except FieldError as exc:
                errors.append(str(exc))
            except _FieldErrors as exc:
                errors.extend(exc.messages)
        return errors

    # -- one key ----------------------------------------------------------------------------

    def _check_scalar(self, key: str, value: Any, doc: dict[str, Any]) -> None:
        d = self.schema.find(key)
        if d is None:
            if any(key == fam or key.startswith(fam + ".") for fam in UNDEFINED_OK_FAMILIES):
                return
            if self.schema.find_ancestor(key, ("flattened",)) is not None:
                return
            if isinstance(value, list) and any(isinstance(v, dict) for v in value):
                raise FieldError(
                    f'field "{key}" is used as array of objects, expected explicit definition with type group or nested'
                )
            parent = self.schema.find_parent(key)
            if parent is not None and parent.type not in ("", "group", "nested", "object"):
                raise FieldError(f'field "{key}" is undefined, could be a multifield')
            if parent is not None and parent.enabled is False:
                return
            raise FieldError(f'field "{key}" is undefined')
        if "array" in d.normalize and value is not None and not isinstance(value, list):
            raise FieldError(
                f'field "{key}" is not normalized as expected: expected array, found {go_q(value)} ({go_type(value)})'
            )
        try:
            for element in value if isinstance(value, list) else [value]:
                self._check_value(key, d, element, doc)
            if d.type in ("constant_keyword", "keyword", "text"):
                self._check_event_types(key, d, value, doc)
        except FieldError as exc:
            raise FieldError(f"parsing field value failed: {exc}") from None

    def _string_value(self, key: str, value: Any) -> str | None:
        if isinstance(value, str):
            return value
        if isinstance(value, bool | int | float) and (
            self.options.default_numeric_conversion or key in self.options.numeric_keyword_fields
        ):
            return go_v(value)
        return None

    def _check_value(self, key: str, d: FieldDef, value: Any, doc: dict[str, Any]) -> None:
        def invalid() -> FieldError:
            return FieldError(
                f'field "{key}"\'s Go type, {go_type(value)}, does not match the expected field type: '
                f"{d.type} (field value: {go_v(value)})"
            )

        kind = d.type
        if kind == "constant_keyword" or kind in STRING_TYPES:
            text = self._string_value(key, value)
            if text is None:
                raise invalid()
            if kind == "constant_keyword" and d.value and text != d.value:
                raise FieldError(
                    f'field "{key}"\'s value {go_q(text)} does not match the declared constant_keyword value {go_q(d.value)}'
                )
            _check_pattern(key, text, d.pattern)
            _check_allowed(key, text, d)
        elif kind == "date":
            if isinstance(value, str):
                _check_pattern(key, value, d.pattern)
            elif isinstance(value, int | float) and not isinstance(value, bool):
                if d.pattern:
                    raise FieldError(f'numeric date in field "{key}", but pattern defined')
            else:
                raise invalid()
        elif kind == "ip":
            if not isinstance(value, str):
                raise invalid()
            _check_pattern(key, value, d.pattern)
            if self.options.allowed_ip_check and not is_allowed_test_ip(value):
                raise FieldError(
                    f'the IP "{value}" is not one of the allowed test IPs (see: '
                    "https://github.com/elastic/elastic-package/blob/main/internal/fields/_static/allowed_geo_ips.txt)"
                )
        elif kind in ("group", "nested", "object"):
            self._check_group_value(key, d, value, doc)
        elif kind in NUMBER_TYPES:
            if isinstance(value, bool):
                raise invalid()
            if isinstance(value, int | float):
                return
            if isinstance(value, str) and key in self.options.string_number_fields and _parses_float(value):
                return
            raise invalid()
        elif kind == "boolean":
            if not isinstance(value, bool):
                raise invalid()

    def _check_group_value(self, key: str, d: FieldDef, value: Any, doc: dict[str, Any]) -> None:
        if isinstance(value, dict):
            errors = self._walk(key, value, doc)
            if errors:
                raise _FieldErrors(errors)
            return
        if isinstance(value, list):
            for element in value:
                self._check_value(key, d, element, doc)
            return
        if value is None:
            return
        if d.type == "object" and d.object_type:
            member = FieldDef(name=d.name + ".*", type=d.object_type, pattern=d.pattern, raw=d.raw)
            self._check_value(key, member, value, doc)
            return
        if d.type == "object":
            return
        raise FieldError(f'field "{key}" is a group of fields of type {d.type}, it cannot store values')

    def _check_event_types(self, key: str, d: FieldDef, value: Any, doc: dict[str, Any]) -> None:
        values = _strings(value)
        expected: list[str] = []
        for v in values:
            for t in d.expected_event_types(v):
                if t not in expected:
                    expected.append(t)
        if not expected:
            return
        event_type = get_path(doc, "event.type")
        for t in _strings(None if event_type is _ABSENT else event_type):
            if t not in expected:
                raise FieldError(
                    f'field "event.type" value {go_q(t)} is not one of the expected values ({", ".join(expected)}) '
                    f"for any of the values of {go_q(key)} ({', '.join(values)})"
                )


class _FieldErrors(Exception):
    """Several problems found inside an object stored under a group field."""

    def __init__(self, messages: list[str]) -> None:
        super().__init__("; ".join(messages))
        self.messages = messages


def _check_pattern(key: str, value: str, pattern: str) -> None:
    if pattern and not re.search(pattern, value):
        raise FieldError(f'field "{key}"\'s value, {value}, does not match the expected pattern: {pattern}')


def _check_allowed(key: str, value: str, d: FieldDef) -> None:
    if not d.is_allowed(value):
        raise FieldError(
            f'field "{key}"\'s value {go_q(value)} is not one of the allowed values ({", ".join(d.allowed_names())})'
        )
    if d.expected_values and value not in d.expected_values:
        raise FieldError(
            f'field "{key}"\'s value {go_q(value)} is not one of the expected values ({", ".join(d.expected_values)})'
        )


def _strings(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [go_v(v) for v in value]
    return [go_v(value)]


def _parses_float(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def is_allowed_test_ip(text: str) -> bool:
    """elastic-package's test IP rule: MaxMind test ranges, private, documentation, loopback,
    link-local, multicast, unspecified and broadcast addresses."""
    try:
        ip = ipaddress.ip_address(text)
    except ValueError:
        return False
    if any(ip in net for net in ALLOWED_TEST_NETWORKS if net.version == ip.version):
        return True
    if any(ip in net for net in _DOC_NETWORKS + _PRIVATE_NETWORKS if net.version == ip.version):
        return True
    return (
        ip.is_unspecified
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_multicast
        or (ip.version == 4 and str(ip) == "255.255.255.255")
    )


class _Absent:
    pass


_ABSENT: Any = _Absent()
ABSENT: Any = _ABSENT  # what get_path returns for a missing path


def get_path(doc: dict[str, Any], path: str) -> Any:
    """MapStr.GetValue: the value at a dotted path, trying dotted keys as well as nested objects."""
    if path in doc:
        return doc[path]
    head, dot, rest = path.partition(".")
    while dot:
        value = doc.get(head, _ABSENT)
        if isinstance(value, dict):
            found = get_path(value, rest)
            if found is not _ABSENT:
                return found
        more, dot, rest = rest.partition(".")
        head = f"{head}.{more}"
    return _ABSENT
