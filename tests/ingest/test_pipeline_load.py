"""Pipeline loading refuses what `PUT _ingest/pipeline` refuses, with the same error JSON.

Expected bodies follow Pipeline.create / ConfigurationUtils.readProcessor(Configs) (spec §1):
the order options are read in, which metadata each error carries, how factory errors are wrapped.
Multi-key orders are Java HashMap orders (bucket of String.hashCode in a 16-slot table).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_pipeline_support import fake_painless  # noqa: F401 - fixture

from s1elastic.ingest.errors import JavaException
from s1elastic.ingest.pipeline import Pipeline
from s1elastic.ingest.simulate import http_status


def parse_error(reason: str, **meta: Any) -> dict[str, Any]:
    entry = {"type": "parse_exception", "reason": reason, **meta}
    return {"root_cause": [dict(entry)], **entry}


COMPILE_ERROR = {
    "type": "script_exception",
    "reason": "compile error",
    "script_stack": ["syntax error", "^---- HERE"],
    "script": "syntax error",
    "lang": "painless",
    "position": {"offset": 0, "start": 0, "end": 12},
}

CASES: list[tuple[str, dict[str, Any], dict[str, Any]]] = [
    (
        "unknown-pipeline-keys-in-hashmap-order",
        {"processors": [], "foo": 1, "bar": 2},
        parse_error(
            "pipeline [_simulate_pipeline] doesn't support one or more provided configuration parameters [bar, foo]"
        ),
    ),
    (
        "empty-pipeline-on-failure",
        {"processors": [{"drop": {}}], "on_failure": []},
        parse_error("pipeline [_simulate_pipeline] cannot have an empty on_failure option defined"),
    ),
    (
        "processors-missing",
        {"description": "x"},
        parse_error("[processors] required property is missing", property_name="processors"),
    ),
    (
        "processors-not-a-list",
        {"processors": {"drop": {}}},
        parse_error(
            "[processors] property isn't a list, but of type [java.util.HashMap]", property_name="processors"
        ),
    ),
    (
        "version-not-an-int",
        {"version": "x", "processors": []},
        parse_error("[version] property cannot be converted to an int [x]", property_name="version"),
    ),
    (
        "unknown-processor-type",
        {"processors": [{"nope": {"tag": "t1"}}]},
        parse_error("No processor type exists with name [nope]", processor_type="nope", processor_tag="t1"),
    ),
    (
        "null-processor-config",
        {"processors": [{"drop": None}]},
        parse_error("processor config cannot be [null]", processor_type="drop"),
    ),
    (
        "string-processor-config",
        {"processors": [{"drop": "x"}]},
        parse_error("property isn't a map, but of type [java.lang.String]", processor_type="drop"),
    ),
    (
        "first-error-thrown-rest-suppressed",
        {"processors": [{"nope": {}}, {"drop": None}, {"drop": {"foo": 1}}]},
        {
            "root_cause": [
                {
                    "type": "parse_exception",
                    "reason": "No processor type exists with name [nope]",
                    "processor_type": "nope",
                    "suppressed": [
                        {
                            "type": "parse_exception",
                            "reason": "processor config cannot be [null]",
                            "processor_type": "drop",
                        },
                        {
                            "type": "parse_exception",
                            "reason": "processor [drop] doesn't support one or more provided configuration "
                            "parameters [foo]",
                            "processor_type": "drop",
                        },
                    ],
                }
            ],
            "type": "parse_exception",
            "reason": "No processor type exists with name [nope]",
            "processor_type": "nope",
            "suppressed": [
                {
                    "type": "parse_exception",
                    "reason": "processor config cannot be [null]",
                    "processor_type": "drop",
                },
                {
                    "type": "parse_exception",
                    "reason": "processor [drop] doesn't support one or more provided configuration parameters [foo]",
                    "processor_type": "drop",
                },
            ],
        },
    ),
    (
        "empty-processor-on-failure",
        {"processors": [{"drop": {"tag": "d", "on_failure": []}}]},
        parse_error(
            "[on_failure] processors list cannot be empty",
            property_name="on_failure",
            processor_type="drop",
            processor_tag="d",
        ),
    ),
    (
        "unsupported-processor-option",
        {"processors": [{"drop": {"foo": 1, "tag": "t"}}]},
        parse_error(
            "processor [drop] doesn't support one or more provided configuration parameters [foo]",
            processor_type="drop",
            processor_tag="t",
        ),
    ),
    (
        "tag-not-a-string",
        {"processors": [{"drop": {"tag": 5}}]},
        parse_error("[tag] property isn't a string, but of type [java.lang.Integer]", property_name="tag"),
    ),
    (
        "description-not-a-string-carries-tag",
        {"processors": [{"drop": {"tag": "t", "description": 5}}]},
        parse_error(
            "[description] property isn't a string, but of type [java.lang.Integer]",
            property_name="description",
            processor_tag="t",
        ),
    ),
    (
        "if-neither-string-nor-map",
        {"processors": [{"drop": {"if": 5}}]},
        parse_error(
            "[script] property isn't a map or string, but of type [java.lang.Integer]",
            property_name="script",
            processor_type="conditional",
        ),
    ),
    (
        "if-compile-error-carries-real-type",
        {"processors": [{"drop": {"tag": "t", "if": "syntax error"}}]},
        {
            "root_cause": [{**COMPILE_ERROR, "processor_type": "drop", "processor_tag": "t"}],
            **COMPILE_ERROR,
            "processor_type": "drop",
            "processor_tag": "t",
            "caused_by": {"type": "illegal_argument_exception", "reason": "unexpected token"},
        },
    ),
    (
        "script-compile-error",
        {"processors": [{"script": {"source": "syntax error"}}]},
        {
            "root_cause": [{**COMPILE_ERROR, "processor_type": "script"}],
            **COMPILE_ERROR,
            "processor_type": "script",
            "caused_by": {"type": "illegal_argument_exception", "reason": "unexpected token"},
        },
    ),
    (
        "ignore-failure-not-a-boolean",
        {"processors": [{"drop": {"ignore_failure": "true"}}]},
        parse_error(
            "[ignore_failure] property isn't a boolean, but of type [java.lang.String]",
            property_name="ignore_failure",
        ),
    ),
    (
        "unknown-type-does-not-read-handlers",
        {"processors": [{"nope": {"ignore_failure": "x"}}]},
        parse_error("No processor type exists with name [nope]", processor_type="nope"),
    ),
    (
        "foreach-needs-exactly-one-processor",
        {"processors": [{"foreach": {"field": "a", "processor": {"drop": {}, "terminate": {}}}}]},
        parse_error(
            "[processor] Must specify exactly one processor type",
            property_name="processor",
            processor_type="foreach",
        ),
    ),
    (
        "foreach-inner-error-takes-foreach-type-and-tag",
        {"processors": [{"foreach": {"tag": "fe", "field": "a", "processor": {"nope": {}}}}]},
        parse_error(
            "No processor type exists with name [nope]", processor_type="foreach", processor_tag="fe"
        ),
    ),
    (
        "script-stored-id",
        {"processors": [{"script": {"id": "my_script"}}]},
        {
            "root_cause": [
                {
                    "type": "resource_not_found_exception",
                    "reason": "unable to find script [my_script] in cluster state",
                    "processor_type": "script",
                }
            ],
            "type": "resource_not_found_exception",
            "reason": "unable to find script [my_script] in cluster state",
            "processor_type": "script",
        },
    ),
    (
        "script-unknown-field-located",
        {"processors": [{"script": {"source": "x = 1", "timeout": 5}}]},
        {
            "root_cause": [
                {
                    "type": "exception",
                    "reason": "org.elasticsearch.xcontent.XContentParseException: "
                    "[1:19] [script] unknown field [timeout]",
                    "processor_type": "script",
                }
            ],
            "type": "exception",
            "reason": "org.elasticsearch.xcontent.XContentParseException: [1:19] [script] unknown field [timeout]",
            "processor_type": "script",
            "caused_by": {
                "type": "x_content_parse_exception",
                "reason": "[1:19] [script] unknown field [timeout]",
            },
        },
    ),
    (
        "script-without-source-or-id",
        {"processors": [{"script": {"lang": "painless"}}]},
        {
            "root_cause": [
                {
                    "type": "exception",
                    "reason": "java.lang.IllegalArgumentException: must specify either [source] for an inline "
                    "script or [id] for a stored script",
                    "processor_type": "script",
                }
            ],
            "type": "exception",
            "reason": "java.lang.IllegalArgumentException: must specify either [source] for an inline script "
            "or [id] for a stored script",
            "processor_type": "script",
            "caused_by": {
                "type": "illegal_argument_exception",
                "reason": "must specify either [source] for an inline script or [id] for a stored script",
            },
        },
    ),
    (
        "script-unsupported-lang",
        {"processors": [{"script": {"source": "x", "lang": "python"}}]},
        {
            "root_cause": [
                {
                    "type": "exception",
                    "reason": "java.lang.IllegalArgumentException: script_lang not supported [python]",
                    "processor_type": "script",
                }
            ],
            "type": "exception",
            "reason": "java.lang.IllegalArgumentException: script_lang not supported [python]",
            "processor_type": "script",
            "caused_by": {
                "type": "illegal_argument_exception",
                "reason": "script_lang not supported [python]",
            },
        },
    ),
    (
        "processor-item-not-a-map",
        {"processors": ["drop"]},
        {
            "root_cause": [
                {
                    "type": "class_cast_exception",
                    "reason": "class java.lang.String cannot be cast to class java.util.Map (java.lang.String and "
                    "java.util.Map are in module java.base of loader 'bootstrap')",
                }
            ],
            "type": "class_cast_exception",
            "reason": "class java.lang.String cannot be cast to class java.util.Map (java.lang.String and "
            "java.util.Map are in module java.base of loader 'bootstrap')",
        },
    ),
]


@pytest.mark.parametrize(("config", "expected"), [(c, e) for _, c, e in CASES], ids=[i for i, _, _ in CASES])
@pytest.mark.usefixtures("fake_painless")
def test_refused_pipeline_error_json(config: dict[str, Any], expected: dict[str, Any]) -> None:
    with pytest.raises(JavaException) as caught:
        Pipeline.load(config)
    assert caught.value.error_body() == expected


@pytest.mark.parametrize(
    ("config", "status"),
    [
        ({"processors": [{"nope": {}}]}, 400),
        ({"processors": [{"script": {"id": "x"}}]}, 404),
        ({"processors": [{"script": {"lang": "x", "source": "y"}}]}, 400),
    ],
    ids=["parse", "stored-script-not-found", "wrapped-iae"],
)
@pytest.mark.usefixtures("fake_painless")
def test_refusal_http_status(config: dict[str, Any], status: int) -> None:
    with pytest.raises(JavaException) as caught:
        Pipeline.load(config)
    assert http_status(caught.value) == status


@pytest.mark.usefixtures("fake_painless")
def test_several_processors_in_one_item_follow_hashmap_order() -> None:
    # buckets in a 16-slot table: drop -> 0, terminate -> 11, fail -> 1
    pipeline = Pipeline.load({"processors": [{"terminate": {}, "fail": {"message": "x"}, "drop": {}}]})
    assert [p.type_name for p in pipeline.processors] == ["drop", "fail", "terminate"]


@pytest.mark.usefixtures("fake_painless")
def test_script_string_config_is_the_source() -> None:
    pipeline = Pipeline.load({"processors": [{"script": "ctx['x'] = 1"}]})
    doc = pipeline.run({})
    assert doc is not None and doc.source["x"] == 1


def test_common_options_are_kept_on_the_processor() -> None:
    pipeline = Pipeline.load({"processors": [{"drop": {"tag": "t", "description": "d"}}]})
    (drop,) = pipeline.processors
    assert (drop.type_name, drop.tag, drop.description) == ("drop", "t", "d")


def test_file_id_is_its_stem_and_yaml_is_read_as_json_would_carry_it(tmp_path: Path) -> None:
    path = tmp_path / "my-pipeline.yml"
    path.write_text(
        "description: x\nprocessors:\n  - t_set: {field: a, value: 1.0}\n  - t_set: {field: b, value: on}\n"
        "  - t_set: {field: c, value: 2001-12-14}\n  - t_set: {field: d, value: 1.5}\n",
        encoding="utf-8",
    )
    pipeline = Pipeline.load(path)
    assert pipeline.id == "my-pipeline"
    doc = pipeline.run({})
    assert doc is not None
    # 1.0 reaches Elasticsearch as JSON `1` (an Integer); YAML 1.2 has no `on` boolean; dates stay text
    assert doc.source_fields() == {"a": 1, "b": "on", "c": "2001-12-14", "d": 1.5}
    assert type(doc.source["a"]) is int


def test_json_file_is_read_with_java_numbers(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    path.write_text('{"processors": [{"t_set": {"field": "a", "value": 1.0}}]}', encoding="utf-8")
    doc = Pipeline.load(path).run({})
    assert doc is not None and type(doc.source["a"]) is float


NESTED = "[processors] contains nested objects but should be a list of single-entry objects"


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        (
            '{"processors": [{"drop": {}}, {"lowercase": {"field": "a"}, "trim": {"field": "a"}}]}',
            ("illegal_argument_exception", NESTED),
        ),
        ('{"processors": [{}, {"drop": {}}, {}]}', None),
        (
            '{"processors": [], "modified_date": "x", "created_date": "y"}',
            ("parse_exception", "Provided a pipeline property which is managed by the system: created_date."),
        ),
        (
            '{"processors": [], "modified_date": "2024-01-01T00:00:00.000Z"}',
            (
                "parse_exception",
                "Provided a pipeline property which is managed by the system: modified_date.",
            ),
        ),
    ],
    ids=["two-keys-in-one-entry", "empty-entries-are-no-processors", "created-date", "modified-date"],
)
def test_pipeline_file_refused_as_put_would(
    tmp_path: Path, text: str, refused: tuple[str, str] | None
) -> None:
    """A pipeline file is what PUT _ingest/pipeline stores; PUT checks these before parsing."""
    path = tmp_path / "p.json"
    path.write_text(text, encoding="utf-8")
    if refused is None:
        Pipeline.load(path)
        return
    with pytest.raises(JavaException) as caught:
        Pipeline.load(path)
    kind, reason = refused
    assert caught.value.error_body() == {
        "root_cause": [{"type": kind, "reason": reason}],
        "type": kind,
        "reason": reason,
    }
    assert http_status(caught.value) == 400
