"""Turn raw API objects into documents: locally through the stream's ingest pipeline, or raw.

What a pipeline receives is what Elastic Agent's httpjson input sends: `{"message": "<JSON>"}`.
The document `_id` is the pipeline's `_id` metadata (its fingerprint processor); the `_index` is
the stream's data stream unless the pipeline changed it. Bad input is data: if the engine raises,
the event is still written, with `error.message`, `event.kind: pipeline_error` and
`event.original` set. A dropped document (drop processor) is counted, not written.

`PoolTransformer` spreads a page over worker processes when one core cannot keep up.
"""

from __future__ import annotations

import logging
import multiprocessing
import threading
from collections.abc import Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

import orjson

from s1elastic.outputs.base import Document

log = logging.getLogger(__name__)

NO_ID = "\x00s1elastic:no-id"


@dataclass
class Transformed:
    documents: list[Document] = field(default_factory=list)
    pipeline_errors: int = 0
    dropped: int = 0


class TransformError(Exception):
    """The stream cannot be transformed at all (its pipeline does not load): a configuration error."""


class Transformer(Protocol):
    def transform(self, stream: str, index: str, messages: Sequence[str]) -> Transformed: ...

    def close(self) -> None: ...


def data_stream_name(stream: str, namespace: str) -> str:
    return f"logs-sentinel_one.{stream}-{namespace}"


class RawTransformer:
    """No local transform (`transform: none | elasticsearch`): ship `{"message": raw}` as is."""

    def transform(self, stream: str, index: str, messages: Sequence[str]) -> Transformed:
        return Transformed([Document(index, orjson.dumps({"message": m})) for m in messages])

    def close(self) -> None:
        return None


def _render(value: Any) -> bytes:
    from s1elastic.ingest import render

    return render.dumps_bytes(value)


def error_document(index: str, message: str, reason: str) -> Document:
    """The document written when the engine failed on an event: nothing is lost."""
    source = {
        "@timestamp": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        "message": message,
        "event": {"original": message, "kind": "pipeline_error"},
        "error": {"message": reason},
    }
    return Document(index, orjson.dumps(source))


class LocalTransformer:
    """Runs each stream's `default.yml` through our engine in this process; pipelines load once."""

    def __init__(self, pipelines: dict[str, Path], *, loaded: dict[str, Any] | None = None) -> None:
        self._paths = dict(pipelines)
        self._loaded: dict[str, Any] = dict(loaded or {})  # already built pipelines (tests, embedding)
        # Stream threads load their pipelines one at a time: loading holds the GIL anyway, and the
        # engine's first-use set-up (e.g. the Painless method tables) is not safe to race.
        self._load_lock = threading.Lock()

    def _pipeline(self, stream: str) -> Any:
        pipeline = self._loaded.get(stream)
        if pipeline is not None:
            return pipeline
        with self._load_lock:
            return self._load(stream)

    def _load(self, stream: str) -> Any:
        pipeline = self._loaded.get(stream)
        if pipeline is None:
            path = self._paths.get(stream)
            if path is None:
                raise TransformError(
                    f"data stream {stream!r} has no elasticsearch/ingest_pipeline/default.yml"
                )
            try:
                from s1elastic.ingest.pipeline import Pipeline
            except ImportError as exc:
                raise TransformError(f"the local ingest engine is not available: {exc}") from None
            try:
                pipeline = Pipeline.load(path)
            except Exception as exc:
                raise TransformError(f"{path}: the pipeline does not load: {_reason(exc)}") from None
            self._loaded[stream] = pipeline
        return pipeline

    def prepare(self, stream: str) -> None:
        """Load the stream's pipeline now, so a broken pipeline fails before anything is fetched."""
        self._pipeline(stream)

    def transform(self, stream: str, index: str, messages: Sequence[str]) -> Transformed:
        pipeline = self._pipeline(stream)
        out = Transformed()
        for message in messages:
            try:
                doc = pipeline.run({"message": message}, index=index, doc_id=NO_ID)
                if doc is None:
                    out.dropped += 1
                    continue
                meta = doc.source
                doc_id = meta.get("_id")
                target = meta.get("_index") or index
                out.documents.append(
                    Document(
                        str(target),
                        _render(doc.source_fields()),
                        None if doc_id in (NO_ID, None) else str(doc_id),
                    )
                )
            except Exception as exc:  # bad input is data: keep the event with the reason
                out.pipeline_errors += 1
                out.documents.append(error_document(index, message, _reason(exc)))
        return out

    def close(self) -> None:
        self._loaded.clear()


def _reason(exc: BaseException) -> str:
    root = getattr(exc, "root_cause_exception", None)
    if callable(root):
        cause = root()
        reason = getattr(cause, "reason", None)
        if reason:
            return str(reason)
    return str(exc) or type(exc).__name__


# -- worker pool -------------------------------------------------------------------------------

_WORKER: LocalTransformer | None = None


def _init_worker(pipelines: dict[str, Path]) -> None:
    global _WORKER
    _WORKER = LocalTransformer(pipelines)


def _work(
    stream: str, index: str, messages: list[str]
) -> tuple[list[tuple[str, bytes, str | None]], int, int]:
    assert _WORKER is not None
    out = _WORKER.transform(stream, index, messages)
    return [(d.index, d.source, d.id) for d in out.documents], out.pipeline_errors, out.dropped


class PoolTransformer:
    """Splits each page into chunks for `workers` processes (spawned, so no forked threads)."""

    def __init__(self, pipelines: dict[str, Path], workers: int, *, chunk: int = 250) -> None:
        self._pipelines = dict(pipelines)
        self._chunk = chunk
        self._pool: Executor = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_init_worker,
            initargs=(self._pipelines,),
        )
        self._local = LocalTransformer(pipelines)

    def prepare(self, stream: str) -> None:
        self._local.prepare(stream)

    def transform(self, stream: str, index: str, messages: Sequence[str]) -> Transformed:
        chunks = [list(messages[i : i + self._chunk]) for i in range(0, len(messages), self._chunk)]
        out = Transformed()
        futures = [self._pool.submit(_work, stream, index, c) for c in chunks]
        for future in futures:
            docs, errors, dropped = future.result()
            out.documents.extend(Document(i, s, d) for i, s, d in docs)
            out.pipeline_errors += errors
            out.dropped += dropped
        return out

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
