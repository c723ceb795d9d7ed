"""Each injected fault, as a client sees it."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import orjson
import pytest
from sim_helpers import client, walk

from s1elastic.simulator.faults import (
    AlertsForbidden,
    Drop,
    FaultSpecError,
    Late,
    Malformed,
    RateLimit,
    ServerErrors,
    Slow,
    TokenExpiry,
    Truncate,
    parse_fault,
)
from s1elastic.simulator.server import SimulatorServer


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("rate-limit:activities:5", [RateLimit("activities", 5.0, 5.0)]),
        ("rate-limit:threats:600/m:20", [RateLimit("threats", 10.0, 20.0)]),
        ("5xx:0.05", [ServerErrors(0.05)]),
        ("5xx:0.5:agents", [ServerErrors(0.5, "agents")]),
        ("slow:0.5s", [Slow(0.5)]),
        ("slow:250ms:0.1:threats", [Slow(0.25, 0.1, "threats")]),
        ("drop:0.01", [Drop(0.01)]),
        ("truncate:0.01:alerts", [Truncate(0.01, "alerts")]),
        ("malformed:0.01", [Malformed(0.01)]),
        ("late:0.1:30s:activities", [Late(0.1, 30.0, "activities")]),
        ("token-expiry:300s", [TokenExpiry(300.0)]),
        ("token-expiry:5m", [TokenExpiry(300.0)]),
        ("alerts-403", [AlertsForbidden()]),
    ],
)
def test_fault_specs_parse(spec: str, expected: list) -> None:
    assert parse_fault(spec) == expected


def test_the_s1_rate_table_expands_per_endpoint() -> None:
    limits = {f.endpoint: (f.rate, f.burst) for f in parse_fault("rate-limit:s1")}
    assert limits["activities"] == (10.0, 30.0)
    assert limits["threats"] == (10.0, 50.0)
    assert limits["agents"] == (25.0, 25.0)


@pytest.mark.parametrize(
    "spec",
    [
        "explode:1",
        "5xx:1.5",
        "5xx",
        "drop:0.1:nowhere",
        "slow:fast",
        "rate-limit:activities",
        "alerts-403:1",
        "late:0.1",
    ],
)
def test_bad_fault_specs_are_refused(spec: str) -> None:
    with pytest.raises(FaultSpecError):
        parse_fault(spec)


def test_rate_limit_answers_429_with_retry_after(start_sim: Callable[..., SimulatorServer]) -> None:
    sim = start_sim(faults=["rate-limit:activities:1:2"])
    with client(sim) as c:
        assert [c.get("/activities").status_code for _ in range(2)] == [200, 200]
        r = c.get("/activities")
        assert r.status_code == 429
        assert r.headers["Retry-After"] == "1"
        assert r.json()["errors"][0]["code"] == 4290010
        assert c.get("/threats").status_code == 200, "other endpoints have their own budget"
        sim.clock.advance(1.0)
        assert c.get("/activities").status_code == 200
    assert sim.stats()["endpoints"]["activities"]["faults"] == {"rate-limit": 1}


def test_rate_limits_are_per_token(start_sim: Callable[..., SimulatorServer]) -> None:
    sim = start_sim(faults=["rate-limit:activities:1:1"])
    with client(sim) as c:
        assert c.get("/activities").status_code == 200
        assert c.get("/activities").status_code == 429
    sim.rotate_token()
    with client(sim) as c:
        assert c.get("/activities").status_code == 200


def test_5xx_answers(start_sim: Callable[..., SimulatorServer]) -> None:
    sim = start_sim(faults=["5xx:1.0"])
    statuses = set()
    with client(sim) as c:
        for _ in range(40):
            r = c.get("/activities")
            statuses.add(r.status_code)
            if r.status_code == 500:
                assert r.json() == {
                    "errors": [{"code": 5000010, "detail": None, "title": "Internal Server Error"}]
                }
            else:
                assert r.headers["Content-Type"] == "text/html" and b"<html>" in r.content
    assert statuses <= {500, 502, 503, 504} and 500 in statuses and len(statuses) > 1


def test_5xx_only_on_the_named_endpoint(start_sim: Callable[..., SimulatorServer]) -> None:
    sim = start_sim(faults=["5xx:1.0:threats"])
    with client(sim) as c:
        assert c.get("/activities").status_code == 200
        assert c.get("/threats").status_code >= 500


def test_slow_responses_still_answer(start_sim: Callable[..., SimulatorServer]) -> None:
    sim = start_sim(faults=["slow:0.05s"])
    with client(sim) as c:
        assert c.get("/activities").status_code == 200
    assert sim.stats()["endpoints"]["activities"]["faults"] == {"slow": 1}


def test_dropped_connections(start_sim: Callable[..., SimulatorServer]) -> None:
    sim = start_sim(faults=["drop:1.0"])
    with client(sim) as c, pytest.raises(httpx.TransportError):
        c.get("/activities")
    assert sim.stats()["endpoints"]["activities"]["status"] == {"0": 1}


def test_truncated_bodies(start_sim: Callable[..., SimulatorServer]) -> None:
    sim = start_sim(faults=["truncate:1.0"])
    with client(sim) as c, pytest.raises(httpx.TransportError):
        c.get("/activities", params={"limit": 200})


def test_malformed_objects_are_valid_json_with_broken_fields(
    start_sim: Callable[..., SimulatorServer],
) -> None:
    clean = start_sim()
    broken = start_sim(faults=["malformed:1.0:activities"])
    with client(clean) as c:
        good = walk(c, "/activities", {"limit": 1000})[:300]
    with client(broken) as c:
        bad = walk(c, "/activities", {"limit": 1000})[:300]
    assert [a["id"] for a in bad] == [a["id"] for a in good]
    assert [a["createdAt"] for a in bad] == [a["createdAt"] for a in good]
    assert all(b != g for b, g in zip(bad, good))
    assert set(broken.truth.malformed_ids("activities")) == set(broken.truth.ids("activities"))
    assert clean.truth.malformed_ids("activities") == []


def test_malformed_objects_of_every_resource_still_parse(start_sim: Callable[..., SimulatorServer]) -> None:
    sim = start_sim(faults=["malformed:0.5"])
    with client(sim) as c:
        for path in ("/threats", "/cloud-detection/alerts", "/agents", "/groups"):
            r = c.get(path, params={"limit": 200})
            assert r.status_code == 200
            orjson.loads(r.content)


def test_alerts_403(start_sim: Callable[..., SimulatorServer]) -> None:
    sim = start_sim(faults=["alerts-403"])
    with client(sim) as c:
        r = c.get("/cloud-detection/alerts")
        assert c.get("/threats").status_code == 200
    assert r.status_code == 403
    assert r.json() == {
        "errors": [
            {
                "code": 4030010,
                "detail": "This scope does not have Custom Rules enabled.",
                "title": "Insufficient permissions",
            }
        ]
    }
