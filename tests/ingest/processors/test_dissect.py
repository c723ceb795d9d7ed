"""dissect: keys, modifiers, append separator, errors."""

from __future__ import annotations

from typing import Any

import pytest
from processor_helpers import build, iae, run, run_error

from s1elastic.ingest.processors.dissect import KeyParseException, PatternParseException


@pytest.mark.parametrize(
    ("pattern", "text", "options", "expected"),
    [
        pytest.param("%{a} %{b}", "foo bar", {}, {"a": "foo", "b": "bar"}, id="simple"),
        pytest.param("%{a} %{b}", "foo bar baz", {}, {"a": "foo", "b": "bar baz"}, id="last-takes-rest"),
        pytest.param("[%{ts}] %{msg}", "[now] hi", {}, {"ts": "now", "msg": "hi"}, id="leading-delimiter"),
        pytest.param("%{a->} %{b}", "foo     bar", {}, {"a": "foo", "b": "bar"}, id="right-padding"),
        pytest.param(
            "%{a},%{b},%{c},%{d}", "foo,,,", {}, {"a": "foo", "b": "", "c": "", "d": ""}, id="empties"
        ),
        pytest.param("%{a} %{+a} %{+a}", "x y z", {}, {"a": "xyz"}, id="append"),
        pytest.param("%{a} %{+a}", "x y", {"append_separator": "-"}, {"a": "x-y"}, id="append-separator"),
        pytest.param("%{+a/2} %{+a/1}", "x y", {}, {"a": "yx"}, id="append-order"),
        pytest.param("%{*k} %{&k}", "name bob", {}, {"name": "bob"}, id="reference"),
        pytest.param("%{a} %{?skip} %{c}", "x y z", {}, {"a": "x", "c": "z"}, id="named-skip"),
        pytest.param("%{a} %{} %{c}", "x y z", {}, {"a": "x", "c": "z"}, id="empty-key-skip"),
        pytest.param("%{a.b} %{c}", "x y", {}, {"a": {"b": "x"}, "c": "y"}, id="dotted-key-nests"),
        pytest.param("%{a}é%{b}", "xéy", {}, {"a": "x", "b": "y"}, id="multibyte-delimiter"),
    ],
)
def test_dissect(pattern: str, text: str, options: dict[str, Any], expected: dict[str, Any]) -> None:
    out = run("dissect", {"field": "m", "pattern": pattern, **options}, {"m": text})
    out.pop("m")
    assert out == expected


def test_no_match() -> None:
    body = run_error("dissect", {"field": "m", "pattern": "%{a},%{b}"}, {"m": "no comma"})
    entry = {
        "type": "find_match",
        "reason": "Unable to find match for dissect pattern: %{a},%{b} against source: no comma",
    }
    assert body == {"root_cause": [entry], **entry}


def test_null_missing_and_ignore_missing() -> None:
    options = {"field": "m", "pattern": "%{a}"}
    assert run_error("dissect", options, {"m": None}) == iae("field [m] is null, cannot process it.")
    assert run_error("dissect", options, {}) == iae("field [m] not present as part of path [m]")
    assert run("dissect", {**options, "ignore_missing": True}, {}) == {}


@pytest.mark.parametrize(
    ("pattern", "exception", "reason"),
    [
        pytest.param(
            "abc",
            PatternParseException,
            "Unable to parse pattern: abc Reason: Unable to find any keys or delimiters.",
            id="no-keys",
        ),
        pytest.param(
            "%{?a}",
            PatternParseException,
            "Unable to parse pattern: %{?a} Reason: Unable to find any keys or delimiters.",
            id="only-skip",
        ),
        pytest.param(
            "%{+} %{b}",
            KeyParseException,
            "Unable to parse key: + Reason: The key name could not be determined",
            id="empty-name",
        ),
        pytest.param(
            "%{+*a}",
            KeyParseException,
            "Unable to parse key: +*a Reason: multiple modifiers are not allowed.",
            id="multi",
        ),
        pytest.param(
            "%{*a} %{b}",
            PatternParseException,
            "Unable to parse pattern: %{*a} %{b} Reason: Found invalid key/reference associations: 'a' Please ensure "
            "each '*<key>' is matched with a matching '&<key>",
            id="unpaired-reference",
        ),
    ],
)
def test_pattern_errors(pattern: str, exception: type[Exception], reason: str) -> None:
    with pytest.raises(exception) as caught:
        build("dissect", {"field": "m", "pattern": pattern})
    assert caught.value.reason == reason  # type: ignore[attr-defined]
