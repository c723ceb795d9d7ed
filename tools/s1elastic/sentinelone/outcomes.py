"""One table from HTTP outcome to action, and the function that turns a response into it.

| outcome                                    | action          | raised                 |
|--------------------------------------------|-----------------|------------------------|
| 2xx                                        | use the body    | (InvalidResponse if the body is not the envelope) |
| 429                                        | wait            | RateLimited(Retry-After, 5 s if absent) |
| 401                                        | stop, fix token | ConfigurationError     |
| 403 "does not have ... enabled" / 4030010  | disable stream  | FeatureNotEnabled      |
| 403                                        | stop, fix role  | ConfigurationError     |
| 404, 405, 410                              | stop, fix URL   | ConfigurationError     |
| 400 on a request that carried `cursor=`    | restart walk    | CursorExpired          |
| 400, 413, 422, other 4xx                   | stop, fix query | ConfigurationError     |
| 408, 425                                   | back off        | ServerError            |
| 5xx                                        | back off        | ServerError            |
| no answer (network, TLS, timeout)          | back off        | NetworkError (client.py) |

Assumption: the console's 4030010 code is used for "scope lacks a feature" (elastic/integrations#11015);
any other 403 is a role problem. Both stop retries; only the message differs.
"""

from __future__ import annotations

import email.utils
import enum
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from s1elastic.sentinelone.errors import (
    ConfigurationError,
    CursorExpired,
    FeatureNotEnabled,
    RateLimited,
    ServerError,
)

DEFAULT_RETRY_AFTER = 5.0
FEATURE_CODE = 4030010


class Action(enum.Enum):
    OK = "ok"
    WAIT = "wait"
    BACKOFF = "backoff"
    STOP = "stop"
    DISABLE = "disable"
    RESTART_WALK = "restart_walk"


@dataclass(frozen=True, slots=True)
class Outcome:
    action: Action
    reason: str


def classify(status: int, body: Any, *, had_cursor: bool) -> Outcome:
    """Map an HTTP status (and the console's error body) to what the caller should do."""
    if 200 <= status < 300:
        return Outcome(Action.OK, "ok")
    if status == 429:
        return Outcome(Action.WAIT, "rate limited by the console")
    if status == 401:
        return Outcome(Action.STOP, "authentication failed: the API token is invalid, expired or revoked")
    if status == 403:
        if _feature_missing(body):
            return Outcome(Action.DISABLE, "the scope does not have this feature enabled")
        return Outcome(Action.STOP, "insufficient permissions: the token's role cannot read this endpoint")
    if status in (404, 405, 410):
        return Outcome(Action.STOP, "endpoint not found: check the console URL")
    if status == 400 and had_cursor:
        return Outcome(Action.RESTART_WALK, "the console refused the page cursor")
    if status in (408, 425) or status >= 500:
        return Outcome(Action.BACKOFF, "console error")
    return Outcome(Action.STOP, "request refused: check the stream's parameters")


def _feature_missing(body: Any) -> bool:
    for err in _errors(body):
        if err.get("code") == FEATURE_CODE:
            return True
        detail = str(err.get("detail") or "").lower()
        if "not have" in detail and "enabled" in detail:
            return True
    return False


def _errors(body: Any) -> list[dict[str, Any]]:
    if isinstance(body, Mapping):
        errs = body.get("errors")
        if isinstance(errs, list):
            return [e for e in errs if isinstance(e, dict)]
    return []


def error_text(body: Any) -> str:
    """The console's `errors[]` as one short line: `title: detail (code)`."""
    parts = []
    for err in _errors(body)[:3]:
        title = err.get("title") or ""
        detail = err.get("detail") or ""
        code = err.get("code")
        text = ": ".join(str(p) for p in (title, detail) if p)
        parts.append(f"{text} ({code})" if code is not None else text)
    return "; ".join(p for p in parts if p)


def error_code(body: Any) -> int | None:
    for err in _errors(body):
        code = err.get("code")
        if isinstance(code, int):
            return code
    return None


def parse_retry_after(value: str | None, *, now: float | None = None) -> float:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP-date); 5 s when absent or bad."""
    if not value:
        return DEFAULT_RETRY_AFTER
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return DEFAULT_RETRY_AFTER
    current = time.time() if now is None else now
    return max(0.0, when.timestamp() - current)


def raise_for_outcome(
    status: int, body: Any, headers: Mapping[str, str], *, what: str, had_cursor: bool
) -> None:
    """Raise the exception the table names for a non-2xx answer; `what` is `GET /path` (no secrets)."""
    outcome = classify(status, body, had_cursor=had_cursor)
    if outcome.action is Action.OK:
        return
    detail = error_text(body)
    message = f"{what}: HTTP {status}: {outcome.reason}" + (f" [{detail}]" if detail else "")
    code = error_code(body)
    if outcome.action is Action.WAIT:
        raise RateLimited(message, retry_after=parse_retry_after(headers.get("retry-after")))
    if outcome.action is Action.BACKOFF:
        raise ServerError(message, status=status, code=code)
    if outcome.action is Action.DISABLE:
        raise FeatureNotEnabled(message, status=status, code=code)
    if outcome.action is Action.RESTART_WALK:
        raise CursorExpired(message, status=status, code=code)
    raise ConfigurationError(message, status=status, code=code)
