"""Windows, boundary de-duplication and cursor advance: pure functions on StreamState.

Incremental streams walk `[start, end)` with `<field>__gte=start`, `<field>__lt=end`, ascending.
`start` is the committed cursor (the newest timestamp written) so the boundary is re-read and
late objects stamped at or after it are still found; ids already written at exactly that
timestamp are dropped. `end` is `now - lag`. Because the walk is ascending, after any acknowledged
page every object older than the cursor is written and the ones at the cursor are in
`boundary_ids`, so the walk can always restart from the cursor (e.g. after a refused page cursor).
Snapshot streams walk everything each cycle; only the page cursor is kept while walking.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from s1elastic.poller.state import StreamState
from s1elastic.sentinelone.timefmt import format_timestamp, parse_timestamp


@dataclass(frozen=True, slots=True)
class Window:
    start: datetime | None  # None for snapshots
    end: datetime
    resume_cursor: str | None


def plan_window(state: StreamState, now: datetime, *, lag: float, initial_lookback: float) -> Window | None:
    """The walk to do now: the one in progress (resumed at its last acked page) or a new one."""
    if state.walking:
        assert state.window_end is not None
        start = parse_timestamp(state.window_start) if state.window_start else None
        return Window(start, parse_timestamp(state.window_end), state.page_cursor)
    if state.mode == "snapshot":
        return Window(None, now, None)
    start = parse_timestamp(state.cursor) if state.cursor else now - timedelta(seconds=initial_lookback)
    end = now - timedelta(seconds=lag)
    if end <= start:
        return None
    return Window(start, end, None)


def begin_walk(state: StreamState, window: Window) -> StreamState:
    return dataclasses.replace(
        state,
        window_start=format_timestamp(window.start) if window.start else None,
        window_end=format_timestamp(window.end),
        page_cursor=None,
        pages_in_walk=0,
        parent_cursor=None,
        parent_row=0,
    )


def restart_walk(state: StreamState) -> StreamState:
    """Forget the walk in progress (its page cursor was refused); the cursor keeps everything safe."""
    return dataclasses.replace(
        state,
        window_start=None,
        window_end=None,
        page_cursor=None,
        pages_in_walk=0,
        parent_cursor=None,
        parent_row=0,
    )


def window_params(spec_cursor_field: str | None, window: Window) -> dict[str, str]:
    if spec_cursor_field is None or window.start is None:
        return {}
    return {
        f"{spec_cursor_field}__gte": format_timestamp(window.start),
        f"{spec_cursor_field}__lt": format_timestamp(window.end),
    }


@dataclass(frozen=True, slots=True)
class Selected:
    """One page after boundary de-duplication."""

    keep: list[dict[str, Any]]
    stamps: list[datetime | None]  # the cursor timestamp of each kept object
    ids: list[str | None]
    duplicates: int


def select_new(
    state: StreamState,
    items: Iterable[dict[str, Any]],
    stamp_of: Callable[[dict[str, Any]], datetime | None],
    id_of: Callable[[dict[str, Any]], str | None],
) -> Selected:
    """Drop the objects already written at the cursor's timestamp (same id, same timestamp)."""
    cursor = parse_timestamp(state.cursor) if state.cursor else None
    seen = set(state.boundary_ids) if cursor is not None else set()
    keep, stamps, ids = [], [], []
    duplicates = 0
    for item in items:
        stamp = stamp_of(item)
        ident = id_of(item)
        if cursor is not None and stamp == cursor and ident is not None and ident in seen:
            duplicates += 1
            continue
        keep.append(item)
        stamps.append(stamp)
        ids.append(ident)
    return Selected(keep, stamps, ids, duplicates)


def hour_key(stamp: datetime) -> str:
    return stamp.strftime("%Y-%m-%dT%H")


def acknowledge_page(
    state: StreamState,
    selected: Selected,
    *,
    next_cursor: str | None,
    written: int,
    now: datetime,
    count_hours: bool,
) -> StreamState:
    """The state after a page was acknowledged by every output."""
    cursor = parse_timestamp(state.cursor) if state.cursor else None
    boundary = list(state.boundary_ids)
    newest = max((s for s in selected.stamps if s is not None), default=None)
    if newest is not None and state.mode == "incremental":
        if cursor is None or newest > cursor:
            cursor = newest
            boundary = []
        if newest == cursor:
            known = set(boundary)
            for stamp, ident in zip(selected.stamps, selected.ids):
                if stamp == cursor and ident is not None and ident not in known:
                    boundary.append(ident)
                    known.add(ident)
    hourly = state.hourly
    if count_hours:
        hourly = dict(hourly)
        # A page is sorted by time: consecutive stamps mostly share their hour, so its key is
        # formatted once per run of stamps rather than once per object.
        hour: tuple[int, int, int, int, Any] | None = None
        key = ""
        for stamp in selected.stamps:
            if stamp is not None:
                this = (stamp.year, stamp.month, stamp.day, stamp.hour, stamp.tzinfo)
                if this != hour:
                    hour, key = this, hour_key(stamp)
                hourly[key] = hourly.get(key, 0) + 1
    return dataclasses.replace(
        state,
        cursor=format_timestamp(cursor) if cursor else state.cursor,
        boundary_ids=tuple(boundary),
        page_cursor=next_cursor,
        pages_in_walk=state.pages_in_walk + 1,
        last_success=format_timestamp(now),
        documents_total=state.documents_total + written,
        hourly=hourly,
    )


def finish_walk(state: StreamState, *, retention_start: datetime | None = None) -> StreamState:
    """The walk reached its last page: remember how far it covered, trim old ledger hours."""
    hourly = state.hourly
    if retention_start is not None:
        oldest = hour_key(retention_start)
        hourly = {k: v for k, v in hourly.items() if k >= oldest}
    return dataclasses.replace(
        state,
        collected_until=state.window_end,
        window_start=None,
        window_end=None,
        page_cursor=None,
        pages_in_walk=0,
        parent_cursor=None,
        parent_row=0,
        hourly=hourly,
    )
