"""drop: the document is not indexed (simulate prints `null`, verbose `dropped`)."""

from __future__ import annotations

from typing import ClassVar

from s1elastic.ingest.config import ProcessorConfig
from s1elastic.ingest.document import IngestDocument
from s1elastic.ingest.processors.base import LoadContext, Processor, register


@register
class DropProcessor(Processor):
    type_name: ClassVar[str] = "drop"

    @classmethod
    def create(cls, cfg: ProcessorConfig, ctx: LoadContext) -> Processor:
        cfg.finish()
        return cls(cfg.tag)

    def execute(self, doc: IngestDocument) -> IngestDocument | None:
        return None
