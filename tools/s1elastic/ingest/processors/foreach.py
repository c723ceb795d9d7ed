"""foreach: runs one processor on every element of a list, or every entry of a map.

List: each element is `_ingest._value`; the values left there replace the list. Map: each entry is
`_ingest._key`/`_ingest._value` (keys in HashMap order); the entry is re-keyed by `_key` and dropped
when `_key` has no text. `_value`/`_key` are restored with `put`, so a document that had none keeps
them as null afterwards, as in Elasticsearch. An error or a drop stops the loop.
"""

from __future__ import annotations

from typing import Any, ClassVar

from s1elastic.ingest.config import ProcessorConfig
from s1elastic.ingest.document import MISSING, FieldPath, IngestDocument
from s1elastic.ingest.errors import ClassCastException, IllegalArgumentException
from s1elastic.ingest.javatypes import JavaSet, hashmap_keys, java_class_name
from s1elastic.ingest.processors.base import LoadContext, Processor, register

# java.lang.Character.isWhitespace: space separators except no-break ones, plus these controls.
_JAVA_WHITESPACE = frozenset(
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
    "\u2008\u2009\u200a\u2028\u2029\u205f\u3000"
)


def _has_text(value: str | None) -> bool:
    """Strings.hasText."""
    return value is not None and any(ch not in _JAVA_WHITESPACE for ch in value)


@register
class ForEachProcessor(Processor):
    type_name: ClassVar[str] = "foreach"

    def __init__(self, tag: str | None, field: str, processor: Processor, ignore_missing: bool) -> None:
        super().__init__(tag)
        self.field = field
        self.path = FieldPath.of(field)
        self.processor = processor
        self.ignore_missing = ignore_missing

    @classmethod
    def create(cls, cfg: ProcessorConfig, ctx: LoadContext) -> Processor:
        field = cfg.string("field")
        ignore_missing = cfg.boolean("ignore_missing", False)
        config = cfg.map("processor")
        if len(config) != 1:
            raise cfg.error("processor", "Must specify exactly one processor type")
        ((processor_type, options),) = config.items()
        processor = ctx.load_processor(processor_type, options)
        cfg.finish()
        return cls(cfg.tag, field, processor, ignore_missing)

    def execute(self, doc: IngestDocument) -> IngestDocument | None:
        value = doc.get(self.path, self.ignore_missing)
        if value is MISSING or value is None:
            if self.ignore_missing:
                return doc
            raise IllegalArgumentException(f"field [{self.field}] is null, cannot loop over its elements.")
        if isinstance(value, dict):
            return self._each_entry(doc, value)
        if isinstance(value, list) and not isinstance(value, JavaSet):
            return self._each_element(doc, list(value))
        raise IllegalArgumentException(
            f"field [{self.field}] of type [{java_class_name(value)}] cannot be cast to a list or map"
        )

    def _each_element(self, doc: IngestDocument, values: list[Any]) -> IngestDocument | None:
        ingest = doc.ingest
        run = self.processor.execute
        new_values: list[Any] = []
        for item in values:
            previous = ingest.get("_value")
            ingest["_value"] = item
            try:
                result = run(doc)
            finally:
                new_values.append(ingest.get("_value"))
                ingest["_value"] = previous
            if result is None:
                return None
        doc.set(self.path, new_values)
        return doc

    def _each_entry(self, doc: IngestDocument, mapping: dict[Any, Any]) -> IngestDocument | None:
        ingest = doc.ingest
        run = self.processor.execute
        entries = dict(mapping)
        new_map: dict[Any, Any] = {}
        for key in hashmap_keys(mapping):
            previous_key = ingest.get("_key")
            ingest["_key"] = key
            previous_value = ingest.get("_value")
            ingest["_value"] = entries.get(key)
            try:
                result = run(doc)
            finally:
                new_key = ingest.get("_key")
                if new_key is not None and not isinstance(new_key, str):
                    raise ClassCastException(
                        f"class {java_class_name(new_key)} cannot be cast to class java.lang.String"
                    )
                if _has_text(new_key):
                    new_map[new_key] = ingest.get("_value")
                    ingest["_value"] = previous_value
                ingest["_key"] = previous_key
            if result is None:
                return None
        doc.set(self.path, new_map)
        return doc
