"""dot_expander: expansion, wildcard, path, override, and the config-error quirk."""

from __future__ import annotations

from typing import Any

import pytest
from processor_helpers import build, config_error, iae, run, run_error


@pytest.mark.parametrize(
    ("options", "source", "expected"),
    [
        pytest.param({"field": "a.b"}, {"a.b": 1}, {"a": {"b": 1}}, id="simple"),
        pytest.param(
            {"field": "a.b"}, {"a.b": 1, "a": {"c": 2}}, {"a": {"b": 1, "c": 2}}, id="merge-into-object"
        ),
        pytest.param({"field": "a.b"}, {"a.b": 1, "a": {"b": 2}}, {"a": {"b": [2, 1]}}, id="append-existing"),
        pytest.param(
            {"field": "a.b", "override": True}, {"a.b": 1, "a": {"b": 2}}, {"a": {"b": 1}}, id="override"
        ),
        pytest.param({"field": "x.y"}, {"a.b": 1}, {"a.b": 1}, id="absent-no-op"),
        pytest.param(
            {"field": "*"},
            {"a.b": 1, "c.d.e": 2, "f": 3},
            {"a": {"b": 1}, "c": {"d": {"e": 2}}, "f": 3},
            id="all",
        ),
        pytest.param({"field": "a.b", "path": "p"}, {"p": {"a.b": 1}}, {"p": {"a": {"b": 1}}}, id="path"),
        pytest.param(
            {"field": "*", "path": "p"},
            {"p": {"a.b": 1, ".x": 2}},
            {"p": {"a": {"b": 1}, ".x": 2}},
            id="path-all",
        ),
    ],
)
def test_expand(options: dict[str, Any], source: dict[str, Any], expected: dict[str, Any]) -> None:
    assert run("dot_expander", options, source) == expected


def test_value_field_blocks_expansion() -> None:
    assert run_error("dot_expander", {"field": "foo.bar"}, {"foo.bar": 1, "foo": "v"}) == iae(
        "cannot expand [foo.bar], because [foo] is not an object field, but a value field"
    )


@pytest.mark.parametrize(
    ("field", "reason"),
    [
        pytest.param("ab", "[field] field does not contain a dot and is not a wildcard", id="no-dot"),
        pytest.param(".a", "[field] Field can't start or end with a dot", id="leading-dot"),
        pytest.param("a.", "[field] Field can't start or end with a dot", id="trailing-dot"),
        pytest.param("a..b", "[field] No space between dots", id="double-dot"),
    ],
)
def test_config_errors_carry_tag_as_type(field: str, reason: str) -> None:
    entry = {
        "type": "parse_exception",
        "reason": reason,
        "property_name": "field",
        "processor_type": "tag",
        "processor_tag": "t",
    }
    assert config_error("dot_expander", {"field": field}) == {"root_cause": [entry], **entry}


def test_description_is_dropped() -> None:
    processor = build("dot_expander", {"field": "a.b"})
    processor.description = "ignored by Elasticsearch's factory"
    assert processor.description is None
