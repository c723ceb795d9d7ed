"""The `split` processor: String.split with a Java regex (limit 0, or -1 with preserve_trailing)."""

from __future__ import annotations

from typing import Any

from s1elastic.ingest.config import ProcessorConfig
from s1elastic.ingest.document import MISSING, FieldPath, IngestDocument
from s1elastic.ingest.errors import IllegalArgumentException, JavaException
from s1elastic.ingest.processors._java_regex import compile_java_regex, java_split
from s1elastic.ingest.processors.base import LoadContext, Processor, register


@register
class SplitProcessor(Processor):
    type_name = "split"

    def __init__(
        self, field: str, separator: str, ignore_missing: bool, preserve_trailing: bool, target: str
    ) -> None:
        super().__init__()
        self.field = field
        self.path = FieldPath.of(field)
        self.separator = separator
        self.ignore_missing = ignore_missing
        self.limit = -1 if preserve_trailing else 0
        self.target = FieldPath.of(target)
        # String.split compiles the separator on every call, so a bad regex fails each document.
        self._compiled: Any = None
        self._error: JavaException | None = None
        try:
            self._compiled = compile_java_regex(separator)
        except JavaException as exc:
            self._error = exc

    @classmethod
    def create(cls, cfg: ProcessorConfig, ctx: LoadContext) -> Processor:
        field = cfg.string("field")
        ignore_missing = cfg.boolean("ignore_missing", False)
        target = cfg.string("target_field", field)
        preserve_trailing = cfg.boolean("preserve_trailing", False)
        separator = cfg.string("separator")
        cfg.finish()
        return cls(field, separator, ignore_missing, preserve_trailing, target)

    def execute(self, doc: IngestDocument) -> IngestDocument | None:
        value = doc.get_string(self.path, self.ignore_missing)
        if value is MISSING or value is None:
            if self.ignore_missing:
                return doc
            raise IllegalArgumentException(f"field [{self.field}] is null, cannot split.")
        if self._error is not None:
            raise self._error
        doc.set(self.target, java_split(self._compiled, value, self.limit))
        return doc
