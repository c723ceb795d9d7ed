"""Fault injection: what can go wrong between a poller and a console, switched on by flags.

Spec syntax (`s1elastic simulate --fault SPEC`, or `parse_fault(SPEC)` in Python); ENDPOINT is one
of activities, threats, alerts, agents, groups, applications, risks, users, or all (the default):

    rate-limit:ENDPOINT:RATE[:BURST]   token bucket per endpoint and token, RATE requests/s
                                       (`10`, `10/s`, `600/m`); 429 + Retry-After when empty
    rate-limit:s1                      the per-endpoint table of sentinelone-api.md §5
    5xx:PROB[:ENDPOINT]                a share of requests fail with 500 (JSON envelope) or
                                       502/503/504 (a load balancer's HTML page)
    slow:DURATION[:PROB][:ENDPOINT]    delay responses (`slow:0.5s`, `slow:2s:0.1:threats`)
    drop:PROB[:ENDPOINT]               close the connection without answering
    truncate:PROB[:ENDPOINT]           announce the full Content-Length, send part, close
    malformed:PROB[:RESOURCE]          a share of objects carry wrong types and broken values
                                       (their id and time fields stay intact); decided per object,
                                       so the same object is malformed on every read
    late:PROB:DELAY[:RESOURCE]         a share of objects are listed only DELAY after createdAt
    token-expiry:DURATION              the token expires DURATION after start: 401 4010010
    alerts-403                         cloud-detection/alerts answers 403 4030010
"""

from __future__ import annotations

import math
import random
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field

from s1elastic.simulator.timefmt import parse_duration, parse_rate

ENDPOINTS = ("activities", "threats", "alerts", "agents", "groups", "applications", "risks", "users")
ALL = "all"

# requests/s and burst per endpoint (sentinelone-api.md §5, from the GO-SDK table); endpoints not
# in the table are not limited.
S1_RATE_TABLE = {
    "activities": (10.0, 30.0),
    "agents": (25.0, 25.0),
    "threats": (10.0, 50.0),
    "applications": (3.0, 3.0),
    "users": (40.0, 80.0),
}


class FaultSpecError(ValueError):
    """A --fault value that does not parse; the message says what was expected."""


@dataclass(frozen=True)
class RateLimit:
    endpoint: str
    rate: float
    burst: float


@dataclass(frozen=True)
class ServerErrors:
    probability: float
    endpoint: str = ALL


@dataclass(frozen=True)
class Slow:
    delay: float
    probability: float = 1.0
    endpoint: str = ALL


@dataclass(frozen=True)
class Drop:
    probability: float
    endpoint: str = ALL


@dataclass(frozen=True)
class Truncate:
    probability: float
    endpoint: str = ALL


@dataclass(frozen=True)
class Malformed:
    probability: float
    resource: str = ALL


@dataclass(frozen=True)
class Late:
    probability: float
    delay: float
    resource: str = ALL


@dataclass(frozen=True)
class TokenExpiry:
    after: float


@dataclass(frozen=True)
class AlertsForbidden:
    pass


Fault = RateLimit | ServerErrors | Slow | Drop | Truncate | Malformed | Late | TokenExpiry | AlertsForbidden


def _probability(text: str, spec: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise FaultSpecError(f"{spec}: {text!r} is not a probability (0..1)") from None
    if not 0.0 <= value <= 1.0:
        raise FaultSpecError(f"{spec}: probability {text} is outside 0..1")
    return value


def _endpoint(text: str, spec: str) -> str:
    if text != ALL and text not in ENDPOINTS:
        raise FaultSpecError(f"{spec}: unknown endpoint {text!r} (one of {', '.join((*ENDPOINTS, ALL))})")
    return text


def _duration(text: str, spec: str) -> float:
    try:
        return parse_duration(text)
    except ValueError as exc:
        raise FaultSpecError(f"{spec}: {exc}") from None


def parse_fault(spec: str) -> list[Fault]:
    """One --fault value as fault objects (`rate-limit:s1` expands to several)."""
    parts = spec.strip().split(":")
    kind, args = parts[0].lower(), parts[1:]

    def arity(low: int, high: int) -> None:
        if not low <= len(args) <= high:
            raise FaultSpecError(f"{spec}: wrong number of fields (see `s1elastic simulate --help`)")

    if kind == "rate-limit":
        if args == ["s1"]:
            return [RateLimit(ep, rate, burst) for ep, (rate, burst) in S1_RATE_TABLE.items()]
        arity(2, 3)
        try:
            rate = parse_rate(args[1])
            burst = float(args[2]) if len(args) == 3 else max(1.0, rate)
        except ValueError as exc:
            raise FaultSpecError(f"{spec}: {exc}") from None
        if rate <= 0 or burst < 1:
            raise FaultSpecError(f"{spec}: rate must be > 0 and burst >= 1")
        return [RateLimit(_endpoint(args[0], spec), rate, burst)]
    if kind == "5xx":
        arity(1, 2)
        return [ServerErrors(_probability(args[0], spec), _endpoint(args[1], spec) if len(args) > 1 else ALL)]
    if kind == "slow":
        arity(1, 3)
        prob = _probability(args[1], spec) if len(args) > 1 else 1.0
        return [Slow(_duration(args[0], spec), prob, _endpoint(args[2], spec) if len(args) > 2 else ALL)]
    if kind in ("drop", "truncate"):
        arity(1, 2)
        cls = Drop if kind == "drop" else Truncate
        return [cls(_probability(args[0], spec), _endpoint(args[1], spec) if len(args) > 1 else ALL)]
    if kind == "malformed":
        arity(1, 2)
        return [Malformed(_probability(args[0], spec), _endpoint(args[1], spec) if len(args) > 1 else ALL)]
    if kind == "late":
        arity(2, 3)
        res = _endpoint(args[2], spec) if len(args) > 2 else ALL
        return [Late(_probability(args[0], spec), _duration(args[1], spec), res)]
    if kind == "token-expiry":
        arity(1, 1)
        return [TokenExpiry(_duration(args[0], spec))]
    if kind == "alerts-403":
        arity(0, 0)
        return [AlertsForbidden()]
    raise FaultSpecError(
        f"{spec}: unknown fault {kind!r} (rate-limit, 5xx, slow, drop, truncate, malformed, late, "
        "token-expiry, alerts-403)"
    )


def parse_faults(specs: Iterable[str | Fault]) -> list[Fault]:
    out: list[Fault] = []
    for spec in specs:
        out.extend(parse_fault(spec) if isinstance(spec, str) else [spec])
    return out


@dataclass
class RequestFaults:
    """What the injector decided for one request."""

    delay: float = 0.0
    retry_after: int | None = None  # set: answer 429
    error_status: int | None = None  # set: answer 5xx
    drop: bool = False
    truncate: bool = False
    kinds: list[str] = field(default_factory=list)


def _applies(endpoint_filter: str, endpoint: str) -> bool:
    return endpoint_filter in (ALL, endpoint)


class _Bucket:
    def __init__(self, rate: float, burst: float, now: float) -> None:
        self.rate, self.burst, self.tokens, self.stamp = rate, burst, burst, now

    def take(self, now: float) -> float:
        """0 when a request may pass, else the seconds until one may."""
        self.tokens = min(self.burst, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        if self.tokens >= 1.0:
            self.tokens -= 1.0
            return 0.0
        return (1.0 - self.tokens) / self.rate


class FaultInjector:
    """Decides, per request, which faults fire. Thread-safe; seeded, so a run with one client
    and one seed injects the same faults in the same places."""

    def __init__(self, faults: Iterable[Fault], seed: int) -> None:
        self.faults = list(faults)
        self._rng = random.Random(seed ^ 0xFA017)
        self._lock = threading.Lock()
        self._buckets: dict[tuple[str, str], _Bucket] = {}
        self.rate_limits = {f.endpoint: f for f in self.faults if isinstance(f, RateLimit)}
        self.alerts_forbidden = any(isinstance(f, AlertsForbidden) for f in self.faults)
        expiries = [f.after for f in self.faults if isinstance(f, TokenExpiry)]
        self.token_expiry = min(expiries) if expiries else None

    def malformed_probability(self, resource: str) -> float:
        return max(
            (
                f.probability
                for f in self.faults
                if isinstance(f, Malformed) and _applies(f.resource, resource)
            ),
            default=0.0,
        )

    def late(self, resource: str) -> tuple[float, float]:
        """(probability, delay seconds) of late objects for a resource."""
        for f in self.faults:
            if isinstance(f, Late) and _applies(f.resource, resource):
                return f.probability, f.delay
        return 0.0, 0.0

    def decide(self, endpoint: str, token: str, now: float) -> RequestFaults:
        out = RequestFaults()
        with self._lock:
            limit = self.rate_limits.get(endpoint) or self.rate_limits.get(ALL)
            if limit is not None:
                key = (endpoint if limit.endpoint != ALL else ALL, token)
                bucket = self._buckets.get(key)
                if bucket is None:
                    bucket = self._buckets[key] = _Bucket(limit.rate, limit.burst, now)
                wait = bucket.take(now)
                if wait > 0:
                    out.retry_after = max(1, math.ceil(wait))
                    out.kinds.append("rate-limit")
                    return out
            rng = self._rng.random
            for f in self.faults:
                if isinstance(f, Slow) and _applies(f.endpoint, endpoint) and rng() < f.probability:
                    out.delay += f.delay
                    out.kinds.append("slow")
            for f in self.faults:
                if isinstance(f, ServerErrors) and _applies(f.endpoint, endpoint) and rng() < f.probability:
                    out.error_status = self._rng.choice((500, 500, 502, 503, 504))
                    out.kinds.append("5xx")
                    return out
            for f in self.faults:
                if isinstance(f, Drop) and _applies(f.endpoint, endpoint) and rng() < f.probability:
                    out.drop = True
                    out.kinds.append("drop")
                    return out
            for f in self.faults:
                if isinstance(f, Truncate) and _applies(f.endpoint, endpoint) and rng() < f.probability:
                    out.truncate = True
                    out.kinds.append("truncate")
                    return out
        return out
