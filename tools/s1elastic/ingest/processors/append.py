"""The `append` processor: add values to a field, turning a scalar into a list."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from s1elastic.ingest.config import ProcessorConfig
from s1elastic.ingest.document import (
    METADATA_KEYS,
    MISSING,
    FieldPath,
    IngestDocument,
    deep_copy,
    java_list_contains,
)
from s1elastic.ingest.errors import JavaException
from s1elastic.ingest.fusion import AtField, FieldTest
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
        self._append_value: Callable[[IngestDocument, Any], IngestDocument | None] | None = None
        if self._constant_path is not None and value is not None and not self._constant_path.in_ingest:
            self._append_value = self._constant_append(self._constant_path)
            self.execute = _resolved_then(value.resolve, self._append_value)  # type: ignore[method-assign,assignment]

    @classmethod
    def create(cls, cfg: ProcessorConfig, ctx: LoadContext) -> Processor:
        field, value, copy_path = cfg.value_or_copy_from()
        allow_duplicates = cfg.boolean("allow_duplicates", True)
        ignore_empty_values = cfg.boolean("ignore_empty_values", False)
        template = cfg.template("field", field)
        cfg.finish()
        return cls(template, value, copy_path, allow_duplicates, ignore_empty_values)

    def _constant_append(self, path: FieldPath) -> Callable[[IngestDocument, Any], IngestDocument | None]:
        """`execute` for a constant field, given the resolved `value`: one scalar appended to a plain
        list or to a missing field through plain maps is done here; anything else (a list value, a
        missing or non-map parent, a scalar to turn into a list, metadata) goes to
        `IngestDocument.append`.

        The same steps as the class's `execute` (differentially tested against it).
        """
        head, leaf = path.head, path.leaf
        leaf_is_metadata = not head and leaf in METADATA_KEYS
        allow_duplicates, ignore_empty = self.allow_duplicates, self.ignore_empty_values
        dict_get = dict.get
        contains = java_list_contains
        append = IngestDocument.append
        # Each parent key with the keys below it, to build a missing chain in one go.
        steps = tuple((key, head[i + 1 :]) for i, key in enumerate(head))

        def append_value(doc: IngestDocument, value: Any) -> IngestDocument | None:
            if isinstance(value, list) or leaf_is_metadata:
                append(doc, path, value, allow_duplicates, ignore_empty)
                return doc
            parent: Any = doc.source
            try:
                for key, below in steps:
                    found = dict_get(parent, key)  # TypeError unless a map
                    if found is None:
                        if (
                            type(parent) is dict
                            and key not in parent
                            and not (ignore_empty and (value is None or value == ""))
                        ):
                            # The rest of the chain is missing: the maps `append` would create, and
                            # a new one-element list at the leaf.
                            node: dict[str, Any] = {leaf: [value]}
                            for name in reversed(below):
                                node = {name: node}
                            parent[key] = node
                            return doc
                        parent = None
                        break
                    parent = found
            except TypeError:
                parent = None
            if type(parent) is dict:
                current = parent.get(leaf, MISSING)
                if ignore_empty and (value is None or value == ""):
                    return doc
                if current is MISSING:
                    parent[leaf] = [value]
                    return doc
                if type(current) is list:
                    if allow_duplicates or not contains(current, value):
                        current.append(value)
                    return doc
            append(doc, path, value, allow_duplicates, ignore_empty)
            return doc

        return append_value

    def at_field(self, test: FieldTest) -> AtField | None:
        """Fused with an `if` on the field its value prints (`value: "{{{a.b}}}"`, `if: ctx.a?.b !=
        null`, as related.* fields are filled): a string found there is the rendered value, so the
        template is not run again. Anything else runs `execute`."""
        append_value = self._append_value
        template = None if self.value is None else self.value.template
        if append_value is None or template is None or template.lone_value is None:
            return None
        name, escape = template.lone_value
        try:
            if not test.covers(FieldPath.of(name)):
                return None
        except JavaException:
            return None  # not a field path at all
        # A dotted name is first looked up as one top-level key (mustache's _lookup): only when no
        # such key exists does it reach the field the test read.
        literal_key = name if "." in name else None
        execute = self.execute

        def append_at(doc: IngestDocument, _parent: dict[str, Any], tested: Any) -> IngestDocument | None:
            if type(tested) is str and (literal_key is None or literal_key not in doc.source):
                return append_value(doc, tested if escape is None else escape(tested))
            return execute(doc)

        return append_at

    def changed_paths(self) -> tuple[FieldPath, ...] | None:
        """The field, when its name is constant."""
        return None if self._constant_path is None else (self._constant_path,)

    def execute(self, doc: IngestDocument) -> IngestDocument | None:
        if self.copy_from is not None:
            # With ignore_empty_values the source is read like getFieldValue(copy_from, ignoreMissing):
            # a field that is not there is null, which is then skipped (not an error).
            found = doc.get(self.copy_from, self.ignore_empty_values)
            value = None if found is MISSING else deep_copy(found)
        else:
            assert self.value is not None
            value = self.value.resolve(doc)
        path = self._constant_path or FieldPath.of(self.field.render(doc))
        doc.append(path, value, self.allow_duplicates, self.ignore_empty_values)
        return doc


def _resolved_then(
    resolve: Callable[[IngestDocument], Any],
    append_value: Callable[[IngestDocument, Any], IngestDocument | None],
) -> Callable[[IngestDocument], IngestDocument | None]:
    def execute(doc: IngestDocument) -> IngestDocument | None:
        return append_value(doc, resolve(doc))

    return execute
