"""What the HTTP outputs (Elasticsearch, HEC, SDL) share: secrets, retry pacing, TLS, timestamps.

Outcome table used by every HTTP output (one place, so the outputs agree):

    2xx                       done (the output still reads per-item / per-body results)
    401, 403 / bad token      OutputConfigurationError: no retry; the poller parks the stream
    429 / "busy" / backoff    wait (Retry-After when given, else backoff), retry the same request
    5xx, connect/read errors  backoff, retry the same request, up to `max_retries`, then OutputError
    other 4xx                 the request itself is wrong: OutputError (or per-document failure)

`OutputConfigurationError` derives from the SentinelOne client's `ConfigurationError` on purpose:
the poller's retry loop re-raises configuration errors and parks the stream until the
configuration changes, instead of retrying a bad token forever. Secrets are read from a file
(never group/other readable) or an environment variable, never from the command line, and never
appear in messages.
"""

from __future__ import annotations

import os
import random
import stat
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

import httpx

from s1elastic.sentinelone.errors import ConfigurationError

Sleep = Callable[[float], None]


class OutputConfigurationError(ConfigurationError):
    """The destination refused our credentials or settings: retrying cannot help."""


class SecretError(ValueError):
    """A secret named in an output's configuration cannot be read."""


def read_secret(spec: Mapping[str, Any], name: str, *, env: Mapping[str, str] | None = None) -> str | None:
    """`<name>_file` (mode 0600 or stricter) or `<name>_env` (an environment variable name)."""
    env = os.environ if env is None else env
    file_key, env_key = f"{name}_file", f"{name}_env"
    if spec.get(file_key):
        path = Path(str(spec[file_key])).expanduser()
        try:
            if path.stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO):
                raise SecretError(f"{file_key}: {path} is readable by others; chmod 600 it")
            value = path.read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise SecretError(f"{file_key}: cannot read {path}: {exc.strerror or exc}") from None
        if not value:
            raise SecretError(f"{file_key}: {path} is empty")
        return value
    if spec.get(env_key):
        value = env.get(str(spec[env_key]), "").strip()
        if not value:
            raise SecretError(f"{env_key}: environment variable {spec[env_key]} is empty or unset")
        return value
    return None


@dataclass
class Backoff:
    """Exponential backoff with equal jitter; `sleep` is injected so tests take no wall time."""

    initial: float = 0.5
    maximum: float = 30.0
    max_retries: int = 5
    sleep: Sleep = time.sleep
    rng: random.Random | None = None

    def delay(self, attempt: int, retry_after: float | None = None) -> float:
        if retry_after is not None:
            return min(max(retry_after, 0.0), self.maximum * 10)
        base = min(self.maximum, self.initial * (2 ** min(attempt, 30)))
        rng = self.rng or random
        return base / 2 + rng.uniform(0, base / 2)

    def wait(self, attempt: int, retry_after: float | None = None) -> None:
        self.sleep(self.delay(attempt, retry_after))


def backoff_from(spec: Mapping[str, Any], sleep: Sleep | None = None) -> Backoff:
    """The `retry:` block of an output's configuration (seconds, as numbers)."""
    raw = spec.get("retry") or {}
    return Backoff(
        initial=float(raw.get("initial", 0.5)),
        maximum=float(raw.get("max", 30.0)),
        max_retries=int(raw.get("max_retries", 5)),
        sleep=sleep or time.sleep,
    )


def retry_after_seconds(value: str | None, *, now: datetime | None = None) -> float | None:
    """Retry-After as delta-seconds or an HTTP date; None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def httpx_verify(spec: Mapping[str, Any]) -> Any:
    """httpx's `verify`: a CA bundle file when given, else the `verify` flag (default on)."""
    import ssl

    if spec.get("ca_file"):
        return ssl.create_default_context(cafile=str(Path(str(spec["ca_file"])).expanduser()))
    return bool(spec.get("verify", True))


def timestamp_ns(value: Any) -> int | None:
    """An ECS `@timestamp` (ISO 8601 text, or epoch milliseconds) as integer nanoseconds."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return int(value) * 1_000_000
    if not isinstance(value, str) or not value:
        return None
    text = value.strip()
    fraction_ns = 0
    try:
        head, sep, rest = text.partition(".")
        if sep:
            digits = ""
            for ch in rest:
                if not ch.isdigit():
                    break
                digits += ch
            zone = rest[len(digits) :]
            fraction_ns = int((digits + "000000000")[:9]) if digits else 0
            text = head + zone
        if text.endswith(("Z", "z")):
            text = text[:-1] + "+00:00"
        when = datetime.fromisoformat(text)
    except ValueError:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    seconds = int(when.timestamp())
    return seconds * 1_000_000_000 + fraction_ns


def json_object(response: httpx.Response) -> dict[str, Any]:
    """The response body as a JSON object, or {} when it is not one (HTML error pages, empty bodies)."""
    try:
        value = response.json()
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}
