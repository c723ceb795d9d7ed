"""The `join` processor: joins a list's elements (via toString) with a separator."""

from __future__ import annotations

from s1elastic.ingest.config import ProcessorConfig
from s1elastic.ingest.document import FieldPath, IngestDocument
from s1elastic.ingest.errors import IllegalArgumentException, NullPointerException
from s1elastic.ingest.javatypes import JavaSet, java_class_name, java_to_string
from s1elastic.ingest.processors.base import LoadContext, Processor, register


@register
class JoinProcessor(Processor):
    type_name = "join"

    def __init__(self, field: str, separator: str, target: str) -> None:
        super().__init__()
        self.field = field
        self.path = FieldPath.of(field)
        self.separator = separator
        self.target = FieldPath.of(target)

    @classmethod
    def create(cls, cfg: ProcessorConfig, ctx: LoadContext) -> Processor:
        field = cfg.string("field")
        separator = cfg.string("separator")
        target = cfg.string("target_field", field)
        cfg.finish()
        return cls(field, separator, target)

    def execute(self, doc: IngestDocument) -> IngestDocument | None:
        value = doc.get(self.path)
        if value is None:
            raise IllegalArgumentException(f"field [{self.field}] is null, cannot join.")
        if not isinstance(value, list) or isinstance(value, JavaSet):
            raise IllegalArgumentException(
                f"field [{self.field}] of type [{java_class_name(value)}] cannot be cast to [java.util.List]"
            )
        parts = []
        for item in value:
            if item is None:
                # Object::toString on a null element: a method reference's NPE has no message (checked on
                # OpenJDK 17 and Temurin 25: stream().map(Object::toString) -> getMessage() == null)
                raise NullPointerException(None)
            parts.append(java_to_string(item))
        doc.set(self.target, self.separator.join(parts))
        return doc
