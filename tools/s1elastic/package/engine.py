"""The bridge from package tooling to the ingest engine (`s1elastic.ingest.pipeline`).

Tooling sees pipelines as `LoadedPipeline.process(source) -> JSON document | None`: the engine's
output is rendered to Elasticsearch's JSON text and parsed back, so documents compare and
validate exactly as `_simulate` returns them. The engine is imported lazily: `check` still runs
(and says so) when it is not installed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol


class EngineUnavailable(RuntimeError):
    """The ingest engine package cannot be imported."""


class PipelineLoadError(ValueError):
    """The engine refused the pipeline (what `PUT _ingest/pipeline` would answer)."""


class DocumentError(ValueError):
    """A document failed in the pipeline; str() is Elasticsearch's error JSON."""


class LoadedPipeline(Protocol):
    def process(self, source: dict[str, Any], *, index: str) -> dict[str, Any] | None: ...


class Engine(Protocol):
    def load(self, path: Path) -> LoadedPipeline: ...


@dataclass
class _EnginePipeline:
    pipeline: Any

    def process(self, source: dict[str, Any], *, index: str) -> dict[str, Any] | None:
        from s1elastic.ingest import render
        from s1elastic.ingest.errors import JavaException

        try:
            doc = self.pipeline.run(source, index=index)
        except JavaException as exc:
            raise DocumentError(json.dumps(exc.to_xcontent(), sort_keys=True)) from exc
        except Exception as exc:  # an engine defect must fail the case, not the whole run
            raise DocumentError(f"engine failure: {type(exc).__name__}: {exc}") from exc
        if doc is None:
            return None
        result = json.loads(render.dumps(doc.source_fields()))
        return result if isinstance(result, dict) else {}


class IngestEngine:
    """The real engine: pipelines by file, `pipeline` processors resolved in the same folder."""

    def __init__(self) -> None:
        try:
            from s1elastic.ingest.pipeline import Pipeline
        except ImportError as exc:  # the engine lands separately; tooling must still work
            raise EngineUnavailable(f"ingest engine not available: {exc}") from exc
        self._pipeline_cls = Pipeline

    def load(self, path: Path) -> LoadedPipeline:
        from s1elastic.ingest.errors import JavaException

        try:
            pipeline = self._pipeline_cls.load(path, pipelines_dir=path.parent)
        except JavaException as exc:
            raise PipelineLoadError(json.dumps(exc.to_xcontent(), sort_keys=True)) from exc
        except Exception as exc:  # an engine defect is reported, not a crash of the tooling
            raise PipelineLoadError(f"engine failure: {type(exc).__name__}: {exc}") from exc
        return _EnginePipeline(pipeline)


def default_engine() -> Engine | None:
    """The ingest engine, or None when it is not installed."""
    try:
        return IngestEngine()
    except EngineUnavailable:
        return None
