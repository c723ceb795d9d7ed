"""The `rename` processor: move a field's value to another path, restoring it if the move fails."""

from __future__ import annotations

from s1elastic.ingest.config import ProcessorConfig
from s1elastic.ingest.document import FieldPath, IngestDocument
from s1elastic.ingest.errors import IllegalArgumentException, JavaException
from s1elastic.ingest.mustache import Template
from s1elastic.ingest.processors.base import LoadContext, Processor, register


@register
class RenameProcessor(Processor):
    type_name = "rename"

    def __init__(self, field: Template, target: Template, ignore_missing: bool, override: bool) -> None:
        super().__init__()
        self.field = field
        self.target = target
        self.ignore_missing = ignore_missing
        self.override = override

    @classmethod
    def create(cls, cfg: ProcessorConfig, ctx: LoadContext) -> Processor:
        field = cfg.template("field")
        target = cfg.template("target_field")
        ignore_missing = cfg.boolean("ignore_missing", False)
        override = cfg.boolean("override", False)
        cfg.finish()
        return cls(field, target, ignore_missing, override)

    def execute(self, doc: IngestDocument) -> IngestDocument | None:
        source = self.field.render(doc)
        path = FieldPath.of(source)
        if not doc.has(path, fail_out_of_range=True):
            if self.ignore_missing:
                return doc
            raise IllegalArgumentException(f"field [{source}] doesn't exist")
        target_text = self.target.render(doc)
        target = FieldPath.of(target_text)
        if doc.has(target, fail_out_of_range=True) and not self.override:
            raise IllegalArgumentException(f"field [{target_text}] already exists")
        value = doc.get(path)
        doc.remove(path)
        try:
            doc.set(target, value)
        except JavaException:
            doc.set(path, value)
            raise
        return doc
