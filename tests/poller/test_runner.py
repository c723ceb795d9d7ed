"""The poller against the in-process fake console: exactly-once output, boundaries, restarts."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import orjson
import pytest
from conftest import START
from poller_fakes import API, FakeConsole, Resource, activities

from s1elastic.outputs import Ack, Batch, NdjsonOutput, Output
from s1elastic.poller.clock import FakeClock
from s1elastic.poller.state import StateStore


def written_ids(tmp_path: Path, index: str = "logs-sentinel_one.activity-default") -> list[str]:
    path = tmp_path / "out" / f"{index}.ndjson"
    if not path.exists():
        return []
    ids = []
    for line in path.read_bytes().splitlines():
        doc = orjson.loads(line)
        ids.append(orjson.loads(doc["_source"]["message"])["id"])
    return ids


def console_with(objs: list[dict[str, Any]]) -> FakeConsole:
    return FakeConsole(resources={f"{API}/activities": Resource(objs, "createdAt", "createdAt")})


@pytest.mark.parametrize(
    ("n", "same_every"),
    [pytest.param(250, 1, id="distinct-timestamps"), pytest.param(250, 7, id="groups-across-page-edges")],
)
def test_every_object_written_exactly_once_over_cycles(
    tmp_path: Path, poller_factory: Any, n: int, same_every: int
) -> None:
    objs = activities(n, START - timedelta(hours=2), timedelta(seconds=30), same_every)
    console = console_with(objs)
    # The first cycle starts while most objects are still in the future; they appear as time moves.
    clock = FakeClock(START - timedelta(minutes=80))
    console.visible_until = clock.now
    poller, clock = poller_factory(console, clock=clock)
    for _ in range(6):
        summary = poller.run_once()
        assert summary.ok, summary
        clock.advance(20 * 60)
    ids = written_ids(tmp_path)
    expected = [
        o["id"]
        for o in objs
        if o["createdAt"]
        < (clock.now() - timedelta(minutes=20, seconds=30)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    ]
    assert sorted(ids) == sorted(expected)
    assert len(ids) == len(set(ids))


def test_boundary_duplicates_are_dropped_and_counted(tmp_path: Path, poller_factory: Any) -> None:
    objs = activities(10, START - timedelta(minutes=10), timedelta(seconds=0), 1)  # all share one createdAt
    console = console_with(objs)
    poller, clock = poller_factory(console)
    first = poller.run_once().stream("prod", "activity")
    clock.advance(60)
    second = poller.run_once().stream("prod", "activity")
    assert (first.written, first.duplicates) == (10, 0)
    assert (second.fetched, second.written, second.duplicates) == (10, 0, 10)
    state = StateStore(tmp_path / "state").load("prod", "activity")
    assert state is not None and sorted(state.boundary_ids) == sorted(o["id"] for o in objs)


def test_late_object_inside_the_lag_is_not_skipped(tmp_path: Path, poller_factory: Any) -> None:
    objs = activities(5, START - timedelta(minutes=5), timedelta(seconds=10))
    console = console_with(list(objs))
    poller, clock = poller_factory(console)
    assert poller.run_once().ok
    # An object stamped 20 s before the last window's end shows up only now.
    late = {
        "id": "late-1",
        "activityType": 1,
        "createdAt": (START - timedelta(seconds=50)).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
    }
    console.resources[f"{API}/activities"].objects.append(late)
    clock.advance(60)
    assert poller.run_once().ok
    assert sorted(written_ids(tmp_path)) == sorted([o["id"] for o in objs] + ["late-1"])


class CrashAfter(Output):
    """Acknowledges `n` batches through a real NDJSON output, then dies like a killed process."""

    name = "crash"

    def __init__(self, inner: NdjsonOutput, n: int) -> None:
        self.inner, self.left = inner, n

    def write(self, batch: Batch) -> Ack:
        if self.left == 0:
            raise SystemExit("killed")
        self.left -= 1
        return self.inner.write(batch)


def test_restart_mid_walk_resumes_from_the_last_acknowledged_page(
    tmp_path: Path, poller_factory: Any
) -> None:
    objs = activities(1000, START - timedelta(hours=3), timedelta(seconds=5))
    console = console_with(objs)
    poller, clock = poller_factory(console, outputs=[CrashAfter(NdjsonOutput(tmp_path / "out"), 4)])
    with pytest.raises(SystemExit):
        poller.runners()[0][0].poll()  # type: ignore[union-attr]
    state = StateStore(tmp_path / "state").load("prod", "activity")
    assert state is not None and state.walking and state.pages_in_walk == 4
    console.requests.clear()
    poller2, _ = poller_factory(console, clock=clock)
    assert poller2.run_once().ok
    first = next(r for r in console.requests if r.url.path.endswith("/activities"))
    assert first.url.params.get("cursor") == state.page_cursor
    assert first.url.params.get("createdAt__lt") == state.window_end
    ids = written_ids(tmp_path)
    assert sorted(ids) == sorted(o["id"] for o in objs)
    assert len(ids) == len(set(ids))


def test_refused_page_cursor_restarts_from_the_committed_cursor(tmp_path: Path, poller_factory: Any) -> None:
    objs = activities(300, START - timedelta(hours=1), timedelta(seconds=3), 4)
    console = console_with(objs)
    poller, clock = poller_factory(console, outputs=[CrashAfter(NdjsonOutput(tmp_path / "out"), 1)])
    with pytest.raises(SystemExit):
        poller.runners()[0][0].poll()  # type: ignore[union-attr]
    console.faults[f"{API}/activities"] = [400]
    poller2, _ = poller_factory(console, clock=clock)
    assert poller2.run_once().ok
    ids = written_ids(tmp_path)
    assert sorted(ids) == sorted(o["id"] for o in objs)
    assert len(ids) == len(set(ids))


def test_snapshot_stream_is_walked_in_full_each_cycle(tmp_path: Path, poller_factory: Any) -> None:
    groups = [{"id": str(i), "name": f"g{i}", "updatedAt": "2024-01-01T00:00:00Z"} for i in range(150)]
    console = FakeConsole(resources={f"{API}/groups": Resource(groups, None, None)})
    poller, clock = poller_factory(console, {"group": {}})
    assert poller.run_once().stream("prod", "group").written == 150
    clock.advance(3600)
    assert poller.run_once().stream("prod", "group").written == 150
    assert len(written_ids(tmp_path, "logs-sentinel_one.group-default")) == 300


class StateWatchingOutput(Output):
    """Checks, at every write, that the saved state counts exactly the batches written before it."""

    name = "watching"

    def __init__(self, inner: NdjsonOutput, store: StateStore) -> None:
        self.inner, self.store = inner, store
        self.acknowledged = 0
        self.seen: list[tuple[int, int]] = []

    def write(self, batch: Batch) -> Ack:
        state = self.store.load("prod", "activity")
        self.seen.append((state.documents_total if state else 0, self.acknowledged))
        ack = self.inner.write(batch)
        self.acknowledged += ack.accepted
        return ack


def test_the_saved_state_never_runs_ahead_of_the_output(tmp_path: Path, poller_factory: Any) -> None:
    """Pages are transformed while the previous one is written, but saved strictly after it."""
    objs = activities(450, START - timedelta(hours=2), timedelta(seconds=10))
    watching = StateWatchingOutput(NdjsonOutput(tmp_path / "out"), StateStore(tmp_path / "state"))
    poller, _ = poller_factory(console_with(objs), outputs=[watching])
    assert poller.run_once().ok
    assert len(watching.seen) == 5  # pages of 100
    assert all(saved == acked for saved, acked in watching.seen), watching.seen
    assert StateStore(tmp_path / "state").load("prod", "activity").documents_total == 450  # type: ignore[union-attr]
