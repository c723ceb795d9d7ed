"""Install the package's assets the way Fleet does, idempotently and across versions.

Order (Fleet's `_installPackage`): the new versioned ingest pipelines first (the old ones keep
serving), then `.fleet_globals-1` if missing, the `@package` component templates and the index
templates (which now name the new pipeline), then the existing data streams of each changed
stream (their write index gets the new mappings with `write_index_only`, rolled over lazily when
Elasticsearch refuses the change, and every backing index gets the new `index.default_pipeline`),
and last the previous versions' pipelines are deleted, when nothing points at them any more.

Idempotent: each asset is read first and written only when it differs (pipelines compare
exactly; templates compare with settings normalised the way Elasticsearch returns them), so a
second run makes no writes. Old pipelines are recognised by id (`<type>-<dataset>-<other version>`
and its sub-pipelines) and by Fleet's `_meta` naming this package; pipelines a user made are left.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from s1elastic.install.assets import PackageAssets, StreamAssets
from s1elastic.install.cluster import Cluster, InstallError


@dataclass
class InstallReport:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    data_streams: list[str] = field(default_factory=list)
    rolled_over: list[str] = field(default_factory=list)

    @property
    def writes(self) -> int:
        return len(self.created) + len(self.updated) + len(self.deleted) + len(self.data_streams)


def install(
    cluster: Cluster, assets: PackageAssets, *, log: Callable[[str], None] | None = None
) -> InstallReport:
    say = log or (lambda _m: None)
    report = InstallReport()
    changed: set[str] = set()
    existing_pipelines = _existing_pipelines(cluster, assets)
    for stream in assets.streams:
        for pipeline_id, body in stream.pipelines.items():
            if _put_if_changed(
                cluster,
                f"/_ingest/pipeline/{_q(pipeline_id)}",
                body,
                existing_pipelines.get(pipeline_id),
                report,
            ):
                changed.add(stream.stream)
    for name, body in assets.fleet_component_templates.items():
        status, _ = cluster.request("GET", f"/_component_template/{_q(name)}")
        if status == 404:
            _write(cluster, "PUT", f"/_component_template/{_q(name)}", body)
            report.created.append(f"component template {name}")
    for stream in assets.streams:
        for name, body in stream.component_templates.items():
            current = _get_template(
                cluster, "_component_template", "component_templates", "component_template", name
            )
            if _put_if_changed(
                cluster, f"/_component_template/{_q(name)}", body, current, report, template=True
            ):
                changed.add(stream.stream)
        current = _get_template(
            cluster, "_index_template", "index_templates", "index_template", stream.template_name
        )
        if _put_if_changed(
            cluster,
            f"/_index_template/{_q(stream.template_name)}",
            stream.index_template,
            current,
            report,
            template=True,
        ):
            changed.add(stream.stream)
    for stream in assets.streams:
        if stream.stream in changed:
            _update_data_streams(cluster, stream, report, say)
    current_ids = {pid for s in assets.streams for pid in s.pipelines}
    for pipeline_id, body in sorted(existing_pipelines.items()):
        if pipeline_id not in current_ids and _is_previous_version(pipeline_id, body, assets):
            _write(cluster, "DELETE", f"/_ingest/pipeline/{_q(pipeline_id)}")
            report.deleted.append(f"ingest pipeline {pipeline_id}")
    for line in _summary(report):
        say(line)
    return report


def _q(name: str) -> str:
    return quote(name, safe="@,*")


def _write(cluster: Cluster, method: str, path: str, body: Any = None) -> Any:
    status, answer = cluster.request(method, path, body)
    if not 200 <= status < 300:
        raise InstallError(f"{method} {path} failed with {status}: {_reason(answer)}")
    return answer


def _reason(answer: Any) -> str:
    if isinstance(answer, dict) and isinstance(answer.get("error"), dict):
        error = answer["error"]
        return f"{error.get('type')}: {error.get('reason')}"
    return str(answer)[:500]


def _existing_pipelines(cluster: Cluster, assets: PackageAssets) -> dict[str, dict[str, Any]]:
    patterns = ",".join(f"{s.kind}-{s.dataset}-*" for s in assets.streams)
    if not patterns:
        return {}
    status, answer = cluster.request("GET", f"/_ingest/pipeline/{_q(patterns)}")
    if status == 404:
        return {}
    if status != 200 or not isinstance(answer, dict):
        raise InstallError(f"GET /_ingest/pipeline failed with {status}: {_reason(answer)}")
    return {k: v for k, v in answer.items() if isinstance(v, dict)}


def _get_template(
    cluster: Cluster, endpoint: str, plural: str, singular: str, name: str
) -> dict[str, Any] | None:
    status, answer = cluster.request("GET", f"/{endpoint}/{_q(name)}")
    if status == 404:
        return None
    if status != 200 or not isinstance(answer, dict):
        raise InstallError(f"GET /{endpoint}/{name} failed with {status}: {_reason(answer)}")
    for item in answer.get(plural) or []:
        if item.get("name") == name:
            return dict(item.get(singular) or {})
    return None


def _put_if_changed(
    cluster: Cluster,
    path: str,
    body: dict[str, Any],
    current: dict[str, Any] | None,
    report: InstallReport,
    *,
    template: bool = False,
) -> bool:
    label = _label(path)
    if current is not None and (_same_template(body, current) if template else body == current):
        report.unchanged.append(label)
        return False
    _write(cluster, "PUT", path, body)
    (report.created if current is None else report.updated).append(label)
    return True


def _label(path: str) -> str:
    kind = {
        "_ingest": "ingest pipeline",
        "_component_template": "component template",
        "_index_template": "index template",
    }
    head, _, name = path.rpartition("/")
    return f"{kind.get(path.split('/')[1], head)} {name}"


def _same_template(wanted: dict[str, Any], current: dict[str, Any]) -> bool:
    """Equal once settings are compared the way Elasticsearch returns them (nested, strings)."""

    def norm(t: dict[str, Any]) -> dict[str, Any]:
        t = dict(t)
        inner = dict(t.get("template") or {})
        if "settings" in inner:
            inner["settings"] = _stringify(_nest(inner["settings"]))
            if inner["settings"] in ({}, {"index": {}}):
                del inner["settings"]
        t["template"] = inner
        if t.get("data_stream") is not None:
            t["data_stream"] = {k: v for k, v in t["data_stream"].items() if k in ("hidden",) and v}
        return t

    return norm(wanted) == norm(current)


def _nest(settings: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in settings.items():
        node = out
        parts = str(key).split(".")
        for part in parts[:-1]:
            node = node.setdefault(part, {})
        if isinstance(value, dict):
            node.setdefault(parts[-1], {}).update(_nest(value))
        else:
            node[parts[-1]] = value
    if "index" in out and isinstance(out["index"], dict) and not out["index"]:
        out.pop("index")
    return out


def _stringify(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _stringify(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_stringify(v) for v in value]
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _update_data_streams(
    cluster: Cluster, stream: StreamAssets, report: InstallReport, say: Callable[[str], None]
) -> None:
    """Point existing data streams at the new pipeline and mappings (Fleet's updateCurrentWriteIndices)."""
    status, answer = cluster.request("GET", f"/_data_stream/{_q(stream.index_pattern)}")
    if status == 404 or not isinstance(answer, dict):
        return
    if status != 200:
        raise InstallError(
            f"GET /_data_stream/{stream.index_pattern} failed with {status}: {_reason(answer)}"
        )
    package = next(iter(stream.component_templates.values()))["template"]
    properties = {
        k: v
        for k, v in package["mappings"].get("properties", {}).items()
        if k not in ("data_stream", "stream")
    }
    for item in answer.get("data_streams") or []:
        name = str(item.get("name"))
        if item.get("replicated"):
            say(f"{name}: a replicated (CCR) data stream; not updated")
            continue
        status, answer_m = cluster.request(
            "PUT", f"/{_q(name)}/_mapping?write_index_only=true", {"properties": properties}
        )
        if status == 400:
            _write(cluster, "POST", f"/{_q(name)}/_rollover?lazy=true")
            report.rolled_over.append(name)
            say(f"{name}: the new mappings do not fit the write index; it rolls over at the next write")
        elif not 200 <= status < 300:
            raise InstallError(f"PUT /{name}/_mapping failed with {status}: {_reason(answer_m)}")
        lifecycle = package.get("lifecycle") or {}
        if lifecycle.get("data_retention"):
            _write(
                cluster,
                "PUT",
                f"/_data_stream/{_q(name)}/_lifecycle",
                {"data_retention": lifecycle["data_retention"]},
            )
        _write(
            cluster, "PUT", f"/{_q(name)}/_settings", {"index": {"default_pipeline": stream.entry_pipeline}}
        )
        report.data_streams.append(name)


def _is_previous_version(pipeline_id: str, body: dict[str, Any], assets: PackageAssets) -> bool:
    meta = body.get("_meta") if isinstance(body, dict) else None
    if not isinstance(meta, dict) or meta.get("managed_by") != "fleet":
        return False
    package = meta.get("package")
    if not isinstance(package, dict) or package.get("name") != assets.name:
        return False
    for stream in assets.streams:
        base = f"{stream.kind}-{stream.dataset}-"
        if pipeline_id.startswith(base) and pipeline_id[len(base) : len(base) + 1].isdigit():
            return True
    return False


def _summary(report: InstallReport) -> list[str]:
    lines = [f"created {x}" for x in report.created]
    lines += [f"updated {x}" for x in report.updated]
    lines += [f"data stream {x}: default pipeline and mappings updated" for x in report.data_streams]
    lines += [f"deleted {x}" for x in report.deleted]
    lines.append(
        f"{len(report.created)} created, {len(report.updated)} updated, {len(report.unchanged)} unchanged, "
        f"{len(report.deleted)} old pipelines deleted"
    )
    return lines
