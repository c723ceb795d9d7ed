"""The poller as a Python API (the CLI and the demo call these).

summary = run_once(load_config("poller.yml"))       # one cycle of every enabled stream
summary.ok, summary.stream("prod", "activity").written
backfill(config, since=timedelta(hours=12))          # replay without touching live cursors
report = reconcile(config, since=timedelta(hours=24), repair=True)
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from s1elastic.poller.backfill import run_backfill
from s1elastic.poller.config import PollerConfig
from s1elastic.poller.health import ErrorType, Status
from s1elastic.poller.reconcile import ReconcileReport, reconcile_stream, repair
from s1elastic.poller.runner import Stopped
from s1elastic.poller.scheduler import Poller, RunSummary, StreamSummary, state_lock


def run_once(config: PollerConfig, **poller_kwargs: Any) -> RunSummary:
    """One cycle of every enabled stream of every console; `summary.ok` only if all of it was written."""
    with state_lock(config.state_dir), Poller(config, **poller_kwargs) as poller:
        return poller.run_once()


def run_forever(config: PollerConfig, **poller_kwargs: Any) -> RunSummary:
    with state_lock(config.state_dir), Poller(config, **poller_kwargs) as poller:
        return poller.run_forever()


def _select(poller: Poller, consoles: Sequence[str] | None, streams: Sequence[str] | None) -> list[Any]:
    chosen = []
    for runner, settings, console, problem in poller.runners():
        if consoles and console.name not in consoles:
            continue
        if streams and settings.name not in streams:
            continue
        chosen.append((runner, settings, console, problem))
    return chosen


def backfill(
    config: PollerConfig,
    *,
    since: timedelta | None = None,
    start: datetime | None = None,
    end: datetime | None = None,
    consoles: Sequence[str] | None = None,
    streams: Sequence[str] | None = None,
    **poller_kwargs: Any,
) -> RunSummary:
    """Replay `[start, end)` (or the last `since`) of every selected incremental stream."""
    summary = RunSummary()
    with Poller(config, **poller_kwargs) as poller:
        now = poller.clock.now()
        stop = end or now
        begin = start or (stop - (since or timedelta(hours=1)))
        for runner, settings, console, problem in _select(poller, consoles, streams):
            item = StreamSummary(console.name, settings.name)
            summary.streams.append(item)
            if runner is None:
                item.error, item.error_type = problem, ErrorType.CONFIGURATION.value
                continue
            if not runner.spec.incremental:
                item.complete = True
                item.error = None
                continue
            runner.give_up_after = config.retry.generic_window
            try:
                item.absorb(run_backfill(runner, begin, stop))
            except Stopped:
                summary.stopped = True
                break
            except Exception as exc:
                item.error, item.error_type = poller._failed(runner, exc)
        for item in summary.streams:
            if item.error is None and item.complete:
                poller.health.set(item.console, item.stream, Status.COLLECTING)
    return summary


def reconcile(
    config: PollerConfig,
    *,
    since: timedelta,
    repair_gaps: bool = False,
    consoles: Sequence[str] | None = None,
    streams: Sequence[str] | None = None,
    **poller_kwargs: Any,
) -> ReconcileReport:
    """Compare per-hour console counts with acknowledged counts; optionally backfill the gaps."""
    report = ReconcileReport()
    with Poller(config, **poller_kwargs) as poller:
        now = poller.clock.now()
        for runner, settings, console, problem in _select(poller, consoles, streams):
            if runner is None:
                report.skipped.append(f"{console.name}/{settings.name}: {problem}")
                continue
            if not runner.spec.incremental:
                report.skipped.append(f"{console.name}/{settings.name}: snapshot stream (polled in full)")
                continue
            runner.give_up_after = config.retry.generic_window
            try:
                checks = reconcile_stream(runner, now - since, now)
            except Exception as exc:
                message, _ = poller._failed(runner, exc)
                report.skipped.append(f"{console.name}/{settings.name}: {message}")
                continue
            report.hours.extend(checks)
            gaps = [c for c in checks if c.state == "gap"]
            if repair_gaps and gaps:
                for start, end, written in repair(runner, gaps):
                    report.repaired.append((console.name, settings.name, start, end, written))
    return report
