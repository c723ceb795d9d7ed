"""AbstractStringProcessor and its simplest members: lowercase, uppercase, trim.

The base class is shared by gsub, html_strip, bytes and urldecode: options `field`, `target_field`
(defaults to `field`) and `ignore_missing`; a list is processed element-wise; null and non-string
values fail with Elasticsearch's messages.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from typing import Any, ClassVar

from s1elastic.ingest.config import ProcessorConfig
from s1elastic.ingest.document import METADATA_KEYS, MISSING, FieldPath, IngestDocument
from s1elastic.ingest.errors import IllegalArgumentException, NullPointerException
from s1elastic.ingest.fusion import AtField, FieldTest, inline
from s1elastic.ingest.javatypes import java_class_name, java_to_string
from s1elastic.ingest.processors.base import LoadContext, Processor, register

_METADATA = frozenset(METADATA_KEYS)


class StringProcessor(Processor):
    """AbstractStringProcessor: subclasses implement `process` and may read extra options."""

    type_name: ClassVar[str] = ""

    def __init__(self, field: str, target: str, ignore_missing: bool) -> None:
        super().__init__()
        self.field = field
        self.path = FieldPath.of(field)
        self.target = FieldPath.of(target)
        self.ignore_missing = ignore_missing
        self._in_place = self.target is self.path
        self._apply = self.plain_process()
        if self._in_place and type(self).execute is StringProcessor.execute:
            self.execute = self._in_place_execute()  # type: ignore[method-assign,assignment]

    @classmethod
    def create(cls, cfg: ProcessorConfig, ctx: LoadContext) -> Processor:
        field = cfg.string("field")
        ignore_missing = cfg.boolean("ignore_missing", False)
        target = cfg.string("target_field", field)
        processor = cls.new_processor(cfg, field, target, ignore_missing)
        cfg.finish()
        return processor

    @classmethod
    def new_processor(
        cls, cfg: ProcessorConfig, field: str, target: str, ignore_missing: bool
    ) -> StringProcessor:
        """Read the processor's own options (the factory's newProcessor)."""
        return cls(field, target, ignore_missing)

    def process(self, value: str) -> Any:
        raise NotImplementedError

    def plain_process(self) -> Callable[[str], Any]:
        """`process` as a function of the value alone; a builtin saves a Python call per value."""
        return self.process

    def execute(self, doc: IngestDocument) -> IngestDocument | None:
        if self._in_place:
            # A string in place through plain dicts: get and set in one walk, as they would resolve.
            path = self.path
            source = doc.source
            parent: Any = doc.ingest if path.in_ingest else source
            for key in path.head:
                if type(parent) is not dict:
                    return self._execute_general(doc)
                parent = parent.get(key)
            if type(parent) is dict:
                leaf = path.leaf
                value = parent.get(leaf)
                if type(value) is str and (parent is not source or leaf not in _METADATA):
                    parent[leaf] = self._apply(value)
                    return doc
        return self._execute_general(doc)

    def _in_place_execute(self) -> Callable[[IngestDocument], IngestDocument | None]:
        """`execute` for a field processed in place, its path and function bound as closure locals.

        The same steps as the class's `execute` (differentially tested against it).
        """
        general = self._execute_general
        apply = self._apply
        in_ingest, head, leaf = self.path.in_ingest, self.path.head, self.path.leaf
        leaf_is_metadata = leaf in _METADATA

        def execute(doc: IngestDocument) -> IngestDocument | None:
            source = doc.source
            parent: Any = doc.ingest if in_ingest else source
            for key in head:
                if type(parent) is not dict:
                    return general(doc)
                parent = parent.get(key)
            if type(parent) is dict:
                value = parent.get(leaf)
                if type(value) is str and (not leaf_is_metadata or parent is not source):
                    parent[leaf] = apply(value)
                    return doc
            return general(doc)

        return execute

    def changed_paths(self) -> tuple[FieldPath, ...] | None:
        """Only the target is written (the field itself when there is no target_field)."""
        return (self.target,)

    def at_field(self, test: FieldTest) -> AtField | None:
        """Fused with an `if` on the field itself, processed in place: a string is done here,
        anything else goes to `execute` (the condition has already held)."""
        if not (self._in_place and type(self).execute is StringProcessor.execute and test.covers(self.path)):
            return None
        apply = self._apply
        leaf = self.path.leaf
        execute = self.execute

        def process(doc: IngestDocument, parent: dict[str, Any], value: Any) -> IngestDocument | None:
            if type(value) is str:
                parent[leaf] = apply(value)
                return doc
            return execute(doc)

        return inline(process, apply)

    def _execute_general(self, doc: IngestDocument) -> IngestDocument | None:
        value = doc.get(self.path, self.ignore_missing)
        if type(value) is str:  # the usual case, ahead of the checks below
            doc.set(self.target, self.process(value))
            return doc
        if value is MISSING or value is None:
            if self.ignore_missing:
                return doc
            raise IllegalArgumentException(f"field [{self.field}] is null, cannot process it.")
        if isinstance(value, list):
            result: Any = []
            for item in value:
                if isinstance(item, str):
                    result.append(self.process(item))
                elif item is None:
                    raise NullPointerException('Cannot invoke "Object.getClass()" because "value" is null')
                else:
                    raise IllegalArgumentException(
                        f"value [{java_to_string(item)}] of type [{java_class_name(item)}] in list field "
                        f"[{self.field}] cannot be cast to [java.lang.String]"
                    )
        elif isinstance(value, str):
            result = self.process(value)
        else:
            raise IllegalArgumentException(
                f"field [{self.field}] of type [{java_class_name(value)}] cannot be cast to [java.lang.String]"
            )
        doc.set(self.target, result)
        return doc


@register
class LowercaseProcessor(StringProcessor):
    type_name = "lowercase"

    def plain_process(self) -> Callable[[str], Any]:
        return str.lower

    def process(self, value: str) -> Any:
        return value.lower()  # String.toLowerCase(Locale.ROOT)


@register
class UppercaseProcessor(StringProcessor):
    type_name = "uppercase"

    def plain_process(self) -> Callable[[str], Any]:
        return str.upper

    def process(self, value: str) -> Any:
        return value.upper()  # String.toUpperCase(Locale.ROOT)


_JAVA_TRIMMED = "".join(chr(c) for c in range(0x21))


_JAVA_TRIM: Callable[[str], str] = operator.methodcaller("strip", _JAVA_TRIMMED)


def java_trim(value: str) -> str:
    """String.trim(): strips every char <= U+0020 from both ends (not Unicode whitespace)."""
    return value.strip(_JAVA_TRIMMED)


@register
class TrimProcessor(StringProcessor):
    type_name = "trim"

    def plain_process(self) -> Callable[[str], Any]:
        return _JAVA_TRIM  # a C-level callable: no Python frame per value

    def process(self, value: str) -> Any:
        return java_trim(value)
