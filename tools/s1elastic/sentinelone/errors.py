"""Errors from the Management API, grouped by what the caller should do about them.

    ApiError                       anything the client reports
    ├── ConfigurationError         fix the config or token; retrying is pointless (401, 403, 404, bad URL)
    │   └── FeatureNotEnabled      403 for a feature the scope lacks (STAR alerts): disable that stream
    └── RetryableError             try again later
        ├── RateLimited            429: wait `retry_after` seconds
        ├── ServerError            5xx
        ├── NetworkError           connect/read failures, timeouts
        └── InvalidResponse        a 2xx body that is not the documented envelope
    CursorExpired                  400 on a request that carried a page cursor: restart the page walk

Messages never contain the API token: the client only puts the method, path, status and the
console's `errors[]` text into them.
"""

from __future__ import annotations


class ApiError(Exception):
    """Base of everything the SentinelOne client raises."""

    def __init__(self, message: str, *, status: int | None = None, code: int | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code


class ConfigurationError(ApiError):
    """The request cannot succeed until the configuration or the token changes."""


class FeatureNotEnabled(ConfigurationError):
    """The scope lacks a licensed feature (e.g. STAR/Custom Rules for cloud-detection alerts)."""


class RetryableError(ApiError):
    """A third-party failure that may go away: back off and try again."""


class RateLimited(RetryableError):
    """429 Too Many Requests; `retry_after` is the server's hint in seconds (or a fallback)."""

    def __init__(self, message: str, *, retry_after: float, status: int | None = 429) -> None:
        super().__init__(message, status=status)
        self.retry_after = retry_after


class ServerError(RetryableError):
    """5xx from the console."""


class NetworkError(RetryableError):
    """The request did not get an HTTP answer (DNS, connect, TLS handshake, read timeout)."""


class InvalidResponse(RetryableError):
    """A 2xx answer whose body is not JSON or not the `{data, pagination}` envelope."""


class CursorExpired(ApiError):
    """The console refused a page cursor (400 on a request with `cursor=`): restart without it."""
