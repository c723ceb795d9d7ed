"""ECS as field definitions, and the resolution of `external: ecs` references.

Resolution follows elastic-package's dependency manager: the imported definition brings name,
type, object_type, description, pattern, index, doc_values and multi-fields (plus normalize,
allowed_values and expected_values when validating); every key written in the package overrides
it except the type, which stays ECS's unless the change is one Fleet allows (keyword to
constant_keyword, object to group or nested); `external` is dropped.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from s1elastic.fields.ecs_facts import EcsFacts, load_facts
from s1elastic.fields.model import FieldDef, parse_field

_ALLOWED_TYPE_OVERRIDES = frozenset(
    {("keyword", "constant_keyword"), ("object", "group"), ("object", "nested")}
)


class EcsResolveError(ValueError):
    """An `external: ecs` field that ECS does not define."""


@dataclass(frozen=True)
class EcsSchema:
    """The ECS facts, looked up by flat field name."""

    facts: EcsFacts

    @classmethod
    def default(cls) -> EcsSchema:
        return cls(load_facts())

    @property
    def version(self) -> str:
        return self.facts.ecs_version

    def fact(self, name: str) -> dict[str, Any] | None:
        """The facts of `name`; a member of an ECS object with object_type gets that type."""
        found = self.facts.fields.get(name)
        if found is not None:
            return found
        parent, _, _ = name.rpartition(".")
        parent_fact = self.facts.fields.get(parent) if parent else None
        if parent_fact and parent_fact.get("type") == "object" and parent_fact.get("object_type"):
            return {**parent_fact, "type": parent_fact["object_type"], "object_type": None}
        return None

    def definition(self, name: str, *, validation: bool = True) -> FieldDef | None:
        """The imported definition of `name` (full dotted name as its only segment)."""
        fact = self.fact(name)
        if fact is None:
            return None
        return parse_field(imported_mapping(name, fact, validation=validation))

    def all_definitions(self) -> list[FieldDef]:
        """Every ECS field, flat, with validation settings (elastic-package's import of all ECS)."""
        return [parse_field(imported_mapping(n, f, validation=True)) for n, f in self.facts.fields.items()]


def imported_mapping(name: str, fact: dict[str, Any], *, validation: bool) -> dict[str, Any]:
    """The field mapping elastic-package builds from an imported ECS field."""
    out: dict[str, Any] = {"name": name, "type": fact["type"]}
    for key in ("object_type", "description", "pattern", "index", "doc_values"):
        if fact.get(key) not in (None, ""):
            out[key] = fact[key]
    if fact.get("multi_fields"):
        out["multi_fields"] = [{"name": m["name"], "type": m["type"]} for m in fact["multi_fields"]]
    if validation:
        for key in ("normalize", "allowed_values", "expected_values"):
            if fact.get(key):
                out[key] = fact[key]
    return out


def resolve_mapping(
    item: dict[str, Any], full_name: str, schema: EcsSchema, *, validation: bool
) -> dict[str, Any]:
    """One field mapping with `external: ecs` replaced by the ECS definition plus local overrides."""
    external = item.get("external")
    if external != "ecs":
        raise EcsResolveError(
            f'can\'t import field: schema "{external}" is not defined as package dependency'
        )
    fact = schema.fact(full_name)
    if fact is None:
        raise EcsResolveError(
            f"can't import field: field definition not found in schema (name: {full_name}, ECS {schema.version})"
        )
    imported = imported_mapping(item["name"], fact, validation=validation)
    merged = {**imported, **{k: v for k, v in item.items() if k != "external"}}
    if (fact["type"], merged.get("type")) not in _ALLOWED_TYPE_OVERRIDES:
        merged["type"] = fact["type"]
    return merged


def resolve_external(
    items: Iterable[dict[str, Any]], schema: EcsSchema, *, validation: bool, prefix: str = ""
) -> list[dict[str, Any]]:
    """A fields file body (list of mappings) with every `external` reference resolved."""
    out: list[dict[str, Any]] = []
    for item in items:
        full = f"{prefix}.{item['name']}" if prefix else item["name"]
        if item.get("external"):
            out.append(resolve_mapping(item, full, schema, validation=validation))
            continue
        copy = dict(item)
        if isinstance(item.get("fields"), list):
            copy["fields"] = resolve_external(item["fields"], schema, validation=validation, prefix=full)
        out.append(copy)
    return out
