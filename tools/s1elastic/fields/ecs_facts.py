"""The committed ECS facts file: what we keep of ECS, how it is written and how it is read back.

`scripts/gen_ecs_fields.py` pulls a pinned `@elastic/ecs` npm tarball and hands its flat field map
(`EcsFlat`, one entry per leaf field) to `facts_from_flat`; `dump_facts` writes the result so that
each field sits on its own line (readable diffs). Everything else (validator, build, mappings)
reads it through `load_facts` and never needs the network.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Final

FACTS_RESOURCE: Final = "ecs_fields.json"
FORMAT_VERSION: Final = 1

# Keys copied from an EcsFlat entry when present and non-empty, in this order.
_KEPT_KEYS: Final = (
    "type",
    "short",
    "description",
    "normalize",
    "pattern",
    "expected_values",
    "object_type",
    "scaling_factor",
    "ignore_above",
    "index",
    "doc_values",
    "example",
)
_SHA256: Final = re.compile(r"^[0-9a-f]{64}$")
_SEMVER: Final = re.compile(r"^\d+\.\d+\.\d+$")


@dataclass(frozen=True)
class EcsFacts:
    """The parsed facts file: provenance plus one fact dict per flat field name."""

    ecs_version: str
    npm_package: str
    npm_version: str
    tarball_sha256: str
    fields: dict[str, dict[str, Any]]


def field_facts(entry: dict[str, Any]) -> dict[str, Any]:
    """The facts we keep for one EcsFlat entry."""
    out: dict[str, Any] = {}
    for key in _KEPT_KEYS:
        value = entry.get(key)
        if value is None or value == [] or value == "":
            continue
        if key == "example" and not isinstance(value, str):
            value = json.dumps(value)
        out[key] = value
    allowed = entry.get("allowed_values")
    if allowed:
        out["allowed_values"] = [
            {"name": item["name"], "expected_event_types": list(item.get("expected_event_types") or [])}
            for item in allowed
        ]
    multi = entry.get("multi_fields")
    if multi:
        out["multi_fields"] = [{"name": mf["name"], "type": mf["type"]} for mf in multi]
    return out


def facts_from_flat(
    flat: dict[str, dict[str, Any]], *, ecs_version: str, npm_version: str, tarball_sha256: str
) -> EcsFacts:
    """Build the facts from an EcsFlat map (flat name -> field entry)."""
    fields = {name: field_facts(flat[name]) for name in sorted(flat)}
    return EcsFacts(
        ecs_version=ecs_version,
        npm_package="@elastic/ecs",
        npm_version=npm_version,
        tarball_sha256=tarball_sha256,
        fields=fields,
    )


def dump_facts(facts: EcsFacts) -> str:
    """The file text: a header object, then one field per line, keys sorted (stable output)."""
    header = {
        "format": FORMAT_VERSION,
        "generator": "scripts/gen_ecs_fields.py",
        "ecs_version": facts.ecs_version,
        "npm_package": facts.npm_package,
        "npm_version": facts.npm_version,
        "tarball_sha256": facts.tarball_sha256,
    }
    lines = ["{"]
    for key, value in header.items():
        lines.append(f"{json.dumps(key)}: {json.dumps(value)},")
    lines.append('"fields": {')
    names = sorted(facts.fields)
    for i, name in enumerate(names):
        comma = "," if i < len(names) - 1 else ""
        body = json.dumps(facts.fields[name], sort_keys=True, ensure_ascii=False)
        lines.append(f"{json.dumps(name)}: {body}{comma}")
    lines.append("}")
    lines.append("}")
    return "\n".join(lines) + "\n"


class EcsFactsError(ValueError):
    """The facts file is malformed (hand-edited or truncated): regenerate it with `make ecs`."""


def parse_facts(text: str) -> EcsFacts:
    """Parse and structurally check a facts file."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise EcsFactsError(f"not JSON: {exc}") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT_VERSION:
        raise EcsFactsError(f"expected an object with format {FORMAT_VERSION}")
    for key in ("ecs_version", "npm_version"):
        if not isinstance(data.get(key), str) or not _SEMVER.match(data[key]):
            raise EcsFactsError(f"{key} must be a x.y.z version")
    if data.get("npm_package") != "@elastic/ecs":
        raise EcsFactsError("npm_package must be @elastic/ecs")
    if not isinstance(data.get("tarball_sha256"), str) or not _SHA256.match(data["tarball_sha256"]):
        raise EcsFactsError("tarball_sha256 must be 64 lowercase hex digits")
    fields = data.get("fields")
    if not isinstance(fields, dict) or not fields:
        raise EcsFactsError("fields must be a non-empty object")
    for name, fact in fields.items():
        if not isinstance(fact, dict) or not isinstance(fact.get("type"), str):
            raise EcsFactsError(f"field {name} has no type")
    return EcsFacts(
        ecs_version=data["ecs_version"],
        npm_package=data["npm_package"],
        npm_version=data["npm_version"],
        tarball_sha256=data["tarball_sha256"],
        fields=fields,
    )


def facts_path() -> Path:
    """Where the committed facts file lives (inside the installed package)."""
    return Path(str(resources.files("s1elastic.fields").joinpath(FACTS_RESOURCE)))


@lru_cache(maxsize=4)
def load_facts(path: Path | None = None) -> EcsFacts:
    """The committed facts (cached: the file is large and never changes at run time)."""
    return parse_facts((path or facts_path()).read_text(encoding="utf-8"))
