"""Field definitions to Elasticsearch index template mappings, the way Fleet installs a package.

`mappings_for(defs, ecs)` resolves `external: ecs` and returns `{"properties": ..., and, when
needed, "dynamic_templates": [...]}`. Fleet's choices kept here: keyword gets `ignore_above: 1024`
unless told otherwise, `integer` is mapped as `long`, scaled_float defaults to a scaling factor of
1000, groups become objects with properties, `object` with an `object_type` and names with `*`
become dynamic templates, dotted names are split into nested properties.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from s1elastic.fields.ecs import EcsSchema, resolve_external
from s1elastic.fields.model import FieldDef, parse_fields, to_yaml_data

DEFAULT_IGNORE_ABOVE = 1024
DEFAULT_SCALING_FACTOR = 1000
# Mapping parameters copied as written when present.
_PASSTHROUGH = (
    "index",
    "doc_values",
    "copy_to",
    "null_value",
    "normalizer",
    "analyzer",
    "search_analyzer",
    "ignore_malformed",
)
_OBJECT_TYPE_MATCH = {
    "boolean": "boolean",
    "double": "double",
    "float": "double",
    "half_float": "double",
    "scaled_float": "double",
    "byte": "long",
    "short": "long",
    "integer": "long",
    "long": "long",
    "unsigned_long": "long",
    "keyword": "string",
    "text": "string",
}


class MappingError(ValueError):
    """A field definition that cannot be mapped (e.g. two definitions for one name)."""


def mappings_for(defs: Sequence[FieldDef], ecs: EcsSchema | None = None) -> dict[str, Any]:
    """The `mappings` body of an index template for these fields."""
    if ecs is not None:
        defs = parse_fields(resolve_external(to_yaml_data(defs), ecs, validation=False))
    properties: dict[str, Any] = {}
    templates: list[dict[str, Any]] = []
    _add_all(defs, "", properties, templates)
    out: dict[str, Any] = {"properties": properties}
    if templates:
        out["dynamic_templates"] = templates
    return out


def _add_all(
    defs: Sequence[FieldDef], prefix: str, properties: dict[str, Any], templates: list[dict[str, Any]]
) -> None:
    for d in defs:
        full = f"{prefix}.{d.name}" if prefix else d.name
        if "*" in full:
            templates.append(_dynamic_template(full, d))
            continue
        kind = d.effective_type
        if kind == "object" and d.object_type and d.enabled is not False:
            templates.append(_dynamic_template(f"{full}.*", d, d.object_type))
            _put(properties, d.name, {"type": "object", "dynamic": True}, full)
            continue
        if kind in ("group", "nested"):
            node: dict[str, Any] = {"type": "nested"} if kind == "nested" else {}
            for key in ("include_in_parent", "include_in_root", "enabled", "dynamic"):
                if key in d.raw:
                    node[key] = d.raw[key]
            children: dict[str, Any] = {}
            _add_all(d.fields, full, children, templates)
            if children:
                node["properties"] = children
            _put(properties, d.name, node, full)
            continue
        _put(properties, d.name, leaf_mapping(d), full)


def leaf_mapping(d: FieldDef, type_override: str | None = None) -> dict[str, Any]:
    """The mapping of one non-group field."""
    kind = type_override or d.type or "keyword"
    raw = d.raw
    if kind == "integer":
        kind = "long"
    m: dict[str, Any] = {"type": kind}
    if kind == "keyword":
        m["ignore_above"] = raw.get("ignore_above", DEFAULT_IGNORE_ABOVE)
    elif kind == "wildcard" and "ignore_above" in raw:
        m["ignore_above"] = raw["ignore_above"]
    elif kind == "constant_keyword" and d.value is not None:
        m["value"] = d.value
    elif kind == "scaled_float":
        m["scaling_factor"] = raw.get("scaling_factor", DEFAULT_SCALING_FACTOR)
    elif kind == "date" and raw.get("date_format"):
        m["format"] = raw["date_format"]
    elif kind == "alias":
        m["path"] = raw.get("path")
    elif kind == "object":
        if d.enabled is False:
            m["enabled"] = False
    for key in _PASSTHROUGH:
        if key in raw:
            m[key] = raw[key]
    if raw.get("dimension"):
        m["time_series_dimension"] = True
    if raw.get("metric_type"):
        m["time_series_metric"] = raw["metric_type"]
    if raw.get("unit"):
        m["meta"] = {"unit": raw["unit"]}
    if d.multi_fields:
        m["fields"] = {mf.name: leaf_mapping(mf) for mf in d.multi_fields}
    return m


def _dynamic_template(path_match: str, d: FieldDef, member_type: str | None = None) -> dict[str, Any]:
    mapping = leaf_mapping(d, member_type) if member_type else leaf_mapping(d)
    body: dict[str, Any] = {"path_match": path_match, "mapping": mapping}
    match_type = d.raw.get("object_type_mapping_type")
    if match_type:
        body["match_mapping_type"] = match_type
    elif member_type in _OBJECT_TYPE_MATCH:
        body["match_mapping_type"] = _OBJECT_TYPE_MATCH[member_type]
    return {path_match: body}


def _put(properties: dict[str, Any], name: str, mapping: dict[str, Any], full: str) -> None:
    """Place `mapping` at the dotted `name`, creating intermediate objects."""
    parts = name.split(".")
    node = properties
    for part in parts[:-1]:
        child = node.setdefault(part, {})
        if "type" in child and child["type"] not in ("object", "nested"):
            raise MappingError(f"field {full}: {part} is mapped as {child['type']}, cannot hold sub-fields")
        node = child.setdefault("properties", {})
    last = parts[-1]
    existing = node.get(last)
    if existing is None:
        node[last] = mapping
        return
    if _is_object(existing) and _is_object(mapping):
        merged = {**existing, **mapping}
        props = {**existing.get("properties", {}), **mapping.get("properties", {})}
        if props:
            merged["properties"] = props
        node[last] = merged
        return
    if existing != mapping:
        raise MappingError(f"field {full} is defined more than once with different mappings")


def _is_object(mapping: dict[str, Any]) -> bool:
    return mapping.get("type") in (None, "object", "nested")
