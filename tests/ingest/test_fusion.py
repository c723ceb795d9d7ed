"""Fused `if` + processor steps must do exactly what the unfused conditional does.

The reference is the ConditionalProcessor's own `execute` (condition, then the processor); the
fused closure is what the pipeline's CompoundProcessor runs. Documents are drawn around the tested
field: present, null, missing, a list or a scalar on the way, strings that match the literal.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from s1elastic.ingest.document import IngestDocument, deep_copy
from s1elastic.ingest.errors import JavaException
from s1elastic.ingest.executor import ConditionalProcessor
from s1elastic.ingest.javatypes import JLong
from s1elastic.ingest.painless.values import JChar, LinkedHashMap, TreeMap
from s1elastic.ingest.pipeline import Pipeline

KEYS = ["a", "b", "_index", "_id"]
LEAVES = (
    st.none()
    | st.booleans()
    | st.integers(-3, 3)
    | st.sampled_from([2**40, 1.5, "", "x", " Ab ", "TRUE", "12", "10.0.0.1"])
    | st.sampled_from([JLong(5), JChar("x"), JChar(" ")])  # a Long; a Character is a str subclass
)
VALUES = st.recursive(
    LEAVES,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(KEYS[:2]), inner, max_size=3),
    max_leaves=6,
)
FIELDS = st.lists(st.sampled_from(KEYS), min_size=1, max_size=3).map(tuple)

CONDITIONS = {
    "not_null": "ctx.{chain} != null",
    "is_string": "ctx.{chain} instanceof String",
    "equals": "ctx.{chain} == ''",
    "equals_reversed": "'x' == ctx.{chain}",
}

# (processor type, options beyond `field`): every processor that fuses, in its fusable forms.
PROCESSORS: list[tuple[str, dict[str, Any]]] = [
    ("rename", {"target_field": "t.u"}),
    ("rename", {"target_field": "a.t.u.v"}),
    ("rename", {"target_field": "a", "ignore_missing": True}),
    ("rename", {"target_field": "b.a", "override": True}),
    ("rename", {"target_field": "_index"}),
    ("remove", {}),
    ("remove", {"ignore_missing": True}),
    ("lowercase", {}),
    ("uppercase", {"ignore_missing": True}),
    ("trim", {}),
    ("convert", {"type": "integer"}),
    ("convert", {"type": "boolean", "ignore_missing": True}),
    ("convert", {"type": "ip"}),
    ("convert", {"type": "string"}),
    # With handlers (OnFailureProcessor passes the fused operation on, failures handled as before).
    (
        "convert",
        {
            "type": "integer",
            "on_failure": [{"set": {"field": "err", "value": "{{_ingest.on_failure_message}}"}}],
        },
    ),
    ("convert", {"type": "ip", "ignore_failure": True}),
    ("rename", {"target_field": "t.u", "ignore_failure": True, "tag": "r"}),
    (
        "rename",
        {
            "target_field": "a",
            "on_failure": [{"fail": {"message": "again {{_ingest.on_failure_processor_tag}}"}}],
        },
    ),
    ("lowercase", {"on_failure": [{"append": {"field": "err", "value": "x"}}]}),
]


@st.composite
def sources_along(draw: st.DrawFn, keys: tuple[str, ...]) -> dict[str, Any]:
    """A source in which the field often resolves through maps (Painless map classes too),
    sometimes through a list, a scalar or a null."""
    source: dict[str, Any] = draw(st.dictionaries(st.sampled_from(KEYS[:2]), VALUES, max_size=3))
    value: Any = draw(VALUES)
    for key in reversed(keys[1:]):
        maps = [{key: value}, {key: value}, LinkedHashMap({key: value}), TreeMap({key: value})]
        value = draw(st.sampled_from([*maps, [{key: value}], "s", None]))
    source[keys[0]] = value
    return source


def conditional(kind: str, processor_type: str, options: dict[str, Any], keys: tuple[str, ...]) -> Any:
    chain = "?.".join(keys)
    config = {
        processor_type: {"field": ".".join(keys), **options, "if": CONDITIONS[kind].format(chain=chain)}
    }
    processor = Pipeline.load({"processors": [config]}).processors[0]
    assert isinstance(processor, ConditionalProcessor)
    return processor


def outcome(action: Any) -> Any:
    try:
        return ("ok", action())
    except JavaException as exc:
        return ("error", exc.java_class, str(exc))


def make_doc(source: dict[str, Any]) -> IngestDocument:
    return IngestDocument({**deep_copy(source), "_index": "i", "_version": JLong(1)})


@settings(max_examples=1500, deadline=None)
@given(
    data=st.data(),
    kind=st.sampled_from(sorted(CONDITIONS)),
    processor=st.sampled_from(PROCESSORS),
    keys=FIELDS,
)
def test_fused_step_agrees_with_the_conditional(
    data: st.DataObject, kind: str, processor: tuple[str, dict[str, Any]], keys: tuple[str, ...]
) -> None:
    step = conditional(kind, *processor, keys)
    fused = step.fused()
    if fused is None:
        # Only a field that is a top-level metadata key stays unfused among these.
        assert len(keys) == 1 and keys[0].startswith("_")
        return
    source = data.draw(sources_along(keys))
    fused_doc, reference_doc = make_doc(source), make_doc(source)
    fused_outcome = outcome(lambda: fused(fused_doc) is fused_doc)
    reference_outcome = outcome(lambda: step.execute(reference_doc) is reference_doc)
    assert fused_outcome == reference_outcome
    assert repr(fused_doc.source) == repr(reference_doc.source)


@pytest.mark.parametrize(
    ("processor", "condition", "fused"),
    [
        pytest.param(
            {"rename": {"field": "a.b", "target_field": "c"}}, "ctx.a?.b != null", True, id="rename"
        ),
        pytest.param({"remove": {"field": "a.b"}}, "ctx.a?.b == ''", True, id="remove-empty"),
        pytest.param({"lowercase": {"field": "a"}}, "ctx.a instanceof String", True, id="lowercase"),
        pytest.param({"convert": {"field": "a.b", "type": "long"}}, "ctx.a?.b != null", True, id="convert"),
        pytest.param(
            {"rename": {"field": "a.b", "target_field": "c"}}, "ctx.a?.c != null", False, id="other-field"
        ),
        pytest.param(
            {"rename": {"field": "a.b", "target_field": "c"}}, "ctx.a.b != null", False, id="not-null-safe"
        ),
        pytest.param(
            {"rename": {"field": "a.b", "target_field": "c"}}, "ctx.a?.b == null", False, id="is-null"
        ),
        pytest.param({"remove": {"field": "a.b"}}, "ctx.a?.b != ''", False, id="not-equals"),
        pytest.param({"remove": {"field": ["a.b", "c"]}}, "ctx.a?.b != null", False, id="two-fields"),
        pytest.param(
            {"lowercase": {"field": "a", "target_field": "b"}}, "ctx.a instanceof String", False, id="target"
        ),
        pytest.param(
            {"convert": {"field": "a", "target_field": "b", "type": "long"}},
            "ctx.a != null",
            False,
            id="conv-target",
        ),
        pytest.param(
            {"rename": {"field": "{{x}}", "target_field": "c"}}, "ctx.x != null", False, id="template"
        ),
        pytest.param(
            {"rename": {"field": "_ingest.a", "target_field": "c"}}, "ctx.a != null", False, id="ingest"
        ),
        pytest.param(
            {"rename": {"field": "_index", "target_field": "c"}}, "ctx._index != null", False, id="metadata"
        ),
        pytest.param({"set": {"field": "a", "value": 1}}, "ctx.a != null", False, id="set-not-fusable"),
        pytest.param(
            {"rename": {"field": "a", "target_field": "c"}},
            "ctx.a != null && ctx.b != null",
            False,
            id="two-tests",
        ),
    ],
)
def test_what_fuses(processor: dict[str, Any], condition: str, fused: bool) -> None:
    ((processor_type, options),) = processor.items()
    step = Pipeline.load({"processors": [{processor_type: {**options, "if": condition}}]}).processors[0]
    assert isinstance(step, ConditionalProcessor)
    assert (step.fused() is not None) == fused


def test_a_pipeline_runs_fused_steps() -> None:
    """The executor uses the fused closure (no separate test) and the result is the expected one."""
    pipeline = Pipeline.load(
        {
            "processors": [
                {"rename": {"field": "a.b", "target_field": "c.d", "if": "ctx.a?.b != null"}},
                {"lowercase": {"field": "c.d", "if": "ctx.c?.d instanceof String"}},
                {"remove": {"field": "e", "if": "ctx.e == ''"}},
                {"rename": {"field": "f", "target_field": "g.h.i.j", "if": "ctx.f != null"}},
                {"rename": {"field": "k", "target_field": "g.h.l", "if": "ctx.k != null"}},
            ]
        }
    )
    compound = pipeline.compound
    assert all(step is not p.execute for p, step in zip(compound.processors, compound._steps, strict=True))
    doc = pipeline.run({"a": {"b": "MiXed"}, "e": "", "f": 1, "k": True})
    assert doc is not None
    assert doc.source_fields() == {"a": {}, "c": {"d": "mixed"}, "g": {"h": {"i": {"j": 1}, "l": True}}}
    untouched = pipeline.run({"a": {"b": None}, "e": "x"})
    assert untouched is not None
    assert untouched.source_fields() == {"a": {"b": None}, "e": "x"}
