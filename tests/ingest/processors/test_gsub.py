"""gsub: Java regex and Java replacement syntax."""

from __future__ import annotations

from typing import Any

import pytest
from processor_helpers import config_error, run, run_error


@pytest.mark.parametrize(
    ("pattern", "replacement", "value", "expected"),
    [
        pytest.param(r"\.", "-", "1.2.3", "1-2-3", id="literal-dot"),
        pytest.param(r"(\w+)@(\w+)", "$2 at $1", "me@host", "host at me", id="group-refs"),
        pytest.param(r"(?<user>\w+)@", "${user}#", "me@host", "me#host", id="named-group"),
        pytest.param(r"(a)", "$10", "a", "a0", id="longest-valid-group-number"),
        pytest.param(r"a", r"\$1", "a", "$1", id="escaped-dollar"),
        pytest.param(r"\p{Alpha}+", "X", "ab1é", "X1é", id="posix-class-ascii-only"),
        pytest.param(r"\Qa.b\E", "!", "a.b axb", "! axb", id="quoted-literal"),
        pytest.param(r"\s+", " ", "a \t\nb", "a b", id="whitespace"),
        pytest.param(r"x", "$9", "abc", "abc", id="no-match-no-parse"),
    ],
)
def test_gsub(pattern: str, replacement: str, value: str, expected: str) -> None:
    options = {"field": "f", "pattern": pattern, "replacement": replacement}
    assert run("gsub", options, {"f": value}) == {"f": expected}


@pytest.mark.parametrize(
    ("replacement", "error_type", "reason"),
    [
        pytest.param("$2", "index_out_of_bounds_exception", "No group 2", id="no-group"),
        pytest.param("$x", "illegal_argument_exception", "Illegal group reference", id="bad-ref"),
        pytest.param("${nope}", "illegal_argument_exception", "No group with name {nope}", id="no-name"),
        pytest.param(
            "a\\", "illegal_argument_exception", "character to be escaped is missing", id="trailing-slash"
        ),
    ],
)
def test_replacement_errors(replacement: str, error_type: str, reason: str) -> None:
    body: dict[str, Any] = run_error(
        "gsub", {"field": "f", "pattern": "(a)", "replacement": replacement}, {"f": "a"}
    )
    assert body["root_cause"] == [{"type": error_type, "reason": reason}]


def test_invalid_pattern_is_a_config_error() -> None:
    body = config_error("gsub", {"field": "f", "pattern": "(", "replacement": ""})
    assert body["type"] == "parse_exception"
    assert body["reason"].startswith("[pattern] Invalid regex pattern. ")
    assert body["property_name"] == "pattern"
