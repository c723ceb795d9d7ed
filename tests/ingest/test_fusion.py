"""Fused `if` + processor steps must do exactly what the unfused conditional does.

The reference is the ConditionalProcessor's own `execute` (condition, then the processor); the
fused closure is what the pipeline's CompoundProcessor runs. Documents are drawn around the tested
field: present, null, missing, a list or a scalar on the way, strings that match the literal.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from s1elastic.ingest.document import IngestDocument, deep_copy
from s1elastic.ingest.errors import JavaException
from s1elastic.ingest.executor import ConditionalProcessor, IngestProcessorException, wrap_failure
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
    # append fuses with a test of the field its value prints ({field}: the tested field).
    ("append", {"field": "t.l", "value": "{{{{field}}}}"}),
    ("append", {"field": "t.l", "value": "{{{field}}}", "allow_duplicates": False}),
    ("append", {"field": "{field}", "value": "{{{{field}}}}"}),
    ("append", {"field": "t.l", "value": "{{{{field}}}}", "ignore_empty_values": True}),
    ("append", {"field": "_id", "value": "{{{{field}}}}"}),
]


@st.composite
def sources_along(draw: st.DrawFn, keys: tuple[str, ...]) -> dict[str, Any]:
    """A source in which the field often resolves through maps (Painless map classes too),
    sometimes through a list, a scalar or a null."""
    # A literal dotted top-level key is what a template's dotted name resolves first.
    top = st.sampled_from([*KEYS[:2], "a.b", "b.a"])
    source: dict[str, Any] = draw(st.dictionaries(top, VALUES, max_size=3))
    value: Any = draw(VALUES)
    for key in reversed(keys[1:]):
        maps = [{key: value}, {key: value}, LinkedHashMap({key: value}), TreeMap({key: value})]
        value = draw(st.sampled_from([*maps, [{key: value}], "s", None]))
    source[keys[0]] = value
    return source


def conditional(kind: str, processor_type: str, options: dict[str, Any], keys: tuple[str, ...]) -> Any:
    chain = "?.".join(keys)
    config = {
        processor_type: {
            "field": ".".join(keys),
            **fill(options, keys[0], ".".join(keys)),
            "if": CONDITIONS[kind].format(chain=chain),
        }
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
            {"append": {"field": "r", "value": "{{{a.b}}}"}},
            "ctx.a?.b != null",
            True,
            id="append-prints-tested",
        ),
        pytest.param(
            {"append": {"field": "r", "value": "{{a.b}}"}}, "ctx.a?.b != null", True, id="append-escaped"
        ),
        pytest.param(
            {"append": {"field": "r", "value": "x{{a.b}}"}}, "ctx.a?.b != null", False, id="append-more-text"
        ),
        pytest.param(
            {"append": {"field": "r", "value": "{{a.c}}"}}, "ctx.a?.b != null", False, id="append-other-field"
        ),
        pytest.param(
            {"append": {"field": "r", "copy_from": "a.b"}}, "ctx.a?.b != null", False, id="append-copy-from"
        ),
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
    # The first two are fused steps of their own; the last three share the top-level map as parent.
    assert [step.__name__ for step in compound._steps] == ["not_null_step", "step", "group_step"]
    doc = pipeline.run({"a": {"b": "MiXed"}, "e": "", "f": 1, "k": True})
    assert doc is not None
    assert doc.source_fields() == {"a": {}, "c": {"d": "mixed"}, "g": {"h": {"i": {"j": 1}, "l": True}}}
    untouched = pipeline.run({"a": {"b": None}, "e": "x"})
    assert untouched is not None
    assert untouched.source_fields() == {"a": {"b": None}, "e": "x"}


# Members for groups: PROCESSORS plus ones that write where a group's chain runs ({head} is the
# first key of the shared chain), which must end a group.
GROUP_PROCESSORS: list[tuple[str, dict[str, Any]]] = [
    *PROCESSORS,
    ("rename", {"target_field": "{head}", "override": True}),
    ("rename", {"target_field": "{head}.t", "override": True}),
    ("date", {"formats": ["ISO8601"], "target_field": "{head}"}),
    ("date", {"formats": ["UNIX"], "target_field": "d.t"}),
    # Moves that share a target chain (a group reuses the map an earlier move reached), and ones
    # that replace a map on such a chain.
    ("rename", {"target_field": "t.w", "ignore_missing": True}),
    ("rename", {"target_field": "t", "override": True}),
    ("rename", {"target_field": "a.t.u.w", "override": True}),
    ("rename", {"target_field": "{head}.t.u"}),
    (
        "date",
        {
            "formats": ["ISO8601"],
            "target_field": "d",
            "on_failure": [{"set": {"field": "{head}", "value": 1}}],
        },
    ),
    # Members that may end the run: a group must not go on past them.
    ("convert", {"type": "integer", "on_failure": [{"drop": {}}]}),
    ("convert", {"type": "integer", "on_failure": [{"terminate": {}}]}),
]
GROUP_LEAVES = LEAVES | st.sampled_from(["2026-01-02T03:04:05Z", "1700000000", "aBc"])


@st.composite
def group_sources(draw: st.DrawFn, head: tuple[str, ...]) -> dict[str, Any]:
    """A source whose chain `head` mostly leads to a map of several candidate leaves."""
    leaves = st.dictionaries(st.sampled_from(KEYS), GROUP_LEAVES | VALUES, max_size=4)
    if not head:
        return dict(draw(leaves))
    value: Any = draw(leaves)
    for key in reversed(head[1:]):
        value = draw(
            st.sampled_from([{key: value}, {key: value}, LinkedHashMap({key: value}), [{key: value}], None])
        )
    source: dict[str, Any] = draw(st.dictionaries(st.sampled_from(KEYS[:2]), VALUES, max_size=2))
    source[head[0]] = draw(
        st.sampled_from([value, value, value, TreeMap(value) if type(value) is dict else value, "s"])
    )
    return source


def group_pipeline(
    head: tuple[str, ...], members: list[tuple[str, tuple[str, dict[str, Any]], str]]
) -> Pipeline:
    processors = []
    for i, (kind, (processor_type, options), leaf) in enumerate(members):
        keys = (*head, leaf)
        filled = fill(options, head[0] if head else "a", ".".join(keys))
        condition = CONDITIONS[kind].format(chain="?.".join(keys))
        processors.append(
            {processor_type: {"tag": f"p{i}", "field": ".".join(keys), **filled, "if": condition}}
        )
    return Pipeline.load({"processors": processors})


def fill(options: Any, head: str, field: str) -> Any:
    """`options` with {head} (the chain's first key) and {field} (the tested field) filled in."""
    if isinstance(options, str):
        return options.replace("{head}", head).replace("{field}", field)
    if isinstance(options, list):
        return [fill(item, head, field) for item in options]
    if isinstance(options, dict):
        return {key: fill(value, head, field) for key, value in options.items()}
    return options


def failure_outcome(action: Any) -> Any:
    """The outcome, a failure with the processor it is reported as."""
    try:
        return ("ok", action())
    except IngestProcessorException as exc:
        return ("error", exc.processor_type, exc.processor_tag, exc.java_class, str(exc))


def member_lists(kinds: list[str]) -> st.SearchStrategy[list[Any]]:
    """2-5 members: (condition kind, processor, leaf)."""
    member = st.tuples(st.sampled_from(kinds), st.sampled_from(GROUP_PROCESSORS), st.sampled_from(KEYS))
    return st.lists(member, min_size=2, max_size=5)


HEADS = st.lists(st.sampled_from(KEYS[:2]), max_size=2).map(tuple)


@settings(max_examples=1500, deadline=None)
@given(data=st.data(), head=HEADS, members=member_lists(sorted(CONDITIONS)))
def test_grouped_steps_agree_with_the_conditionals_one_by_one(
    data: st.DataObject, head: tuple[str, ...], members: list[Any]
) -> None:
    """Fused steps grouped on a shared parent chain do what the conditionals do one after another:
    the same document, the same failure reported as the same processor."""
    check_group_against_one_by_one(data, head, members)


@settings(max_examples=800, deadline=None)
@given(data=st.data(), head=HEADS, members=member_lists(["not_null"]))
def test_not_null_groups_agree_with_the_conditionals_one_by_one(
    data: st.DataObject, head: tuple[str, ...], members: list[Any]
) -> None:
    """Groups of `!= null` tests only: renames' moves run inline there."""
    check_group_against_one_by_one(data, head, members)


def check_group_against_one_by_one(data: st.DataObject, head: tuple[str, ...], members: list[Any]) -> None:
    pipeline = group_pipeline(head, members)
    compound = pipeline.compound
    source = data.draw(group_sources(head))
    grouped_doc, reference_doc = make_doc(source), make_doc(source)

    def one_by_one() -> bool:
        for processor in compound.processors:
            try:
                if processor.execute(reference_doc) is None:
                    return False
            except JavaException as exc:
                raise wrap_failure(exc, processor, reference_doc) from None
            if reference_doc.terminated:
                break
        return True

    grouped = failure_outcome(lambda: compound.execute(grouped_doc) is grouped_doc)
    assert grouped == failure_outcome(one_by_one)
    assert repr(grouped_doc.source) == repr(reference_doc.source)


@pytest.mark.parametrize(
    ("processors", "steps"),
    [
        pytest.param(
            [("rename", "j.a", {"target_field": "x"}), ("rename", "j.b", {"target_field": "y"})],
            ["group_step"],
            id="shared-parent",
        ),
        pytest.param(
            [("rename", "j.a", {"target_field": "x"}), ("rename", "k.b", {"target_field": "y"})],
            ["not_null_step", "not_null_step"],
            id="other-parent",
        ),
        pytest.param(
            [
                ("rename", "j.a", {"target_field": "j", "override": True}),
                ("rename", "j.b", {"target_field": "y"}),
            ],
            ["not_null_step", "not_null_step"],
            id="target-replaces-the-parent",
        ),
        pytest.param(
            [
                ("rename", "j.a", {"target_field": "x"}),
                ("rename", "j.b", {"target_field": "j", "override": True}),
                ("rename", "j.c", {"target_field": "z"}),
            ],
            ["group_step", "not_null_step"],
            id="a-cutting-member-ends-the-group",
        ),
        pytest.param(
            [
                ("rename", "j.a", {"target_field": "x"}),
                ("set", "j.b", {"value": 1}),
                ("rename", "j.c", {"target_field": "z"}),
            ],
            ["not_null_step", "execute", "not_null_step"],
            id="unfused-between",
        ),
        pytest.param(
            [
                (
                    "date",
                    "j.a",
                    {"formats": ["ISO8601"], "on_failure": [{"set": {"field": "{{x}}", "value": 1}}]},
                ),
                ("rename", "j.b", {"target_field": "y"}),
            ],
            ["not_null_step", "not_null_step"],
            id="templated-handler-field-is-not-known",
        ),
        pytest.param(
            [
                (
                    "date",
                    "j.a",
                    {"formats": ["ISO8601"], "on_failure": [{"append": {"field": "e", "value": 1}}]},
                ),
                ("rename", "j.b", {"target_field": "y"}),
            ],
            ["group_step"],
            id="known-handler-fields",
        ),
        pytest.param(
            [
                ("rename", "j.a", {"target_field": "x"}),
                ("convert", "j.b", {"type": "long", "on_failure": [{"drop": {}}]}),
                ("rename", "j.c", {"target_field": "z"}),
            ],
            ["not_null_step", "not_null_step", "not_null_step"],
            id="a-member-that-may-drop-stands-alone",
        ),
        pytest.param(
            [
                ("convert", "j.b", {"type": "long", "on_failure": [{"terminate": {}}]}),
                ("rename", "j.c", {"target_field": "z"}),
            ],
            ["not_null_step", "not_null_step"],
            id="a-member-that-may-terminate-is-alone",
        ),
    ],
)
def test_what_groups(processors: list[tuple[str, str, dict[str, Any]]], steps: list[str]) -> None:
    configs = [
        {kind: {"field": field, **options, "if": f"ctx.{field.replace('.', '?.')} != null"}}
        for kind, field, options in processors
    ]
    compound = Pipeline.load({"processors": configs}).compound
    assert [step.__name__ for step in compound._steps] == steps


MOVES_INTO_T = [("j.a", "t.u", {}), ("j.b", "t.w", {}), ("j.c", "t.x", {})]


@pytest.mark.parametrize(
    ("moves", "source", "expected"),
    [
        pytest.param(
            MOVES_INTO_T,
            {"j": {"a": 1, "b": 2, "c": 3}, "t": {"z": 0}},
            {"j": {}, "t": {"z": 0, "u": 1, "w": 2, "x": 3}},
            id="one-map-for-all",
        ),
        pytest.param(
            MOVES_INTO_T,
            {"j": {"b": 2, "c": 3}},
            {"j": {}, "t": {"w": 2, "x": 3}},
            id="the-map-the-first-move-built",
        ),
        pytest.param(
            [("j.a", "t.u", {}), ("j.b", "t", {"override": True}), ("j.c", "t.x", {})],
            {"j": {"a": 1, "b": {"n": 2}, "c": 3}},
            {"j": {}, "t": {"n": 2, "x": 3}},
            id="a-move-replaces-the-map-between",
        ),
        pytest.param(
            [("j.a", "t.u.v", {}), ("j.b", "t.u", {"override": True}), ("j.c", "t.u.w", {})],
            {"j": {"a": 1, "b": {"m": 0}, "c": 3}},
            {"j": {}, "t": {"u": {"m": 0, "w": 3}}},
            id="a-deeper-map-replaced-between",
        ),
        pytest.param(
            [("j.a", "t.u", {}), ("j.b", "s.v", {}), ("j.c", "t.x", {}), ("j.d", "s.w", {})],
            {"j": {"a": 1, "b": 2, "c": 3, "d": 4}, "s": {"z": 0}},
            {"j": {}, "s": {"z": 0, "v": 2, "w": 4}, "t": {"u": 1, "x": 3}},
            id="two-chains-in-turn",
        ),
        pytest.param(
            [("j.a", "t.u", {}), ("j.b", "s.v", {}), ("j.c", "t", {"override": True}), ("j.d", "t.w", {})],
            {"j": {"a": 1, "b": 2, "c": {"m": 0}, "d": 4}},
            {"j": {}, "s": {"v": 2}, "t": {"m": 0, "w": 4}},
            id="a-map-replaced-after-another-chain",
        ),
        pytest.param(
            [("j.a", "t.u", {}), ("j.b", "t.w", {}), ("j.c", "t.x", {})],
            {"j": {"a": None, "b": 2, "c": 3}},
            {"j": {"a": None}, "t": {"w": 2, "x": 3}},
            id="the-first-move-does-not-run",
        ),
        pytest.param(
            [("j.a", "t.u", {}), ("j.b", "t", {"override": True}), ("j.c", "t.x", {})],
            {"j": {"a": 1, "b": "scalar", "c": 3}},
            "cannot set [x] with parent object of type [java.lang.String] as part of path [t.x]",
            id="replaced-by-a-scalar",
        ),
    ],
)
def test_moves_into_a_shared_target(
    moves: list[tuple[str, str, dict[str, Any]]], source: dict[str, Any], expected: Any
) -> None:
    """A group's renames into one target object reach the map once; a move that replaces a map on
    that chain makes the later moves walk again, as they would one by one."""
    configs = [
        {"rename": {"field": field, "target_field": target, **options, "if": f"ctx.j?.{field[2:]} != null"}}
        for field, target, options in moves
    ]
    compound = Pipeline.load({"processors": configs}).compound
    assert [step.__name__ for step in compound._steps] == ["group_step"]
    doc = make_doc(deep_copy(source))
    if isinstance(expected, str):
        with pytest.raises(IngestProcessorException, match=re.escape(expected)):
            compound.execute(doc)
    else:
        assert compound.execute(doc) is doc
        assert doc.source_fields() == expected


def test_no_groups_when_failures_are_ignored() -> None:
    """A list that goes on after a failure (ignore_failure) keeps one step per processor."""
    from s1elastic.ingest.executor import CompoundProcessor

    processors = Pipeline.load(
        {
            "processors": [
                {"rename": {"field": "j.a", "target_field": "x", "if": "ctx.j?.a != null"}},
                {"rename": {"field": "j.b", "target_field": "y", "if": "ctx.j?.b != null"}},
            ]
        }
    ).processors
    assert len(CompoundProcessor(True, processors)._steps) == 2
    assert len(CompoundProcessor(False, processors)._steps) == 1
