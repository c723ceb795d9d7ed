"""Health per console and stream: Pending → Started → Initialized → Authenticated → Collecting, or Error.

Errors carry a type (Sumo Logic's C2C model): `configuration` (no retry until the config or token
changes), `third_party` (the console failing: retried with backoff), `first_party` (our outputs
failing). Every change is appended to `state_dir/health.ndjson` as an event and the whole board
is written to `state_dir/health.json` (read by `s1elastic status` and the /health endpoint).
Warnings (token about to expire) ride along without changing the status. Every message goes
through the redactor first.
"""

from __future__ import annotations

import enum
import os
import threading
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import orjson

from s1elastic.poller.clock import Clock
from s1elastic.poller.redact import Redactor
from s1elastic.poller.state import write_atomic
from s1elastic.sentinelone.timefmt import format_timestamp


class Status(enum.StrEnum):
    PENDING = "Pending"
    STARTED = "Started"
    INITIALIZED = "Initialized"
    AUTHENTICATED = "Authenticated"
    COLLECTING = "Collecting"
    ERROR = "Error"
    STOPPED = "Stopped"


class ErrorType(enum.StrEnum):
    CONFIGURATION = "configuration"
    THIRD_PARTY = "third_party"
    FIRST_PARTY = "first_party"


CONSOLE = "*"  # the stream name used for console-wide health (token checks)


@dataclass
class HealthRecord:
    console: str
    stream: str
    status: str = Status.PENDING.value
    error_type: str | None = None
    message: str | None = None
    since: str | None = None
    updated: str | None = None
    warnings: list[str] = field(default_factory=list)


class HealthBoard:
    def __init__(self, state_dir: Path | None, clock: Clock, redactor: Redactor | None = None) -> None:
        self._dir = state_dir
        self._clock = clock
        self._redactor = redactor or Redactor()
        self._records: dict[tuple[str, str], HealthRecord] = {}
        self._lock = threading.Lock()

    def set(
        self,
        console: str,
        stream: str,
        status: Status,
        *,
        error_type: ErrorType | None = None,
        message: str | None = None,
    ) -> None:
        message = self._redactor.scrub(message) if message else None
        now = format_timestamp(self._clock.now())
        with self._lock:
            new = (console, stream) not in self._records
            record = self._records.setdefault((console, stream), HealthRecord(console, stream))
            etype = error_type.value if error_type else None
            if not new and (record.status, record.error_type, record.message) == (
                status.value,
                etype,
                message,
            ):
                record.updated = now
                return
            record.status, record.error_type, record.message = status.value, etype, message
            record.since = record.updated = now
            self._emit({"event": "status", **asdict(record)})

    def warn(self, console: str, stream: str, message: str) -> None:
        message = self._redactor.scrub(message)
        with self._lock:
            record = self._records.setdefault((console, stream), HealthRecord(console, stream))
            if message in record.warnings:
                return
            record.warnings.append(message)
            self._emit(
                {
                    "event": "warning",
                    "console": console,
                    "stream": stream,
                    "message": message,
                    "time": format_timestamp(self._clock.now()),
                }
            )

    def clear_warnings(self, console: str, stream: str) -> None:
        with self._lock:
            record = self._records.get((console, stream))
            if record and record.warnings:
                record.warnings = []
                self._write_board()

    def get(self, console: str, stream: str) -> HealthRecord | None:
        with self._lock:
            return self._records.get((console, stream))

    def snapshot(self) -> list[dict[str, Any]]:
        with self._lock:
            return [asdict(r) for _, r in sorted(self._records.items())]

    def _emit(self, event: dict[str, Any]) -> None:
        if self._dir is None:
            return
        self._dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(self._dir / "health.ndjson", os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            os.fchmod(fd, 0o600)  # also an older file created with looser permissions
            os.write(fd, orjson.dumps(event) + b"\n")
        finally:
            os.close(fd)
        self._write_board()

    def _write_board(self) -> None:
        if self._dir is None:
            return
        board = [asdict(r) for _, r in sorted(self._records.items())]
        write_atomic(self._dir / "health.json", orjson.dumps({"version": 1, "health": board}))


def read_board(state_dir: Path) -> list[dict[str, Any]]:
    """The last health board written to a state directory (empty if none)."""
    try:
        data = orjson.loads((state_dir / "health.json").read_bytes())
    except (FileNotFoundError, orjson.JSONDecodeError):
        return []
    board = data.get("health") if isinstance(data, dict) else None
    return list(board) if isinstance(board, list) else []
