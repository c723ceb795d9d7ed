"""Ingest scripts note every container they store into a container; the self-reference check after
the run relies on it (processors/script.py skips the walk when nothing was stored).

- every store path creating a cycle still fails with Elasticsearch's error;
- scripts that store only scalars (or only remove) note nothing;
- hypothesis: the note is there exactly when a container was stored, and the tracked check gives
  the same outcome as running the script and walking the whole document.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from s1elastic.ingest.document import IngestDocument
from s1elastic.ingest.errors import IllegalArgumentException, JavaException
from s1elastic.ingest.javatypes import JavaSet
from s1elastic.ingest.painless import compile_script, runtime
from s1elastic.ingest.painless.runtime import FULL_CHECK
from s1elastic.ingest.painless.values import JArray
from s1elastic.ingest.processors.script import (
    ScriptProcessor,
    ensure_no_new_self_references,
    ensure_no_self_references,
)

SELF_REFERENCE = "Iterable object is self-referencing itself (ingest script)"


def _source() -> dict[str, Any]:
    """A document that already holds a map, a list, a set and an array (an earlier script's)."""
    return {"m": {"x": 1}, "l": [1], "s": JavaSet([1]), "arr": JArray("Object", [None]), "n": 5}


def _processor(source: str, params: dict[str, Any] | None = None) -> ScriptProcessor:
    return ScriptProcessor(None, compile_script(source, params=params), source)


def _doc() -> IngestDocument:
    return IngestDocument.from_source(_source())


# One script per store path; each adds the only reference of the cycle through that path.
CYCLES = [
    ("field", "ctx.m.y = ctx"),
    ("field-on-ctx", "ctx.me = ctx"),
    # (no `ctx.m?.y = ...` row: a null-safe store is a compile error in Painless, visitDot)
    ("map-index", "ctx.m['y'] = ctx"),
    ("map-in-itself", "ctx.m.self = ctx.m"),
    ("list-index", "ctx.l[0] = ctx"),
    ("list-negative-index", "ctx.l[-1] = ctx"),
    ("array-index-def", "ctx.arr[0] = ctx"),
    ("array-index-typed", "Object[] a = ctx.arr; a[0] = ctx"),
    ("map-put", "ctx.m.put('y', ctx)"),
    ("map-put-typed", "Map m = ctx.m; m.put('y', ctx)"),
    ("map-put-on-ctx", "ctx.put('y', ctx)"),
    ("map-put-all", "ctx.m.putAll(['y': ctx])"),
    ("map-put-if-absent", "ctx.m.putIfAbsent('y', ctx)"),
    ("map-compute-if-absent", "ctx.m.computeIfAbsent('y', k -> ctx)"),
    ("map-compute-if-present", "ctx.m.computeIfPresent('x', (k, v) -> ctx)"),
    ("map-compute", "ctx.m.compute('y', (k, v) -> ctx)"),
    ("map-merge", "ctx.m.merge('x', ctx, (a, b) -> b)"),
    ("map-replace", "ctx.m.replace('x', ctx)"),
    ("map-replace-all", "ctx.m.replaceAll((k, v) -> ctx)"),
    ("entry-set-value", "for (def e : ctx.m.entrySet()) { e.setValue(ctx) }"),
    ("entry-value-setter", "for (def e : ctx.m.entrySet()) { e.value = ctx }"),
    ("list-add", "ctx.l.add(ctx)"),
    ("list-add-typed", "List l = ctx.l; l.add(ctx)"),
    ("list-add-at", "ctx.l.add(0, ctx)"),
    ("list-add-all", "ctx.l.addAll([ctx])"),
    ("list-add-all-at", "ctx.l.addAll(0, [ctx])"),
    ("list-set", "ctx.l.set(0, ctx)"),
    ("list-replace-all", "ctx.l.replaceAll(x -> ctx)"),
    ("set-add", "ctx.s.add(ctx)"),
    ("set-add-all", "ctx.s.addAll([ctx])"),
    ("collection-add-in-lambda", "[1].forEach(x -> ctx.l.add(ctx))"),
    (
        "stream-to-collection",
        "[1].stream().map(x -> ctx).collect(Collectors.toCollection(() -> ctx.l))",
    ),
    (
        "stream-to-map-supplier",
        "[1].stream().collect(Collectors.toMap(x -> 'y', x -> ctx, (a, b) -> a, () -> ctx.m))",
    ),
    (
        "stream-grouping-by-finisher",
        "[1].stream().collect(Collectors.groupingBy(x -> 'y', () -> ctx.m,"
        " Collectors.collectingAndThen(Collectors.toList(), l -> ctx)))",
    ),
    ("stream-to-array-generator", "[ctx].stream().toArray(n -> ctx.arr)"),
    (
        "stream-collect-accumulator",
        "[1].stream().map(x -> ctx).collect(() -> ctx.l, (c, x) -> c.add(x), (a, b) -> a)",
    ),
    ("through-a-local", "def l = new ArrayList(); l.add(ctx); ctx.m.y = l"),
    ("two-steps", "ctx.l.add(ctx.m); ctx.m.y = ctx.l"),
    ("through-params", "params.p.y = ctx; ctx.m.y = params.p"),
]


@pytest.mark.parametrize("source", [s for _, s in CYCLES], ids=[i for i, _ in CYCLES])
def test_every_store_path_that_closes_a_cycle_fails(source: str) -> None:
    processor = _processor(source, params={"p": {}})
    with pytest.raises(IllegalArgumentException) as caught:
        processor.execute(_doc())
    assert type(caught.value) is IllegalArgumentException
    assert caught.value.reason == SELF_REFERENCE


@pytest.mark.parametrize("source", [s for _, s in CYCLES], ids=[i for i, _ in CYCLES])
def test_every_store_path_is_noted(source: str) -> None:
    stored = compile_script(source, params={"p": {}}).execute_tracked(_source())
    assert stored, "a container was stored but nothing was noted"


SCALAR_ONLY = [
    ("literals", "ctx.a = 1; ctx.b = 's'; ctx.c = null; ctx.d = true; ctx.e = 1.5; ctx.f = 2L; ctx.g = 1.5f"),
    ("small-numbers", "ctx.b = (byte) 1; ctx.s2 = (short) 2; ctx.c = (char) 65"),
    ("into-containers", "ctx.m.put('y', 2); ctx.l.add('z'); ctx.l[0] = 3; ctx.s.add(4); ctx.arr[0] = 'a'"),
    ("compound", "ctx.m.x += 1; ctx.m.x *= 2; ctx.t = 'a'; ctx.t += 'b'; ctx.n++"),
    (
        "map-methods",
        "ctx.m.putIfAbsent('y', 1); ctx.m.merge('x', 2, (a, b) -> a + b); ctx.m.replaceAll((k, v) -> 0)",
    ),
    (
        "list-methods",
        "ctx.l.add(0, 'a'); ctx.l.addAll(['b', 'c']); ctx.l.set(0, 1); ctx.l.replaceAll(x -> 'z')",
    ),
    ("removals", "ctx.m.remove('x'); ctx.l.remove(0); ctx.s.clear(); ctx.remove('n'); ctx.m.clear()"),
    ("reorderings", "ctx.l.addAll([3, 2]); ctx.l.sort(null); Collections.reverse(ctx.l)"),
    ("date", "ctx.when = ZonedDateTime.parse('2020-01-01T00:00:00Z')"),
    ("locals-only", "def l = new ArrayList(); l.add(1); def m = ['a': l]; ctx.size = m.size()"),
    ("reads", "def x = ctx.m.x; if (ctx.l.contains(1)) { ctx.found = x }"),
    ("metadata", "ctx._index = 'other'; ctx._id = 'x'"),
]


@pytest.mark.parametrize("source", [s for _, s in SCALAR_ONLY], ids=[i for i, _ in SCALAR_ONLY])
def test_scalar_stores_are_not_noted_and_pass(source: str) -> None:
    assert compile_script(source).execute_tracked(_source()) == []
    _processor(source).execute(_doc())


LEGAL_REFERENCES = [
    ("shared-map", "ctx.a = ctx.m; ctx.b = ctx.m"),
    ("local-cycle-outside-ctx", "def l = new ArrayList(); l.add(l); ctx.size = l.size()"),
    ("local-cycle-and-store", "def l = new ArrayList(); l.add(l); ctx.copy = new ArrayList(ctx.l)"),
    ("moved-subtree", "ctx.moved = ctx.remove('m')"),
    ("fresh-containers", "ctx.a = ['x': [1, 2]]; ctx.b = new HashSet(); ctx.c = new int[2]"),
]


@pytest.mark.parametrize("source", [s for _, s in LEGAL_REFERENCES], ids=[i for i, _ in LEGAL_REFERENCES])
def test_stored_containers_without_a_cycle_pass(source: str) -> None:
    assert compile_script(source).execute_tracked(_source())
    _processor(source).execute(_doc())


def _cyclic() -> dict[str, Any]:
    root: dict[str, Any] = {"m": {}}
    root["m"]["back"] = root
    return root


def _self_list() -> list[Any]:
    items: list[Any] = []
    items.append(items)
    return items


@pytest.mark.parametrize(
    ("root", "stored", "cyclic"),
    [
        pytest.param({"a": {"b": 1}}, [{"b": 1}], False, id="stored-tree"),
        pytest.param({"a": 1}, [_self_list()], False, id="cycle-outside-the-document"),
        pytest.param(_cyclic(), [FULL_CHECK], True, id="unknown-store-walks-all"),
        pytest.param(_cyclic(), [{"x": 1}] * 5, True, id="many-stores-walk-all"),
    ],
)
def test_ensure_no_new_self_references(root: dict[str, Any], stored: list[Any], cyclic: bool) -> None:
    if cyclic:
        with pytest.raises(IllegalArgumentException, match=r"^Iterable object is self-referencing"):
            ensure_no_new_self_references(root, stored)
    else:
        ensure_no_new_self_references(root, stored)


def test_a_mutation_of_unknown_values_asks_for_the_whole_walk() -> None:
    run = runtime.current()
    run.stored = []
    try:
        runtime.check_mutable([])  # what a whitelist method that may store anything calls
        assert run.stored == [FULL_CHECK]
    finally:
        run.stored = runtime.DISCARD


def test_cycle_below_a_stored_container_is_found() -> None:
    root = _cyclic()
    with pytest.raises(IllegalArgumentException, match=r"^Iterable object is self-referencing"):
        ensure_no_new_self_references(root, [root["m"]])


# ---------------------------------------------------------------------------------------------
# generated scripts

SCALARS = ["1", "'s'", "null", "true", "1.5", "2L", "(char) 66"]
FRESH_CONTAINERS = ["[1]", "['k': 1]", "new ArrayList()", "new HashSet()", "new def[1]", "[[]]"]
DOCUMENT_CONTAINERS = ["ctx", "ctx.m", "ctx.l", "ctx.s", "ctx.arr"]

# `{k}` is a key no other statement uses, `{v}` the value stored; each template stores {v} once
# or more, never conditionally.
STORES = [
    "ctx.m.{k} = {v}",
    "ctx['{k}'] = {v}",
    "ctx.m['{k}'] = {v}",
    "ctx.l[0] = {v}",
    "ctx.l[-1] = {v}",
    "ctx.arr[0] = {v}",
    "ctx.m.put('{k}', {v})",
    "ctx.m.putAll(['{k}': {v}])",
    "ctx.m.putIfAbsent('{k}', {v})",
    "ctx.m.computeIfAbsent('{k}', k -> {v})",
    "ctx.m.put('{k}', 0); ctx.m.computeIfPresent('{k}', (k, x) -> {v})",
    "ctx.m.compute('{k}', (k, x) -> {v})",
    "ctx.m.put('{k}', 0); ctx.m.merge('{k}', 1, (a, b) -> {v})",
    "ctx.m.put('{k}', 0); ctx.m.replace('{k}', {v})",
    "ctx.l.add({v})",
    "ctx.l.add(0, {v})",
    "ctx.l.addAll([{v}])",
    "ctx.l.addAll(0, [{v}])",
    "ctx.l.set(0, {v})",
    "ctx.l.replaceAll(x -> {v})",
    "ctx.s.add({v})",
    "ctx.s.addAll([{v}])",
    "def t{k} = new ArrayList(); t{k}.add({v})",
    "ctx.m.put('{k}', 0); for (def e : ctx.m.entrySet()) {{ e.setValue({v}) }}",
]
OTHERS = [
    "ctx.m.remove('x')",
    "ctx.l.add(2); ctx.l.remove(0)",
    "ctx.l.clear(); ctx.l.add(1)",
    "ctx.s.remove(1)",
    "ctx.n += 1",
    "def c{k} = ctx.l.size()",
]


def _script(draw: st.DrawFn, values: list[str]) -> tuple[str, bool]:
    """A generated script over `_source()` and whether it stores a non-scalar value."""
    parts = []
    stored_container = False
    for i in range(draw(st.integers(1, 5))):
        if draw(st.booleans()):
            parts.append(draw(st.sampled_from(OTHERS)).format(k=f"k{i}"))
            continue
        value = draw(st.sampled_from(values))
        parts.append(draw(st.sampled_from(STORES)).format(k=f"k{i}", v=value))
        stored_container = stored_container or value not in SCALARS
    # no `;` after a `}`: Painless has no empty statement
    return " ".join(p if p.endswith("}") else p + ";" for p in parts), stored_container


@st.composite
def acyclic_scripts(draw: st.DrawFn) -> tuple[str, bool]:
    return _script(draw, SCALARS + FRESH_CONTAINERS)


@st.composite
def any_scripts(draw: st.DrawFn) -> tuple[str, bool]:
    return _script(draw, SCALARS + FRESH_CONTAINERS + DOCUMENT_CONTAINERS)


@settings(max_examples=300, deadline=None)
@given(acyclic_scripts())
def test_a_note_exactly_when_a_container_is_stored(case: tuple[str, bool]) -> None:
    source, stores_container = case
    stored = compile_script(source).execute_tracked(_source())
    assert bool(stored) == stores_container, (source, stored)


def _outcome(run: Any) -> Any:
    try:
        run()
    except JavaException as exc:
        return type(exc).__name__, exc.error_body()
    return None


@settings(max_examples=300, deadline=None)
@given(any_scripts())
def test_tracked_check_agrees_with_the_whole_document_walk(case: tuple[str, bool]) -> None:
    source, _ = case
    script = compile_script(source)
    tracked = _processor(source)
    tracked_doc = _doc()
    general_doc = _doc()

    def general() -> None:
        script.execute(general_doc.source)
        ensure_no_self_references(general_doc.source)

    expected = _outcome(general)
    assert _outcome(lambda: tracked.execute(tracked_doc)) == expected, source
    if expected is None:
        assert tracked_doc.source == general_doc.source
