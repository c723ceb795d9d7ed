"""Client-side token buckets per endpoint, at the rates of SentinelOne's published table.

Rates are requests per second with a burst size, transcribed in the GO-SDK's `ratelimit.go`
(specs/sentinelone-api.md §5). Limits are per token, so each console client has its own set.
Endpoints the table does not name (groups, cloud-detection alerts) get the conservative default.
The clock is injected so tests run in no wall time.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass

API_PREFIX = "/web/api/v2.1"


@dataclass(frozen=True, slots=True)
class Limit:
    rate: float  # tokens per second
    burst: float  # bucket capacity


# Longest matching prefix wins; paths are below API_PREFIX.
DOCUMENTED_LIMITS: Mapping[str, Limit] = {
    "/activities": Limit(10, 30),
    "/agents": Limit(25, 25),
    "/threats": Limit(10, 50),
    "/threats/": Limit(100, 1000),
    "/accounts": Limit(100, 10),
    "/sites": Limit(100, 10),
    "/application-management/inventory": Limit(3, 3),
    "/application-management/scan": Limit(1 / (8 * 3600), 1),
    "/cloud-detection/rules": Limit(0.5, 1),
    "/users": Limit(40, 80),
    "/users/login": Limit(1, 1),
    "/export": Limit(1, 30),
    "/exclusions": Limit(25, 25),
    "/system/status": Limit(2, 2),
}
DEFAULT_LIMIT = Limit(10, 10)


class TokenBucket:
    """A classic token bucket; `reserve()` takes a token now and says how long to wait for it."""

    def __init__(self, limit: Limit, clock: Callable[[], float]) -> None:
        self._rate = limit.rate
        self._burst = max(1.0, limit.burst)
        self._clock = clock
        self._tokens = self._burst
        self._stamp = clock()
        self._lock = threading.Lock()

    def reserve(self) -> float:
        """Take one token; returns the seconds the caller must wait before using it (0 if none)."""
        with self._lock:
            now = self._clock()
            self._tokens = min(self._burst, self._tokens + (now - self._stamp) * self._rate)
            self._stamp = now
            self._tokens -= 1.0
            if self._tokens >= 0:
                return 0.0
            return -self._tokens / self._rate


class RateLimiter:
    """One bucket per endpoint prefix; `wait_time(path)` reserves a request slot."""

    def __init__(
        self,
        clock: Callable[[], float],
        limits: Mapping[str, Limit] | None = DOCUMENTED_LIMITS,
        default: Limit | None = DEFAULT_LIMIT,
    ) -> None:
        self._clock = clock
        self._limits = dict(limits or {})
        self._default = default
        self._buckets: dict[str, TokenBucket] = {}
        self._lock = threading.Lock()

    @classmethod
    def unlimited(cls, clock: Callable[[], float]) -> RateLimiter:
        return cls(clock, limits={}, default=None)

    def key_for(self, path: str) -> str | None:
        rel = path[len(API_PREFIX) :] if path.startswith(API_PREFIX) else path
        best: str | None = None
        for prefix in self._limits:
            if prefix.endswith("/"):
                match = rel.startswith(prefix)
            else:
                match = rel == prefix or rel.startswith(prefix + "/")
            if match and (best is None or len(prefix) > len(best)):
                best = prefix
        if best is None and self._default is not None:
            return "*"
        return best

    def wait_time(self, path: str) -> float:
        key = self.key_for(path)
        if key is None:
            return 0.0
        with self._lock:
            bucket = self._buckets.get(key)
            if bucket is None:
                limit = self._limits.get(key, self._default) if key != "*" else self._default
                assert limit is not None
                bucket = self._buckets[key] = TokenBucket(limit, self._clock)
        return bucket.reserve()
