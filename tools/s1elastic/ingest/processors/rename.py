"""The `rename` processor: move a field's value to another path, restoring it if the move fails."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from s1elastic.ingest.config import ProcessorConfig
from s1elastic.ingest.document import METADATA_KEYS, FieldPath, IngestDocument
from s1elastic.ingest.errors import IllegalArgumentException, JavaException
from s1elastic.ingest.fusion import AtField, FieldTest, MoveTo, inline
from s1elastic.ingest.mustache import Template
from s1elastic.ingest.processors.base import LoadContext, Processor, register

_METADATA = frozenset(METADATA_KEYS)
_SCALARS = frozenset((str, int, float, bool, type(None)))


@register
class RenameProcessor(Processor):
    type_name = "rename"

    def __init__(self, field: Template, target: Template, ignore_missing: bool, override: bool) -> None:
        super().__init__()
        self.field = field
        self.target = target
        self.ignore_missing = ignore_missing
        self.override = override
        # Field names without `{{` never change: compile their paths once. An empty name is only
        # judged when a document runs (an empty field counts as missing, an empty target fails then).
        self._field_path = FieldPath.of(field.source) if field.is_constant and field.source else None
        self._target_path = FieldPath.of(target.source) if target.is_constant and target.source else None
        self._move_from: AtField | None = None
        if self._field_path is not None and self._target_path is not None:
            self.execute = self._constant_paths_execute(self._field_path, self._target_path)  # type: ignore[method-assign,assignment]

    @classmethod
    def create(cls, cfg: ProcessorConfig, ctx: LoadContext) -> Processor:
        field = cfg.template("field")
        target = cfg.template("target_field")
        ignore_missing = cfg.boolean("ignore_missing", False)
        override = cfg.boolean("override", False)
        cfg.finish()
        return cls(field, target, ignore_missing, override)

    def execute(self, doc: IngestDocument) -> IngestDocument | None:
        path = self._field_path
        if path is None:
            rendered = self.field.render(doc)
            if not rendered:
                # Newest RenameProcessor: `path.isEmpty() || hasField(path) == false` is "missing".
                if self.ignore_missing:
                    return doc
                raise IllegalArgumentException("field [] doesn't exist")
            path = FieldPath.of(rendered)
        # Plain dicts all the way (IngestDocument.leaf_parent, inlined): has/get/remove in one walk.
        source = doc.source
        parent: Any = doc.ingest if path.in_ingest else source
        for key in path.head:
            if type(parent) is not dict:
                return self._execute_general(doc, path)
            parent = parent.get(key)
        if type(parent) is not dict:
            return self._execute_general(doc, path)
        leaf = path.leaf
        if leaf not in parent:
            if self.ignore_missing:
                return doc
            raise IllegalArgumentException(f"field [{path.raw}] doesn't exist")
        if parent is source and leaf in _METADATA:
            return self._execute_general(doc, path)
        target = self._target_path or FieldPath.of(self.target.render(doc))
        # The target's parent, walked once for `has` and, when it exists, reused for `set`.
        target_parent: Any = doc.ingest if target.in_ingest else source
        for key in target.head:
            if type(target_parent) is not dict:
                break
            target_parent = target_parent.get(key)
        if type(target_parent) is dict:
            target_leaf = target.leaf
            if target_leaf in target_parent and not self.override:
                raise IllegalArgumentException(f"field [{target.raw}] already exists")
            value = parent.pop(leaf)
            # Removing the source field cannot have cut the target's chain unless the moved value
            # is a container (the target then lies inside it); metadata goes through validation.
            if type(value) in _SCALARS and (target_parent is not source or target_leaf not in _METADATA):
                target_parent[target_leaf] = value
                return doc
        else:
            # has() is False past a null; anything else (a list on the way) it judges itself.
            if target_parent is not None and doc.has(target, fail_out_of_range=True) and not self.override:
                raise IllegalArgumentException(f"field [{target.raw}] already exists")
            value = parent.pop(leaf)
        try:
            doc.set(target, value)
        except JavaException:
            doc.set(path, value)
            raise
        return doc

    def _constant_paths_execute(
        self, path: FieldPath, target: FieldPath
    ) -> Callable[[IngestDocument], IngestDocument | None]:
        """`execute` for constant field and target names, everything it reads bound as closure locals.

        The same steps as `execute` in the same order (differentially tested against it); anything
        unusual (a non-map on the way, metadata) still goes to the general path.
        """
        general = self._execute_general
        ignore_missing = self.ignore_missing
        in_ingest, head, leaf = path.in_ingest, path.head, path.leaf
        leaf_is_metadata = leaf in _METADATA
        missing = f"field [{path.raw}] doesn't exist"
        move = self._move_from = self._constant_move(path, target)

        def execute(doc: IngestDocument) -> IngestDocument | None:
            source = doc.source
            parent: Any = doc.ingest if in_ingest else source
            for key in head:
                if type(parent) is not dict:
                    return general(doc, path)
                parent = parent.get(key)
            if type(parent) is not dict:
                return general(doc, path)
            if leaf not in parent:
                if ignore_missing:
                    return doc
                raise IllegalArgumentException(missing)
            if leaf_is_metadata and parent is source:
                return general(doc, path)
            return move(doc, parent, None)

        return execute

    def _constant_move(self, path: FieldPath, target: FieldPath) -> AtField:
        """The move itself, once the field is known to exist in `parent` (not as metadata)."""
        override = self.override
        leaf = path.leaf
        target_in_ingest, target_head, target_leaf = target.in_ingest, target.head, target.leaf
        target_is_metadata = target_leaf in _METADATA
        exists = f"field [{target.raw}] already exists"
        scalars = _SCALARS

        dict_get = dict.get
        # Each target parent key with the keys below it, to build a missing chain in one go.
        target_steps = tuple((key, target_head[i + 1 :]) for i, key in enumerate(target_head))

        def move(doc: IngestDocument, parent: dict[str, Any], _value: Any) -> IngestDocument | None:
            source = doc.source
            target_parent: Any = doc.ingest if target_in_ingest else source
            try:
                for key, below in target_steps:
                    found = dict_get(target_parent, key)  # TypeError unless a map
                    if found is None:
                        if (
                            type(target_parent) is dict
                            and key not in target_parent
                            and type(parent[leaf]) in scalars
                        ):
                            # has() is false and set() would create the maps: build them here. (A
                            # container could hold the target chain: the general way handles it.)
                            node: dict[str, Any] = {target_leaf: parent.pop(leaf)}
                            for name in reversed(below):
                                node = {name: node}
                            target_parent[key] = node
                            return doc
                        target_parent = None
                        break
                    target_parent = found
            except TypeError:
                pass  # target_parent is the non-map on the way: `has` judges it below
            if type(target_parent) is dict:
                if target_leaf in target_parent and not override:
                    raise IllegalArgumentException(exists)
                value = parent.pop(leaf)
                # Removing the source field cannot have cut the target's chain unless the moved
                # value is a container (the target then lies inside it); metadata is validated.
                if type(value) in scalars and (not target_is_metadata or target_parent is not source):
                    target_parent[target_leaf] = value
                    return doc
            else:
                # has() is False past a null; anything else (a list on the way) it judges itself.
                if target_parent is not None and doc.has(target, fail_out_of_range=True) and not override:
                    raise IllegalArgumentException(exists)
                value = parent.pop(leaf)
            try:
                doc.set(target, value)
            except JavaException:
                doc.set(path, value)
                raise
            return doc

        if target_in_ingest or target_is_metadata:
            return move
        return inline(move, MoveTo(target_steps, target_leaf, override))

    def at_field(self, test: FieldTest) -> AtField | None:
        """Fused with an `if` on the field itself: the field exists in `parent`, so only the move is left."""
        if self._move_from is None or self._field_path is None or not test.covers(self._field_path):
            return None
        return self._move_from

    def changed_paths(self) -> tuple[FieldPath, ...] | None:
        """The target, and the field itself (restored when the target cannot be set)."""
        if self._field_path is None or self._target_path is None:
            return None
        return (self._field_path, self._target_path)

    def _target(self, doc: IngestDocument) -> FieldPath:
        return self._target_path or FieldPath.of(self.target.render(doc))

    def _execute_general(self, doc: IngestDocument, path: FieldPath) -> IngestDocument | None:
        if not doc.has(path, fail_out_of_range=True):
            if self.ignore_missing:
                return doc
            raise IllegalArgumentException(f"field [{path.raw}] doesn't exist")
        target = self._target(doc)
        if doc.has(target, fail_out_of_range=True) and not self.override:
            raise IllegalArgumentException(f"field [{target.raw}] already exists")
        value = doc.get(path)
        doc.remove(path)
        try:
            doc.set(target, value)
        except JavaException:
            doc.set(path, value)
            raise
        return doc
