"""The `remove` processor: drop listed fields (templates allowed), or everything but `keep`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from s1elastic.ingest.config import ProcessorConfig
from s1elastic.ingest.document import METADATA_KEYS, FieldPath, IngestDocument
from s1elastic.ingest.errors import ClassCastException
from s1elastic.ingest.fusion import DELETE_FIELD, AtField, FieldTest, inline
from s1elastic.ingest.javatypes import java_class_name
from s1elastic.ingest.mustache import Template, compile_template
from s1elastic.ingest.processors.base import LoadContext, Processor, register

_METADATA = frozenset(METADATA_KEYS)


def _strings(cfg: ProcessorConfig, name: str) -> list[str]:
    """A string or a list of strings; other elements fail with Java's cast message."""
    value = cfg.object(name)
    items = value if isinstance(value, list) else [value]
    for item in items:
        if not isinstance(item, str):
            cls = java_class_name(item)
            raise ClassCastException(
                f"class {cls} cannot be cast to class java.lang.String ({cls} and java.lang.String are in "
                "module java.base of loader 'bootstrap')"
            )
    return list(items)


def _all_fields(data: dict[str, Any], prefix: str = "") -> list[str]:
    """IngestDocument.getAllFields: every key path, descending into maps only."""
    fields: list[str] = []
    for key, value in data.items():
        fields.append(prefix + key)
        if isinstance(value, dict):
            fields.extend(_all_fields(value, prefix + key + "."))
    return fields


def _constant_execute(
    paths: list[FieldPath], ignore_missing: bool
) -> Callable[[IngestDocument], IngestDocument | None]:
    """`execute` for constant field names: the class's steps with `leaf_parent` inlined and each
    path's parts bound as closure locals (differentially tested against the class's `execute`)."""
    steps = tuple((path, path.in_ingest, path.head, path.leaf, path.leaf in _METADATA) for path in paths)

    def execute(doc: IngestDocument) -> IngestDocument | None:
        source = doc.source
        for path, in_ingest, head, leaf, leaf_is_metadata in steps:
            parent: Any = doc.ingest if in_ingest else source
            for key in head:
                if type(parent) is not dict:
                    parent = None
                    break
                parent = parent.get(key)
            if type(parent) is dict and (not leaf_is_metadata or parent is not source):
                if leaf in parent:
                    del parent[leaf]
                    continue
                if ignore_missing:
                    continue
            if ignore_missing:
                if doc.has(path):
                    doc.remove(path)
            else:
                doc.remove(path)
        return doc

    return execute


@register
class RemoveProcessor(Processor):
    type_name = "remove"

    def __init__(self, fields: list[Template], keep: list[Template], ignore_missing: bool) -> None:
        super().__init__()
        self.fields = fields
        self.keep = keep
        self.ignore_missing = ignore_missing
        # A constant field name is compiled once; None marks a real template.
        self._paths = [FieldPath.of(t.source) if t.is_constant else None for t in fields]
        if not keep and all(path is not None for path in self._paths):
            constant = [path for path in self._paths if path is not None]
            self.execute = _constant_execute(constant, ignore_missing)  # type: ignore[method-assign,assignment]

    def at_field(self, test: FieldTest) -> AtField | None:
        """Fused with an `if` on the one field it removes: the field exists in `parent`."""
        if self.keep or len(self._paths) != 1:
            return None
        path = self._paths[0]
        if path is None or not test.covers(path):
            return None
        leaf = path.leaf

        def remove(doc: IngestDocument, parent: dict[str, Any], _value: Any) -> IngestDocument | None:
            del parent[leaf]
            return doc

        return inline(remove, DELETE_FIELD)

    def changed_paths(self) -> tuple[FieldPath, ...] | None:
        """The fields it removes (with `keep`, any field)."""
        if self.keep or any(path is None for path in self._paths):
            return None
        return tuple(path for path in self._paths if path is not None)

    @classmethod
    def create(cls, cfg: ProcessorConfig, ctx: LoadContext) -> Processor:
        fields = _strings(cfg, "field") if "field" in cfg.options else []
        keep = _strings(cfg, "keep") if "keep" in cfg.options else []
        if not fields and not keep:
            raise cfg.error("keep", "or [field] must be specified")
        if fields and keep:
            raise cfg.error("keep", "and [field] cannot both be used in the same processor")
        field_templates = [compile_template(f, config=cfg, property_name="field") for f in fields]
        keep_templates = [compile_template(f, config=cfg, property_name="keep") for f in keep]
        ignore_missing = cfg.boolean("ignore_missing", False)
        cfg.finish()
        return cls(field_templates, keep_templates, ignore_missing)

    def execute(self, doc: IngestDocument) -> IngestDocument | None:
        if self.keep:
            self._keep_only(doc)
            return doc
        ignore_missing = self.ignore_missing
        for template, constant in zip(self.fields, self._paths, strict=True):
            path = constant or FieldPath.of(template.render(doc))
            parent = doc.leaf_parent(path)
            if parent is not None and not doc.is_metadata_leaf(parent, path):
                # Plain dicts all the way: `has` is `in`, `remove` is `del`.
                if path.leaf in parent:
                    del parent[path.leaf]
                    continue
                if ignore_missing:
                    continue
            if ignore_missing:
                if doc.has(path):
                    doc.remove(path)
            else:
                doc.remove(path)
        return doc

    def _keep_only(self, doc: IngestDocument) -> None:
        kept = [template.render(doc) for template in self.keep]
        for field in _all_fields(doc.source):
            if field in _METADATA:
                continue
            if any(field == k or k.startswith(field + ".") or field.startswith(k + ".") for k in kept):
                continue
            doc.remove(FieldPath.of(field), ignore_missing=True)
