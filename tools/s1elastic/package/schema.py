"""JSON Schema validation of package files, with package-spec style messages.

The schemas live in `schemas/*.yml` (JSON Schema 2020-12 written as YAML) and reference each
other by file name (`definitions.json#/$defs/vars`). Messages read like the ones elastic-package
prints for package-spec violations (gojsonschema's wording): `field streams.0: title is required`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import jsonschema
import yaml
from jsonschema.exceptions import ValidationError
from referencing import Registry, Resource

SCHEMA_BASE = "https://s1elastic.invalid/schemas/"
SCHEMA_NAMES = (
    "definitions",
    "package_manifest",
    "data_stream_manifest",
    "fields",
    "changelog",
    "ingest_pipeline",
    "pipeline_test_events",
    "pipeline_test_expected",
    "pipeline_test_config",
    "poll",
    "build",
    "sample_event",
)


@dataclass(frozen=True, order=True)
class Problem:
    """One finding: the file (relative to the package root) and what is wrong."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


def _load_schema(name: str) -> dict[str, Any]:
    text = resources.files("s1elastic.package").joinpath("schemas", f"{name}.yml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    if not isinstance(data, dict):
        raise TypeError(f"schema {name} is not a mapping")
    return data


@lru_cache(maxsize=1)
def _registry() -> Registry:
    resources_ = [
        (f"{SCHEMA_BASE}{name}.json", Resource.from_contents(_load_schema(name))) for name in SCHEMA_NAMES
    ]
    return Registry().with_resources(resources_)


@cache
def validator_for(name: str) -> jsonschema.Draft202012Validator:
    if name not in SCHEMA_NAMES:
        raise KeyError(f"no schema named {name}")
    schema = _load_schema(name)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(
        schema, registry=_registry(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def validate(name: str, data: Any) -> list[str]:
    """Every violation of schema `name` by `data`, as sorted `field <path>: <message>` texts."""
    errors = validator_for(name).iter_errors(data)
    return sorted({describe(e) for e in errors})


def _field(path: Any) -> str:
    parts = [str(p) for p in path]
    return ".".join(parts) if parts else "(root)"


def _quote_list(values: Any) -> str:
    return ", ".join(f'"{v}"' for v in values)


def _type_name(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def describe(error: ValidationError) -> str:
    """One ValidationError as `field <path>: <gojsonschema-style message>`."""
    where = _field(error.absolute_path)
    kind = error.validator
    value = error.validator_value
    if kind == "required":
        missing = re.match(r"'(.+)' is a required property", error.message)
        name = missing.group(1) if missing else error.message
        return f"field {where}: {name} is required"
    if kind == "additionalProperties":
        schema: dict[str, Any] = error.schema if isinstance(error.schema, dict) else {}
        instance: dict[str, Any] = error.instance if isinstance(error.instance, dict) else {}
        extra = sorted(set(instance) - set(schema.get("properties", {})))
        patterns = schema.get("patternProperties", {})
        extra = [e for e in extra if not any(re.search(p, e) for p in patterns)]
        return f"field {where}: " + "; ".join(f"Additional property {e} is not allowed" for e in extra)
    if kind == "enum":
        return f"field {where}: {where} must be one of the following: {_quote_list(value)}"
    if kind == "const":
        return f'field {where}: {where} does not match: "{value}"'
    if kind == "type":
        expected = "/".join(value) if isinstance(value, list) else value
        return f"field {where}: Invalid type. Expected: {expected}, given: {_type_name(error.instance)}"
    if kind == "pattern":
        return f"field {where}: Does not match pattern '{value}'"
    if kind == "format":
        return f"field {where}: Does not match format '{value}'"
    if kind == "minimum":
        return f"field {where}: Must be greater than or equal to {value}"
    if kind == "maximum":
        return f"field {where}: Must be less than or equal to {value}"
    if kind == "minItems":
        return f"field {where}: Array must have at least {value} items"
    if kind == "minLength":
        return f"field {where}: String length must be greater than or equal to {value}"
    if kind == "minProperties":
        return f"field {where}: Must have at least {value} properties"
    if kind == "maxProperties":
        return f"field {where}: Must have at most {value} properties"
    if kind == "uniqueItems":
        return f"field {where}: array items must be unique"
    if kind == "anyOf":
        return f"field {where}: Must validate at least one schema (anyOf)"
    if kind == "oneOf":
        return f"field {where}: Must validate one and only one schema (oneOf)"
    if kind == "not":
        present = [
            k for k in _required_names(value) if isinstance(error.instance, dict) and k in error.instance
        ]
        if present:
            return f"field {where}: " + "; ".join(f"{k} is not allowed here" for k in present)
        return f"field {where}: Must not validate the schema (not)"
    if kind == "contains":
        reason = error.schema.get("description") if isinstance(error.schema, dict) else None
        return f"field {where}: {reason or 'At least one of the items must match'}"
    return f"field {where}: {error.message}"


def _required_names(schema: Any) -> list[str]:
    """The property names a `not` schema forbids ({required: [...]} or anyOf of those)."""
    if not isinstance(schema, dict):
        return []
    names = list(schema.get("required", []))
    for sub in schema.get("anyOf", []):
        names.extend(_required_names(sub))
    return names
