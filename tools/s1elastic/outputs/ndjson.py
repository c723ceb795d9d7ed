"""NDJSON files per data stream (`<dir>/<data stream>.ndjson`), fsynced before acknowledging.

Crash safety: a write that was cut short (kill -9 mid-write) can only leave a partial last line,
and that line belongs to a batch that was never acknowledged, so it will be written again. When a
file is opened for appending, anything after its last newline is therefore cut off. Several
threads and processes (a live run and a backfill) may share a file: writes take a thread lock and
an exclusive flock, and a writer reopens the file when another one rotated it.
Rotation by size renames the full file to `<data stream>-<UTC time>-<n>.ndjson`.
"""

from __future__ import annotations

import fcntl
import os
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from s1elastic.outputs.base import Ack, Batch, Output, OutputError, encode_batch

DEFAULT_MAX_BYTES = 256 * 1024 * 1024


class _File:
    """One open data stream file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.fd = -1
        self.inode: tuple[int, int] | None = None
        self.size = 0

    def ensure_open(self) -> None:
        """Open (or reopen after another process rotated it) and repair a torn last line."""
        if self.fd >= 0:
            try:
                st = os.stat(self.path)
                if (st.st_dev, st.st_ino) == self.inode:
                    return
            except FileNotFoundError:
                pass
            os.close(self.fd)
            self.fd = -1
        created = not self.path.exists()
        self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o600)
        if created:
            _fsync_dir(self.path.parent)
        st = os.fstat(self.fd)
        self.inode = (st.st_dev, st.st_ino)
        self.size = st.st_size

    def repair_tail(self) -> None:
        if self.size == 0:
            return
        os.lseek(self.fd, self.size - 1, os.SEEK_SET)
        if os.read(self.fd, 1) == b"\n":
            return
        keep = _last_newline_end(self.fd, self.size)
        os.ftruncate(self.fd, keep)
        os.fsync(self.fd)
        self.size = keep

    def append(self, data: bytes) -> None:
        view = memoryview(data)
        while view:
            written = os.write(self.fd, view)
            view = view[written:]
        os.fsync(self.fd)
        self.size += len(data)

    def close(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1


class NdjsonOutput(Output):
    name = "ndjson"

    def __init__(
        self,
        directory: Path,
        *,
        max_bytes: int = DEFAULT_MAX_BYTES,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.directory = Path(directory)
        self.max_bytes = max_bytes
        self._clock = clock
        self._files: dict[str, _File] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    def path_for(self, index: str) -> Path:
        return self.directory / f"{index}.ndjson"

    def write(self, batch: Batch) -> Ack:
        by_index: dict[str, list[int]] = {}
        for pos, doc in enumerate(batch.documents):
            by_index.setdefault(doc.index, []).append(pos)
        try:
            for index, positions in by_index.items():
                self._append(index, encode_batch([batch.documents[p] for p in positions]))
        except OSError as exc:
            raise OutputError(f"ndjson: cannot write to {self.directory}: {exc.strerror or exc}") from None
        return Ack(accepted=len(batch.documents))

    def _append(self, index: str, data: bytes) -> None:
        with self._guard:
            lock = self._locks.setdefault(index, threading.Lock())
            handle = self._files.get(index)
            if handle is None:
                self.directory.mkdir(parents=True, exist_ok=True)
                handle = self._files[index] = _File(self.path_for(index))
        with lock:
            handle.ensure_open()
            fcntl.flock(handle.fd, fcntl.LOCK_EX)
            try:
                # Another process may have rotated or appended since our last write.
                if (st := os.stat(handle.path)) and (st.st_dev, st.st_ino) != handle.inode:
                    fcntl.flock(handle.fd, fcntl.LOCK_UN)
                    handle.close()
                    handle.ensure_open()
                    fcntl.flock(handle.fd, fcntl.LOCK_EX)
                handle.size = os.fstat(handle.fd).st_size
                handle.repair_tail()
                handle.append(data)
                if handle.size >= self.max_bytes:
                    self._rotate(index, handle)
            finally:
                if handle.fd >= 0:
                    fcntl.flock(handle.fd, fcntl.LOCK_UN)

    def _rotate(self, index: str, handle: _File) -> None:
        stamp = self._clock().strftime("%Y%m%dT%H%M%S")
        n = 0
        while True:
            target = self.directory / f"{index}-{stamp}-{n}.ndjson"
            if not target.exists():
                break
            n += 1
        os.rename(handle.path, target)
        _fsync_dir(self.directory)

    def close(self) -> None:
        with self._guard:
            for handle in self._files.values():
                handle.close()
            self._files.clear()


def _last_newline_end(fd: int, size: int) -> int:
    """Offset just past the last newline in the file (0 if there is none)."""
    pos = size
    chunk = 65536
    while pos > 0:
        start = max(0, pos - chunk)
        os.lseek(fd, start, os.SEEK_SET)
        data = os.read(fd, pos - start)
        idx = data.rfind(b"\n")
        if idx >= 0:
            return start + idx + 1
        pos = start
    return 0


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def read_documents(path: Path) -> list[dict[str, object]]:
    """Every line of an NDJSON output file as a dict (for tests, reconcile and people)."""
    import orjson

    with open(path, "rb") as fh:
        return [orjson.loads(line) for line in fh if line.strip()]
