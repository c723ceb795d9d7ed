"""terminate: stops the current pipeline; an outer pipeline that called it goes on."""

from __future__ import annotations

from typing import ClassVar

from s1elastic.ingest.config import ProcessorConfig
from s1elastic.ingest.document import IngestDocument
from s1elastic.ingest.processors.base import LoadContext, Processor, register


@register
class TerminateProcessor(Processor):
    type_name: ClassVar[str] = "terminate"

    @classmethod
    def create(cls, cfg: ProcessorConfig, ctx: LoadContext) -> Processor:
        cfg.finish()
        return cls(cfg.tag)

    def execute(self, doc: IngestDocument) -> IngestDocument | None:
        # executor.execute_pipeline resets the flag when the pipeline that ran this ends.
        if not doc.terminated:
            doc.terminated = True
        return doc
