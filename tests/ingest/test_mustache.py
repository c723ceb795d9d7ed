"""Mustache as Elasticsearch's ingest node renders it (mustache.java + CustomMustacheFactory)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from s1elastic.ingest.config import ProcessorConfig
from s1elastic.ingest.document import IngestDocument
from s1elastic.ingest.errors import IllegalArgumentException, ScriptException
from s1elastic.ingest.javatypes import JFloat, JLong, ZonedDateTime
from s1elastic.ingest.mustache import (
    _ENCODERS,
    _make_renderer,
    _parse,
    compile_template,
    compile_value,
    json_escape,
    url_encode,
)

SOURCE: dict[str, Any] = {
    "name": "web-01",
    "quote": 'say "hi"\n\tnow\\',
    "html": "<a href='x'>&</a>",
    "n": 5,
    "big": 10_000_000_000,
    "d": 1.0,
    "e": 1e10,
    "f": JFloat(1.1),
    "l": JLong(7),
    "t": True,
    "nil": None,
    "empty": "",
    "tags": ["a", "b", "c"],
    "nested": {"x": {"y": "deep"}, "list": [1, 2]},
    "objs": [{"k": "v1"}, {"k": "v2"}],
    "a.b": "literal dotted key",
    "a": {"b": "nested value"},
    "zero": 0,
    "f0": False,
}


def render(text: str, media_type: str = "application/json", source: dict[str, Any] | None = None) -> str:
    doc = IngestDocument.from_source(dict(SOURCE if source is None else source), index="idx", doc_id="id1")
    return compile_template(text, media_type).render(doc)


@pytest.mark.parametrize(
    ("template", "expected"),
    [
        pytest.param("{{name}}", "web-01", id="plain-variable"),
        pytest.param("pre-{{name}}-post", "pre-web-01-post", id="text-around"),
        pytest.param("{{ name }}", "web-01", id="spaces-in-tag"),
        pytest.param("{{missing}}", "", id="missing-is-empty"),
        pytest.param("{{nil}}", "", id="null-is-empty"),
        pytest.param("{{n}}", "5", id="integer"),
        pytest.param("{{big}}", "10000000000", id="long"),
        pytest.param("{{d}}", "1.0", id="double-toString"),
        pytest.param("{{e}}", "1.0E10", id="double-exponent"),
        pytest.param("{{f}}", "1.1", id="float-toString"),
        pytest.param("{{l}}", "7", id="jlong"),
        pytest.param("{{t}}", "true", id="boolean"),
        pytest.param("{{nested.x.y}}", "deep", id="dotted-navigation"),
        pytest.param("{{tags.1}}", "b", id="list-index"),
        pytest.param("{{tags.size}}", "3", id="list-size"),
        pytest.param("{{tags.7}}", "", id="list-index-out-of-range"),
        pytest.param("{{objs.1.k}}", "v2", id="index-then-key"),
        pytest.param("{{tags}}", "{0=a, 1=b, 2=c}", id="list-as-index-map"),
        pytest.param("{{nested.list}}", "{0=1, 1=2}", id="nested-list-as-index-map"),
        pytest.param("{{nested.x}}", "{y=deep}", id="map-toString"),
        pytest.param("{{a.b}}", "literal dotted key", id="whole-dotted-key-first"),
        pytest.param("{{_source.name}}", "web-01", id="source-prefix"),
        pytest.param("{{_index}}/{{_id}}/{{_version}}", "idx/id1/-3", id="metadata"),
        pytest.param("{{_source._id}}", "id1", id="metadata-through-source"),
        pytest.param("{{name.length}}", "", id="no-reflection-on-strings"),
        pytest.param("{{! a comment }}x", "x", id="comment"),
        pytest.param("{{=<% %>=}}<% name %>", "web-01", id="delimiter-change"),
    ],
)
def test_variables(template: str, expected: str) -> None:
    assert render(template) == expected


@pytest.mark.parametrize(
    ("template", "media_type", "expected"),
    [
        pytest.param("{{quote}}", "application/json", 'say \\"hi\\"\\n\\tnow\\\\', id="json-escape"),
        pytest.param("{{html}}", "application/json", "<a href='x'>&</a>", id="json-leaves-html"),
        pytest.param("{{{quote}}}", "application/json", 'say "hi"\n\tnow\\', id="triple-mustache-raw"),
        pytest.param("{{&quote}}", "application/json", 'say "hi"\n\tnow\\', id="ampersand-raw"),
        pytest.param("{{quote}}", "text/plain", 'say "hi"\n\tnow\\', id="text-plain-raw"),
        pytest.param(
            "{{html}}",
            "application/x-www-form-urlencoded",
            "%3Ca+href%3D%27x%27%3E%26%3C%2Fa%3E",
            id="form-urlencoded",
        ),
    ],
)
def test_media_types(template: str, media_type: str, expected: str) -> None:
    assert render(template, media_type) == expected


def test_json_escape_control_characters() -> None:
    assert json_escape("\x01\x1f\x7f/é") == "\\u0001\\u001F\x7f/é"


def test_url_encode_matches_java_urlencoder() -> None:
    assert url_encode("a b~*._-é") == "a+b%7E*._-%C3%A9"


@pytest.mark.parametrize(
    ("template", "expected"),
    [
        pytest.param("{{#tags}}[{{.}}]{{/tags}}", "[a][b][c]", id="section-iterates-list"),
        pytest.param("{{#objs}}{{k}},{{/objs}}", "v1,v2,", id="section-pushes-scope"),
        pytest.param("{{#objs}}{{name}}{{/objs}}", "web-01web-01", id="outer-scope-lookup"),
        pytest.param("{{#nested}}{{x.y}}{{/nested}}", "deep", id="map-section-once"),
        pytest.param("{{#t}}yes{{/t}}", "yes", id="true-section"),
        pytest.param("{{#f0}}yes{{/f0}}", "", id="false-section"),
        pytest.param("{{#zero}}yes{{/zero}}", "yes", id="zero-is-truthy"),
        pytest.param("{{#empty}}yes{{/empty}}", "", id="empty-string-falsey"),
        pytest.param("{{^missing}}none{{/missing}}", "none", id="inverted-missing"),
        pytest.param("{{^tags}}none{{/tags}}", "", id="inverted-non-empty-list"),
        pytest.param("{{^empty}}none{{/empty}}", "none", id="inverted-empty-string"),
        pytest.param("{{#toJson}}nested{{/toJson}}", '{"x":{"y":"deep"},"list":[1,2]}', id="toJson-map"),
        pytest.param("{{#toJson}}tags{{/toJson}}", '["a","b","c"]', id="toJson-list"),
        pytest.param("{{#toJson}}n{{/toJson}}", "5", id="toJson-scalar"),
        pytest.param("{{#toJson}}missing{{/toJson}}", "", id="toJson-missing"),
        pytest.param("{{#join}}tags{{/join}}", "a,b,c", id="join-default"),
        pytest.param("{{#join delimiter=' | '}}tags{{/join delimiter=' | '}}", "a | b | c", id="join-custom"),
        pytest.param("{{#join}}name{{/join}}", "name", id="join-non-list-gives-body"),
        pytest.param("{{#url}}{{name}} & co{{/url}}", "web-01+%26+co", id="url-function"),
        pytest.param("{{#TOJSON}}tags{{/TOJSON}}", '["a","b","c"]', id="function-name-case-insensitive"),
    ],
)
def test_sections_and_functions(template: str, expected: str) -> None:
    assert render(template) == expected


def test_standalone_section_lines_drop_their_newlines() -> None:
    assert render("list:\n{{#tags}}\n- {{.}}\n{{/tags}}\nend") == "list:\n- a\n- b\n- c\nend"


def test_lone_carriage_return_is_dropped_but_crlf_kept() -> None:
    assert render("a\rb{{n}}\r\nc") == "ab5\r\nc"


def test_ingest_timestamp_uses_zoned_date_time_to_string() -> None:
    doc = IngestDocument.from_source({}, timestamp=ZonedDateTime.from_epoch_nanos(1_700_000_000_000_000_000))
    doc.ingest["ts2"] = ZonedDateTime.from_epoch_nanos(1_700_000_000_123_000_000)
    template = compile_template("{{_ingest.timestamp}} {{_ingest.ts2}}")
    assert template.render(doc) == "2023-11-14T22:13:20Z 2023-11-14T22:13:20.123Z"


def test_constant_strings_are_not_compiled() -> None:
    template = compile_template("plain {text} with } braces")
    assert template.is_constant
    assert template.render(IngestDocument.from_source({})) == "plain {text} with } braces"
    assert not compile_template("{{x}}").is_constant


def _compile_error(text: str) -> dict[str, Any]:
    cfg = ProcessorConfig("set", "tg", {})
    with pytest.raises(ScriptException) as caught:
        compile_template(text, config=cfg, property_name="field")
    return caught.value.error_body()


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        pytest.param("{{a", "Improperly closed variable @[query-template:1]", id="unclosed-variable"),
        pytest.param(
            "{{{a}}", "Improperly closed variable in query-template:1 @[query-template:1]", id="triple"
        ),
        pytest.param("x{{#a}}y", "Failed to close 'a' tag @[query-template:1]", id="unclosed-section"),
        pytest.param(
            "{{#a}}\n{{/b}}",
            "Mismatched start/end tags: a != b in query-template:2 @[query-template:2]",
            id="mismatched-section",
        ),
        pytest.param(
            "{{/a}}",
            "Mismatched start/end tags: null != a in query-template:1 @[query-template:1]",
            id="stray-end",
        ),
        pytest.param("{{}}", "Empty mustache @[query-template:1]", id="empty-tag"),
        pytest.param(
            "{{#toJson}}a{{b}}{{/toJson}}",
            "Mustache function [toJson] must contain one and only one identifier",
            id="function-two-codes",
        ),
    ],
)
def test_compile_errors_are_script_exceptions(text: str, reason: str) -> None:
    body = _compile_error(text)
    expected_root = {
        "type": "script_exception",
        "reason": reason,
        "property_name": "field",
        "processor_type": "set",
        "processor_tag": "tg",
        "script_stack": [],
        "script": text,
        "lang": "mustache",
    }
    assert body["root_cause"] == [expected_root]
    assert body["caused_by"] == {"type": "mustache_exception", "reason": reason}


def test_compile_value_recurses_and_copies() -> None:
    source = compile_value({"{{name}}_key": ["{{n}}", 1, None, {"inner": "{{t}}"}], "fixed": 2.5})
    doc = IngestDocument.from_source(dict(SOURCE))
    first = source.resolve(doc)
    assert first == {"web-01_key": ["5", 1, None, {"inner": "true"}], "fixed": 2.5}
    second = source.resolve(doc)
    assert second == first and second is not first
    assert second["web-01_key"] is not first["web-01_key"]


@pytest.mark.parametrize(
    "value",
    [
        pytest.param(["malware", 1, 2.5, True, None], id="plain-constants"),
        pytest.param(["{{x}}", "y"], id="a-template"),
        pytest.param([["nested"], "y"], id="nested"),
        pytest.param([], id="empty"),
    ],
)
def test_each_resolve_of_a_list_is_a_fresh_copy(value: list[Any]) -> None:
    source = compile_value(value)
    doc = IngestDocument.from_source({"x": "v"})
    first = source.resolve(doc)
    first.append("mutated by a processor")
    second = source.resolve(doc)
    assert second == [("v" if item == "{{x}}" else item) for item in value]
    assert type(second) is list and second is not first


def test_compile_value_marks_only_templated_strings() -> None:
    assert compile_value("{{x}}").is_template
    assert not compile_value(["{{x}}"]).is_template
    assert not compile_value("x").is_template
    assert compile_value("x").is_constant


def test_compile_value_refuses_unknown_types() -> None:
    with pytest.raises(IllegalArgumentException):
        compile_value(object())


# -- the one-name shortcuts must render what the general renderer renders ----------------------

_NAME_PARTS = ["a", "b", "0", "size", "_source", "_ingest", "a.b", ""]
_LEAVES = st.none() | st.booleans() | st.integers(-2, 2) | st.sampled_from(["", "x", 'q"\\ &', "é"])
_VALUES = st.recursive(
    _LEAVES,
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.sampled_from(["a", "b", "0", "a.b"]), inner, max_size=3)
    ),
    max_leaves=10,
)
_MAPS = st.dictionaries(st.sampled_from(["a", "b", "a.b", "0"]), _VALUES, max_size=4)


def _render(render: Any, doc: IngestDocument) -> Any:
    try:
        return ("ok", render(doc))
    except ScriptException as exc:
        return ("error", str(exc))


def _along(parts: list[str], leaf: Any, noise: dict[str, Any]) -> dict[str, Any]:
    """A map in which `parts` lead to `leaf` (through a list where the part is "0"), plus other keys."""
    value = leaf
    for part in reversed(parts[1:]):
        value = [value] if part == "0" else {part: value}
    return {**noise, parts[0]: value}


@settings(max_examples=800, deadline=None)
@given(
    noise=_MAPS,
    ingest=_MAPS,
    parts=st.lists(st.sampled_from(_NAME_PARTS), min_size=1, max_size=4),
    leaf=st.sampled_from(["", "x", 'q"\\ &', "é"]) | _VALUES,
    build_path=st.booleans(),
    braces=st.sampled_from([("{{", "}}"), ("{{{", "}}}"), ("{{&", "}}")]),
    media_type=st.sampled_from(["application/json", "text/plain", "application/x-www-form-urlencoded"]),
)
def test_shortcuts_agree_with_general_renderer(
    noise: dict[str, Any],
    ingest: dict[str, Any],
    parts: list[str],
    leaf: Any,
    build_path: bool,
    braces: tuple[str, str],
    media_type: str,
) -> None:
    name = ".".join(parts)
    if not name.strip():
        return
    source = _along(parts, leaf, noise) if build_path else noise
    text = braces[0] + name + braces[1]
    doc = IngestDocument(source, ingest)
    template = compile_template(text, media_type)
    general = _make_renderer(text, _parse(text, _ENCODERS[media_type]), fast=False)
    assert _render(template.render, doc) == _render(general, doc)
