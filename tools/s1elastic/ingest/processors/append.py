"""The `append` processor: add values to a field, turning a scalar into a list."""

from __future__ import annotations

from s1elastic.ingest.config import ProcessorConfig
from s1elastic.ingest.document import FieldPath, IngestDocument, deep_copy
from s1elastic.ingest.mustache import Template, ValueSource
from s1elastic.ingest.processors.base import LoadContext, Processor, register


@register
class AppendProcessor(Processor):
    type_name = "append"

    def __init__(
        self,
        field: Template,
        value: ValueSource | None,
        copy_from: FieldPath | None,
        allow_duplicates: bool,
        ignore_empty_values: bool,
    ) -> None:
        super().__init__()
        self.field = field
        self.value = value
        self.copy_from = copy_from
        self.allow_duplicates = allow_duplicates
        self.ignore_empty_values = ignore_empty_values
        self._constant_path = FieldPath.of(field.source) if field.is_constant else None

    @classmethod
    def create(cls, cfg: ProcessorConfig, ctx: LoadContext) -> Processor:
        field, value, copy_path = cfg.value_or_copy_from()
        allow_duplicates = cfg.boolean("allow_duplicates", True)
        ignore_empty_values = cfg.boolean("ignore_empty_values", False)
        template = cfg.template("field", field)
        cfg.finish()
        return cls(template, value, copy_path, allow_duplicates, ignore_empty_values)

    def execute(self, doc: IngestDocument) -> IngestDocument | None:
        if self.copy_from is not None:
            value = deep_copy(doc.get(self.copy_from))
        else:
            assert self.value is not None
            value = self.value.resolve(doc)
        path = self._constant_path or FieldPath.of(self.field.render(doc))
        doc.append(path, value, self.allow_duplicates, self.ignore_empty_values)
        return doc
