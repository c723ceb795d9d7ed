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
        field = cfg.string("field")
        copy_from = cfg.string("copy_from", None)
        media_type = cfg.media_type()
        value = None
        if copy_from is None:
            value = cfg.value_source("value", media_type)
        elif cfg.options.pop("value", None) is not None:
            raise cfg.error("copy_from", "cannot set both `copy_from` and `value` in the same processor")
        allow_duplicates = cfg.boolean("allow_duplicates", True)
        ignore_empty_values = cfg.boolean("ignore_empty_values", False)
        template = cfg.template("field", field)
        cfg.finish()
        copy_path = FieldPath.of(copy_from) if copy_from is not None else None
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
