"""Error JSON as Elasticsearch renders it (ingest-semantics §1, §4.3)."""

from __future__ import annotations

from s1elastic.ingest.errors import (
    DateTimeParseException,
    ElasticsearchException,
    IllegalArgumentException,
    NullPointerException,
    ParseException,
    ScriptException,
    request_error,
)


def test_configuration_error_with_processor_metadata() -> None:
    exc = ParseException.for_property("set", None, "field", "required property is missing")
    assert request_error(exc) == {
        "error": {
            "root_cause": [
                {
                    "type": "parse_exception",
                    "reason": "[field] required property is missing",
                    "property_name": "field",
                    "processor_type": "set",
                }
            ],
            "type": "parse_exception",
            "reason": "[field] required property is missing",
            "property_name": "field",
            "processor_type": "set",
        },
        "status": 400,
    }


def test_plain_java_exception_is_its_own_root_cause_and_keeps_its_cause() -> None:
    exc = IllegalArgumentException(
        "unable to parse date [x]", cause=DateTimeParseException("Text 'x' could not be parsed at index 0")
    )
    body = exc.error_body()
    assert body["root_cause"] == [
        {"type": "illegal_argument_exception", "reason": "unable to parse date [x]"}
    ]
    assert body["caused_by"] == {
        "type": "date_time_parse_exception",
        "reason": "Text 'x' could not be parsed at index 0",
    }
    assert exc.root_cause_exception().reason == "Text 'x' could not be parsed at index 0"


def test_script_exception_extras_order_and_root_cause() -> None:
    exc = ScriptException(
        "runtime error",
        cause=NullPointerException("cannot access method/field [x] from a null def reference"),
        script_stack=["ctx.a.x", "     ^---- HERE"],
        script="ctx.a.x",
        position={"offset": 5, "start": 0, "end": 7},
    )
    body = exc.error_body()
    assert list(body) == [
        "root_cause",
        "type",
        "reason",
        "script_stack",
        "script",
        "lang",
        "position",
        "caused_by",
    ]
    assert "caused_by" not in body["root_cause"][0]
    assert body["root_cause"][0]["type"] == "script_exception"
    assert body["caused_by"]["type"] == "null_pointer_exception"


def test_wrapped_factory_exception_renders_as_exception() -> None:
    inner = IllegalArgumentException("invalid output format [x]")
    exc = ElasticsearchException.wrapping(inner).with_processor("date", "t1")
    body = exc.to_xcontent()
    assert body == {
        "type": "exception",
        "reason": "java.lang.IllegalArgumentException: invalid output format [x]",
        "processor_type": "date",
        "processor_tag": "t1",
        "caused_by": {"type": "illegal_argument_exception", "reason": "invalid output format [x]"},
    }
