"""The ingest document: source, metadata and the `_ingest` map, addressed by dotted paths.

Follows IngestDocument's classic field access: a path is split on `.`, a `_ingest.` prefix targets
the ingest map, a `_source.` prefix is stripped, numeric elements index lists. Paths are compiled
once (`FieldPath.of`) so running a document never re-parses them. Metadata keys (`_index`, `_id`,
`_version`, ...) live at the top of the same map, as in IngestCtxMap, and are validated on write.

Speed: every accessor first walks the path through plain dicts only (the shape of nearly every
document) and falls back to the general walk, from the start, at the first list, null, missing
key, other class or metadata leaf. The fast walk has no side effects the general walk would not
repeat identically, so results and error messages are those of the general walk.
"""

from __future__ import annotations

import copy
from functools import lru_cache
from typing import Any, Final

from s1elastic.ingest.errors import IllegalArgumentException
from s1elastic.ingest.javatypes import (
    JavaSet,
    JLong,
    ZonedDateTime,
    java_class_name,
    java_equals,
    java_to_string,
)

MISSING: Final = object()

# Metadata keys that sit at the top of the document map, in the order the simulate output prints them.
METADATA_KEYS: Final = (
    "_index",
    "_version",
    "_id",
    "_routing",
    "_version_type",
    "_if_seq_no",
    "_if_primary_term",
    "_dynamic_templates",
    "_type",
)
_METADATA_SET: Final = frozenset(METADATA_KEYS)
_MATCH_ANY: Final = JLong(-3)  # Versions.MATCH_ANY, the _version of every simulated document
_STRING_METADATA: Final = frozenset({"_index", "_id", "_routing", "_version_type"})
# VersionType.fromString: exact, case-sensitive names; `external_gt` is an alias of external. The
# error lists VersionType.values() by their toString.
_VERSION_TYPES: Final = frozenset(("internal", "external", "external_gt", "external_gte"))


class FieldPath:
    """A compiled classic field path."""

    __slots__ = ("head", "in_ingest", "leaf", "parts", "raw")

    def __init__(self, raw: str) -> None:
        if not raw:
            raise IllegalArgumentException("path cannot be null nor empty")
        self.raw = raw
        if raw.startswith("_ingest."):
            self.in_ingest = True
            rest = raw[8:]
        else:
            self.in_ingest = False
            rest = raw[8:] if raw.startswith("_source.") else raw
        parts = _java_split_dot(rest)
        if len(parts) == 1 and parts[0] == "":
            raise IllegalArgumentException(f"path [{raw}] is not valid")
        if "" in parts:
            # Newest Elasticsearch refuses an empty segment ("a..b", ".a"); 8.x looked up the key "".
            raise IllegalArgumentException("fieldName cannot be empty")
        self.parts: tuple[str, ...] = tuple(parts)
        self.head: tuple[str, ...] = self.parts[:-1]  # the parents of the leaf
        self.leaf: str = self.parts[-1]

    @staticmethod
    def of(raw: str) -> FieldPath:
        return _compiled_path(raw)

    def __repr__(self) -> str:
        return f"FieldPath({self.raw!r})"


@lru_cache(maxsize=65536)
def _compiled_path(raw: str) -> FieldPath:
    return FieldPath(raw)


def _java_split_dot(text: str) -> list[str]:
    """String.split("\\\\.") with limit 0: trailing empty strings are removed."""
    parts = text.split(".")
    while len(parts) > 1 and parts[-1] == "":
        parts.pop()
    if parts == [""] and text:
        return [""]
    return parts


def _list_index(key: str, path: str, length: int) -> int:
    try:
        if not key or not (key.isdigit() or (key[0] in "+-" and key[1:].isdigit())):
            raise ValueError(key)
        index = int(key)
        if not -(2**31) <= index < 2**31:
            raise ValueError(key)
    except ValueError:
        raise IllegalArgumentException(
            f"[{key}] is not an integer, cannot be used as an index as part of path [{path}]"
        ) from None
    if index < 0 or index >= length:
        raise IllegalArgumentException(
            f"[{index}] is out of bounds for array with length [{length}] as part of path [{path}]"
        )
    return index


def _resolve(key: str, path: str, context: Any) -> Any:
    if context is None:
        raise IllegalArgumentException(f"cannot resolve [{key}] from null as part of path [{path}]")
    if isinstance(context, dict):
        value = context.get(key, MISSING)
        if value is MISSING:
            raise IllegalArgumentException(f"field [{key}] not present as part of path [{path}]")
        return value
    if isinstance(context, list) and not isinstance(context, JavaSet):
        return context[_list_index(key, path, len(context))]
    raise IllegalArgumentException(
        f"cannot resolve [{key}] from object of type [{java_class_name(context)}] as part of path [{path}]"
    )


def validate_metadata(key: str, value: Any) -> None:
    """IngestDocMetadata's checks on a metadata write (set, rename, script)."""
    if key == "_type":
        raise IllegalArgumentException("_type cannot be updated")
    if key == "_version":
        if value is None:
            raise IllegalArgumentException("_version cannot be null")
        _check_long(key, value)
        return
    if value is None:
        return
    if key in _STRING_METADATA:
        # a Painless char is a str subclass here, but a Character to Java
        if not isinstance(value, str) or java_class_name(value) != "java.lang.String":
            raise IllegalArgumentException(
                f"{key} [{java_to_string(value)}] is wrong type, expected assignable to "
                f"[java.lang.String], not [{java_class_name(value)}]"
            )
        if key == "_version_type" and value not in _VERSION_TYPES:
            raise IllegalArgumentException(
                f"_version_type must be a null or one of [internal, external, external_gte] but was "
                f"[{value}] with type [java.lang.String]"
            )
    elif key in ("_if_seq_no", "_if_primary_term"):
        _check_long(key, value)
    elif key == "_dynamic_templates" and not isinstance(value, dict):
        raise IllegalArgumentException(
            f"_dynamic_templates [{java_to_string(value)}] is wrong type, expected assignable to "
            f"[java.util.Map], not [{java_class_name(value)}]"
        )


def _check_long(key: str, value: Any) -> None:
    """Metadata's LongField: a Number (type check first) whose longValue() loses nothing, judged as
    Java does by `number.doubleValue() == number.longValue()` (the long widened to double)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise IllegalArgumentException(
            f"{key} [{java_to_string(value)}] is wrong type, expected assignable to "
            f"[java.lang.Number], not [{java_class_name(value)}]"
        )
    if isinstance(value, float):
        if value != value:
            as_long = 0
        elif value >= 2.0**63:
            as_long = 2**63 - 1
        elif value <= -(2.0**63):
            as_long = -(2**63)
        else:
            as_long = int(value)
        if float(as_long) != value:
            raise IllegalArgumentException(
                f"{key} may only be set to an int or a long but was [{java_to_string(value)}] "
                f"with type [{java_class_name(value)}]"
            )


def normalize_metadata_value(key: str, value: Any) -> Any:
    """_version is stored as a long."""
    if key == "_version" and not isinstance(value, JLong):
        return JLong(int(value))
    return value


class IngestDocument:
    """One document in flight: `source` (fields plus metadata keys) and `ingest` (the `_ingest` map)."""

    __slots__ = ("ingest", "pipeline_stack", "source", "terminated")

    def __init__(self, source: dict[str, Any], ingest: dict[str, Any] | None = None) -> None:
        self.source = source
        self.ingest: dict[str, Any] = ingest if ingest is not None else {}
        self.terminated = False
        self.pipeline_stack: list[str] = []

    @classmethod
    def from_source(
        cls,
        source: dict[str, Any],
        *,
        index: str = "_index",
        doc_id: str = "_id",
        version: int = -3,
        metadata: dict[str, Any] | None = None,
        timestamp: ZonedDateTime | None = None,
    ) -> IngestDocument:
        """A new document as _simulate builds it (defaults `_index`, `_id`, `_version` -3)."""
        data = dict(source)
        if not _METADATA_SET.isdisjoint(data):
            for key in METADATA_KEYS:
                data.pop(key, None)
        data["_index"] = index
        data["_id"] = doc_id
        data["_version"] = _MATCH_ANY if version == -3 else JLong(version)
        if metadata:
            for key, value in metadata.items():
                if value is not None:
                    data[key] = value
        return cls(data, {"timestamp": timestamp or ZonedDateTime.now_utc()})

    # -- reading -------------------------------------------------------------------------------

    def _root(self, path: FieldPath) -> dict[str, Any]:
        return self.ingest if path.in_ingest else self.source

    def get(self, path: FieldPath, ignore_missing: bool = False) -> Any:
        """getFieldValue: the value at `path`; with ignore_missing, MISSING for any resolution failure."""
        context: Any = self.ingest if path.in_ingest else self.source
        for key in path.parts:
            if type(context) is not dict:
                return self._get_slow(path, ignore_missing)
            context = context.get(key, MISSING)
            if context is MISSING:
                return self._get_slow(path, ignore_missing)
        return context

    def _get_slow(self, path: FieldPath, ignore_missing: bool) -> Any:
        context: Any = self._root(path)
        parts = path.parts
        if len(parts) == 1 and not path.in_ingest:
            value = context.get(parts[0], MISSING)
            if value is MISSING and not ignore_missing:
                raise IllegalArgumentException(f"field [{parts[0]}] not present as part of path [{path.raw}]")
            return value
        try:
            for key in parts:
                context = _resolve(key, path.raw, context)
        except IllegalArgumentException:
            if ignore_missing:
                return MISSING
            raise
        return context

    def leaf_parent(self, path: FieldPath) -> dict[str, Any] | None:
        """The plain dict that holds `path`'s leaf when every parent is a plain dict, else None.

        A shortcut for processors that test, read and move one field (rename, remove): on a
        non-None answer, `leaf in parent` is `has`, `parent[leaf]` is `get` and `del` is `remove`,
        except for a metadata leaf of the source (which `is_metadata_leaf` tells).
        """
        context: Any = self.ingest if path.in_ingest else self.source
        for key in path.head:
            if type(context) is not dict:
                return None
            context = context.get(key)
        return context if type(context) is dict else None

    def is_metadata_leaf(self, parent: dict[str, Any], path: FieldPath) -> bool:
        """Whether writing or removing `path.leaf` in `parent` goes through metadata validation."""
        return parent is self.source and path.leaf in _METADATA_SET

    def get_string(self, path: FieldPath, ignore_missing: bool = False) -> Any:
        """getFieldValue(path, String.class): MISSING/None pass through, other non-strings fail."""
        value = self.get(path, ignore_missing)
        if value is MISSING or value is None or isinstance(value, str):
            return value
        raise IllegalArgumentException(
            f"field [{path.raw}] of type [{java_class_name(value)}] cannot be cast to [java.lang.String]"
        )

    def has(self, path: FieldPath, fail_out_of_range: bool = False) -> bool:
        """hasField: True when every element of the path resolves (a null leaf counts as present)."""
        context: Any = self.ingest if path.in_ingest else self.source
        for key in path.head:
            if type(context) is dict:
                context = context.get(key)
            elif context is None:
                return False  # a missing or null parent: nothing below it resolves
            else:
                return self._has_slow(path, fail_out_of_range)
        if type(context) is dict:
            return path.leaf in context
        if context is None:
            return False
        return self._has_slow(path, fail_out_of_range)

    def _has_slow(self, path: FieldPath, fail_out_of_range: bool) -> bool:
        context: Any = self._root(path)
        last = len(path.parts) - 1
        for i, key in enumerate(path.parts):
            if isinstance(context, dict):
                if i == last:
                    return key in context
                context = context.get(key)
            elif isinstance(context, list) and not isinstance(context, JavaSet):
                try:
                    index = int(key)
                except ValueError:
                    return False
                if index < 0 or index >= len(context):
                    if fail_out_of_range:
                        raise IllegalArgumentException(
                            f"[{index}] is out of bounds for array with length [{len(context)}] "
                            f"as part of path [{path.raw}]"
                        )
                    return False
                if i == last:
                    return True
                context = context[index]
            else:
                return False
        return False

    # -- writing -------------------------------------------------------------------------------

    def set(self, path: FieldPath, value: Any) -> None:
        """setFieldValue: creates missing intermediate maps; a list index replaces that element."""
        source = self.source
        context: Any = self.ingest if path.in_ingest else source
        for key in path.head:
            if type(context) is not dict:
                self._put(path, value, append=False, allow_duplicates=True)
                return
            nxt = context.get(key, MISSING)
            if nxt is MISSING:
                nxt = context[key] = {}
            context = nxt
        leaf = path.leaf
        if type(context) is dict and (context is not source or leaf not in _METADATA_SET):
            context[leaf] = value
            return
        self._put(path, value, append=False, allow_duplicates=True)

    def append(
        self, path: FieldPath, value: Any, allow_duplicates: bool = True, ignore_empty_values: bool = False
    ) -> None:
        """appendFieldValue: see `append_values` for how existing values combine.

        A missing field gets a new list only when something was added (newest IngestDocument).
        """
        source = self.source
        context: Any = self.ingest if path.in_ingest else source
        for key in path.head:
            if type(context) is not dict:
                break
            nxt = context.get(key, MISSING)
            if nxt is MISSING:
                nxt = context[key] = {}
            context = nxt
        else:
            leaf = path.leaf
            if type(context) is dict and (context is not source or leaf not in _METADATA_SET):
                current = context.get(leaf, MISSING)
                if current is MISSING:
                    created = append_values([], value, allow_duplicates, ignore_empty_values)
                    if created:
                        context[leaf] = created
                else:
                    updated = append_values(current, value, allow_duplicates, ignore_empty_values)
                    if updated is not current:
                        context[leaf] = updated
                return
        self._put(
            path, value, append=True, allow_duplicates=allow_duplicates, ignore_empty=ignore_empty_values
        )

    def _put(
        self, path: FieldPath, value: Any, *, append: bool, allow_duplicates: bool, ignore_empty: bool = False
    ) -> None:
        context: Any = self._root(path)
        parts = path.parts
        for key in parts[:-1]:
            if context is None:
                raise IllegalArgumentException(
                    f"cannot resolve [{key}] from null as part of path [{path.raw}]"
                )
            if isinstance(context, dict):
                nxt = context.get(key, MISSING)
                if nxt is MISSING:
                    nxt = {}
                    context[key] = nxt
                context = nxt
            elif isinstance(context, list) and not isinstance(context, JavaSet):
                context = context[_list_index(key, path.raw, len(context))]
            else:
                raise IllegalArgumentException(
                    f"cannot resolve [{key}] from object of type [{java_class_name(context)}] "
                    f"as part of path [{path.raw}]"
                )
        leaf = parts[-1]
        if context is None:
            raise IllegalArgumentException(
                f"cannot set [{leaf}] with null parent as part of path [{path.raw}]"
            )
        if isinstance(context, dict):
            if context is self.source and leaf in _METADATA_SET:
                if append:
                    current = context.get(leaf, MISSING)
                    value = append_values(
                        [] if current is MISSING else current, value, allow_duplicates, ignore_empty
                    )
                validate_metadata(leaf, value)
                context[leaf] = normalize_metadata_value(leaf, value)
                return
            if append:
                current = context.get(leaf, MISSING)
                if current is MISSING:
                    created = append_values([], value, allow_duplicates, ignore_empty)
                    if created:
                        context[leaf] = created
                else:
                    updated = append_values(current, value, allow_duplicates, ignore_empty)
                    if updated is not current:
                        context[leaf] = updated
            else:
                context[leaf] = value
        elif isinstance(context, list) and not isinstance(context, JavaSet):
            index = _list_index(leaf, path.raw, len(context))
            if append:
                current = context[index]
                updated = append_values(current, value, allow_duplicates, ignore_empty)
                if updated is not current:
                    context[index] = updated
            else:
                context[index] = value
        else:
            raise IllegalArgumentException(
                f"cannot set [{leaf}] with parent object of type [{java_class_name(context)}] "
                f"as part of path [{path.raw}]"
            )

    def remove(self, path: FieldPath, ignore_missing: bool = False) -> None:
        """removeField: with ignore_missing, any resolution failure is a no-op."""
        source = self.source
        context: Any = self.ingest if path.in_ingest else source
        for key in path.head:
            if type(context) is not dict:
                self._remove_slow(path, ignore_missing)
                return
            context = context.get(key, MISSING)
        leaf = path.leaf
        if type(context) is dict and leaf in context and (context is not source or leaf not in _METADATA_SET):
            del context[leaf]
            return
        self._remove_slow(path, ignore_missing)

    def _remove_slow(self, path: FieldPath, ignore_missing: bool) -> None:
        context: Any = self._root(path)
        parts = path.parts
        try:
            for key in parts[:-1]:
                context = _resolve(key, path.raw, context)
            leaf = parts[-1]
            if context is None:
                raise IllegalArgumentException(
                    f"cannot remove [{leaf}] from null as part of path [{path.raw}]"
                )
            if isinstance(context, dict):
                if leaf not in context:
                    raise IllegalArgumentException(f"field [{leaf}] not present as part of path [{path.raw}]")
                if context is self.source and leaf in _METADATA_SET:
                    if leaf == "_version":
                        raise IllegalArgumentException("_version cannot be removed")
                    if leaf == "_type":
                        raise IllegalArgumentException("_type cannot be removed")
                del context[leaf]
            elif isinstance(context, list) and not isinstance(context, JavaSet):
                del context[_list_index(leaf, path.raw, len(context))]
            else:
                raise IllegalArgumentException(
                    f"cannot remove [{leaf}] from object of type [{java_class_name(context)}] "
                    f"as part of path [{path.raw}]"
                )
        except IllegalArgumentException:
            if ignore_missing:
                return
            raise

    # -- views ---------------------------------------------------------------------------------

    def source_fields(self) -> dict[str, Any]:
        """The `_source` part: every top-level key that is not metadata."""
        return {k: v for k, v in self.source.items() if k not in _METADATA_SET}

    def metadata(self) -> dict[str, Any]:
        """Non-null metadata values in simulate's print order."""
        return {k: self.source[k] for k in METADATA_KEYS if self.source.get(k) is not None}

    def snapshot(self) -> IngestDocument:
        """A deep copy (verbose simulate records one after every processor)."""
        copied = IngestDocument(deep_copy(self.source), deep_copy(self.ingest))
        copied.pipeline_stack = list(self.pipeline_stack)
        return copied


def append_values(current: Any, value: Any, allow_duplicates: bool, ignore_empty: bool = False) -> Any:
    """IngestDocument.appendValues: returns the list to store, or `current` when nothing was added.

    With `ignore_empty`, null and "" values are skipped (append's `ignore_empty_values`).
    """
    if isinstance(current, list) and not isinstance(current, JavaSet):
        target = current
    else:
        target = [current]
    values = value if isinstance(value, list) and not isinstance(value, JavaSet) else [value]
    added = False
    for item in values:
        if ignore_empty and (item is None or item == ""):
            continue
        if allow_duplicates or not java_list_contains(target, item):
            target.append(item)
            added = True
    return target if added else current


def java_list_contains(values: list[Any], item: Any) -> bool:
    """List.contains: java_equals against each element; two plain strings just compare."""
    if type(item) is str:
        for existing in values:
            if type(existing) is str:
                if existing == item:
                    return True
            elif java_equals(item, existing):
                return True
        return False
    return any(java_equals(item, existing) for existing in values)


_IMMUTABLE = (str, int, float, bool, type(None), ZonedDateTime, bytes)


def deep_copy(value: Any) -> Any:
    """IngestDocument.deepCopy: maps, lists, sets and scalars; keeps Java number classes."""
    if isinstance(value, _IMMUTABLE):
        return value
    if type(value) is dict:
        return {k: deep_copy(v) for k, v in value.items()}
    if type(value) is list:
        return [deep_copy(v) for v in value]
    if isinstance(value, dict | list):
        out = copy.copy(value)
        if isinstance(out, dict):
            for k, v in out.items():
                out[k] = deep_copy(v)
        else:
            out[:] = [deep_copy(v) for v in out]
        return out
    if isinstance(value, bytearray):
        return bytes(value)
    # IngestDocument.deepCopy names the value's Class: "class java.math.BigDecimal"
    raise IllegalArgumentException(f"unexpected value type [class {java_class_name(value)}]")
