"""The simulated console's content: a world, one timeline and update streams per resource, and the
resources that render them. Built once from a SimulatorConfig; read-only afterwards (so any number
of request threads can share it)."""

from __future__ import annotations

from s1elastic.simulator.config import RESOURCES, Clock, SimulatorConfig, SystemClock
from s1elastic.simulator.faults import FaultInjector, parse_faults
from s1elastic.simulator.hashing import derive_key, per_million
from s1elastic.simulator.resources.activities import Activities
from s1elastic.simulator.resources.agents import Agents
from s1elastic.simulator.resources.alerts import Alerts
from s1elastic.simulator.resources.applications import Applications, Installed
from s1elastic.simulator.resources.base import TimedResource
from s1elastic.simulator.resources.groups import Groups
from s1elastic.simulator.resources.threats import Threats
from s1elastic.simulator.timeline import OffsetStream, SpreadStream, Timeline, UpdateStream
from s1elastic.simulator.world import World

US = 1_000_000
MIN = 60 * US
HOUR = 60 * MIN
DAY = 24 * HOUR

_CLASSES: dict[str, type[TimedResource]] = {
    "activities": Activities,
    "threats": Threats,
    "alerts": Alerts,
    "agents": Agents,
    "groups": Groups,
}


class Model:
    def __init__(self, config: SimulatorConfig) -> None:
        config.validate()
        self.config = config
        self.clock: Clock = config.clock or SystemClock()
        self.started_us = int(self.clock.now() * US)
        self.anchor = config.anchor_us(self.clock)
        self.faults = FaultInjector(parse_faults(config.faults), config.seed)
        seed = config.seed
        self.world = World(
            seed,
            n_accounts=config.accounts,
            n_sites=config.sites,
            n_groups=config.count("groups"),
            n_agents=config.count("agents"),
        )
        self.world.n_threats = max(1, config.count("threats"))
        self.timelines: dict[str, Timeline] = {}
        self.resources: dict[str, TimedResource] = {}
        for name in RESOURCES:
            late_p, late_delay = self.faults.late(name)
            n = config.count(name)
            history = int(config.history_seconds(name) * US)
            tl = Timeline(
                key=derive_key(seed, name, "time"),
                history_start_us=self.anchor - max(history, n),
                anchor_us=self.anchor,
                n_history=n,
                live_rate=float(config.live_rates.get(name, 0.0)),
                dup_per_million=per_million(config.duplicate_timestamps),
                late_per_million=per_million(late_p),
                late_delay_us=int(late_delay * US),
            )
            self.timelines[name] = tl
            streams = self._streams(name, tl, seed, n)
            self.resources[name] = _CLASSES[name](
                self.world, tl, streams, seed=seed, malformed=self.faults.malformed_probability(name)
            )
        self.installed = Installed(
            self.world,
            self.timelines["agents"],
            seed=seed,
            apps_per_agent=config.apps_per_agent,
            anchor_us=self.anchor,
        )
        self.applications = Applications(self.installed)

    def _streams(self, name: str, tl: Timeline, seed: int, n: int) -> list[UpdateStream]:
        def offset(label: str, delta: int, p: float) -> OffsetStream:
            return OffsetStream(label, tl, delta, derive_key(seed, name, label), per_million(p))

        def spread(label: str, start: int, span: int, p: float) -> SpreadStream:
            return SpreadStream(
                label, tl, start, span, max(1, n), derive_key(seed, name, label), per_million(p)
            )

        a = self.anchor
        if name == "threats":  # triaged, given a verdict, resolved
            return [
                offset("triaged", 2 * MIN, 0.5),
                offset("verdict", 30 * MIN, 0.35),
                offset("resolved", 6 * HOUR, 0.25),
            ]
        if name == "alerts":  # reported, picked up, resolved
            return [
                offset("reported", 4_310_882, 1.0),
                offset("in_progress", 20 * MIN, 0.25),
                offset("resolved", 4 * HOUR, 0.15),
            ]
        if name == "agents":  # first scan, checked in during the last day, changed while we run
            return [
                offset("scanned", HOUR, 0.9),
                spread("checkin", a - DAY, DAY, 0.7),
                spread("live", a, 2 * HOUR, 0.3),
            ]
        if name == "groups":
            return [spread("edited", a - 30 * DAY, 30 * DAY, 0.5), spread("live", a, 6 * HOUR, 0.2)]
        return []

    def now_us(self) -> int:
        return int(self.clock.now() * US)

    def token_expires_us(self) -> int:
        ttl = self.config.token_ttl
        if self.faults.token_expiry is not None:
            ttl = min(ttl, self.faults.token_expiry)
        return self.started_us + int(ttl * US)
