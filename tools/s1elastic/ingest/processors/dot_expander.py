"""The `dot_expander` processor: turn a dotted key (`a.b`, or every dotted key with `*`) into objects.

Its configuration errors carry `processor_type: "tag"` (DotExpanderProcessor passes TAG_KEY where
the type belongs) and the factory drops the processor's `description`; both quirks are kept.
"""

from __future__ import annotations

from typing import Any

from s1elastic.ingest.config import ProcessorConfig
from s1elastic.ingest.document import FieldPath, IngestDocument
from s1elastic.ingest.errors import IllegalArgumentException, ParseException
from s1elastic.ingest.javatypes import java_class_name
from s1elastic.ingest.processors.base import LoadContext, Processor, register


@register
class DotExpanderProcessor(Processor):
    type_name = "dot_expander"

    def __init__(self, field: str, path: str | None, override: bool) -> None:
        super().__init__()
        self.field = field
        self.path_text = path
        self.path = FieldPath.of(path) if path is not None else None
        self.override = override

    # The factory builds the processor with a null description, whatever the config said.
    @property  # type: ignore[override]
    def description(self) -> str | None:
        return None

    @description.setter
    def description(self, value: str | None) -> None:
        pass

    @classmethod
    def create(cls, cfg: ProcessorConfig, ctx: LoadContext) -> Processor:
        field = cfg.string("field")

        def quirk(reason: str) -> ParseException:
            return ParseException.for_property("tag", cfg.tag, "field", reason)

        if "." not in field and field != "*":
            raise quirk("field does not contain a dot and is not a wildcard")
        if field.startswith(".") or field.endswith("."):
            raise quirk("Field can't start or end with a dot")
        if ".." in field:
            raise quirk("No space between dots")
        path = cfg.string("path", None)
        override = cfg.boolean("override", False)
        cfg.finish()
        return cls(field, path, override)

    def execute(self, doc: IngestDocument) -> IngestDocument | None:
        mapping: Any
        if self.path is not None:
            mapping = doc.get(self.path)
            if mapping is not None and not isinstance(mapping, dict):
                raise IllegalArgumentException(
                    f"field [{self.path_text}] of type [{java_class_name(mapping)}] cannot be cast to [java.util.Map]"
                )
        else:
            mapping = doc.source
        prefix = "" if self.path_text is None else self.path_text + "."
        if self.field == "*":
            for key in list(mapping):
                if key.find(".") > 0:
                    self._expand(doc, prefix + key, key, mapping)
        else:
            self._expand(doc, prefix + self.field, self.field, mapping)
        return doc

    def _expand(self, doc: IngestDocument, expanded: str, key: str, mapping: dict[str, Any]) -> None:
        if key not in mapping:
            return
        value = mapping.pop(key)
        target = FieldPath.of(expanded)
        if doc.has(target):
            if self.override:
                doc.set(target, value)
            else:
                doc.append(target, value)
            return
        index = expanded.find(".")
        while index != -1:
            partial = FieldPath.of(expanded[:index])
            if not doc.has(partial):
                break
            if not isinstance(doc.get(partial), dict):
                raise IllegalArgumentException(
                    f"cannot expand [{expanded}], because [{expanded[:index]}] is not an object field, but a value field"
                )
            index = expanded.find(".", index + 1)
        doc.set(target, value)
