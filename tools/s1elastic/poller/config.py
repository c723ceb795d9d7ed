"""The poller's YAML configuration: validated by `config.schema.json`, then typed dataclasses.

Precedence for the token (never a command-line argument): `api_token_file` > the console's
`api_token_env` > `S1_API_TOKEN`. Relative paths are resolved against the config file's folder.
Every problem is reported as `path: message` (e.g. `consoles[0].url: ...`), all at once.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from s1elastic.poller.duration import parse_duration
from s1elastic.poller.spec import available_streams

DEFAULT_TOKEN_ENV = "S1_API_TOKEN"
# Output settings that name files: resolved against the config file's folder like `path`.
OUTPUT_PATH_KEYS = ("path", "dead_letter", "ca_file", "api_key_file", "password_file", "token_file")


class ConfigError(ValueError):
    """The configuration is invalid; `problems` holds one `path: message` line each."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class RetrySettings:
    initial: float = 1.0
    maximum: float = 300.0
    generic_window: float = 5400.0  # retry with backoff this long after the first failure...
    slow_interval: float = 3600.0  # ...then once per this interval


@dataclass(frozen=True)
class StreamSettings:
    """Per-console overrides of a stream's poll.yml."""

    name: str
    enabled: bool = True
    interval: float | None = None
    initial_lookback: float | None = None
    page_size: int | None = None
    params: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ConsoleConfig:
    name: str
    url: str
    api_token_file: Path | None = None
    api_token_env: str = DEFAULT_TOKEN_ENV
    verify: bool = True
    ca_file: Path | None = None
    timeout: float = 30.0
    rate_limits: str = "documented"
    namespace: str = "default"
    lag: float | None = None
    streams: tuple[StreamSettings, ...] | None = None  # None: every stream with a poll.yml

    @property
    def token_source(self) -> str:
        """Where the token comes from, for messages (never the token)."""
        if self.api_token_file is not None:
            return f"file {self.api_token_file}"
        return f"environment variable {self.api_token_env}"


@dataclass(frozen=True)
class PollerConfig:
    consoles: tuple[ConsoleConfig, ...]
    outputs: tuple[dict[str, Any], ...]
    state_dir: Path
    package_dir: Path
    transform: str = "local"
    workers: int = 0
    lag: float = 30.0
    retry: RetrySettings = RetrySettings()
    health_listen: str | None = None
    token_expiry_warning: float = 7 * 86400.0
    progress: str = "auto"
    ledger_retention: float = 30 * 86400.0
    source_path: Path | None = None

    def console(self, name: str) -> ConsoleConfig:
        for console in self.consoles:
            if console.name == name:
                return console
        raise KeyError(name)

    def enabled_streams(self, console: ConsoleConfig) -> list[StreamSettings]:
        """The console's streams to poll, in a stable order."""
        if console.streams is None:
            return [StreamSettings(name) for name in available_streams(self.package_dir)]
        return [s for s in console.streams if s.enabled]


def schema() -> dict[str, Any]:
    text = resources.files("s1elastic.poller").joinpath("config.schema.json").read_text(encoding="utf-8")
    return dict(json.loads(text))


def load_config(path: Path | str) -> PollerConfig:
    path = Path(path)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError([f"{path}: {exc.strerror or exc}"]) from None
    except yaml.YAMLError as exc:
        raise ConfigError([f"{path}: invalid YAML: {exc}"]) from None
    return config_from_dict(raw, base_dir=path.parent.resolve(), source_path=path)


def config_from_dict(
    raw: Any, *, base_dir: Path | None = None, source_path: Path | None = None
) -> PollerConfig:
    """Validate a parsed config (a dict as in YAML) and build the typed config."""
    problems = validate(raw)
    if problems:
        raise ConfigError(problems)
    base = base_dir or Path.cwd()
    problems = []

    def path_of(value: str) -> Path:
        p = Path(value).expanduser()
        return p if p.is_absolute() else (base / p)

    retry_raw = raw.get("retry") or {}
    retry = RetrySettings(
        initial=parse_duration(retry_raw.get("initial", "1s")),
        maximum=parse_duration(retry_raw.get("max", "5m")),
        generic_window=parse_duration(retry_raw.get("generic_window", "90m")),
        slow_interval=parse_duration(retry_raw.get("slow_interval", "60m")),
    )
    consoles = []
    names: set[str] = set()
    for i, item in enumerate(raw["consoles"]):
        if item["name"] in names:
            problems.append(f"consoles[{i}].name: duplicate console name {item['name']!r}")
        names.add(item["name"])
        streams = None
        if "streams" in item and item["streams"] is not None:
            streams = tuple(_stream(name, value) for name, value in item["streams"].items())
        consoles.append(
            ConsoleConfig(
                name=item["name"],
                url=item["url"].rstrip("/"),
                api_token_file=path_of(item["api_token_file"]) if "api_token_file" in item else None,
                api_token_env=item.get("api_token_env", DEFAULT_TOKEN_ENV),
                verify=item.get("verify", True),
                ca_file=path_of(item["ca_file"]) if "ca_file" in item else None,
                timeout=parse_duration(item.get("timeout", "30s")),
                rate_limits=item.get("rate_limits", "documented"),
                namespace=item.get("namespace", "default"),
                lag=parse_duration(item["lag"]) if "lag" in item else None,
                streams=streams,
            )
        )
    package_dir = path_of(raw["package_dir"]) if "package_dir" in raw else find_package_dir(base)
    if package_dir is None:
        problems.append("package_dir: no sentinel_one package (a folder with data_stream/*/poll.yml) found")
        package_dir = base
    elif not (package_dir / "data_stream").is_dir():
        problems.append(f"package_dir: {package_dir} has no data_stream/ folder")
    else:
        known = set(available_streams(package_dir))
        for i, console in enumerate(consoles):
            for s in console.streams or ():
                if s.name not in known:
                    problems.append(
                        f"consoles[{i}].streams.{s.name}: no data stream with a poll.yml "
                        f"(known: {', '.join(sorted(known)) or 'none'})"
                    )
    outputs = tuple(
        {k: str(path_of(v)) if k in OUTPUT_PATH_KEYS and isinstance(v, str) else v for k, v in o.items()}
        for o in raw.get("outputs") or [{"type": "ndjson", "path": "./out"}]
    )
    workers = raw.get("workers", 0)
    if workers == "auto":
        workers = max(1, (os.cpu_count() or 2) - 1)
    if problems:
        raise ConfigError(problems)
    health = raw.get("health") or {}
    return PollerConfig(
        consoles=tuple(consoles),
        outputs=outputs,
        state_dir=path_of(raw.get("state_dir", "./state")),
        package_dir=package_dir,
        transform=raw.get("transform", "local"),
        workers=int(workers),
        lag=parse_duration(raw.get("lag", "30s")),
        retry=retry,
        health_listen=health.get("listen"),
        token_expiry_warning=parse_duration(health.get("token_expiry_warning", "7d")),
        progress=raw.get("progress", "auto"),
        ledger_retention=parse_duration(raw.get("ledger_retention", "30d")),
        source_path=source_path,
    )


def _stream(name: str, value: Any) -> StreamSettings:
    if value is None or value is True:
        return StreamSettings(name)
    if value is False:
        return StreamSettings(name, enabled=False)
    return StreamSettings(
        name=name,
        enabled=value.get("enabled", True),
        interval=parse_duration(value["interval"]) if "interval" in value else None,
        initial_lookback=parse_duration(value["initial_lookback"]) if "initial_lookback" in value else None,
        page_size=value.get("page_size"),
        params={k: _text(v) for k, v in (value.get("params") or {}).items()},
    )


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def validate(raw: Any) -> list[str]:
    """Schema problems as `path: message` lines, in document order."""
    validator = jsonschema.Draft202012Validator(schema())
    problems = []
    for error in sorted(validator.iter_errors(raw), key=lambda e: [str(p) for p in e.absolute_path]):
        while error.validator in ("oneOf", "anyOf") and isinstance(error.instance, dict) and error.context:
            # {"page_size": 5000} matched no branch: report the object branch's own problem
            error = jsonschema.exceptions.best_match(
                [e for e in error.context if e.validator != "type"] or error.context
            )
        problems.append(f"{_path(error.absolute_path)}: {_message(error)}")
    return problems


def _path(parts: Any) -> str:
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "(top level)"


def _message(error: jsonschema.ValidationError) -> str:
    sch: dict[str, Any] = error.schema if isinstance(error.schema, dict) else {}
    if error.validator == "not" and sch.get("not", {}).get("required") == [
        "api_token_file",
        "api_token_env",
    ]:
        return "give api_token_file or api_token_env, not both"
    if error.validator == "pattern" and str(sch.get("pattern", "")).startswith("^https?://"):
        return f"{error.instance!r} is not a console URL (expected https://<console-host>)"
    if error.validator == "oneOf" and isinstance(error.instance, str | int | float):
        return f"{error.instance!r} is not a valid duration (use e.g. 30s, 5m, 24h)"
    if error.validator == "additionalProperties":
        return error.message.replace("Additional properties are not allowed", "unknown key(s)")
    return error.message


def find_package_dir(*starts: Path) -> Path | None:
    """The nearest folder at or above `starts` (then cwd, then this checkout) with data_stream/*/poll.yml."""
    candidates = [*starts, Path.cwd(), Path(__file__).resolve().parents[3]]
    for start in candidates:
        for folder in (start, *start.parents):
            if available_streams(folder):
                return folder
    return None


def read_token(console: ConsoleConfig, env: Mapping[str, str] | None = None) -> str:
    """The console's API token from its file (must not be readable by group/others) or environment."""
    env = os.environ if env is None else env
    if console.api_token_file is not None:
        path = console.api_token_file
        try:
            mode = path.stat().st_mode
            if mode & (stat.S_IRWXG | stat.S_IRWXO):
                raise ConfigError(
                    [f"consoles.{console.name}.api_token_file: {path} is readable by others; chmod 600 it"]
                )
            token = path.read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise ConfigError(
                [f"consoles.{console.name}.api_token_file: cannot read {path}: {exc.strerror or exc}"]
            ) from None
    else:
        token = env.get(console.api_token_env, "").strip()
    if not token:
        raise ConfigError([f"consoles.{console.name}: no API token in {console.token_source}"])
    return token
