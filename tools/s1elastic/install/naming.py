"""Fleet's names for a data stream's Elasticsearch assets (Kibana `common/services` and
`epm/elasticsearch/template/template.ts`, `ingest_pipeline/helpers.ts`).

    index template       <type>-<dataset>            (a leading "." for hidden data streams)
    index pattern        <type>-<dataset>-*          (<type>-<dataset>.*-* with dataset_is_prefix)
    priority             200                         (150 with dataset_is_prefix)
    component templates  <template>@package (installed), <type>@custom, <package>@custom,
                         <template>@custom (referenced, left for users to create)
    ingest pipelines     <type>-<dataset>-<version> for the data stream's entry pipeline,
                         <type>-<dataset>-<version>-<file stem> for the others
    custom pipelines     global@custom, <type>@custom, <type>-<package>.integration@custom,
                         <type>-<dataset>@custom (called at the end of the entry pipeline)
"""

from __future__ import annotations

PACKAGE_SUFFIX = "@package"
CUSTOM_SUFFIX = "@custom"
DEFAULT_PRIORITY = 200
DATASET_IS_PREFIX_PRIORITY = 150
FLEET_GLOBALS = ".fleet_globals-1"
STACK_COMPONENTS = {"logs": ("logs@mappings", "logs@settings"), "metrics": ("metrics@settings",)}
ECS_MAPPINGS = "ecs@mappings"


def template_name(kind: str, dataset: str, *, hidden: bool = False) -> str:
    base = f"{kind}-{dataset.lower()}"
    return f".{base}" if hidden else base


def index_pattern(kind: str, dataset: str, *, hidden: bool = False, dataset_is_prefix: bool = False) -> str:
    base = template_name(kind, dataset, hidden=hidden)
    return f"{base}.*-*" if dataset_is_prefix else f"{base}-*"


def priority(*, dataset_is_prefix: bool = False) -> int:
    return DATASET_IS_PREFIX_PRIORITY if dataset_is_prefix else DEFAULT_PRIORITY


def pipeline_name(kind: str, dataset: str, version: str, stem: str | None = None) -> str:
    """The versioned id; `stem` for a pipeline other than the data stream's entry pipeline."""
    base = f"{kind}-{dataset.lower()}-{version}"
    return f"{base}-{stem}" if stem else base


def custom_pipelines(kind: str, dataset: str, package: str) -> list[tuple[str, str]]:
    """(name, description) of the `@custom` pipelines Fleet calls at the end of the entry pipeline."""
    return [
        ("global@custom", "[Fleet] Global pipeline for all data streams"),
        (f"{kind}@custom", f"[Fleet] Pipeline for all data streams of type `{kind}`"),
        (
            f"{kind}-{package}.integration@custom",
            f"[Fleet] Pipeline for all data streams of type `{kind}` defined by the `{package}` integration",
        ),
        (f"{kind}-{dataset.lower()}@custom", f"[Fleet] Pipeline for the `{dataset}` dataset"),
    ]


def fleet_meta(package: str | None = None) -> dict[str, object]:
    """The `_meta` Fleet puts on every asset it installs."""
    meta: dict[str, object] = {"managed_by": "fleet", "managed": True}
    if package:
        meta["package"] = {"name": package}
    return meta
