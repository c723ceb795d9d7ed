"""The compiler's specialised closures (local-variable receivers, dict walks, inline call caches,
list loops, fused `!`) against its general ones: same results, same documents, same errors
(class, message, script stack and position), on generated scripts and documents."""

from __future__ import annotations

import copy
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from s1elastic.ingest.errors import JavaException
from s1elastic.ingest.javatypes import JavaSet, JLong
from s1elastic.ingest.painless import CompiledScript
from s1elastic.ingest.painless.api_collections import _collection_add, _collection_contains
from s1elastic.ingest.painless.compiler import Compiler
from s1elastic.ingest.painless.parser import parse
from s1elastic.ingest.painless.values import JChar
from s1elastic.ingest.processors.script import ensure_no_new_self_references

KEYS = ["a", "b", "c", "k"]


def _compile(source: str, specialise: bool) -> CompiledScript:
    script = parse(source)
    run, statements = Compiler(source, condition=False, specialise=specialise).compile(script)
    return CompiledScript(source, run, statements, {"p": "q", "a": 7}, False, script)


scalars = st.one_of(
    st.none(),
    st.sampled_from(["a", "b", "k", "s", "q", ""]),
    st.integers(-3, 3),
    st.builds(JLong, st.integers(-3, 3)),
    st.booleans(),
    st.sampled_from([1.5, -0.0]),
    st.builds(JChar, st.sampled_from(["a", "s"])),
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(st.sampled_from(KEYS), inner, max_size=3),
        st.builds(JavaSet, st.lists(scalars, max_size=2)),
    ),
    max_leaves=8,
)
documents = st.dictionaries(st.sampled_from(KEYS), values, max_size=4)

READS = [
    "ctx.a",
    "ctx.a.b",
    "ctx.a?.b",
    "ctx.a.b.c",
    "ctx.a?.b.c",
    "ctx.a.b?.c",
    "ctx.a?.b?.c",
    "x.b",
    "x?.b",
    "x.b.c",
    "x?.b?.c",
    "x.empty",
    "params[ctx.k]",
    "params[x]",
    "ctx[ctx.k]",
    "x[0]",
    "x['b']",
    "x[ctx.k]",
    "ctx.a[0]",
    "x.size()",
    "x.isEmpty()",
    "x.contains(ctx.k)",
    "x.contains('s')",
    "x.contains(x)",
    "ctx.a?.contains(ctx.k)",
    "x.get(0)",
    "new ArrayList()",
    "new HashMap()",
    "!ctx.a",
    "!x",
    "!x.contains(ctx.k)",
    "!x.isEmpty()",
    "x == null",
    "x != null",
    "x.b == null",
    "null != x?.b",
    "x.empty == null",
]
STATEMENTS = [
    "out.add({r})",
    "def y{i} = {r}; out.add(y{i})",
    "if ({r} != null) {{ out.add(1) }}",
    "if ({r} == null) {{ return }}",
    "ctx.a.b = {r}",
    "ctx[ctx.k] = {r}",
    "x.b = {r}",
    "x[0] = {r}",
    "x.add({r})",
    "x = {r}",
    "for (def i{i} : ctx.a) {{ out.add(i{i}) }}",
    "for (def i{i} : x) {{ if (i{i} != null) {{ out.add(i{i}.b) }} }}",
    "for (def i{i} : x) {{ out.add(i{i}); if (out.size() > 2) {{ break }} }}",
    "for (def i{i} : x) {{ x.add(1) }}",
    "for (def i{i} : ctx.a) {{ for (def j{i} : i{i}) {{ if (!out.contains(j{i})) {{ out.add(j{i}) }} }} }}",
]


@st.composite
def scripts(draw: st.DrawFn) -> str:
    parts = [
        "def out = new ArrayList()",
        "def x = " + draw(st.sampled_from(["ctx.a", "ctx.b", "ctx", "params"])),
    ]
    for i in range(draw(st.integers(1, 4))):
        template = draw(st.sampled_from(STATEMENTS))
        parts.append(template.format(r=draw(st.sampled_from(READS)), i=i))
    parts.append("ctx.out = out")
    # no `;` after a `}`: Painless has no empty statement
    return " ".join(p if p.endswith("}") else p + ";" for p in parts)


def _outcome(script: CompiledScript, ctx: dict[str, Any]) -> Any:
    try:
        stored = script.execute_tracked(ctx)
        ensure_no_new_self_references(ctx, stored)  # as the processor does: no cyclic results
        return ("ok", stored != [], ctx)
    except JavaException as exc:
        return ("error", type(exc).__name__, exc.error_body())
    except TypeError as exc:  # an unhashable map key (a list) fails in Python either way
        return ("python error", str(exc))


@settings(max_examples=600, deadline=None)
@given(scripts(), documents)
def test_specialised_closures_agree_with_the_general_ones(source: str, doc: dict[str, Any]) -> None:
    try:
        general = _compile(source, specialise=False)
    except JavaException:
        return  # a script the generator got wrong: not compiled either way
    specialised = _compile(source, specialise=True)
    expected = _outcome(general, copy.deepcopy(doc))
    assert _outcome(specialised, copy.deepcopy(doc)) == expected, source


def _general_contains(c: Any, item: Any) -> bool:
    from s1elastic.ingest.javatypes import java_equals

    return any(x is item or (x is not None and java_equals(x, item)) for x in c)


@settings(max_examples=400, deadline=None)
@given(st.lists(values, max_size=4), st.one_of(values, st.sampled_from(["a", "s"])))
def test_contains_fast_path_agrees_with_java_equals(items: list[Any], item: Any) -> None:
    for container in (items, JavaSet(items)):
        assert _collection_contains(container, item) == _general_contains(container, item)


@settings(max_examples=200, deadline=None)
@given(st.lists(scalars, max_size=3), values)
def test_list_add_fast_path_agrees_with_the_dispatch(items: list[Any], item: Any) -> None:
    from s1elastic.ingest.painless.api_collections import _coll_add

    fast, general = list(items), list(items)
    assert _collection_add(fast, item) == _coll_add(general, item)
    assert fast == general
