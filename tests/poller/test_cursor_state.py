"""Pure window and cursor functions, and the atomic state file."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from s1elastic.poller.cursor import acknowledge_page, begin_walk, finish_walk, plan_window, select_new
from s1elastic.poller.state import StateError, StateStore, StreamState, write_atomic
from s1elastic.sentinelone.timefmt import format_timestamp, parse_timestamp

NOW = datetime(2024, 3, 1, 12, 0, tzinfo=UTC)


def obj(i: str, t: str) -> dict[str, str]:
    return {"id": i, "createdAt": t}


def stamp(o: dict[str, str]) -> datetime:
    return parse_timestamp(o["createdAt"])


def ident(o: dict[str, str]) -> str:
    return o["id"]


def test_first_window_uses_the_lookback_and_lag() -> None:
    w = plan_window(StreamState("c", "s"), NOW, lag=30, initial_lookback=3600)
    assert w is not None and w.start == NOW - timedelta(hours=1) and w.end == NOW - timedelta(seconds=30)


def test_next_window_starts_at_the_cursor_inclusive() -> None:
    state = StreamState("c", "s", cursor="2024-03-01T11:50:00.000000Z")
    w = plan_window(state, NOW, lag=30, initial_lookback=3600)
    assert w is not None and format_timestamp(w.start) == "2024-03-01T11:50:00.000000Z"  # type: ignore[arg-type]


def test_no_window_when_the_cursor_is_within_the_lag() -> None:
    state = StreamState("c", "s", cursor=format_timestamp(NOW - timedelta(seconds=10)))
    assert plan_window(state, NOW, lag=30, initial_lookback=3600) is None


def test_walk_in_progress_is_resumed_with_its_own_bounds_and_page_cursor() -> None:
    state = StreamState(
        "c",
        "s",
        window_start="2024-03-01T10:00:00.000000Z",
        window_end="2024-03-01T11:00:00.000000Z",
        page_cursor="abc",
    )
    w = plan_window(state, NOW, lag=30, initial_lookback=3600)
    assert (
        w is not None
        and w.resume_cursor == "abc"
        and format_timestamp(w.end) == "2024-03-01T11:00:00.000000Z"
    )


T1, T2 = "2024-03-01T11:00:00.000001Z", "2024-03-01T11:00:00.000002Z"


@pytest.mark.parametrize(
    ("cursor", "boundary", "page", "kept", "duplicates"),
    [
        pytest.param(None, (), [obj("a", T1), obj("b", T1)], ["a", "b"], 0, id="no-cursor"),
        pytest.param(
            T1, ("a",), [obj("a", T1), obj("b", T1), obj("c", T2)], ["b", "c"], 1, id="drop-seen-at-boundary"
        ),
        pytest.param(T1, ("a",), [obj("a", T2)], ["a"], 0, id="same-id-newer-time-is-new"),
    ],
)
def test_select_new(
    cursor: str | None,
    boundary: tuple[str, ...],
    page: list[dict[str, str]],
    kept: list[str],
    duplicates: int,
) -> None:
    state = StreamState("c", "s", cursor=cursor, boundary_ids=boundary)
    selected = select_new(state, page, stamp, ident)
    assert [o["id"] for o in selected.keep] == kept and selected.duplicates == duplicates


def test_acknowledge_moves_the_cursor_and_collects_boundary_ids_across_pages() -> None:
    state = begin_walk(
        StreamState("c", "s"), plan_window(StreamState("c", "s"), NOW, lag=30, initial_lookback=3600)
    )  # type: ignore[arg-type]
    page1 = select_new(state, [obj("a", T1), obj("b", T2)], stamp, ident)
    state = acknowledge_page(state, page1, next_cursor="p2", written=2, now=NOW, count_hours=True)
    assert (state.cursor, state.boundary_ids, state.page_cursor) == (T2, ("b",), "p2")
    page2 = select_new(state, [obj("c", T2)], stamp, ident)
    state = acknowledge_page(state, page2, next_cursor=None, written=1, now=NOW, count_hours=True)
    assert state.boundary_ids == ("b", "c") and state.hourly == {"2024-03-01T11": 3}
    done = finish_walk(state)
    assert not done.walking and done.collected_until == state.window_end and done.cursor == T2


def test_finish_trims_the_ledger_to_retention() -> None:
    state = StreamState("c", "s", hourly={"2024-01-01T00": 5, "2024-03-01T10": 7}, window_end=T1)
    assert finish_walk(state, retention_start=NOW - timedelta(days=7)).hourly == {"2024-03-01T10": 7}


def test_state_round_trip_and_mode(tmp_path: Path) -> None:
    store = StateStore(tmp_path)
    state = dataclasses.replace(
        StreamState("prod", "activity"), cursor=T1, boundary_ids=("x",), hourly={"h": 1}
    )
    store.save(state)
    assert store.load("prod", "activity") == state
    path = store.path("prod", "activity")
    assert path.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in path.parent.iterdir()] == ["activity.json"]  # no temp files left


@pytest.mark.parametrize(
    ("content", "message"),
    [
        pytest.param(b"{", "not JSON", id="torn"),
        pytest.param(b'{"version": 99}', "state version 99", id="newer"),
    ],
)
def test_unusable_state_files_are_reported(tmp_path: Path, content: bytes, message: str) -> None:
    write_atomic(tmp_path / "prod" / "activity.json", content)
    with pytest.raises(StateError, match=message):
        StateStore(tmp_path).load("prod", "activity")
