"""Progress a person can read: a rich live table per stream on a terminal, plain log lines otherwise."""

from __future__ import annotations

import logging
import sys
import threading
from dataclasses import dataclass
from typing import Any

from s1elastic.poller.clock import Clock
from s1elastic.poller.runner import CycleResult, NullProgress, ProgressSink
from s1elastic.poller.state import StreamState

log = logging.getLogger("s1elastic.poller.progress")


@dataclass
class _Row:
    status: str = "Pending"
    fetched: int = 0
    written: int = 0
    duplicates: int = 0
    errors: int = 0
    cursor: str = ""
    message: str = ""


class PlainProgress:
    """A log line per stream at most every `every` seconds, and on every status change."""

    def __init__(self, clock: Clock, every: float = 10.0) -> None:
        self._clock = clock
        self._every = every
        self._last: dict[tuple[str, str], float] = {}
        self._lock = threading.Lock()

    def page(self, console: str, stream: str, total: CycleResult, state: StreamState) -> None:
        now = self._clock.monotonic()
        with self._lock:
            last = self._last.get((console, stream))
            if last is not None and now - last < self._every:
                return
            self._last[(console, stream)] = now
        log.info(
            "%s/%s: %d fetched, %d written, %d duplicates dropped, %d pipeline errors; cursor %s",
            console,
            stream,
            total.fetched,
            total.written,
            total.duplicates,
            total.pipeline_errors,
            state.cursor or state.page_cursor or "-",
        )

    def status(self, console: str, stream: str, status: str, message: str | None = None) -> None:
        log.info("%s/%s: %s%s", console, stream, status, f": {message}" if message else "")


class RichProgress:
    """A live table, one row per console and stream (refreshed by rich's own thread)."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.live import Live

        self._rows: dict[tuple[str, str], _Row] = {}
        self._totals: dict[tuple[str, str], _Row] = {}
        self._lock = threading.Lock()
        self._live = Live(self._table(), console=Console(stderr=True), refresh_per_second=4, transient=False)
        self._live.__enter__()

    def _table(self) -> Any:
        from rich.table import Table

        table = Table(title="s1elastic poller", expand=False)
        for column in (
            "console",
            "stream",
            "status",
            "fetched",
            "written",
            "dup",
            "errors",
            "cursor",
            "message",
        ):
            table.add_column(
                column, justify="right" if column in ("fetched", "written", "dup", "errors") else "left"
            )
        for (console, stream), row in sorted(self._rows.items()):
            table.add_row(
                console,
                stream,
                row.status,
                f"{row.fetched:,}",
                f"{row.written:,}",
                f"{row.duplicates:,}",
                f"{row.errors:,}",
                row.cursor,
                row.message[:60],
            )
        return table

    def page(self, console: str, stream: str, total: CycleResult, state: StreamState) -> None:
        with self._lock:
            row = self._rows.setdefault((console, stream), _Row())
            row.fetched, row.written = total.fetched, total.written
            row.duplicates, row.errors = total.duplicates, total.pipeline_errors
            row.cursor = state.cursor or ""
            self._live.update(self._table())

    def status(self, console: str, stream: str, status: str, message: str | None = None) -> None:
        with self._lock:
            row = self._rows.setdefault((console, stream), _Row())
            row.status, row.message = status, message or ""
            self._live.update(self._table())

    def close(self) -> None:
        self._live.__exit__(None, None, None)


def make_progress(mode: str, clock: Clock) -> ProgressSink:
    if mode == "off":
        return NullProgress()
    if mode == "rich" or (mode == "auto" and sys.stderr.isatty()):
        return RichProgress()
    return PlainProgress(clock)
