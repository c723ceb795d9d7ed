"""Random documents through a realistic pipeline: nothing but Java exceptions ever escapes.

Hypothesis feeds nested JSON with nulls, wrong types and unicode, both as the parsed `_source` and
as the `message` text the json processor parses. Every outcome must be a document that
render.dumps can write, a drop, or a JavaException whose error body renders too.
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from s1elastic.ingest import render
from s1elastic.ingest.errors import JavaException
from s1elastic.ingest.pipeline import Pipeline
from s1elastic.ingest.simulate import simulate

KEYS = st.sampled_from(["a", "b", "message", "tags", "user", "name", "ip", "n", "ts", "x.y", "é", ""])
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=12),
    st.sampled_from(["2024-01-02T03:04:05.678Z", "10.0.0.1", "1e400", "NaN", '{"a":1}', "[1,2]", " "]),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(KEYS, inner, max_size=4),
    max_leaves=20,
)
SOURCES = st.dictionaries(KEYS, VALUES, max_size=6)

PIPELINE: dict[str, Any] = {
    "processors": [
        {
            "json": {
                "field": "message",
                "target_field": "parsed",
                "if": "ctx.message instanceof String",
                "on_failure": [{"set": {"field": "json_error", "value": "{{{_ingest.on_failure_message}}}"}}],
            }
        },
        {"rename": {"field": "a", "target_field": "renamed.a", "ignore_missing": True}},
        {"set": {"field": "copy", "copy_from": "b", "ignore_empty_value": True, "if": "ctx.b != null"}},
        {"convert": {"field": "n", "type": "long", "ignore_missing": True, "ignore_failure": True}},
        {
            "date": {
                "field": "ts",
                "formats": ["ISO8601", "UNIX"],
                "if": "ctx.ts != null",
                "ignore_failure": True,
            }
        },
        {
            "append": {
                "field": "tags",
                "value": ["x", "{{{name}}}"],
                "allow_duplicates": False,
                "if": "ctx.tags == null || ctx.tags instanceof List",
            }
        },
        {
            "lowercase": {
                "field": "name",
                "ignore_missing": True,
                "on_failure": [{"remove": {"field": "name"}}],
            }
        },
        {
            "foreach": {
                "field": "tags",
                "ignore_missing": True,
                "if": "ctx.tags instanceof List",
                "processor": {"set": {"field": "_ingest._value", "value": "{{{_ingest._value}}}"}},
            }
        },
        {
            "script": {
                "source": "if (ctx.user instanceof Map && ctx.user.name != null) { ctx.user_name = ctx.user.name.toString(); }",
                "ignore_failure": True,
            }
        },
        {"uppercase": {"field": "user.name", "ignore_missing": True}},
        {"remove": {"field": ["b"], "ignore_missing": True}},
        {"drop": {"if": "ctx.x != null && ctx.x == 'drop'"}},
    ],
    "on_failure": [{"set": {"field": "error.message", "value": "{{{_ingest.on_failure_message}}}"}}],
}
_PIPELINE = Pipeline.load(PIPELINE, pipeline_id="property")


def _check(source: dict[str, Any]) -> None:
    try:
        doc = _PIPELINE.run(source)
    except JavaException as exc:
        json.loads(render.dumps(exc.error_body()))
        return
    if doc is not None:
        json.loads(render.dumps(doc.source))
        json.loads(render.dumps(doc.ingest))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(SOURCES)
def test_random_sources(source: dict[str, Any]) -> None:
    _check(source)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(VALUES)
def test_random_message_text(value: Any) -> None:
    _check({"message": json.dumps(value, ensure_ascii=False)})


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(SOURCES, min_size=1, max_size=3), st.booleans())
def test_simulate_always_renders(sources: list[dict[str, Any]], verbose: bool) -> None:
    body = {"docs": [{"_source": {k: v for k, v in s.items() if not k.startswith("_")}} for s in sources]}
    status, response = simulate(_PIPELINE, body, verbose=verbose)
    assert status == 200
    json.loads(render.dumps(response))
