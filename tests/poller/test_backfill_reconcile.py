"""Backfill leaves the live cursor alone; reconcile finds per-hour gaps and repair fills them."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import orjson
from conftest import START
from poller_fakes import API, FakeConsole, Resource, activities

from s1elastic.poller.api import backfill, reconcile
from s1elastic.poller.state import StateStore


def ids_in(tmp_path: Path) -> list[str]:
    path = tmp_path / "out" / "logs-sentinel_one.activity-default.ndjson"
    return [
        orjson.loads(orjson.loads(line)["_source"]["message"])["id"]
        for line in path.read_bytes().splitlines()
    ]


def test_backfill_does_not_touch_the_live_cursor(tmp_path: Path, poller_factory: Any) -> None:
    objs = activities(120, START - timedelta(hours=3), timedelta(minutes=1))
    console = FakeConsole(resources={f"{API}/activities": Resource(objs, "createdAt", "createdAt")})
    poller, clock = poller_factory(console)
    assert poller.run_once().ok
    before = StateStore(tmp_path / "state").load("prod", "activity")
    summary = backfill(
        poller.config,
        since=timedelta(hours=2),
        clock=clock,
        env={"S1_TEST_TOKEN": console.token},
        transport_factory=lambda c: console.transport(),
        progress=poller.progress,
    )
    assert summary.ok
    assert summary.stream("prod", "activity").written == sum(
        1 for o in objs if o["createdAt"] >= "2024-03-01T10:00"
    )
    assert StateStore(tmp_path / "state").load("prod", "activity") == before


def test_reconcile_finds_a_lost_hour_and_repair_backfills_exactly_it(
    tmp_path: Path, poller_factory: Any
) -> None:
    objs = activities(180, START - timedelta(hours=3), timedelta(minutes=1))
    console = FakeConsole(resources={f"{API}/activities": Resource(objs, "createdAt", "createdAt")})
    poller, clock = poller_factory(console)
    assert poller.run_once().ok
    # Simulate a loss: the ledger says hour 10 got only 10 of its 60 objects.
    store = StateStore(tmp_path / "state")
    state = store.load("prod", "activity")
    assert state is not None and state.hourly["2024-03-01T10"] == 60
    import dataclasses

    store.save(dataclasses.replace(state, hourly={**state.hourly, "2024-03-01T10": 10}))
    kwargs = {
        "clock": clock,
        "env": {"S1_TEST_TOKEN": console.token},
        "transport_factory": lambda c: console.transport(),
        "progress": poller.progress,
    }
    report = reconcile(poller.config, since=timedelta(hours=4), **kwargs)
    gaps = [(g.hour.hour, g.console_count, g.acknowledged) for g in report.gaps]
    assert gaps == [(10, 60, 10)]
    assert {h.hour.hour: h.state for h in report.hours} == {8: "ok", 9: "ok", 10: "gap", 11: "ok"}
    counts = [r for r in console.requests if r.url.params.get("countOnly") == "true"]
    assert counts[0].url.params["createdAt__gte"] == "2024-03-01T08:00:00.000000Z"
    assert counts[0].url.params["createdAt__lt"] == "2024-03-01T09:00:00.000000Z"

    repaired = reconcile(poller.config, since=timedelta(hours=4), repair_gaps=True, **kwargs)
    assert [(c, s, a.hour, b.hour, n) for c, s, a, b, n in repaired.repaired] == [
        ("prod", "activity", 10, 11, 60)
    ]
    assert reconcile(poller.config, since=timedelta(hours=4), **kwargs).gaps == []
    assert len(ids_in(tmp_path)) == 180 + 60
