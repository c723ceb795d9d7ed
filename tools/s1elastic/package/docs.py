"""Render `package/docs/README.md.j2` into the built package's `docs/README.md`.

The template gets:
  package       name, title, version, description, format_version, ecs_version, owner
  changelog     the entries of package/changelog.yml (newest first)
  data_streams  one entry per stream (sorted by name) with
                name, dataset, type, title, description (the manifest's first stream description),
                collects (the poll spec: endpoint, mode, interval, ...), permissions (poll.yml
                `permissions`: what the API token must be allowed to read), sample_event (pretty
                JSON text or None), fields (list of {name, description, type}, ECS resolved, sorted)
and the filters `fields_table` (a Markdown table: Field | Description | Type), `md_cell` (text
safe inside a table cell) and `tojson_pretty`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from s1elastic.fields.ecs import EcsSchema, resolve_external
from s1elastic.fields.model import leaves, load_fields_dir, parse_fields, to_yaml_data
from s1elastic.package.layout import DataStream, FileReadError, Package, read_json, read_yaml


class DocsError(ValueError):
    """The docs template is missing or does not render."""


@dataclass(frozen=True)
class FieldRow:
    name: str
    description: str
    type: str


def md_cell(text: Any) -> str:
    """One line, pipes escaped: safe in a Markdown table cell."""
    return " ".join(str(text).split()).replace("|", "\\|")


def fields_table(rows: list[FieldRow] | list[dict[str, Any]]) -> str:
    lines = ["| Field | Description | Type |", "|---|---|---|"]
    for row in rows:
        r = row if isinstance(row, dict) else row.__dict__
        lines.append(f"| {md_cell(r['name'])} | {md_cell(r['description'])} | {md_cell(r['type'])} |")
    return "\n".join(lines)


def field_rows(ds: DataStream, ecs: EcsSchema) -> list[FieldRow]:
    """The exported fields of a stream (leaf fields, ECS resolved), sorted by name."""
    defs = load_fields_dir(ds.fields_dir)
    resolved = parse_fields(resolve_external(to_yaml_data(defs), ecs, validation=False))
    rows = {name: FieldRow(name, d.description, d.type) for name, d in leaves(resolved)}
    return [rows[name] for name in sorted(rows)]


def _read_optional(path: Path, reader: Any) -> Any:
    if not path.exists():
        return None
    try:
        return reader(path)
    except FileReadError as exc:
        raise DocsError(f"{path}: {exc}") from exc


def stream_context(package: Package, ds: DataStream, ecs: EcsSchema) -> dict[str, Any]:
    streams = ds.manifest.get("streams") or [{}]
    poll = _read_optional(ds.poll_spec, read_yaml) or {}
    sample = _read_optional(ds.sample_event, read_json)
    return {
        "name": ds.name,
        "dataset": package.dataset(ds),
        "type": ds.type,
        "title": ds.title,
        "description": str(streams[0].get("description", "")) if isinstance(streams[0], dict) else "",
        "collects": {k: v for k, v in poll.items() if k != "permissions"},
        "permissions": list(poll.get("permissions") or []),
        "sample_event": json.dumps(sample, indent=4, sort_keys=True, ensure_ascii=False)
        if sample is not None
        else None,
        "fields": [row.__dict__ for row in field_rows(ds, ecs)],
    }


def docs_context(package: Package, ecs: EcsSchema) -> dict[str, Any]:
    changelog = _read_optional(package.changelog, read_yaml) or []
    m = package.manifest
    return {
        "package": {
            "name": package.name,
            "title": m.get("title", ""),
            "version": package.version,
            "description": m.get("description", ""),
            "format_version": package.format_version,
            "ecs_version": ecs.version,
            "owner": m.get("owner", {}),
        },
        "changelog": changelog,
        "data_streams": [stream_context(package, ds, ecs) for ds in package.data_streams],
    }


def render_readme(package: Package, ecs: EcsSchema, template: Path | None = None) -> str:
    path = template or package.docs_template
    if not path.exists():
        raise DocsError(f"{package.rel(path)}: missing (the docs template)")
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(path.parent)),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters["fields_table"] = fields_table
    env.filters["md_cell"] = md_cell
    env.filters["tojson_pretty"] = lambda v: json.dumps(v, indent=4, sort_keys=True, ensure_ascii=False)
    try:
        return env.get_template(path.name).render(**docs_context(package, ecs))
    except jinja2.TemplateError as exc:
        raise DocsError(f"{package.rel(path)}: {type(exc).__name__}: {exc}") from exc
