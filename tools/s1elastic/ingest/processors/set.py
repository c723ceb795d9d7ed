"""The `set` processor: assign a (templated) value, or a deep copy of another field."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from s1elastic.ingest.config import ProcessorConfig
from s1elastic.ingest.document import METADATA_KEYS, MISSING, FieldPath, IngestDocument, deep_copy
from s1elastic.ingest.mustache import Template, ValueSource
from s1elastic.ingest.processors.base import LoadContext, Processor, register


@register
class SetProcessor(Processor):
    type_name = "set"

    def __init__(
        self,
        field: Template,
        value: ValueSource | None,
        copy_from: FieldPath | None,
        override: bool,
        ignore_empty_value: bool,
    ) -> None:
        super().__init__()
        self.field = field
        self.value = value
        self.copy_from = copy_from
        self.override = override
        self.ignore_empty_value = ignore_empty_value
        self._constant_path = FieldPath.of(field.source) if field.is_constant else None
        # The usual case: constant field, always written, value not checked for emptiness.
        self._plain: tuple[FieldPath, Callable[[IngestDocument], Any]] | None = None
        if override and value is not None and self._constant_path is not None:
            if not (ignore_empty_value and value.is_template):
                self._plain = (self._constant_path, value.resolve)
                self.execute = _plain_execute(self._constant_path, value.resolve, value.scalar)  # type: ignore[method-assign,assignment]

    @classmethod
    def create(cls, cfg: ProcessorConfig, ctx: LoadContext) -> Processor:
        field, value, copy_path = cfg.value_or_copy_from()
        override = cfg.boolean("override", True)
        template = cfg.template("field", field)
        ignore_empty_value = cfg.boolean("ignore_empty_value", False)
        cfg.finish()
        return cls(template, value, copy_path, override, ignore_empty_value)

    def _path(self, doc: IngestDocument) -> FieldPath:
        return self._constant_path or FieldPath.of(self.field.render(doc))

    def changed_paths(self) -> tuple[FieldPath, ...] | None:
        """The field, when its name is constant."""
        return None if self._constant_path is None else (self._constant_path,)

    def execute(self, doc: IngestDocument) -> IngestDocument | None:
        plain = self._plain
        if plain is not None:
            doc.set(plain[0], plain[1](doc))
            return doc
        if not self.override:
            path = self._path(doc)
            if doc.has(path) and doc.get(path) is not None:
                return doc
        if self.copy_from is not None:
            found = doc.get(self.copy_from, self.ignore_empty_value)
            value = None if found is MISSING else deep_copy(found)
            if self.ignore_empty_value and (value is None or value == ""):
                return doc
        else:
            assert self.value is not None
            value = self.value.resolve(doc)
            # Only a templated value is checked for emptiness (IngestDocument.setFieldValue).
            if self.ignore_empty_value and self.value.is_template and (value is None or value == ""):
                return doc
        doc.set(self._path(doc), value)
        return doc


def _plain_execute(
    path: FieldPath, resolve: Callable[[IngestDocument], Any], scalar: tuple[Any] | None
) -> Callable[[IngestDocument], IngestDocument | None]:
    """`execute` for the usual case, `IngestDocument.set` inlined with the path bound as locals.

    The walk creates the same maps `set` would; at anything unusual (a non-map on the way, a
    metadata leaf) `doc.set` takes over from the root and meets the same maps again. A constant
    scalar value (`scalar`) is stored as it is, without a call to resolve it.
    """
    in_ingest, head, leaf = path.in_ingest, path.head, path.leaf
    leaf_is_metadata = leaf in METADATA_KEYS
    missing = MISSING
    constant = scalar is not None
    constant_value = None if scalar is None else scalar[0]

    def execute(doc: IngestDocument) -> IngestDocument | None:
        value = constant_value if constant else resolve(doc)
        source = doc.source
        context: Any = doc.ingest if in_ingest else source
        for key in head:
            if type(context) is not dict:
                doc.set(path, value)
                return doc
            nxt = context.get(key, missing)
            if nxt is missing:
                nxt = context[key] = {}
            context = nxt
        if type(context) is dict and (not leaf_is_metadata or context is not source):
            context[leaf] = value
        else:
            doc.set(path, value)
        return doc

    return execute
