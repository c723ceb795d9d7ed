"""How long to wait before trying again, by kind of failure (Sumo Logic's C2C schedule).

Generic third- and first-party errors: exponential backoff with equal jitter from `initial` up
to `max`, for `generic_window` (90 min) after the first failure of a run of failures; after that
once every `slow_interval` (60 min). 429: the server's Retry-After. Configuration errors are not
retried here at all: the scheduler parks the stream until the token or configuration changes.
"""

from __future__ import annotations

import random

from s1elastic.poller.config import RetrySettings


class RetryPolicy:
    def __init__(self, settings: RetrySettings, rng: random.Random | None = None) -> None:
        self.settings = settings
        self._rng = rng or random.Random()

    def backoff(self, attempt: int, failing_for: float) -> float:
        """Delay before retry number `attempt` (0-based) of a failure that began `failing_for` s ago."""
        s = self.settings
        if failing_for >= s.generic_window:
            return s.slow_interval
        base = min(s.maximum, s.initial * (2 ** min(attempt, 30)))
        return base / 2 + self._rng.uniform(0, base / 2)

    def rate_limited(self, retry_after: float) -> float:
        """Retry-After plus a little jitter so parallel streams do not wake together."""
        return retry_after + self._rng.uniform(0, min(1.0, retry_after * 0.1))
