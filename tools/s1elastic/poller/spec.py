"""A data stream's poll spec, read from the package's `data_stream/<stream>/poll.yml`.

The package is the single source of truth for what to poll (interfaces.md): endpoint, mode,
cursor and sort fields, page size, extra parameters, default interval and look-back, id field.
Two optional keys this module adds, for APIs whose objects nest the timestamp:
`cursor_path` (dotted path of the cursor value inside an object; default: `cursor_field` at the top
level, else the first nested object holding it, e.g. `threatInfo.createdAt`) and dotted `id_field`s
(`alertInfo.alertId`).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from s1elastic.poller.duration import parse_duration

MODES = ("incremental", "snapshot")


class SpecError(ValueError):
    """poll.yml is missing or malformed; the message starts with the file and key."""


@dataclass(frozen=True)
class FanOut:
    """Page through `endpoint` first; for each of its rows walk the stream's endpoint with
    `params` (child query parameter -> dotted field of the parent row)."""

    endpoint: str
    params: dict[str, str]


@dataclass(frozen=True)
class PollSpec:
    stream: str
    endpoint: str
    mode: str
    cursor_field: str | None
    sort_by: str | None
    page_size: int
    params: dict[str, str] = field(default_factory=dict)
    interval: float = 60.0
    initial_lookback: float = 86400.0
    id_field: str = "id"
    cursor_path: str | None = None
    pipeline_path: Path | None = None
    fan_out: FanOut | None = None

    @property
    def incremental(self) -> bool:
        return self.mode == "incremental"


def stream_dir(package_dir: Path, stream: str) -> Path:
    return package_dir / "data_stream" / stream


def available_streams(package_dir: Path) -> list[str]:
    """Every data stream of the package that has a poll.yml, sorted."""
    root = package_dir / "data_stream"
    if not root.is_dir():
        return []
    return sorted(p.parent.name for p in root.glob("*/poll.yml"))


def load_spec(package_dir: Path, stream: str) -> PollSpec:
    path = stream_dir(package_dir, stream) / "poll.yml"
    if not path.is_file():
        raise SpecError(f"{path}: no poll spec for data stream {stream!r}")
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise SpecError(f"{path}: {exc}") from None
    return parse_spec(stream, raw, source=str(path), pipeline_root=stream_dir(package_dir, stream))


def parse_spec(
    stream: str, raw: Any, *, source: str = "poll.yml", pipeline_root: Path | None = None
) -> PollSpec:
    if not isinstance(raw, dict):
        raise SpecError(f"{source}: expected a mapping")

    def req_str(key: str) -> str:
        value = raw.get(key)
        if not isinstance(value, str) or not value:
            raise SpecError(f"{source}: {key}: required string")
        return value

    def opt_str(key: str) -> str | None:
        value = raw.get(key)
        if value is not None and not isinstance(value, str):
            raise SpecError(f"{source}: {key}: expected a string")
        return value

    def duration(key: str, default: float) -> float:
        if key not in raw:
            return default
        try:
            return parse_duration(raw[key])
        except ValueError as exc:
            raise SpecError(f"{source}: {key}: {exc}") from None

    endpoint = req_str("endpoint")
    if not endpoint.startswith("/"):
        raise SpecError(f"{source}: endpoint: must start with /")
    mode = raw.get("mode", "incremental")
    if mode not in MODES:
        raise SpecError(f"{source}: mode: must be one of {', '.join(MODES)}")
    cursor_field = opt_str("cursor_field")
    if mode == "incremental" and not cursor_field:
        raise SpecError(f"{source}: cursor_field: required for incremental streams")
    page_size = raw.get("page_size", 1000)
    if not isinstance(page_size, int) or isinstance(page_size, bool) or not 1 <= page_size <= 1000:
        raise SpecError(f"{source}: page_size: must be an integer from 1 to 1000")
    params = raw.get("params") or {}
    if not isinstance(params, dict):
        raise SpecError(f"{source}: params: expected a mapping")
    fan_out = None
    if raw.get("fan_out") is not None:
        fan = raw["fan_out"]
        if not isinstance(fan, dict) or not isinstance(fan.get("endpoint"), str):
            raise SpecError(f"{source}: fan_out.endpoint: required string")
        fan_params = fan.get("params") or {}
        if not isinstance(fan_params, dict) or not fan_params:
            raise SpecError(f"{source}: fan_out.params: a mapping of child parameter to parent field")
        if mode != "snapshot":
            raise SpecError(f"{source}: fan_out: only snapshot streams can fan out")
        fan_out = FanOut(fan["endpoint"], {str(k): str(v) for k, v in fan_params.items()})
    pipeline = None
    if pipeline_root is not None:
        candidate = pipeline_root / "elasticsearch" / "ingest_pipeline" / "default.yml"
        pipeline = candidate if candidate.is_file() else None
    return PollSpec(
        stream=stream,
        endpoint=endpoint,
        mode=mode,
        cursor_field=cursor_field,
        sort_by=opt_str("sort_by") or cursor_field,
        page_size=page_size,
        params={str(k): _param_text(v) for k, v in params.items()},
        interval=duration("interval", 60.0),
        initial_lookback=duration("initial_lookback", 86400.0),
        id_field=opt_str("id_field") or "id",
        cursor_path=opt_str("cursor_path"),
        pipeline_path=pipeline,
        fan_out=fan_out,
    )


def _param_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ",".join(str(v) for v in value)
    return str(value)


@functools.lru_cache(maxsize=256)
def _parts(path: str) -> tuple[str, ...]:
    return tuple(path.split("."))


def dig(obj: Any, path: str) -> Any:
    """The value at a dotted path in a nested dict, or None."""
    for part in _parts(path):
        if not isinstance(obj, dict):
            return None
        obj = obj.get(part)
    return obj


def resolve_cursor_path(spec: PollSpec, sample: dict[str, Any]) -> str | None:
    """Where an object keeps its cursor value: the spec's cursor_path, the top level, or one level down."""
    if spec.cursor_path:
        return spec.cursor_path
    field_name = spec.cursor_field
    if field_name is None:
        return None
    if field_name in sample:
        return field_name
    for key, value in sample.items():
        if isinstance(value, dict) and field_name in value:
            return f"{key}.{field_name}"
    return field_name
