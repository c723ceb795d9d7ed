"""pipeline: runs another pipeline, found by (templated) name, on the same document.

Non-verbose, a missing pipeline is an `illegal_state_exception` (`ignore_missing_pipeline` skips
it); verbose simulate reports it as `illegal_argument_exception` (see simulate.py). Cycles and the
100-level limit are checked by executor.execute_pipeline.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from s1elastic.ingest.config import ProcessorConfig
from s1elastic.ingest.document import IngestDocument
from s1elastic.ingest.errors import IllegalStateException
from s1elastic.ingest.executor import execute_pipeline
from s1elastic.ingest.mustache import Template
from s1elastic.ingest.processors.base import LoadContext, Processor, register

if TYPE_CHECKING:
    from s1elastic.ingest.pipeline import Pipeline


@register
class PipelineProcessor(Processor):
    type_name: ClassVar[str] = "pipeline"

    def __init__(
        self, tag: str | None, name: Template, ignore_missing_pipeline: bool, ctx: LoadContext
    ) -> None:
        super().__init__(tag)
        self.name = name
        self.ignore_missing_pipeline = ignore_missing_pipeline
        self._resolve = getattr(ctx, "get_pipeline", None)

    @classmethod
    def create(cls, cfg: ProcessorConfig, ctx: LoadContext) -> Processor:
        name = cfg.template("name")
        ignore_missing = cfg.boolean("ignore_missing_pipeline", False)
        cfg.finish()
        return cls(cfg.tag, name, ignore_missing, ctx)

    def pipeline_name(self, doc: IngestDocument) -> str:
        return self.name.render(doc)

    def get_pipeline(self, doc: IngestDocument) -> tuple[str, Pipeline | None]:
        """The name this document calls and the pipeline of that name (None when there is none)."""
        name = self.pipeline_name(doc)
        return name, (self._resolve(name) if self._resolve is not None else None)

    def execute(self, doc: IngestDocument) -> IngestDocument | None:
        name, pipeline = self.get_pipeline(doc)
        if pipeline is None:
            if self.ignore_missing_pipeline:
                return doc
            raise IllegalStateException(f"Pipeline processor configured for non-existent pipeline [{name}]")
        result: IngestDocument | None = execute_pipeline(doc, pipeline)
        return result
