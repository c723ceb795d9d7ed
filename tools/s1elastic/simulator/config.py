"""What a simulator run looks like: seed, volumes, time spans, live rates, faults, token, clock."""

from __future__ import annotations

import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from s1elastic.simulator.faults import Fault
from s1elastic.simulator.timefmt import to_us

RESOURCES = ("activities", "threats", "alerts", "agents", "groups")
DAY = 86400.0

DEFAULT_COUNTS = {"activities": 20_000, "threats": 500, "alerts": 2_000, "agents": 200, "groups": 12}
# how far back the history of each resource reaches before the anchor
DEFAULT_HISTORY = {
    "activities": 2 * DAY,
    "threats": 30 * DAY,
    "alerts": 7 * DAY,
    "agents": 365 * DAY,
    "groups": 730 * DAY,
}


class Clock:
    """Wall time in seconds since the epoch; injectable so tests run in no wall time."""

    def now(self) -> float:
        return time.time()


class SystemClock(Clock):
    pass


class ManualClock(Clock):
    """A clock that only moves when told to."""

    def __init__(self, start: float | datetime) -> None:
        self._now = start.timestamp() if isinstance(start, datetime) else float(start)
        self._lock = threading.Lock()

    def now(self) -> float:
        with self._lock:
            return self._now

    def advance(self, seconds: float) -> float:
        with self._lock:
            self._now += seconds
            return self._now

    def set(self, when: float | datetime) -> None:
        with self._lock:
            self._now = when.timestamp() if isinstance(when, datetime) else float(when)


@dataclass
class SimulatorConfig:
    """Everything that decides what the simulated console contains and how it misbehaves.

    counts: objects per resource in the history before the anchor.
    history: seconds of history per resource (objects are spread evenly over it, with jitter).
    live_rates: objects per second created after the anchor, per resource (activities and alerts
        are what real consoles produce continuously).
    anchor: the end of the history and start of live data; None = the clock's time at start.
        Fix it (and use a ManualClock) for fully reproducible runs.
    faults: fault objects or spec strings (see faults.py / `s1elastic simulate --help`).
    token: the API token (None = a random 80-character one); token_ttl: seconds from start until
        it expires (reported by users/api-token-details, and enforced).
    """

    seed: int = 1
    counts: Mapping[str, int] = field(default_factory=dict)
    history: Mapping[str, float] = field(default_factory=dict)
    live_rates: Mapping[str, float] = field(default_factory=dict)
    anchor: datetime | None = None
    faults: Sequence[Fault | str] = ()
    token: str | None = None
    token_ttl: float = 30 * DAY
    apps_per_agent: int = 12
    accounts: int = 2
    sites: int = 4
    duplicate_timestamps: float = 0.02
    clock: Clock | None = None
    host: str = "127.0.0.1"
    port: int = 0
    track_served: bool = False

    def count(self, resource: str) -> int:
        return int(self.counts.get(resource, DEFAULT_COUNTS.get(resource, 0)))

    def history_seconds(self, resource: str) -> float:
        return float(self.history.get(resource, DEFAULT_HISTORY.get(resource, DAY)))

    def anchor_us(self, clock: Clock) -> int:
        if self.anchor is not None:
            return to_us(self.anchor)
        return int(clock.now() * 1_000_000)

    def validate(self) -> None:
        for name in (*self.counts, *self.history, *self.live_rates):
            if name not in RESOURCES:
                raise ValueError(f"unknown resource {name!r} (one of {', '.join(RESOURCES)})")
        for name, n in self.counts.items():
            if n < 0:
                raise ValueError(f"{name}: count must not be negative")
        for name, rate in self.live_rates.items():
            if rate < 0:
                raise ValueError(f"{name}: live rate must not be negative")
        if self.count("agents") < 1:
            raise ValueError("agents: at least one agent is needed (everything else refers to agents)")
