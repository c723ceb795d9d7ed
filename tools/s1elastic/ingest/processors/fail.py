"""fail: raises `fail_processor_exception` with the rendered `message` template."""

from __future__ import annotations

from typing import ClassVar

from s1elastic.ingest.config import ProcessorConfig
from s1elastic.ingest.document import IngestDocument
from s1elastic.ingest.errors import FailProcessorException
from s1elastic.ingest.mustache import Template
from s1elastic.ingest.processors.base import LoadContext, Processor, register


@register
class FailProcessor(Processor):
    type_name: ClassVar[str] = "fail"

    def __init__(self, tag: str | None, message: Template) -> None:
        super().__init__(tag)
        self.message = message

    @classmethod
    def create(cls, cfg: ProcessorConfig, ctx: LoadContext) -> Processor:
        message = cfg.template("message")
        cfg.finish()
        return cls(cfg.tag, message)

    def execute(self, doc: IngestDocument) -> IngestDocument | None:
        raise FailProcessorException(self.message.render(doc))
