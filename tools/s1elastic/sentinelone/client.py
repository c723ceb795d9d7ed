"""A small SentinelOne Management API client on httpx: one request, one typed answer or one error.

The client does not retry: it waits for its rate limiter, sends the request, and maps the outcome
through `outcomes.raise_for_outcome`. Retrying is the caller's policy (poller/retry.py), because
only the caller knows whether it may wait (live polling) or must give up (a one-shot run).
The token goes into the Authorization header only; it is never logged or put into a message.
"""

from __future__ import annotations

import json
import logging
import re
import ssl
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import httpx
import orjson

from s1elastic.sentinelone.errors import ConfigurationError, InvalidResponse, NetworkError
from s1elastic.sentinelone.outcomes import raise_for_outcome
from s1elastic.sentinelone.ratelimit import RateLimiter
from s1elastic.sentinelone.timefmt import parse_timestamp

log = logging.getLogger(__name__)

TOKEN_DETAILS_PATH = "/web/api/v2.1/users/api-token-details"
USER_AGENT = "s1elastic-poller/0.1"

Params = Mapping[str, str | int | bool]


@dataclass(frozen=True, slots=True)
class Page:
    """One page of a list endpoint: the objects, the opaque next cursor (None at the end), totalItems."""

    items: list[dict[str, Any]]
    next_cursor: str | None
    total: int | None


@dataclass(frozen=True, slots=True)
class TokenDetails:
    expires_at: datetime | None
    created_at: datetime | None


_LONG_DIGITS = re.compile(rb"\d{20}")


def loads(data: bytes) -> Any:
    """orjson for speed; the stdlib when a run of 20+ digits may be an integer wider than 64 bits,
    which orjson would turn into a float (losing digits the message text must keep)."""
    if _LONG_DIGITS.search(data):
        return json.loads(data)
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError:
        return json.loads(data)


def tls_verify(verify: bool, ca_file: str | None) -> ssl.SSLContext | bool:
    """httpx `verify`: a context trusting `ca_file` when given, else on/off."""
    if ca_file:
        return ssl.create_default_context(cafile=ca_file)
    return verify


class SentinelOneClient:
    """Talks to one console with one token. Thread-safe (httpx.Client is; the limiter locks)."""

    def __init__(
        self,
        url: str,
        token: str,
        *,
        verify: ssl.SSLContext | bool = True,
        timeout: float = 30.0,
        transport: httpx.BaseTransport | None = None,
        limiter: RateLimiter | None = None,
        sleeper: Callable[[float], object] = time.sleep,
    ) -> None:
        try:
            base = httpx.URL(url)
        except (httpx.InvalidURL, TypeError) as exc:
            raise ConfigurationError(f"invalid console URL: {exc}") from None
        if base.scheme not in ("http", "https") or not base.host:
            raise ConfigurationError(f"invalid console URL {url!r}: expected https://<console-host>")
        self._limiter = limiter
        self._sleep = sleeper
        self._http = httpx.Client(
            base_url=url.rstrip("/"),
            headers={
                "Authorization": f"ApiToken {token}",
                "Accept": "application/json",
                "User-Agent": USER_AGENT,
            },
            verify=verify,
            timeout=timeout,
            transport=transport,
            follow_redirects=False,
        )
        self._token = token

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> SentinelOneClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- endpoints -----------------------------------------------------------------------------

    def list_page(self, path: str, params: Params) -> Page:
        """GET one page of a list endpoint."""
        body = self._request("GET", path, params=params)
        data = body.get("data")
        if not isinstance(data, list):
            raise InvalidResponse(f"GET {path}: the answer has no `data` list")
        pagination = body.get("pagination") or {}
        cursor = pagination.get("nextCursor") if isinstance(pagination, dict) else None
        if cursor in ("", "null"):
            cursor = None
        total = pagination.get("totalItems") if isinstance(pagination, dict) else None
        items = [item for item in data if isinstance(item, dict)]
        if len(items) != len(data):
            raise InvalidResponse(f"GET {path}: `data` holds values that are not objects")
        return Page(items, None if cursor is None else str(cursor), total if isinstance(total, int) else None)

    def count(self, path: str, params: Params) -> int:
        """`countOnly=true` on the same filters: the console's `pagination.totalItems`."""
        body = self._request("GET", path, params={**params, "countOnly": "true"})
        pagination = body.get("pagination")
        total = pagination.get("totalItems") if isinstance(pagination, dict) else None
        if not isinstance(total, int):
            raise InvalidResponse(f"GET {path}: countOnly answer has no pagination.totalItems")
        return total

    def token_details(self) -> TokenDetails:
        """POST users/api-token-details: when the token was created and when it expires."""
        body = self._request("POST", TOKEN_DETAILS_PATH, json_body={"data": {"apiToken": self._token}})
        data = body.get("data")
        if not isinstance(data, dict):
            raise InvalidResponse(f"POST {TOKEN_DETAILS_PATH}: the answer has no `data` object")
        return TokenDetails(_opt_time(data.get("expiresAt")), _opt_time(data.get("createdAt")))

    # -- transport -----------------------------------------------------------------------------

    def _request(
        self, method: str, path: str, *, params: Params | None = None, json_body: Any = None
    ) -> dict[str, Any]:
        what = f"{method} {path}"
        if self._limiter is not None:
            wait = self._limiter.wait_time(path)
            if wait > 0:
                self._sleep(wait)
        query = {k: _param(v) for k, v in (params or {}).items()}
        try:
            response = self._http.request(method, path, params=query, json=json_body)
        except httpx.ConnectError as exc:
            if _is_cert_failure(exc):
                raise ConfigurationError(
                    f"{what}: TLS certificate verification failed (set `ca_file` for a private CA)"
                ) from None
            raise NetworkError(f"{what}: cannot connect: {_safe(exc)}") from None
        except (httpx.UnsupportedProtocol, httpx.InvalidURL) as exc:
            raise ConfigurationError(f"{what}: invalid console URL: {_safe(exc)}") from None
        except httpx.TransportError as exc:
            raise NetworkError(f"{what}: {type(exc).__name__}: {_safe(exc)}") from None
        body: Any = None
        if response.content:
            try:
                body = loads(response.content)
            except ValueError:
                body = None
        raise_for_outcome(
            response.status_code,
            body,
            response.headers,
            what=what,
            had_cursor="cursor" in query,
        )
        if not isinstance(body, dict):
            raise InvalidResponse(
                f"{what}: HTTP {response.status_code} with a body that is not a JSON object"
            )
        return body


def _param(value: str | int | bool) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _opt_time(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return parse_timestamp(value)
    except ValueError:
        return None


def _is_cert_failure(exc: BaseException) -> bool:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLCertVerificationError) or "CERTIFICATE_VERIFY_FAILED" in str(seen):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _safe(exc: BaseException) -> str:
    return str(exc) or type(exc).__name__
