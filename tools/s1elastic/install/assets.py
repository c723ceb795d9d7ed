"""The Elasticsearch assets Fleet builds from the package, as request bodies (pure: no cluster).

Per data stream, following Kibana Fleet's `epm/elasticsearch` code:
- Ingest pipelines: every file in `elasticsearch/ingest_pipeline/`, named by naming.pipeline_name.
  `{{ IngestPipeline "<stem>" }}` (or `{< ... >}`) in a pipeline's text becomes the versioned id
  of that sibling pipeline, which is how a package's `pipeline` processors reach the installed
  versions (a plain `name: <stem>` is left alone, as Fleet leaves it). Fleet replaces only the first
  occurrence of each reference (JavaScript `replace` without the global flag); we replace all of
  them, since a second reference left as a template would make the pipeline fail to load.
  Every pipeline gets `_meta` {managed_by: fleet, managed: true, package: {name}}; the entry
  pipeline (`default`, or the manifest's `elasticsearch.ingest_pipeline.name`) ends with the four
  `pipeline` processors calling the `@custom` pipelines, `ignore_missing_pipeline: true`.
- Component template `<template>@package`: the mappings from the fields (ECS resolved), merged with
  the manifest's `elasticsearch.index_template.mappings`; settings `index.lifecycle.name`
  (`ilm_policy`, else `logs@lifecycle`), the manifest's index_template settings,
  `index.default_pipeline` (the versioned entry pipeline) and `index.mapping.total_fields.limit`
  (1000; 10000 above 500 fields, as Fleet counts them). With `lifecycle="dsl"` (Fleet's
  `disableILMPolicies`), no ILM name and the manifest's `lifecycle` (data stream lifecycle) instead.
- Index template `<template>`: index pattern, priority, `data_stream: {}`, `composed_of`
  [logs@mappings, logs@settings, <t>@package, logs@custom, <package>@custom, <t>@custom,
  ecs@mappings, .fleet_globals-1], the `@custom` ones in `ignore_missing_component_templates`,
  `_meta` in the template and in its mappings.
Left out on purpose: `.fleet_agent_id_verification-1` and `.fleet_final_pipeline-1` (they verify
Elastic Agent API keys and drop `event.original`; the poller is not an agent), and Fleet's
`.fleet_event_ingested-1` (off by default in Fleet too).
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import yaml

from s1elastic.fields.ecs import EcsSchema, resolve_external
from s1elastic.fields.mappings import mappings_for
from s1elastic.fields.model import FieldDef, load_fields_dir, parse_fields, to_yaml_data
from s1elastic.install import naming
from s1elastic.package.layout import DataStream, Package

PIPELINE_SUFFIXES = (".yml", ".yaml", ".json")
FIELD_LIMIT = 1000
FIELD_LIMIT_LARGE = 10000
FIELD_LIMIT_THRESHOLD = 500
FLEET_GLOBALS_BODY: dict[str, Any] = {
    "_meta": naming.fleet_meta(),
    "template": {
        "settings": {},
        "mappings": {
            "_meta": naming.fleet_meta(),
            "dynamic_templates": [
                {
                    "strings_as_keyword": {
                        "mapping": {"ignore_above": 1024, "type": "keyword"},
                        "match_mapping_type": "string",
                    }
                }
            ],
            "date_detection": False,
        },
    },
}


class AssetError(ValueError):
    """The package cannot be turned into Elasticsearch assets."""


@dataclass(frozen=True)
class StreamAssets:
    stream: str
    kind: str
    dataset: str
    template_name: str
    index_pattern: str
    entry_pipeline: str
    pipelines: dict[str, dict[str, Any]]
    component_templates: dict[str, dict[str, Any]]
    index_template: dict[str, Any]


@dataclass(frozen=True)
class PackageAssets:
    name: str
    version: str
    streams: list[StreamAssets]
    fleet_component_templates: dict[str, dict[str, Any]] = field(
        default_factory=lambda: {naming.FLEET_GLOBALS: copy.deepcopy(FLEET_GLOBALS_BODY)}
    )


def build_assets(package: Package, ecs: EcsSchema | None = None, *, lifecycle: str = "ilm") -> PackageAssets:
    if lifecycle not in ("ilm", "dsl"):
        raise AssetError("lifecycle must be ilm or dsl")
    if not package.name or not package.version:
        raise AssetError("manifest.yml: name and version are required")
    ecs = ecs or EcsSchema.default()
    streams = [_stream_assets(package, ds, ecs, lifecycle) for ds in package.data_streams]
    return PackageAssets(package.name, package.version, streams)


def _elasticsearch(ds: DataStream) -> dict[str, Any]:
    value = ds.manifest.get("elasticsearch")
    return value if isinstance(value, dict) else {}


def _stream_assets(package: Package, ds: DataStream, ecs: EcsSchema, lifecycle: str) -> StreamAssets:
    kind = ds.type
    dataset = package.dataset(ds)
    es = _elasticsearch(ds)
    raw_cfg = es.get("index_template")
    index_template_cfg: dict[str, Any] = raw_cfg if isinstance(raw_cfg, dict) else {}
    hidden_cfg = (index_template_cfg.get("data_stream") or {}).get("hidden")
    hidden = bool(ds.manifest.get("hidden")) or bool(hidden_cfg)
    prefix = bool(ds.manifest.get("dataset_is_prefix"))
    name = naming.template_name(kind, dataset, hidden=hidden)
    entry_stem = str(
        (es.get("ingest_pipeline") or {}).get("name")
        or (index_template_cfg.get("ingest_pipeline") or {}).get("name")
        or "default"
    )
    meta = naming.fleet_meta(package.name)
    pipelines = _pipelines(package, ds, kind, dataset, entry_stem)
    entry = naming.pipeline_name(kind, dataset, package.version)

    defs = _fields(package, ds, ecs)
    mappings = mappings_for(defs)
    extra_mappings = dict(index_template_cfg.get("mappings") or {})
    extra_settings = copy.deepcopy(index_template_cfg.get("settings") or {})
    properties = mappings.get("properties", {})
    dynamic = list(mappings.get("dynamic_templates", []))
    seen = {next(iter(t)) for t in dynamic}
    for t in extra_mappings.pop("dynamic_templates", None) or []:
        if next(iter(t)) not in seen:
            dynamic.append(t)
    package_mappings: dict[str, Any] = {"properties": properties}
    if dynamic:
        package_mappings["dynamic_templates"] = dynamic
    package_mappings.update({k: v for k, v in extra_mappings.items() if k != "properties"})

    settings: dict[str, Any] = {"index": {}}
    if lifecycle == "ilm":
        policy = ds.manifest.get("ilm_policy") or f"{kind}@lifecycle"
        settings["index"]["lifecycle"] = {"name": policy}
    _merge(settings, _expand(extra_settings))
    index_settings = settings.setdefault("index", {})
    index_settings["default_pipeline"] = entry
    mapping_settings = index_settings.setdefault("mapping", {})
    limit = (mapping_settings.get("total_fields") or {}).get("limit")
    if not limit:
        limit = FIELD_LIMIT_LARGE if count_fields(defs) > FIELD_LIMIT_THRESHOLD else FIELD_LIMIT
    mapping_settings["total_fields"] = {"limit": limit}
    if es.get("source_mode") == "synthetic":
        mapping_settings["source"] = {**(mapping_settings.get("source") or {}), "mode": "synthetic"}

    template: dict[str, Any] = {"settings": settings, "mappings": package_mappings}
    ds_lifecycle = ds.manifest.get("lifecycle")
    if lifecycle == "dsl" and isinstance(ds_lifecycle, dict):
        template["lifecycle"] = copy.deepcopy(ds_lifecycle)
    package_template = f"{name}{naming.PACKAGE_SUFFIX}"
    components = {package_template: {"template": template, "_meta": meta}}

    customs = [
        f"{kind}{naming.CUSTOM_SUFFIX}",
        f"{package.name}{naming.CUSTOM_SUFFIX}",
        f"{name}{naming.CUSTOM_SUFFIX}",
    ]
    composed_of = [
        *naming.STACK_COMPONENTS.get(kind, ()),
        package_template,
        *customs,
        naming.ECS_MAPPINGS,
        naming.FLEET_GLOBALS,
    ]
    data_stream: dict[str, Any] = {}
    if hidden_cfg is not None or ds.manifest.get("hidden") is not None:
        data_stream["hidden"] = hidden
    index_template: dict[str, Any] = {
        "priority": naming.priority(dataset_is_prefix=prefix),
        "index_patterns": [naming.index_pattern(kind, dataset, hidden=hidden, dataset_is_prefix=prefix)],
        "template": {"settings": {"index": {}}, "mappings": {"_meta": meta}},
        "data_stream": data_stream,
        "composed_of": composed_of,
        "ignore_missing_component_templates": customs,
        "_meta": meta,
    }
    return StreamAssets(
        stream=ds.name,
        kind=kind,
        dataset=dataset,
        template_name=name,
        index_pattern=naming.index_pattern(kind, dataset, hidden=hidden, dataset_is_prefix=prefix),
        entry_pipeline=entry,
        pipelines=pipelines,
        component_templates=components,
        index_template=index_template,
    )


def _fields(package: Package, ds: DataStream, ecs: EcsSchema) -> list[FieldDef]:
    if not ds.fields_dir.is_dir():
        return []
    try:
        defs = load_fields_dir(ds.fields_dir)
        return parse_fields(resolve_external(to_yaml_data(defs), ecs, validation=False))
    except ValueError as exc:
        raise AssetError(f"{package.rel(ds.fields_dir)}: {exc}") from exc


def count_fields(defs: list[FieldDef]) -> int:
    """Fleet's countFields: every node, its children and its multi-fields."""
    return sum(1 + count_fields(d.fields) + count_fields(d.multi_fields) for d in defs)


def _pipelines(
    package: Package, ds: DataStream, kind: str, dataset: str, entry_stem: str
) -> dict[str, dict[str, Any]]:
    folder = ds.pipeline_dir
    files = sorted(p for p in folder.iterdir() if p.suffix in PIPELINE_SUFFIXES) if folder.is_dir() else []
    stems = {p.name.split(".")[0]: p for p in files}
    ids = {
        stem: naming.pipeline_name(kind, dataset, package.version, None if stem == entry_stem else stem)
        for stem in stems
    }
    meta = naming.fleet_meta(package.name)
    out: dict[str, dict[str, Any]] = {}
    for stem, path in stems.items():
        text = rewrite_references(path.read_text(encoding="utf-8"), ids)
        try:
            body = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            raise AssetError(f"{package.rel(path)}: invalid pipeline: {' '.join(str(exc).split())}") from exc
        if not isinstance(body, dict):
            raise AssetError(f"{package.rel(path)}: a pipeline must be a mapping")
        body = _jsonable(body)
        body["_meta"] = meta
        if stem == entry_stem:
            processors = body.setdefault("processors", [])
            for name, description in naming.custom_pipelines(kind, dataset, package.name):
                processors.append(
                    {"pipeline": {"name": name, "ignore_missing_pipeline": True, "description": description}}
                )
        out[ids[stem]] = body
    if entry_stem not in stems:  # Fleet installs an empty entry pipeline that still calls @custom
        entry = naming.pipeline_name(kind, dataset, package.version)
        out[entry] = {
            "processors": [
                {"pipeline": {"name": n, "ignore_missing_pipeline": True, "description": d}}
                for n, d in naming.custom_pipelines(kind, dataset, package.name)
            ],
            "_meta": meta,
        }
    main = naming.pipeline_name(kind, dataset, package.version)
    return {main: out.pop(main), **out} if main in out else out


def rewrite_references(text: str, ids: dict[str, str]) -> str:
    """`{{ IngestPipeline "x" }}` / `{< IngestPipeline 'x' >}` → the versioned id of sibling x."""
    for stem, target in ids.items():
        for open_, close in (("{{", "}}"), ("{<", ">}")):
            pattern = (
                re.escape(open_)
                + r"\s?IngestPipeline\s+['\"]"
                + re.escape(stem)
                + r"['\"]\s?"
                + re.escape(close)
            )
            text = re.sub(pattern, target.replace("\\", "\\\\"), text)
    return text


def _jsonable(value: Any) -> Any:
    """YAML scalars JSON lacks (dates) as the text YAML wrote them."""
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _expand(settings: dict[str, Any]) -> dict[str, Any]:
    """Dotted setting names (`index.mapping.ignore_malformed: true`) as nested objects."""
    out: dict[str, Any] = {}
    for key, value in settings.items():
        node = out
        parts = str(key).split(".")
        for part in parts[:-1]:
            node = node.setdefault(part, {})
        node[parts[-1]] = _expand(value) if isinstance(value, dict) else value
    return out


def _merge(into: dict[str, Any], other: dict[str, Any]) -> None:
    for key, value in other.items():
        if isinstance(value, dict) and isinstance(into.get(key), dict):
            _merge(into[key], value)
        else:
            into[key] = value
