"""join: toString of each element, joined by the separator."""

from __future__ import annotations

from typing import Any

import pytest
from processor_helpers import config_error, iae, parse_error, run, run_error


def test_join() -> None:
    assert run("join", {"field": "f", "separator": "-"}, {"f": ["a", 1, 2.0, True, {"k": [1]}]}) == {
        "f": "a-1-2.0-true-{k=[1]}"
    }
    assert run("join", {"field": "f", "separator": "", "target_field": "t"}, {"f": []}) == {"f": [], "t": ""}


@pytest.mark.parametrize(
    ("source", "error"),
    [
        pytest.param({"f": None}, iae("field [f] is null, cannot join."), id="null"),
        pytest.param(
            {"f": "s"},
            iae("field [f] of type [java.lang.String] cannot be cast to [java.util.List]"),
            id="str",
        ),
        pytest.param({}, iae("field [f] not present as part of path [f]"), id="missing"),
    ],
)
def test_errors(source: dict[str, Any], error: dict[str, Any]) -> None:
    assert run_error("join", {"field": "f", "separator": ","}, source) == error


def test_null_element_is_npe() -> None:
    assert (
        run_error("join", {"field": "f", "separator": ","}, {"f": ["a", None]})["type"]
        == "null_pointer_exception"
    )


def test_separator_required() -> None:
    assert config_error("join", {"field": "f"}) == parse_error(
        "[separator] required property is missing", "separator", "join"
    )
