"""split: Java String.split rules."""

from __future__ import annotations

from typing import Any

import pytest
from processor_helpers import iae, run, run_error


@pytest.mark.parametrize(
    ("separator", "value", "preserve", "expected"),
    [
        pytest.param(",", "a,b,c", False, ["a", "b", "c"], id="simple"),
        pytest.param(",", "a,b,,", False, ["a", "b"], id="trailing-empties-dropped"),
        pytest.param(",", "a,b,,", True, ["a", "b", "", ""], id="preserve-trailing"),
        pytest.param(",", ",a", False, ["", "a"], id="leading-empty-kept"),
        pytest.param(",", "", False, [""], id="empty-string"),
        pytest.param(",", ",,", False, [], id="only-separators"),
        pytest.param("", "abc", False, ["a", "b", "c"], id="zero-width-no-leading-empty"),
        pytest.param(r"\s+", "a  b\tc", False, ["a", "b", "c"], id="regex"),
        pytest.param(".", "a.b", False, [], id="dot-is-regex"),
        pytest.param(r"\|", "a|b", False, ["a", "b"], id="escaped-pipe"),
    ],
)
def test_split(separator: str, value: str, preserve: bool, expected: list[str]) -> None:
    options = {"field": "f", "separator": separator, "preserve_trailing": preserve}
    assert run("split", options, {"f": value}) == {"f": expected}


@pytest.mark.parametrize(
    ("source", "error"),
    [
        pytest.param({"f": None}, iae("field [f] is null, cannot split."), id="null"),
        pytest.param(
            {"f": 1},
            iae("field [f] of type [java.lang.Integer] cannot be cast to [java.lang.String]"),
            id="int",
        ),
        pytest.param({}, iae("field [f] not present as part of path [f]"), id="missing"),
    ],
)
def test_errors(source: dict[str, Any], error: dict[str, Any]) -> None:
    assert run_error("split", {"field": "f", "separator": ","}, source) == error


def test_target_and_ignore_missing() -> None:
    assert run("split", {"field": "f", "separator": ",", "target_field": "t"}, {"f": "a,b"}) == {
        "f": "a,b",
        "t": ["a", "b"],
    }
    assert run("split", {"field": "f", "separator": ",", "ignore_missing": True}, {}) == {}


def test_bad_regex_fails_at_runtime() -> None:
    body = run_error("split", {"field": "f", "separator": "("}, {"f": "a"})
    assert body["type"] == "pattern_syntax_exception"
