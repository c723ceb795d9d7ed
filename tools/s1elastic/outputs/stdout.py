"""Standard output: one NDJSON line per document, flushed before acknowledging.

Progress and logs go to standard error, so stdout carries only documents and can be piped.
"""

from __future__ import annotations

import sys
import threading
from typing import BinaryIO

from s1elastic.outputs.base import Ack, Batch, Output, OutputError, encode_batch


class StdoutOutput(Output):
    name = "stdout"

    def __init__(self, stream: BinaryIO | None = None) -> None:
        self._stream = stream
        self._lock = threading.Lock()

    def write(self, batch: Batch) -> Ack:
        stream = self._stream if self._stream is not None else sys.stdout.buffer
        data = encode_batch(batch.documents)
        try:
            with self._lock:
                stream.write(data)
                stream.flush()
        except (OSError, ValueError) as exc:
            raise OutputError(f"stdout: {exc}") from None
        return Ack(accepted=len(batch.documents))
