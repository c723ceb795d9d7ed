"""json: parsing with Java number types, add_to_root, conflict strategies, strictness."""

from __future__ import annotations

import contextlib
import json
from typing import Any

import orjson
import pytest
from document_shapes import PATHS, SOURCES, attempt, make_doc, related_path, source_along, state
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from processor_helpers import build, config_error, iae, parse_error, run, run_error

from s1elastic.ingest.document import FieldPath, IngestDocument, deep_copy
from s1elastic.ingest.errors import JavaException
from s1elastic.ingest.javatypes import java_class_name
from s1elastic.ingest.processors.json import JsonProcessor, parse_json, parse_json_slow


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


def test_surrogate_pair_escapes_join_into_one_code_point() -> None:
    # A Java String keeps the pair as two chars, which is one code point; lone halves stay as they are.
    text = '"\\ud83d\\ude00 \\uD83D x \\ude00"'
    assert run("json", {"field": "f"}, {"f": text})["f"] == "\U0001f600 \ud83d x \ude00"
    assert parse_json_slow(text, False, True) == "\U0001f600 \ud83d x \ude00"


# -- the C fast path must agree with the hand parser on every text ---------------------------------

_JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.sampled_from(["a", "b", "é", "", "a"]), inner, max_size=4)
    ),
    max_leaves=12,
)
_FRAGMENTS = st.sampled_from(
    [
        "{",
        "}",
        "[",
        "]",
        ",",
        ":",
        '"',
        '"a"',
        '"a":',
        " ",
        "\n",
        "\t",
        "1",
        "-",
        "0",
        "01",
        "1.",
        ".5",
        "1e",
        "1e+5",
        "-0.0",
        "2147483648",
        "99999999999999999999",
        "1e400",
        "true",
        "fals",
        "null",
        "NaN",
        "Infinity",
        "-Infinity",
        "/* c */",
        "// c\n",
        "/*",
        "\\",
        "\\u",
        "\\ud83d",
        "\\ude00",
        "\\uzzzz",
        "\\n",
        "\\x",
        "\x01",
        "\ufeff",
        "x",
        "é",
        "٣",
    ]
)


def _compact(value: Any) -> str:
    """The text the poller sends: orjson's, or compact json for integers orjson refuses."""
    try:
        return orjson.dumps(value).decode("utf-8")
    except TypeError:
        return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


@st.composite
def _texts(draw: st.DrawFn) -> str:
    kind = draw(st.integers(0, 4))
    if kind == 0:
        text = json.dumps(draw(_JSON_VALUES), ensure_ascii=False)
        return text.replace(",", " ,\n") if draw(st.booleans()) else text
    if kind == 3:
        # Objects written pair by pair, so that keys may repeat; compact as orjson writes.
        pairs = draw(st.lists(st.tuples(st.sampled_from(["a", "b", "c"]), _JSON_VALUES), max_size=5))
        return "{" + ",".join(f"{_compact(k)}:{_compact(v)}" for k, v in pairs) + "}"
    if kind == 4:
        return _compact(draw(_JSON_VALUES))
    if kind == 1:
        # Valid JSON with one fragment spliced in somewhere.
        text = json.dumps(draw(_JSON_VALUES), ensure_ascii=draw(st.booleans()))
        at = draw(st.integers(0, len(text)))
        return text[:at] + draw(_FRAGMENTS) + text[at:]
    return "".join(draw(st.lists(_FRAGMENTS, max_size=12)))


def _outcome(text: str, allow_duplicates: bool, strict: bool, parse: Any) -> Any:
    """The parsed value with Java types and float signs spelled out, or the error's class and text."""
    try:
        return _typed(parse(text, allow_duplicates, strict))
    except JavaException as exc:
        return ("error", exc.java_class, str(exc))
    except (ValueError, RecursionError) as exc:  # what the hand parser lets through
        return ("python-error", type(exc).__name__)


def _typed(value: Any) -> Any:
    if isinstance(value, dict):
        return ("map", [(k, _typed(v)) for k, v in value.items()])
    if isinstance(value, list):
        return ("list", [_typed(v) for v in value])
    if isinstance(value, float):
        return ("double", repr(value))
    return (java_class_name(value), value)


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_texts(), allow_duplicates=st.booleans(), strict=st.booleans())
def test_fast_path_agrees_with_hand_parser(text: str, allow_duplicates: bool, strict: bool) -> None:
    fast = _outcome(text, allow_duplicates, strict, parse_json)
    assert fast == _outcome(text, allow_duplicates, strict, parse_json_slow)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('{"a": 1, "b": {"a": 2}}', id="same-key-in-two-objects"),
        pytest.param('{"a": 1, "a": 2}', id="duplicate"),
        pytest.param("[NaN]", id="nan-refused"),
        pytest.param("[-Infinity]", id="infinity-refused"),
        pytest.param("1e400", id="overflow-is-infinity"),
        pytest.param(" \ufeff{}", id="bom"),
        pytest.param('{"a":1,"a":1}', id="compact-duplicate"),
        pytest.param('{"a":{"b":1},"a":{"b":1}}', id="compact-duplicate-map"),
        pytest.param('{"a":"\\ud800"}', id="lone-surrogate-escape"),
        pytest.param('{"a":18446744073709551616}', id="beyond-64-bits"),
        pytest.param('{"a":1.0}', id="double-written-differently"),
    ],
)
@pytest.mark.parametrize("allow_duplicates", [True, False])
def test_fast_path_edge_cases(text: str, allow_duplicates: bool) -> None:
    assert _outcome(text, allow_duplicates, True, parse_json) == _outcome(
        text, allow_duplicates, True, parse_json_slow
    )


# -- the bound execute (target field, string read through maps) must agree with the class's ------------

_FIELD_VALUES = _texts() | st.sampled_from([None, 5, 1.5, True, "", "{}", ["[1]"], {"a": "{}"}])


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    data=st.data(),
    field=PATHS,
    with_target=st.booleans(),
    allow_duplicates=st.booleans(),
    strict=st.booleans(),
)
def test_bound_execute_agrees_with_class_execute(
    data: st.DataObject, field: str, with_target: bool, allow_duplicates: bool, strict: bool
) -> None:
    options: dict[str, Any] = {
        "field": field,
        "allow_duplicate_keys": allow_duplicates,
        "strict_json_parsing": strict,
    }
    if with_target:
        options["target_field"] = data.draw(related_path(field))
    processor = build("json", options)
    assert isinstance(processor, JsonProcessor)
    assert "execute" in vars(processor)
    start = make_doc(data.draw(source_along(field) | SOURCES))
    text = data.draw(_FIELD_VALUES)
    # Valid JSON at the same path in the other root (source vs _ingest), then the text at the field,
    # each where the document's shape allows.
    other = field.removeprefix("_ingest.") if field.startswith("_ingest.") else "_ingest." + field
    for path, value in ((other, "[7]"), (field, text)):
        with contextlib.suppress(JavaException):
            start.set(FieldPath.of(path), value)
    bound = IngestDocument(deep_copy(start.source), deep_copy(start.ingest))
    reference = IngestDocument(deep_copy(start.source), deep_copy(start.ingest))
    assert attempt(lambda: processor.execute(bound) is bound) == attempt(
        lambda: JsonProcessor.execute(processor, reference) is reference
    )
    assert state(bound) == state(reference)


def test_add_to_root_keeps_the_class_execute() -> None:
    assert "execute" not in vars(build("json", {"field": "f", "add_to_root": True}))
