"""The ingest script's own methods: `metadata()` and `field(String)` (org.elasticsearch.script.ingest.txt).

`metadata()` is the document's IngestDocMetadata: typed getters and setters over the metadata keys
of ctx, validated as `ctx._index = ...` is. `field(path)` is a WriteField over the source (ctx
without its metadata keys); an `if` condition gets the read-only SourceMapField (newest 9.x).

A path resolves as WriteField.resolveDepthFlat does: one dotted segment at a time while the value is
a map, and where it is not, the rest of the path as one key (`a.b.c` may be `a`/`b.c` or `a.b.c`).
Writes create the missing maps (createDepth) and refuse a segment holding anything else.
"""

from __future__ import annotations

from typing import Any

from s1elastic.ingest.document import METADATA_KEYS
from s1elastic.ingest.errors import (
    ArrayIndexOutOfBoundsException,
    ClassCastException,
    IllegalArgumentException,
    IllegalStateException,
    IndexOutOfBoundsException,
    NullPointerException,
    UnsupportedOperationException,
)
from s1elastic.ingest.javatypes import JavaSet, JLong, ZonedDateTime, java_equals
from s1elastic.ingest.painless import runtime as rt
from s1elastic.ingest.painless.methods import method

_METADATA = frozenset(METADATA_KEYS)
_MISSING = object()


# ---------------------------------------------------------------------------------------------
# metadata()


class IngestMetadata:
    """IngestDocMetadata seen from a script: a view on ctx's metadata keys plus the timestamp."""

    __slots__ = ("ctx", "now")
    JAVA_CLASS = "org.elasticsearch.ingest.IngestDocMetadata"
    PAINLESS_CLASS = "Metadata"

    def __init__(self, ctx: dict[str, Any], now: Any) -> None:
        self.ctx = ctx
        self.now = now

    def java_to_string(self) -> str:  # Object.toString: no override in Metadata
        return f"{self.JAVA_CLASS}@{id(self) & 0xFFFFFFF:x}"


def script_metadata() -> IngestMetadata:
    """`metadata()` in an ingest script: the running document's metadata."""
    run = rt.LOCAL.run
    ctx = run.ctx_root
    if ctx is None:  # pragma: no cover - only scripts compile the call
        raise IllegalStateException("metadata() outside of an ingest script")
    return IngestMetadata(ctx, run.now)


def _get_string(meta: IngestMetadata, key: str) -> str | None:
    """Metadata.getString: Objects.toString(value, null)."""
    value = meta.ctx.get(key)
    return None if value is None else rt.to_string(value)


def _put(meta: IngestMetadata, key: str, value: Any) -> None:
    """Metadata.put: the same validation as a `ctx[key] = value` store."""
    rt.map_put(meta.ctx, key, value)


@method("Metadata", "String getIndex()")
def _get_index(meta: IngestMetadata) -> str | None:
    return _get_string(meta, "_index")


@method("Metadata", "void setIndex(String)")
def _set_index(meta: IngestMetadata, value: Any) -> None:
    _put(meta, "_index", value)


@method("Metadata", "String getId()")
def _get_id(meta: IngestMetadata) -> str | None:
    return _get_string(meta, "_id")


@method("Metadata", "void setId(String)")
def _set_id(meta: IngestMetadata, value: Any) -> None:
    _put(meta, "_id", value)


@method("Metadata", "String getRouting()")
def _get_routing(meta: IngestMetadata) -> str | None:
    return _get_string(meta, "_routing")


@method("Metadata", "void setRouting(String)")
def _set_routing(meta: IngestMetadata, value: Any) -> None:
    _put(meta, "_routing", value)


@method("Metadata", "String getVersionType()")
def _get_version_type(meta: IngestMetadata) -> str | None:
    return _get_string(meta, "_version_type")


@method("Metadata", "void setVersionType(String)")
def _set_version_type(meta: IngestMetadata, value: Any) -> None:
    _put(meta, "_version_type", value)


@method("Metadata", "long getVersion()")
def _get_version(meta: IngestMetadata) -> JLong:
    """getNumber(_version).longValue(): _version is never null (it cannot be set or removed so)."""
    value = meta.ctx.get("_version")
    if value is None:
        raise NullPointerException(None)
    kind = rt.num_kind(value)
    if kind is None or isinstance(value, bool):
        raise IllegalStateException(
            f"unexpected type for [_version] with value [{rt.to_string(value)}], expected Number, "
            f"got [{rt.class_name(value)}]"
        )
    return JLong(rt.def_cast(value, "long", False))


@method("Metadata", "void setVersion(long)")
def _set_version(meta: IngestMetadata, value: Any) -> None:
    _put(meta, "_version", JLong(int(value)))


@method("Metadata", "ZonedDateTime getNow()")
def _get_now(meta: IngestMetadata) -> ZonedDateTime:
    """The timestamp taken when the document was created (`_ingest.timestamp` starts as it)."""
    now = meta.now
    if not isinstance(now, ZonedDateTime):
        now = ZonedDateTime.now_utc()
        meta.now = now
    return now


# ---------------------------------------------------------------------------------------------
# field(String)


def _lookup(container: dict[Any, Any], meta_root: dict[Any, Any] | None, key: str, default: Any) -> Any:
    """container.getOrDefault(key, default), with ctx's metadata keys outside the source
    (`meta_root`: the ctx when the field's root is the source, None in a nested document)."""
    if container is meta_root and key in _METADATA:
        return default
    return container.get(key, default)


def _java_split_dots(path: str) -> list[str]:
    """String.split("\\\\.") : trailing empty strings dropped (all of them for "." or "..")."""
    parts = path.split(".")
    if path == "":
        return parts
    while parts and parts[-1] == "":
        parts.pop()
    return parts


def _type_name(value: Any) -> str:
    return "null" if value is None else rt.class_name(value)


class SourceMapField:
    """org.elasticsearch.script.field.SourceMapField: a read-only path into the source."""

    __slots__ = ("container", "leaf", "meta_root", "path", "root")
    JAVA_CLASS = "org.elasticsearch.script.field.SourceMapField"
    PAINLESS_CLASS = "SourceMapField"

    def __init__(self, path: str, root: dict[str, Any], source: bool = True) -> None:
        self.path = path
        self.root = root
        # ctx holds the metadata keys beside the source; a NestedDocument's map is all source
        self.meta_root: dict[str, Any] | None = root if source else None
        self.container: dict[Any, Any] = root
        self.leaf: str | None = None
        self.resolve()

    def java_to_string(self) -> str:
        return f"{self.JAVA_CLASS}@{id(self) & 0xFFFFFFF:x}"

    def resolve(self) -> None:
        """resolveDepthFlat: descend while segments name maps, else the rest is one key."""
        path, root, meta = self.path, self.root, self.meta_root
        container: dict[Any, Any] = root
        start = 0
        index = path.find(".")
        while index != -1:
            value = _lookup(container, meta, path[start:index], None)
            if isinstance(value, dict):
                container = value
                start = index + 1
                index = path.find(".", start)
                continue
            rest = path[start:]
            self.container = container
            self.leaf = rest if _lookup(container, meta, rest, _MISSING) is not _MISSING else None
            return
        self.container = container
        self.leaf = path[start:]

    def value(self) -> Any:
        """The leaf's value, or _MISSING."""
        if self.leaf is None:
            return _MISSING
        return _lookup(self.container, self.meta_root, self.leaf, _MISSING)

    def java_iter(self) -> list[Any]:
        value = self.value()
        if value is _MISSING:
            return []
        if isinstance(value, list):
            return rt.iter_collection(value)
        return [value]


class WriteField(SourceMapField):
    """org.elasticsearch.script.field.WriteField: a path into the source that can be written."""

    __slots__ = ()
    JAVA_CLASS = "org.elasticsearch.script.field.WriteField"
    PAINLESS_CLASS = "WriteField"

    def set_path(self, path: str) -> None:
        self.path = path
        self.leaf = None
        self.container = self.root

    def set_leaf(self) -> None:
        if self.leaf is None:
            self.resolve()
        if self.leaf is None:
            self.create_depth()

    def create_depth(self) -> None:
        """createDepth: a new map for every missing segment; any other non-map value is refused."""
        root = self.root
        container: dict[Any, Any] = root
        segments = _java_split_dots(self.path)
        if not segments:
            n = len(segments)
            raise ArrayIndexOutOfBoundsException(f"Index {n - 1} out of bounds for length {n}")
        for i, segment in enumerate(segments[:-1]):
            value = _lookup(container, self.meta_root, segment, _MISSING)
            if isinstance(value, dict):
                container = value
            elif value is _MISSING:
                child: dict[str, Any] = {}
                rt.map_put(container, segment, child)
                container = child
            else:
                raise IllegalArgumentException(
                    f"Segment [{i}:'{segment}'] has value [{rt.to_string(value)}] of type "
                    f"[{_type_name(value)}]"
                )
        self.container = container
        self.leaf = segments[-1]

    def put(self, value: Any) -> None:
        assert self.leaf is not None
        rt.map_put(self.container, self.leaf, value)

    def remove_leaf(self) -> None:
        leaf = self.leaf
        if leaf is None:
            return
        if self.container is self.meta_root and leaf in _METADATA:
            return  # not a source key: nothing to remove
        rt.map_remove(self.container, leaf)


def script_field(path: Any) -> SourceMapField:
    """`field(path)`: a WriteField in an ingest script, a SourceMapField in a condition."""
    run = rt.LOCAL.run
    if path is None:
        # resolveDepthFlat calls path.indexOf on the null path
        raise NullPointerException('Cannot invoke "String.indexOf(int)" because "this.path" is null')
    if run.ctx_root is not None:
        return WriteField(path, run.ctx_root)
    return SourceMapField(path, run.readonly_root)


# -- reading -------------------------------------------------------------------------------------


def _reader(*sigs: str) -> Any:
    """A method both field classes whitelist (in Java they share no whitelisted supertype)."""

    def deco(fn: Any) -> Any:
        method("SourceMapField", *sigs)(fn)
        return method("WriteField", *sigs)(fn)

    return deco


@method("WriteField", "String getName()")
def _name(f: SourceMapField) -> str:
    return f.path


@_reader("boolean exists()")
def _exists(f: SourceMapField) -> bool:
    return f.value() is not _MISSING


@method("WriteField", "boolean isEmpty()")
def _is_empty(f: SourceMapField) -> bool:
    return _size(f) == 0


@method("WriteField", "int size()")
def _size(f: SourceMapField) -> int:
    value = f.value()
    if value is _MISSING:
        return 0
    return len(value) if isinstance(value, list) else 1


@_reader("Iterator iterator()")
def _iterator(f: SourceMapField) -> Any:
    """The list's own iterator (remove() removes from it), else a singleton's or the empty one's."""
    from s1elastic.ingest.painless.api_collections import JIterator
    from s1elastic.ingest.painless.api_util_more import EmptyList, SingletonList

    value = f.value()
    if value is _MISSING:
        return JIterator(EmptyList())
    if isinstance(value, list):
        return JIterator(value)
    return JIterator(SingletonList([value]))


@_reader("def get(def)", "def get(int, def)")
def _get(f: SourceMapField, a: Any, b: Any = _MISSING) -> Any:
    if b is _MISSING:  # get(defaultValue)
        value = f.value()
        return a if value is _MISSING else value
    index = int(a)
    value = f.value()
    if isinstance(value, list):
        if index < len(value):
            return rt.list_get(value, index) if index < 0 else value[index]
    elif value is not _MISSING and index == 0:
        return value
    return b


@_reader("boolean hasValue(Predicate)")
def _has_value(f: SourceMapField, predicate: Any) -> bool:
    from s1elastic.ingest.painless.api_collections import test

    value = f.value()
    if value is _MISSING:
        return False
    if isinstance(value, list):
        return any(test(predicate, x) for x in value)
    return test(predicate, value)


# -- writing (WriteField) ---------------------------------------------------------------------------


def _path_argument(verb: str, path: Any) -> Any:
    """move(def)/overwrite(def): a String path or a WriteField."""
    if isinstance(path, str | WriteField):
        return path
    raise IllegalArgumentException(
        f"Cannot call {verb} with [{rt.to_string(path)}], must be String or WriteField, not "
        f"[{_type_name(path)}]"
    )


@method("WriteField", "WriteField move(def)")
def _move(f: WriteField, path: Any) -> WriteField:
    target = _path_argument("move", path)
    dest = target if isinstance(target, WriteField) else WriteField(target, f.root, f.meta_root is not None)
    if not _is_empty(dest):
        raise IllegalArgumentException(f"Cannot move to non-empty destination [{dest.path}]")
    return _overwrite(f, target)


@method("WriteField", "WriteField overwrite(def)")
def _overwrite(f: WriteField, path: Any) -> WriteField:
    target = _path_argument("overwrite", path)
    value = f.value()
    _remove(f)
    if isinstance(target, WriteField):
        f.set_path(target.path)
        f.root = target.root  # the target's root, which may be a NestedDocument's map
        f.meta_root = target.meta_root
    else:
        f.set_path(target)
    if value is _MISSING:
        _remove(f)
    else:
        f.set_leaf()
        _set(f, value)
    if isinstance(target, WriteField):
        target.resolve()
    return f


@method("WriteField", "void remove()")
def _remove(f: WriteField) -> None:
    f.leaf = None
    f.resolve()
    f.remove_leaf()


@method("WriteField", "WriteField set(def)")
def _set(f: WriteField, value: Any) -> WriteField:
    f.set_leaf()
    if isinstance(value, NestedDocument):
        raise IllegalArgumentException(
            f"cannot set NestedDocument [{rt.to_string(value.doc)}] as path [{f.path}]"
        )
    f.put(value)
    return f


@method("WriteField", "WriteField append(def)")
def _append(f: WriteField, value: Any) -> WriteField:
    """Map.compute on the leaf: a new list for a missing or null value, the list itself, or a
    new list holding the old single value."""
    f.set_leaf()
    assert f.leaf is not None
    current = _lookup(f.container, f.meta_root, f.leaf, None)
    if isinstance(value, NestedDocument):  # thrown inside compute: the mapping stays as it was
        raise IllegalArgumentException(
            f"cannot append NestedDocument [{rt.to_string(value.doc)}] to path [{f.path}]"
        )
    if isinstance(current, list) and not isinstance(current, JavaSet):
        rt.check_store(current, value)
        current.append(value)
        return f
    values: list[Any] = [] if current is None else [current]
    values.append(value)
    f.put(values)
    return f


@method("WriteField", "WriteField transform(Function)")
def _transform(f: WriteField, fn: Any) -> WriteField:
    from s1elastic.ingest.painless.api_collections import call

    value = f.value()
    if value is _MISSING:
        return f
    if isinstance(value, list):
        rt.check_mutable(value)
        for i, item in enumerate(list(value)):
            value[i] = call(fn, item)
    else:
        f.put(call(fn, value))
    return f


@method("WriteField", "WriteField deduplicate()")
def _deduplicate(f: WriteField) -> WriteField:
    """list -> new HashSet<>(list) -> back into the list: Java HashSet order, not list order."""
    value = f.value()
    if not isinstance(value, list):
        return f
    unique: list[Any] = []
    for item in value:
        if not any(x is item or java_equals(x, item) for x in unique):
            unique.append(item)
    # HashSet(Collection): initial capacity max(size / .75 + 1, 16), rounded up to a power of two
    capacity = max(int(len(value) / 0.75) + 1, 16)
    table = 1
    while table < capacity:
        table <<= 1
    rt.check_mutation_removes(value)
    value[:] = sorted(unique, key=lambda x: _bucket(x, table))
    return f


def _bucket(value: Any, table: int) -> int:
    """HashMap's bucket index of a key (hash spread by h ^ h >>> 16) in a table of `table`."""
    h = rt.java_hash(value) & 0xFFFFFFFF
    return (h ^ (h >> 16)) & (table - 1)


@method("WriteField", "WriteField removeValuesIf(Predicate)")
def _remove_values_if(f: WriteField, predicate: Any) -> WriteField:
    from s1elastic.ingest.painless.api_collections import test

    value = f.value()
    if value is _MISSING:
        return f
    if isinstance(value, list):
        rt.check_mutation_removes(value)
        keep = [x for x in value if not test(predicate, x)]
        value[:] = keep
    elif test(predicate, value):
        f.remove_leaf()
    return f


@method("WriteField", "WriteField removeValue(int)")
def _remove_value(f: WriteField, index: Any) -> WriteField:
    i = int(index)
    value = f.value()
    if value is _MISSING:
        return f
    if isinstance(value, list):
        if i < len(value):
            if i < 0:
                raise IndexOutOfBoundsException(f"Index {i} out of bounds for length {len(value)}")
            rt.check_mutation_removes(value)
            del value[i]
    elif i == 0:
        f.remove_leaf()
    return f


# -- nested documents (WriteField.doc/docs, NestedDocument) ---------------------------------------


class NestedDocument:
    """org.elasticsearch.script.field.NestedDocument: one map inside a field, with fields of its own."""

    __slots__ = ("doc", "parent")
    JAVA_CLASS = "org.elasticsearch.script.field.NestedDocument"
    PAINLESS_CLASS = "NestedDocument"

    def __init__(self, parent: WriteField, doc: Any) -> None:
        if doc is None:  # Objects.requireNonNull(doc)
            raise NullPointerException(None)
        if not isinstance(doc, dict):  # the erased generic's checkcast to Map
            raise ClassCastException(
                f"class {rt.class_name(doc)} cannot be cast to class java.util.Map" + _module_note(doc)
            )
        self.parent = parent
        self.doc = doc

    def java_to_string(self) -> str:  # Object.toString: NestedDocument has no override
        return f"{self.JAVA_CLASS}@{id(self) & 0xFFFFFFF:x}"


def _module_note(value: Any) -> str:
    """The `(... are in module java.base of loader 'bootstrap')` tail of a JDK class cast message."""
    name = rt.class_name(value)
    if name.startswith("java."):
        return f" ({name} and java.util.Map are in module java.base of loader 'bootstrap')"
    return f" ({name} is in unnamed module of loader 'app'; java.util.Map is in module java.base of loader 'bootstrap')"


def _docs_as_list(f: WriteField) -> list[Any] | None:
    """getDocsAsList: None when missing; a Map becomes a one-element list written back."""
    value = f.value()
    if value is _MISSING:
        return None
    if isinstance(value, list) and not isinstance(value, JavaSet):
        return value
    if isinstance(value, dict):
        docs = [value]
        _set(f, docs)
        return docs
    raise IllegalStateException(
        f"Unexpected value [{rt.to_string(value)}] of type [{_type_name(value)}] at path [{f.path}], "
        "expected Map or List of Map"
    )


def _add_doc(docs: list[Any], doc: dict[str, Any]) -> None:
    rt.check_store(docs, doc)
    docs.append(doc)


@method("WriteField", "NestedDocument doc()", "NestedDocument doc(int)")
def _doc(f: WriteField, index: Any = None) -> NestedDocument:
    """doc(): a new map appended to the field; doc(i): the map at i, padding the list with empty
    maps up to a new one at i."""
    docs = _docs_as_list(f)
    if index is None:
        doc = NestedDocument(f, {})
        if docs is None:
            _set(f, doc.doc)
        else:
            _add_doc(docs, doc.doc)
        return doc
    i = int(index)
    if docs is None:
        if i == 0:
            doc = NestedDocument(f, {})
            _set(f, doc.doc)
            return doc
        if i + 1 < 0:  # new ArrayList<>(index + 1)
            raise IllegalArgumentException(f"Illegal Capacity: {i + 1}")
        docs = []
        _set(f, docs)
    if i < len(docs):
        if i < 0:
            raise IndexOutOfBoundsException(f"Index {i} out of bounds for length {len(docs)}")
        return NestedDocument(f, docs[i])
    while len(docs) < i:
        _add_doc(docs, {})
    doc = NestedDocument(f, {})
    _add_doc(docs, doc.doc)
    return doc


class NestedDocs:
    """WriteField.docs(): an Iterable of the field's maps as NestedDocuments, checked one by one."""

    __slots__ = ("field", "value")
    JAVA_CLASS = "org.elasticsearch.script.field.WriteField$$Lambda"
    PAINLESS_CLASS = "Iterable"
    LAZY_ITER = True  # a for-each loop runs its body before next() checks the following element

    def __init__(self, field: WriteField, value: Any) -> None:
        self.field = field
        self.value = value

    def java_iter(self) -> Any:
        value, f = self.value, self.field
        if isinstance(value, dict):
            yield NestedDocument(f, value)
            return
        for index, item in enumerate(list(value)):
            if not isinstance(item, dict):
                raise IllegalStateException(
                    f"Unexpected value [{rt.to_string(item)}] of type [{_type_name(item)}] at [{f.path}] "
                    f"and index [{index}] for docs() iterator"
                )
            yield NestedDocument(f, item)

    def java_to_string(self) -> str:
        return f"{self.JAVA_CLASS}@{id(self) & 0xFFFFFFF:x}"


@method("WriteField", "Iterable docs()")
def _docs(f: WriteField) -> Any:
    from s1elastic.ingest.painless.api_util_more import EmptyList

    value = f.value()
    if value is _MISSING:
        return EmptyList()  # Collections.emptyList()
    if isinstance(value, dict) or (isinstance(value, list) and not isinstance(value, JavaSet)):
        return NestedDocs(f, value)
    raise IllegalStateException(
        f"Unexpected value [{rt.to_string(value)}] of type [{_type_name(value)}] at [{f.path}] for docs()"
    )


@method("NestedDocument", "WriteField field(String)")
def _nested_field(d: NestedDocument, path: Any) -> WriteField:
    if path is None:
        raise NullPointerException('Cannot invoke "String.indexOf(int)" because "this.path" is null')
    return WriteField(path, d.doc, False)


@method("NestedDocument", "Stream fields(String)")
def _nested_fields(d: NestedDocument, glob: Any) -> Any:
    raise UnsupportedOperationException("unimplemented")


@method("NestedDocument", "boolean isEmpty()")
def _nested_is_empty(d: NestedDocument) -> bool:
    return not d.doc


@method("NestedDocument", "int size()")
def _nested_size(d: NestedDocument) -> int:
    return len(d.doc)


@method("NestedDocument", "boolean exists()")
def _nested_exists(d: NestedDocument) -> bool:
    """The parent field's exists(): its leaf as last resolved is still mapped."""
    return _exists(d.parent)


@method("NestedDocument", "void remove()")
def _nested_remove(d: NestedDocument) -> None:
    """WriteField.remove(doc): from a list, the element that is this very map; a single value is
    removed whatever it is now (the parent's leaf as last resolved)."""
    f = d.parent
    value = f.value()
    if value is _MISSING:
        return
    if isinstance(value, list) and not isinstance(value, JavaSet):
        for i, item in enumerate(value):
            if item is d.doc:
                rt.check_mutation_removes(value)
                del value[i]
                return
        return
    f.remove_leaf()
