"""kv: Java regex splitting, filters, prefix, trimming, brackets, repeated keys."""

from __future__ import annotations

from typing import Any

import pytest
from processor_helpers import build, iae, run, run_error

from s1elastic.ingest.processors._java_regex import PatternSyntaxException

BASE = {"field": "m", "field_split": " ", "value_split": "="}


@pytest.mark.parametrize(
    ("options", "message", "expected"),
    [
        pytest.param({}, "a=1 b=2", {"a": "1", "b": "2"}, id="basic"),
        pytest.param({}, "a=1 a=2 a=3", {"a": ["1", "2", "3"]}, id="repeated-keys-append"),
        pytest.param({}, "a=b=c", {"a": "b=c"}, id="value-split-limit-2"),
        pytest.param({"field_split": r"\s*,\s*"}, "a=1 , b=2", {"a": "1", "b": "2"}, id="regex-field-split"),
        pytest.param({"target_field": "kv"}, "a=1", {"kv": {"a": "1"}}, id="target"),
        pytest.param({"prefix": "p_"}, "a=1", {"p_a": "1"}, id="prefix"),
        pytest.param(
            {"target_field": "kv", "prefix": "p_"}, "a=1", {"kv": {"p_a": "1"}}, id="target-and-prefix"
        ),
        pytest.param({"include_keys": ["a"]}, "a=1 b=2", {"a": "1"}, id="include"),
        pytest.param({"exclude_keys": ["a"]}, "a=1 b=2", {"b": "2"}, id="exclude"),
        pytest.param({"trim_key": "<>", "trim_value": '"'}, '<a>="1"', {"a": "1"}, id="trim"),
        pytest.param(
            {"strip_brackets": True}, "a=(1) b=<2> c=[3", {"a": "1", "b": "2", "c": "3"}, id="brackets"
        ),
        pytest.param({}, "a=1 b=2  ", {"a": "1", "b": "2"}, id="trailing-separators-dropped"),
        pytest.param({"field": "{{which}}"}, "a=1", {"a": "1"}, id="templated-field"),
    ],
)
def test_kv(options: dict[str, Any], message: str, expected: dict[str, Any]) -> None:
    out = run("kv", {**BASE, **options}, {"m": message, "which": "m"})
    out.pop("m")
    out.pop("which")
    assert out == expected


@pytest.mark.parametrize(
    ("source", "error"),
    [
        pytest.param({}, iae("field [m] doesn't exist"), id="missing"),
        pytest.param({"m": None}, iae("field [m] is null, cannot extract key-value pairs."), id="null"),
        pytest.param({"m": "a=1 b"}, iae("field [m] does not contain value_split [=]"), id="no-value-split"),
        pytest.param({"m": ""}, iae("field [m] does not contain value_split [=]"), id="empty"),
        pytest.param(
            {"m": 5},
            iae("field [m] of type [java.lang.Integer] cannot be cast to [java.lang.String]"),
            id="int",
        ),
    ],
)
def test_errors(source: dict[str, Any], error: dict[str, Any]) -> None:
    assert run_error("kv", BASE, source) == error


@pytest.mark.parametrize(
    ("options", "source", "error"),
    [
        # A field name that renders empty is reported like a missing field.
        pytest.param(
            {"field": "{{nope}}"}, {"k": "a=1"}, iae("field [] doesn't exist"), id="empty-field-name"
        ),
        # One character (or a two-character escape) goes through String.split: a bad one fails here.
        pytest.param(
            {"field_split": ")"},
            {"m": "a=1"},
            {"type": "pattern_syntax_exception"},
            id="one-char-separator-fails-the-document",
        ),
    ],
)
def test_document_errors(options: dict[str, Any], source: dict[str, Any], error: dict[str, Any]) -> None:
    body = run_error("kv", {**BASE, **options}, source)
    assert {key: body[key] for key in error} == error


@pytest.mark.parametrize(
    "options",
    [
        pytest.param({"field_split": "[a"}, id="two-char-separator"),
        pytest.param({"value_split": "(x|"}, id="long-separator"),
        pytest.param({"trim_key": "z-a"}, id="trim-key"),
        pytest.param({"trim_value": "9-0"}, id="trim-value"),
    ],
)
def test_bad_regex_fails_creation(options: dict[str, Any]) -> None:
    with pytest.raises(PatternSyntaxException):
        build("kv", {**BASE, **options})


def test_ignore_missing() -> None:
    assert run("kv", {**BASE, "ignore_missing": True}, {}) == {}
    assert run("kv", {**BASE, "ignore_missing": True}, {"m": None}) == {"m": None}
