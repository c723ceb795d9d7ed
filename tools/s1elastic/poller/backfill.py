"""Backfill: replay `[from, to)` of an incremental stream without touching the live cursor.

The job keeps its own resumable state in `<console>/<stream>.backfill.json` (same walk, same
page-level acknowledgement), so a killed backfill continues where it stopped when rerun with the
same window. When the job completes, the per-hour counts of the hours it covered entirely go
into the backfill ledger, which reconcile reads next to the live one.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta
from typing import Any

import orjson

from s1elastic.poller.cursor import Window, begin_walk
from s1elastic.poller.runner import CycleResult, StreamRunner
from s1elastic.poller.state import StateStore, StreamState, write_atomic
from s1elastic.sentinelone.timefmt import format_timestamp

SUFFIX = ".backfill.json"


def _load(store: StateStore, console: str, stream: str) -> dict[str, Any]:
    try:
        data = orjson.loads(store.path(console, stream, SUFFIX).read_bytes())
    except (FileNotFoundError, orjson.JSONDecodeError):
        return {"version": 1, "ledger": {}, "job": None}
    return data if isinstance(data, dict) else {"version": 1, "ledger": {}, "job": None}


def _save(store: StateStore, console: str, stream: str, data: dict[str, Any]) -> None:
    write_atomic(store.path(console, stream, SUFFIX), orjson.dumps(data, option=orjson.OPT_INDENT_2))


def backfill_ledger(store: StateStore, console: str, stream: str) -> dict[str, int]:
    return {str(k): int(v) for k, v in (_load(store, console, stream).get("ledger") or {}).items()}


def run_backfill(runner: StreamRunner, start: datetime, end: datetime) -> CycleResult:
    """Walk [start, end) for one stream, writing everything it finds (duplicates are idempotent)."""
    store = runner.deps.store
    console, stream = runner.console, runner.stream
    data = _load(store, console, stream)
    window = (format_timestamp(start), format_timestamp(end))
    job = data.get("job")
    if job and (job.get("window_start"), job.get("window_end")) == window and job.get("page_cursor"):
        state = StreamState.from_json(orjson.dumps(job), source="backfill job")
    else:
        state = begin_walk(StreamState(console, stream, mode="incremental"), Window(start, end, None))

    def save(s: StreamState) -> None:
        data["job"] = orjson.loads(s.to_json())
        _save(store, console, stream, data)

    result = CycleResult()
    final = runner.walk(state, save, result, count_hours=True)
    ledger = dict(data.get("ledger") or {})
    hour = start.replace(minute=0, second=0, microsecond=0)
    if hour < start:
        hour += timedelta(hours=1)
    while hour + timedelta(hours=1) <= end:
        key = hour.strftime("%Y-%m-%dT%H")
        ledger[key] = final.hourly.get(key, 0)
        hour += timedelta(hours=1)
    data["ledger"] = ledger
    data["job"] = None
    _save(store, console, stream, data)
    return dataclasses.replace(result)
