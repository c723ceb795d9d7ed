"""json: parsing with Java number types, add_to_root, conflict strategies, strictness."""

from __future__ import annotations

from typing import Any

import pytest
from processor_helpers import config_error, iae, parse_error, run, run_error

from s1elastic.ingest.javatypes import java_class_name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param('{"a": 1, "b": [true, null, "x"]}', {"a": 1, "b": [True, None, "x"]}, id="object"),
        pytest.param("[1, 2]", [1, 2], id="array"),
        pytest.param('"s"', "s", id="string"),
        pytest.param("1.50", 1.5, id="double"),
        pytest.param("null", None, id="null"),
        pytest.param("", None, id="empty-is-null"),
        pytest.param('{"a": /* c */ 1} // tail', {"a": 1}, id="comments"),
        pytest.param('{"s": "\\u00e9\\n"}', {"s": "é\n"}, id="escapes"),
    ],
)
def test_parse(text: str, expected: Any) -> None:
    assert run("json", {"field": "f", "target_field": "t"}, {"f": text})["t"] == expected


def test_number_types() -> None:
    result = run(
        "json", {"field": "f"}, {"f": '{"i": 1, "l": 3000000000, "b": 99999999999999999999, "d": 1e2}'}
    )["f"]
    assert [java_class_name(result[k]) for k in ("i", "l", "b", "d")] == [
        "java.lang.Integer",
        "java.lang.Long",
        "java.math.BigInteger",
        "java.lang.Double",
    ]


def test_non_string_value_is_parsed_from_to_string() -> None:
    assert run("json", {"field": "f"}, {"f": 5}) == {"f": 5}


def test_add_to_root_replace_and_merge() -> None:
    source = {"f": '{"a": {"x": 1}, "n": 2}', "a": {"y": 0}}
    assert run("json", {"field": "f", "add_to_root": True}, source) == {
        "f": source["f"],
        "a": {"x": 1},
        "n": 2,
    }
    options = {"field": "f", "add_to_root": True, "add_to_root_conflict_strategy": "merge"}
    assert run("json", options, source) == {"f": source["f"], "a": {"x": 1, "y": 0}, "n": 2}


def test_duplicate_keys() -> None:
    assert run("json", {"field": "f", "allow_duplicate_keys": True}, {"f": '{"a":1,"a":2}'}) == {
        "f": {"a": 2}
    }
    body = run_error("json", {"field": "f"}, {"f": '{"a":1,"a":2}'})
    assert body["type"] == "x_content_parse_exception"
    assert "Duplicate field 'a'" in body["reason"]


@pytest.mark.parametrize(
    ("options", "source", "error"),
    [
        pytest.param(
            {},
            {"f": '{"a":1} x'},
            iae('The input {"a":1} x is not valid JSON and the strict_json_parsing parameter is true'),
            id="strict-trailing",
        ),
        pytest.param(
            {"add_to_root": True},
            {"f": "[1]"},
            iae("cannot add non-map fields to root of document"),
            id="root-list",
        ),
        pytest.param(
            {"add_to_root": True}, {}, iae("cannot add non-map fields to root of document"), id="root-missing"
        ),
        pytest.param({}, {}, iae("field [f] not present as part of path [f]"), id="missing"),
    ],
)
def test_errors(options: dict[str, Any], source: dict[str, Any], error: dict[str, Any]) -> None:
    assert run_error("json", {"field": "f", **options}, source) == error


def test_lenient_ignores_trailing_content() -> None:
    assert run("json", {"field": "f", "strict_json_parsing": False}, {"f": '{"a":1} x'}) == {"f": {"a": 1}}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("{a:1}", id="unquoted-key"),
        pytest.param("[1,]", id="trailing-comma"),
        pytest.param("01", id="leading-zero"),
        pytest.param("NaN", id="nan"),
        pytest.param('"a\tb"', id="raw-control-char"),
    ],
)
def test_syntax_errors(text: str) -> None:
    assert run_error("json", {"field": "f"}, {"f": text})["type"] == "x_content_parse_exception"


@pytest.mark.parametrize(
    ("options", "reason", "prop"),
    [
        pytest.param(
            {"add_to_root": True, "target_field": "t"},
            "[target_field] Cannot set a target field while also setting `add_to_root` to true",
            "target_field",
            id="target-and-root",
        ),
        pytest.param(
            {"add_to_root_conflict_strategy": "merge"},
            "[add_to_root_conflict_strategy] Cannot set `add_to_root_conflict_strategy` if `add_to_root` is false",
            "add_to_root_conflict_strategy",
            id="strategy-without-root",
        ),
        pytest.param(
            {"add_to_root": True, "add_to_root_conflict_strategy": "x"},
            "[add_to_root_conflict_strategy] conflict strategy [x] not supported, cannot convert field.",
            "add_to_root_conflict_strategy",
            id="bad-strategy",
        ),
    ],
)
def test_config_errors(options: dict[str, Any], reason: str, prop: str) -> None:
    assert config_error("json", {"field": "f", **options}) == parse_error(reason, prop, "json")
