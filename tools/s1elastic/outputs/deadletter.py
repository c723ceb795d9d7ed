"""A dead-letter NDJSON file: documents a destination refused for good, with the reason.

One line per document: `{"@timestamp": <when refused>, "output": ..., "_index": ..., "_id": ...,
"status": <HTTP status>, "error": {<the destination's error object>}, "_source": {<document>}}`.
Appends are fsynced before the caller counts the document as handled, so a batch whose refused
documents are dead-lettered can be acknowledged without losing anything. Thread-safe; the file
is created with mode 0600 (documents may hold sensitive data).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson

from s1elastic.outputs.base import Document


@dataclass(frozen=True)
class DeadLetter:
    document: Document
    status: int
    error: Any


class DeadLetterFile:
    def __init__(
        self, path: Path, *, output: str, clock: Callable[[], datetime] = lambda: datetime.now(UTC)
    ) -> None:
        self.path = Path(path)
        self.output = output
        self._clock = clock
        self._lock = threading.Lock()

    def write(self, letters: Sequence[DeadLetter]) -> None:
        """Append and fsync; raises OSError when the file cannot be written."""
        if not letters:
            return
        stamp = self._clock().strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
        data = b"".join(self._line(stamp, letter) for letter in letters)
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            try:
                view = memoryview(data)
                while view:
                    view = view[os.write(fd, view) :]
                os.fsync(fd)
            finally:
                os.close(fd)

    def _line(self, stamp: str, letter: DeadLetter) -> bytes:
        doc = letter.document
        head = orjson.dumps(
            {
                "@timestamp": stamp,
                "output": self.output,
                "_index": doc.index,
                "_id": doc.id,
                "status": letter.status,
                "error": letter.error,
            }
        )
        return head[:-1] + b',"_source":' + doc.source + b"}\n"


def read_dead_letters(path: Path) -> list[dict[str, Any]]:
    """Every dead letter in the file (for tests, and for people replaying them)."""
    with open(path, "rb") as fh:
        return [orjson.loads(line) for line in fh if line.strip()]
