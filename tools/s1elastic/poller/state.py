"""Per console and stream state: a small versioned JSON document, replaced atomically.

`state_dir/<console>/<stream>.json` holds the committed progress (the cursor and the ids already
written at the cursor's timestamp), the walk in progress (its window and the last acknowledged
page cursor), and per-hour acknowledged counts for reconcile. It is written with write → fsync →
rename → fsync(dir), mode 0600, and only after every output acknowledged a batch, so a kill at any
moment leaves either the old or the new state, never a torn one.
"""

from __future__ import annotations

import dataclasses
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

STATE_VERSION = 1


class StateError(ValueError):
    """A state file exists but cannot be used (corrupt or from a newer version)."""


@dataclass(frozen=True)
class StreamState:
    console: str
    stream: str
    mode: str = "incremental"
    version: int = STATE_VERSION
    # Committed progress: every object with timestamp < cursor is written; at == cursor, boundary_ids.
    cursor: str | None = None
    boundary_ids: tuple[str, ...] = ()
    # The walk in progress (None when idle): its filters and the last acknowledged page's nextCursor.
    window_start: str | None = None
    window_end: str | None = None
    page_cursor: str | None = None
    pages_in_walk: int = 0
    # Fan-out walks (snapshot of children per parent row): the cursor that fetched the current
    # parent page and the row whose children are being walked.
    parent_cursor: str | None = None
    parent_row: int = 0
    # Bookkeeping.
    collected_until: str | None = None  # upper bound of the last completed walk
    last_success: str | None = None  # time of the last acknowledged page
    documents_total: int = 0
    hourly: dict[str, int] = field(default_factory=dict)  # "YYYY-MM-DDTHH" -> acknowledged objects

    @property
    def walking(self) -> bool:
        return self.window_end is not None

    def to_json(self) -> bytes:
        data = dataclasses.asdict(self)
        data["boundary_ids"] = list(self.boundary_ids)
        return orjson.dumps(data, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS)

    @classmethod
    def from_json(cls, raw: bytes, *, source: str = "state") -> StreamState:
        try:
            data: Any = orjson.loads(raw)
        except orjson.JSONDecodeError as exc:
            raise StateError(f"{source}: not JSON: {exc}") from None
        if not isinstance(data, dict):
            raise StateError(f"{source}: expected an object")
        version = data.get("version")
        if version != STATE_VERSION:
            raise StateError(f"{source}: state version {version!r}, this poller reads {STATE_VERSION}")
        names = {f.name for f in dataclasses.fields(cls)}
        kwargs = {k: v for k, v in data.items() if k in names}
        kwargs["boundary_ids"] = tuple(kwargs.get("boundary_ids") or ())
        kwargs["hourly"] = {str(k): int(v) for k, v in (kwargs.get("hourly") or {}).items()}
        try:
            return cls(**kwargs)
        except TypeError as exc:
            raise StateError(f"{source}: {exc}") from None


class StateStore:
    """Reads and atomically replaces state files under one state directory."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def path(self, console: str, stream: str, suffix: str = ".json") -> Path:
        return self.root / console / f"{stream}{suffix}"

    def load(self, console: str, stream: str) -> StreamState | None:
        path = self.path(console, stream)
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            return None
        return StreamState.from_json(raw, source=str(path))

    def save(self, state: StreamState) -> None:
        # The folder is not fsynced after the rename: if a power cut loses the rename, the older
        # state replays pages that were already written (duplicates, never a loss), and the poller
        # saves once per page, so one fsync fewer per page counts.
        write_atomic(self.path(state.console, state.stream), state.to_json(), sync_dir=False)

    def consoles(self) -> list[str]:
        if not self.root.is_dir():
            return []
        return sorted(p.name for p in self.root.iterdir() if p.is_dir())

    def streams(self, console: str) -> list[str]:
        folder = self.root / console
        if not folder.is_dir():
            return []
        return sorted(p.stem for p in folder.glob("*.json") if "." not in p.stem)


def write_atomic(path: Path, data: bytes, mode: int = 0o600, *, sync_dir: bool = True) -> None:
    """Replace `path` with `data`: temp file in the same folder, fsync, rename, fsync the folder.

    A reader (or a restart after kill -9) sees the old or the new content, never a torn one;
    `sync_dir` also makes the rename itself survive a power cut.
    """
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, mode)
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        os.unlink(tmp)
        raise
    os.close(fd)
    os.replace(tmp, path)
    if not sync_dir:
        return
    dfd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dfd)
    finally:
        os.close(dfd)
