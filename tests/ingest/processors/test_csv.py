"""csv: Elasticsearch's CsvParser behaviour and its error texts."""

from __future__ import annotations

from typing import Any

import pytest
from processor_helpers import config_error, iae, parse_error, run, run_error

FIELDS = ["a", "b", "c"]


@pytest.mark.parametrize(
    ("line", "options", "expected"),
    [
        pytest.param("1,2,3", {}, {"a": "1", "b": "2", "c": "3"}, id="simple"),
        pytest.param('"x,y","say ""hi""",z', {}, {"a": "x,y", "b": 'say "hi"', "c": "z"}, id="quoted"),
        pytest.param("1,,3", {}, {"a": "1", "c": "3"}, id="empty-skipped"),
        pytest.param("1,,3", {"empty_value": "-"}, {"a": "1", "b": "-", "c": "3"}, id="empty-value"),
        pytest.param("1,2", {}, {"a": "1", "b": "2"}, id="fewer-columns"),
        pytest.param("1,2,3,4", {}, {"a": "1", "b": "2", "c": "3"}, id="extra-columns"),
        pytest.param(" 1 , 2 ,3", {"trim": True}, {"a": "1", "b": "2", "c": "3"}, id="trim"),
        pytest.param(" 1 ,2,3", {}, {"a": " 1 ", "b": "2", "c": "3"}, id="no-trim"),
        pytest.param('  "q" ,2,3', {}, {"a": "q", "b": "2", "c": "3"}, id="space-around-quoted"),
        pytest.param(
            "1;'a;b';3", {"separator": ";", "quote": "'"}, {"a": "1", "b": "a;b", "c": "3"}, id="custom"
        ),
        pytest.param("1,", {"empty_value": "-"}, {"a": "1"}, id="trailing-separator-no-field"),
        # a space or tab separator is tested before whitespace (elasticsearch#67045)
        pytest.param(
            "p q r", {"separator": " ", "trim": True}, {"a": "p", "b": "q", "c": "r"}, id="space-sep-trim"
        ),
        pytest.param(
            "p\tq\tr", {"separator": "\t", "trim": True}, {"a": "p", "b": "q", "c": "r"}, id="tab-sep-trim"
        ),
        pytest.param('"p"\tq', {"separator": "\t"}, {"a": "p", "b": "q"}, id="tab-sep-after-quoted"),
        pytest.param('"p" q', {"separator": " "}, {"a": "p", "b": "q"}, id="space-sep-after-quoted"),
        pytest.param('"p" ,q', {}, {"a": "p", "b": "q"}, id="space-then-separator-after-quoted"),
    ],
)
def test_csv(line: str, options: dict[str, Any], expected: dict[str, Any]) -> None:
    out = run("csv", {"field": "line", "target_fields": FIELDS, **options}, {"line": line})
    out.pop("line")
    assert out == expected


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        pytest.param('"abc', "Unmatched quote", id="unmatched"),
        pytest.param('ab"c', "Illegal character inside unquoted field at 2", id="quote-in-unquoted"),
        pytest.param('"ab"c', "character 'c' after quoted field at 4", id="after-quoted"),
    ],
)
def test_parse_errors(line: str, reason: str) -> None:
    assert run_error("csv", {"field": "line", "target_fields": FIELDS}, {"line": line}) == iae(reason)


def test_null_and_missing() -> None:
    options = {"field": "line", "target_fields": FIELDS}
    assert run_error("csv", options, {"line": None}) == iae("field [line] is null, cannot process it.")
    assert run("csv", {**options, "ignore_missing": True}, {}) == {}


@pytest.mark.parametrize(
    ("options", "reason", "prop"),
    [
        pytest.param(
            {"target_fields": []},
            "[target_fields] target fields list can't be empty",
            "target_fields",
            id="empty",
        ),
        pytest.param(
            {"separator": ";;"},
            "[separator] separator has to be single character like , or ;",
            "separator",
            id="sep",
        ),
        pytest.param(
            {"quote": ""}, "[quote] quote has to be single character like \" or '", "quote", id="quote"
        ),
    ],
)
def test_config_errors(options: dict[str, Any], reason: str, prop: str) -> None:
    assert config_error("csv", {"field": "line", "target_fields": FIELDS, **options}) == parse_error(
        reason, prop, "csv"
    )
