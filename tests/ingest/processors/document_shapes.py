"""Hypothesis strategies for documents of mixed shapes, to compare a fast path with the general one.

Maps, lists, nulls, metadata keys and `_ingest` paths are all reachable, so that every reason a
fast path has to step aside (a list on the way, a null parent, a metadata leaf) comes up.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from s1elastic.ingest.document import IngestDocument, deep_copy
from s1elastic.ingest.errors import JavaException
from s1elastic.ingest.javatypes import JLong

KEYS = ["a", "b", "0", "1", "_index", "_version", "_id"]
LEAVES = (
    st.none()
    | st.booleans()
    | st.integers(-3, 3)
    | st.sampled_from([2**40, 1.5, ""])
    | st.sampled_from(["x", " Ab ", "TRUE", "false", "12", "-7", "1.5", "10.0.0.1", "::1", "zz"])
)
VALUES = st.recursive(
    LEAVES,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(KEYS[:4]), inner, max_size=3),
    max_leaves=8,
)
SOURCES = st.dictionaries(st.sampled_from(KEYS[:4]), VALUES, max_size=4)
PATHS = (
    st.lists(st.sampled_from(KEYS), min_size=1, max_size=3)
    .map(".".join)
    .flatmap(lambda rest: st.sampled_from([rest, "_ingest." + rest]))
)


def make_doc(source: dict[str, Any]) -> IngestDocument:
    """A document whose source and `_ingest` map are both copies of `source` (plus metadata)."""
    return IngestDocument({**deep_copy(source), "_index": "i", "_version": JLong(1)}, deep_copy(source))


def attempt(action: Any) -> Any:
    """("ok", result) or ("error", Java class, message)."""
    try:
        return ("ok", action())
    except JavaException as exc:
        return ("error", exc.java_class, str(exc))


def state(doc: IngestDocument) -> Any:
    """Everything a processor may have changed, with value classes visible."""
    return repr(doc.source), repr(doc.ingest)


def related_path(path: str) -> st.SearchStrategy[str]:
    """A path near `path`: itself, a parent, a child, a sibling, or any other path."""
    parts = path.split(".")
    near = [path, path + ".a", path + ".0", ".".join([*parts[:-1], "b"])]
    if len(parts) > 1:
        near.append(".".join(parts[:-1]))
    return st.sampled_from(near) | PATHS


@st.composite
def source_along(draw: st.DrawFn, path: str) -> dict[str, Any]:
    """A source in which `path` (minus any `_ingest.` prefix) often resolves through maps and lists."""
    source = draw(SOURCES)
    parts = path.removeprefix("_ingest.").split(".")
    value: Any = draw(VALUES)
    for part in reversed(parts[1:]):
        value = [value] if part in ("0", "1") and draw(st.booleans()) else {part: value}
    source[parts[0]] = value
    return source
