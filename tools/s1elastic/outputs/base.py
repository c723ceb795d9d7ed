"""The output contract: `write(batch)` returns only once the batch is durable, as an `Ack`.

The poller advances a stream's cursor only after every output acknowledged the whole batch; an
incomplete Ack or an `OutputError` makes it retry the same batch (documents carry deterministic
`_id`s, so a repeat is idempotent where the destination honours ids). Documents travel as JSON
text (bytes): every destination (files, stdout, Elasticsearch bulk, HEC, SDL) wants text, and worker
processes can hand text back cheaply.
"""

from __future__ import annotations

import abc
from collections.abc import Sequence
from dataclasses import dataclass

import orjson


@dataclass(frozen=True, slots=True)
class Document:
    """One document for one data stream: `_index` (data stream name), optional `_id`, `_source` as
    compact JSON (UTF-8 bytes, already rendered the way Elasticsearch writes it)."""

    index: str
    source: bytes
    id: str | None = None


@dataclass(frozen=True, slots=True)
class Batch:
    """The documents from one API page of one console's stream, written and acknowledged together."""

    console: str
    stream: str
    documents: Sequence[Document]


@dataclass(frozen=True, slots=True)
class Failure:
    """A document the destination refused, with its reason (e.g. a bulk item error)."""

    position: int
    reason: str
    retryable: bool = True


@dataclass(frozen=True, slots=True)
class Ack:
    accepted: int
    failures: tuple[Failure, ...] = ()

    @property
    def complete(self) -> bool:
        return not self.failures


class OutputError(Exception):
    """The whole batch failed (disk full, destination down); the poller retries it with backoff."""


class Output(abc.ABC):
    """A destination. Implementations must be safe to call from several stream threads."""

    name: str = "output"

    @abc.abstractmethod
    def write(self, batch: Batch) -> Ack:
        """Write the batch; return only when it is durable. Raise OutputError if nothing was."""

    def close(self) -> None:  # noqa: B027 - optional hook
        """Release files and connections."""


def ndjson_line(doc: Document) -> bytes:
    """`{"_index":…,"_id":…,"_source":{…}}` and a newline: one document per line, id kept."""
    head = b'{"_index":' + orjson.dumps(doc.index)
    if doc.id is not None:
        head += b',"_id":' + orjson.dumps(doc.id)
    return head + b',"_source":' + doc.source + b"}\n"


def encode_batch(documents: Sequence[Document]) -> bytes:
    """The batch as NDJSON lines (`ndjson_line` each); the index header is encoded once per index."""
    heads: dict[str, bytes] = {}
    parts = []
    for doc in documents:
        head = heads.get(doc.index)
        if head is None:
            head = heads[doc.index] = b'{"_index":' + orjson.dumps(doc.index)
        if doc.id is not None:
            head = head + b',"_id":' + orjson.dumps(doc.id)
        parts.append(head + b',"_source":' + doc.source + b"}\n")
    return b"".join(parts)
