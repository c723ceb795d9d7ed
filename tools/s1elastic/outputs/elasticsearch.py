"""Elasticsearch output: `_bulk` with `create` actions into the data streams, read item by item.

Two modes:
    local    documents already transformed by the local engine: `create` with the fingerprint `_id`,
             and `pipeline=_none` so the data stream's default pipeline does not run a second time.
    cluster  raw events (`{"message": "<API object JSON>"}`, from `transform: elasticsearch`):
             `create` without `_id`; the installed pipeline (the index template's
             `index.default_pipeline`) parses them and sets the fingerprint `_id` itself.

Per item (what `_bulk` answers for each action):
    200/201                         written
    409 (version_conflict on create) a duplicate of a document already written: success
    429, 5xx                        retried with backoff, only those items, up to `max_retries`
    400 (document_parsing_exception, mapper_parsing_exception, illegal_argument_exception, ...)
                                    the document can never be indexed: appended to the dead-letter
                                    NDJSON file with the reason, then counted as handled
    other 4xx (401/403/404 ...)     a configuration problem (privileges, no index template):
                                    reported as a non-retryable Failure
Whole requests: 413 splits the request in halves; 401/403 raise OutputConfigurationError; 429,
5xx and network errors are retried with backoff, then raise OutputError. The Ack is complete only
when every document was written, was a duplicate, or is in the dead-letter file.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from s1elastic.outputs.base import Ack, Batch, Document, Failure, Output, OutputError
from s1elastic.outputs.deadletter import DeadLetter, DeadLetterFile
from s1elastic.outputs.es_connection import EsConnection
from s1elastic.outputs.http_common import (
    Backoff,
    OutputConfigurationError,
    backoff_from,
    retry_after_seconds,
)

log = logging.getLogger(__name__)

MODES = ("local", "cluster")
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
DEFAULT_DEAD_LETTER = Path("dead-letter") / "elasticsearch.ndjson"


@dataclass
class BulkStats:
    created: int = 0
    duplicates: int = 0
    dead_lettered: int = 0
    retried_items: int = 0
    requests: int = 0


@dataclass
class _Outcome:
    """What became of each position of a batch during one write."""

    done: set[int] = field(default_factory=set)
    letters: list[tuple[int, DeadLetter]] = field(default_factory=list)
    failures: dict[int, Failure] = field(default_factory=dict)


class _Retry(Exception):
    """The whole request failed in a way worth retrying."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class ElasticsearchOutput(Output):
    name = "elasticsearch"

    def __init__(
        self,
        client: Any,
        *,
        mode: str = "local",
        dead_letter: DeadLetterFile | None = None,
        backoff: Backoff | None = None,
        max_bytes: int = DEFAULT_MAX_BYTES,
    ) -> None:
        if mode not in MODES:
            raise ValueError(f"elasticsearch: mode must be one of {', '.join(MODES)}, not {mode!r}")
        self.client = client
        self.mode = mode
        self.dead_letter = dead_letter
        self.backoff = backoff or Backoff()
        self.max_bytes = max_bytes
        self.stats = BulkStats()
        self._lock = threading.Lock()

    # -- the contract --------------------------------------------------------------------------

    def write(self, batch: Batch) -> Ack:
        docs = batch.documents
        outcome = _Outcome()
        pending = list(range(len(docs)))
        attempt = 0
        while pending:
            retry_items: list[int] = []
            retry_after: float | None = None
            for chunk in self._chunks(docs, pending):
                try:
                    retry_items += self._send(docs, chunk, outcome)
                except _Retry as exc:
                    if attempt >= self.backoff.max_retries:
                        raise OutputError(
                            f"elasticsearch: bulk request failed {attempt + 1} times: {exc}"
                        ) from None
                    retry_items += chunk
                    retry_after = exc.retry_after if retry_after is None else retry_after
            if not retry_items:
                break
            if attempt >= self.backoff.max_retries:
                for pos in retry_items:
                    outcome.failures.setdefault(
                        pos, Failure(pos, f"still refused after {attempt + 1} attempts", retryable=True)
                    )
                break
            with self._lock:
                self.stats.retried_items += len(retry_items)
            log.info("elasticsearch: retrying %d of %d documents", len(retry_items), len(docs))
            self.backoff.wait(attempt, retry_after)
            attempt += 1
            pending = sorted(retry_items)
        self._dead_letter(outcome)
        failures = tuple(outcome.failures[p] for p in sorted(outcome.failures))
        return Ack(accepted=len(docs) - len(failures), failures=failures)

    def close(self) -> None:
        close = getattr(self.client, "close", None)
        if close is not None:
            close()

    # -- requests ------------------------------------------------------------------------------

    def _action(self, doc: Document) -> bytes:
        meta: dict[str, str] = {"_index": doc.index}
        if self.mode == "local" and doc.id is not None:
            meta["_id"] = doc.id
        return orjson.dumps({"create": meta}) + b"\n" + doc.source + b"\n"

    def _chunks(self, docs: Sequence[Document], positions: Sequence[int]) -> list[list[int]]:
        chunks: list[list[int]] = []
        current: list[int] = []
        size = 0
        for pos in positions:
            n = len(docs[pos].source) + len(docs[pos].index) + 80
            if current and size + n > self.max_bytes:
                chunks.append(current)
                current, size = [], 0
            current.append(pos)
            size += n
        if current:
            chunks.append(current)
        return chunks

    def _send(self, docs: Sequence[Document], chunk: list[int], outcome: _Outcome) -> list[int]:
        """One `_bulk` request; returns the positions to retry. 413 splits the chunk."""
        from elastic_transport import ConnectionError as TransportConnectionError
        from elastic_transport import TransportError
        from elasticsearch import ApiError

        body = b"".join(self._action(docs[p]) for p in chunk)
        params: dict[str, Any] = {"operations": body}
        if self.mode == "local":
            params["pipeline"] = "_none"
        with self._lock:
            self.stats.requests += 1
        try:
            response = self.client.bulk(**params)
        except ApiError as exc:
            status = exc.meta.status
            if status == 413 and len(chunk) > 1:
                half = len(chunk) // 2
                return self._send(docs, chunk[:half], outcome) + self._send(docs, chunk[half:], outcome)
            if status == 413:
                outcome.letters.append(
                    (chunk[0], DeadLetter(docs[chunk[0]], 413, {"type": "request_entity_too_large"}))
                )
                return []
            if status in (401, 403):
                raise OutputConfigurationError(
                    f"elasticsearch: bulk refused with {status} ({_error_type(exc.body)}): check the "
                    "credentials and their index privileges (create_doc on logs-sentinel_one.*)",
                    status=status,
                ) from None
            if status == 429 or status >= 500:
                raise _Retry(
                    f"HTTP {status} {_error_type(exc.body)}",
                    retry_after_seconds(exc.meta.headers.get("retry-after")),
                ) from None
            raise OutputError(f"elasticsearch: bulk refused with {status}: {_error_type(exc.body)}") from None
        except (TransportConnectionError, TransportError) as exc:
            raise _Retry(f"{type(exc).__name__}: {exc.message}") from None
        items = response.body.get("items") if isinstance(response.body, dict) else None
        if not isinstance(items, list) or len(items) != len(chunk):
            raise _Retry("the bulk response does not have one item per action")
        return self._read_items(docs, chunk, items, outcome)

    def _read_items(
        self, docs: Sequence[Document], chunk: list[int], items: list[Any], outcome: _Outcome
    ) -> list[int]:
        retry: list[int] = []
        created = duplicates = 0
        for pos, item in zip(chunk, items, strict=True):
            result = next(iter(item.values())) if isinstance(item, dict) and item else {}
            status = int(result.get("status", 0))
            error = result.get("error")
            if 200 <= status < 300:
                created += 1
                outcome.done.add(pos)
            elif status == 409:
                duplicates += 1
                outcome.done.add(pos)
            elif status == 429 or status >= 500 or status == 0:
                retry.append(pos)
            elif status == 400:
                outcome.letters.append((pos, DeadLetter(docs[pos], status, error)))
            else:
                outcome.failures[pos] = Failure(pos, f"HTTP {status} {_error_text(error)}", retryable=False)
        with self._lock:
            self.stats.created += created
            self.stats.duplicates += duplicates
        return retry

    def _dead_letter(self, outcome: _Outcome) -> None:
        if not outcome.letters:
            return
        if self.dead_letter is None:
            for pos, letter in outcome.letters:
                outcome.failures[pos] = Failure(
                    pos, f"HTTP {letter.status} {_error_text(letter.error)}", False
                )
            return
        try:
            self.dead_letter.write([letter for _, letter in outcome.letters])
        except OSError as exc:
            raise OutputError(
                f"elasticsearch: cannot write the dead-letter file {self.dead_letter.path}: {exc.strerror or exc}"
            ) from None
        with self._lock:
            self.stats.dead_lettered += len(outcome.letters)
        first = outcome.letters[0][1]
        log.warning(
            "elasticsearch: %d documents refused for good (first: %s); written to %s",
            len(outcome.letters),
            _error_text(first.error),
            self.dead_letter.path,
        )


def _error_type(body: Any) -> str:
    if isinstance(body, dict) and isinstance(body.get("error"), dict):
        return str(body["error"].get("type", "error"))
    return "error"


def _error_text(error: Any) -> str:
    if isinstance(error, dict):
        return f"{error.get('type', 'error')}: {error.get('reason', '')}".strip()
    return str(error)


def build_elasticsearch_output(spec: Mapping[str, Any]) -> ElasticsearchOutput:
    """The `type: elasticsearch` entry of the poller's `outputs:`."""
    connection = EsConnection.from_spec(spec)
    dead_letter_path = Path(str(spec.get("dead_letter") or DEFAULT_DEAD_LETTER)).expanduser()
    return ElasticsearchOutput(
        connection.client(),
        mode=str(spec.get("mode", "local")),
        dead_letter=DeadLetterFile(dead_letter_path, output="elasticsearch"),
        backoff=backoff_from(spec),
        max_bytes=int(spec.get("max_bytes", DEFAULT_MAX_BYTES)),
    )
