"""Reconcile: per console, stream and hour, the console's count against what the outputs acknowledged.

The console's count is `countOnly=true` on the stream's own filters for that hour. Acknowledged is
the larger of the live ledger (state file) and the backfill ledger, both counting each object once
per acknowledged page. Hours the live walk has not fully covered yet are `pending`, not gaps.
`repair` backfills exactly the hours with gaps (contiguous hours as one window).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from s1elastic.poller.backfill import backfill_ledger, run_backfill
from s1elastic.poller.cursor import hour_key
from s1elastic.poller.health import ErrorType
from s1elastic.poller.runner import StreamRunner
from s1elastic.sentinelone.timefmt import format_timestamp, parse_timestamp


@dataclass
class HourCheck:
    console: str
    stream: str
    hour: datetime
    console_count: int
    acknowledged: int
    state: str  # ok | gap | pending | excess

    @property
    def missing(self) -> int:
        return max(0, self.console_count - self.acknowledged)


@dataclass
class ReconcileReport:
    hours: list[HourCheck] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    repaired: list[tuple[str, str, datetime, datetime, int]] = field(default_factory=list)

    @property
    def gaps(self) -> list[HourCheck]:
        return [h for h in self.hours if h.state == "gap"]


def reconcile_stream(runner: StreamRunner, since: datetime, now: datetime) -> list[HourCheck]:
    state = runner.load_state()
    live = state.hourly
    backfilled = backfill_ledger(runner.deps.store, runner.console, runner.stream)
    covered = _covered_until(state.cursor, state.collected_until, state.walking)
    spec = runner.spec
    assert spec.cursor_field is not None
    base = {**spec.params, **runner.settings.params}
    checks = []
    hour = since.replace(minute=0, second=0, microsecond=0)
    while hour < now:
        end = hour + timedelta(hours=1)
        params = {
            **base,
            f"{spec.cursor_field}__gte": format_timestamp(hour),
            f"{spec.cursor_field}__lt": format_timestamp(end),
        }
        count = runner.retrying(_counter(runner, spec.endpoint, params), ErrorType.THIRD_PARTY)
        key = hour_key(hour)
        acked = max(live.get(key, 0), backfilled.get(key, 0))
        if covered is None or end > covered:
            verdict = "pending" if count > acked else "ok"
        elif count > acked:
            verdict = "gap"
        elif count < acked:
            verdict = "excess"
        else:
            verdict = "ok"
        checks.append(HourCheck(runner.console, runner.stream, hour, count, acked, verdict))
        hour = end
    return checks


def _counter(runner: StreamRunner, endpoint: str, params: dict[str, str]) -> Callable[[], int]:
    return lambda: runner.session.client.count(endpoint, params)


def _covered_until(cursor: str | None, collected_until: str | None, walking: bool) -> datetime | None:
    """Everything before this instant has been walked (the cursor while walking, else the last end)."""
    marks = []
    if collected_until:
        marks.append(parse_timestamp(collected_until))
    if cursor:
        marks.append(parse_timestamp(cursor))
    return max(marks) if marks else None


def repair(runner: StreamRunner, gaps: list[HourCheck]) -> list[tuple[datetime, datetime, int]]:
    """Backfill the gap hours, merging neighbours into one window each."""
    windows: list[list[datetime]] = []
    for gap in sorted(gaps, key=lambda g: g.hour):
        if windows and windows[-1][1] == gap.hour:
            windows[-1][1] = gap.hour + timedelta(hours=1)
        else:
            windows.append([gap.hour, gap.hour + timedelta(hours=1)])
    done = []
    for start, end in windows:
        result = run_backfill(runner, start, end)
        done.append((start, end, result.written))
    return done
