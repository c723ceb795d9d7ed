"""Time as an injected object: wall clock, monotonic clock and an interruptible sleep.

Everything that waits (rate limits, backoff, intervals) takes a Clock, so tests use FakeClock and
run in no wall time, and a shutdown request wakes every sleeper at once.
"""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """Aware UTC wall-clock time."""

    def monotonic(self) -> float: ...

    def sleep(self, seconds: float) -> bool:
        """Wait; False if woken early because shutdown was requested."""

    @property
    def stopping(self) -> bool: ...

    def request_stop(self) -> None: ...


class SystemClock:
    def __init__(self) -> None:
        self._stop = threading.Event()

    def now(self) -> datetime:
        return datetime.now(UTC)

    def monotonic(self) -> float:
        return time.monotonic()

    def sleep(self, seconds: float) -> bool:
        if seconds <= 0:
            return not self._stop.is_set()
        return not self._stop.wait(seconds)

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    def request_stop(self) -> None:
        self._stop.set()


class FakeClock:
    """Time moves only when someone sleeps; records every sleep for assertions."""

    def __init__(self, start: datetime | None = None) -> None:
        self._now = start or datetime(2024, 1, 1, tzinfo=UTC)
        self._mono = 1000.0
        self._stop = False
        self.sleeps: list[float] = []
        self._lock = threading.Lock()

    def now(self) -> datetime:
        with self._lock:
            return self._now

    def monotonic(self) -> float:
        with self._lock:
            return self._mono

    def advance(self, seconds: float) -> None:
        with self._lock:
            self._now += timedelta(seconds=seconds)
            self._mono += seconds

    def sleep(self, seconds: float) -> bool:
        self.sleeps.append(seconds)
        if self._stop:
            return False
        self.advance(max(0.0, seconds))
        return not self._stop

    @property
    def stopping(self) -> bool:
        return self._stop

    def request_stop(self) -> None:
        self._stop = True
