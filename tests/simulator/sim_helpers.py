"""Helpers shared by the simulator tests (a uniquely named module: tests have no packages)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import httpx

from s1elastic.simulator.config import ManualClock, SimulatorConfig
from s1elastic.simulator.server import SimulatorServer

ANCHOR = datetime(2026, 1, 1, tzinfo=UTC)
SMALL = {"activities": 3000, "threats": 300, "alerts": 400, "agents": 150, "groups": 10}


def config(**overrides: Any) -> SimulatorConfig:
    values: dict[str, Any] = {
        "seed": 7,
        "counts": dict(SMALL),
        "anchor": ANCHOR,
        "clock": ManualClock(ANCHOR),
    }
    values.update(overrides)
    return SimulatorConfig(**values)


def client(sim: SimulatorServer, token: str | None = None) -> httpx.Client:
    return httpx.Client(
        base_url=sim.api_url, headers={"Authorization": f"ApiToken {token or sim.token}"}, timeout=30
    )


def walk(
    c: httpx.Client, path: str, params: dict[str, Any], *, key: Callable[[dict[str, Any]], Any] | None = None
) -> list[dict[str, Any]]:
    """Every object of a list endpoint, following nextCursor until it is null."""
    out: list[dict[str, Any]] = []
    cursor = None
    for _ in range(100_000):
        page_params = dict(params)
        if cursor is not None:
            page_params["cursor"] = cursor
        r = c.get(path, params=page_params)
        assert r.status_code == 200, r.text
        body = r.json()
        out.extend(body["data"])
        cursor = body["pagination"]["nextCursor"]
        if cursor is None:
            return out
    raise AssertionError("pagination did not end")
