"""Field definitions as package-spec writes them (`fields/*.yml`), parsed into a typed tree.

A definition keeps the keys the validator, the build and the mappings need as attributes, and
every key it was written with in `raw` (so the build can write the file back without losing
anything). Names may contain dots; a child's full name is its parent's full name, a dot, and its
own name.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

GROUP_TYPES = frozenset({"group", "object", "nested"})


class FieldsFileError(ValueError):
    """A fields file that is not a list of field objects."""


@dataclass(frozen=True)
class AllowedValue:
    """One ECS allowed value and the event.type values expected with it (event.category)."""

    name: str
    expected_event_types: tuple[str, ...] = ()


@dataclass
class FieldDef:
    """One field definition (a node of the tree)."""

    name: str
    type: str = ""
    description: str = ""
    external: str = ""
    fields: list[FieldDef] = field(default_factory=list)
    multi_fields: list[FieldDef] = field(default_factory=list)
    normalize: tuple[str, ...] = ()
    allowed_values: tuple[AllowedValue, ...] = ()
    expected_values: tuple[str, ...] = ()
    pattern: str = ""
    value: str | None = None
    object_type: str = ""
    enabled: bool | None = None
    raw: dict[str, Any] = field(default_factory=dict)

    @property
    def effective_type(self) -> str:
        """The type, with `group` for a typeless node that has children (as Fleet reads it)."""
        if not self.type and self.fields:
            return "group"
        return self.type

    def allowed_names(self) -> list[str]:
        return [a.name for a in self.allowed_values]

    def expected_event_types(self, value: str) -> list[str]:
        for allowed in self.allowed_values:
            if allowed.name == value:
                return list(allowed.expected_event_types)
        return []

    def is_allowed(self, value: str) -> bool:
        return not self.allowed_values or any(a.name == value for a in self.allowed_values)


def parse_field(data: Any, where: str = "") -> FieldDef:
    """One field mapping (as loaded from YAML) into a FieldDef."""
    if not isinstance(data, dict) or not isinstance(data.get("name"), str):
        raise FieldsFileError(f"{where or 'field'}: expected a mapping with a string name")
    children = data.get("fields") or []
    multi = data.get("multi_fields") or []
    if not isinstance(children, list) or not isinstance(multi, list):
        raise FieldsFileError(f"{where or data['name']}: fields and multi_fields must be lists")
    allowed = tuple(
        AllowedValue(str(a.get("name")), tuple(str(t) for t in a.get("expected_event_types") or ()))
        for a in data.get("allowed_values") or ()
        if isinstance(a, dict)
    )
    value = data.get("value")
    enabled = data.get("enabled")
    return FieldDef(
        name=data["name"],
        type=str(data.get("type") or ""),
        description=str(data.get("description") or ""),
        external=str(data.get("external") or ""),
        fields=[parse_field(c, f"{data['name']}.fields[{i}]") for i, c in enumerate(children)],
        multi_fields=[parse_field(m, f"{data['name']}.multi_fields[{i}]") for i, m in enumerate(multi)],
        normalize=tuple(str(n) for n in data.get("normalize") or ()),
        allowed_values=allowed,
        expected_values=tuple(str(v) for v in data.get("expected_values") or ()),
        pattern=str(data.get("pattern") or ""),
        value=None if value is None else str(value),
        object_type=str(data.get("object_type") or ""),
        enabled=enabled if isinstance(enabled, bool) else None,
        raw=dict(data),
    )


def parse_fields(data: Any, where: str = "") -> list[FieldDef]:
    """A fields file body (a YAML list; empty file = no fields)."""
    if data is None:
        return []
    if not isinstance(data, list):
        raise FieldsFileError(f"{where or 'fields'}: expected a list of fields")
    return [parse_field(item, f"{where}[{i}]") for i, item in enumerate(data)]


def load_fields_file(path: Path) -> list[FieldDef]:
    return parse_fields(yaml.safe_load(path.read_text(encoding="utf-8")), path.name)


def load_fields_dir(fields_dir: Path) -> list[FieldDef]:
    """Every `*.yml` of a data stream's `fields/` folder, in file name order."""
    out: list[FieldDef] = []
    for path in sorted(fields_dir.glob("*.yml")):
        out.extend(load_fields_file(path))
    return out


def walk(defs: Iterable[FieldDef], prefix: str = "") -> Iterator[tuple[str, FieldDef]]:
    """(full name, definition) for every node, depth first, multi-fields after their field."""
    for d in defs:
        full = f"{prefix}.{d.name}" if prefix else d.name
        yield full, d
        yield from walk(d.fields, full)
        for mf in d.multi_fields:
            yield f"{full}.{mf.name}", mf


def leaves(defs: Iterable[FieldDef]) -> Iterator[tuple[str, FieldDef]]:
    """(full name, definition) for every field that is not a group (what docs tables list)."""
    for full, d in walk(defs):
        if d.effective_type != "group":
            yield full, d


def to_yaml_data(defs: Iterable[FieldDef]) -> list[dict[str, Any]]:
    """Back to the YAML shape, from `raw` with children re-serialised (for the built package)."""
    out: list[dict[str, Any]] = []
    for d in defs:
        item = dict(d.raw)
        if d.fields:
            item["fields"] = to_yaml_data(d.fields)
        if d.multi_fields:
            item["multi_fields"] = to_yaml_data(d.multi_fields)
        out.append(item)
    return out
