"""The pipeline test runner: golden comparison, dynamic fields, validation, --generate."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from s1elastic.package.engine import DocumentError, default_engine
from s1elastic.package.layout import Package
from s1elastic.package.pipeline_tests import (
    CaseConfig,
    CaseError,
    json_equal,
    raw_entries,
    read_config,
    read_events,
    run_pipeline_tests,
    strip_dynamic,
)

TESTS = "data_stream/events/_dev/test/pipeline"


@dataclass
class FunctionPipeline:
    """A stand-in for the engine that applies a Python function (tests the runner's own logic)."""

    fn: Any

    def process(self, source: dict[str, Any], *, index: str) -> dict[str, Any] | None:
        return self.fn(dict(source), index)


@dataclass
class FunctionEngine:
    fn: Any

    def load(self, path: Path) -> FunctionPipeline:
        return FunctionPipeline(self.fn)


def base(doc: dict[str, Any]) -> dict[str, Any]:
    return {
        "@timestamp": doc["@timestamp"],
        "data_stream": doc["data_stream"],
        "ecs": {"version": "9.4.0"},
        "event": {
            "kind": "alert",
            "category": ["malware"],
            "type": ["info"],
            "ingested": "2024-06-01T00:00:00Z",
        },
    }


def write_case(root: Path, name: str, events: list[dict[str, Any]], expected: list[Any] | None) -> None:
    folder = root / TESTS
    (folder / name).write_text(json.dumps({"events": events}))
    if expected is not None:
        (folder / f"{name}-expected.json").write_text(json.dumps({"expected": expected}))


def only(results, name):
    [r] = [r for r in results if r.name == name]
    return r


def test_fixture_passes_with_the_real_engine(pkg_root: Path) -> None:
    engine = default_engine()
    if engine is None:
        pytest.skip("ingest engine not installed")
    [result] = run_pipeline_tests(Package.load(pkg_root), engine)
    assert (result.name, result.status, result.details) == ("test-basic.json", "pass", [])


def test_generate_writes_expected_files_that_then_pass(pkg_root: Path) -> None:
    engine = default_engine()
    if engine is None:
        pytest.skip("ingest engine not installed")
    expected = pkg_root / TESTS / "test-basic.json-expected.json"
    expected.unlink()
    [result] = run_pipeline_tests(Package.load(pkg_root), engine, generate=True)
    assert result.status == "pass"
    docs = json.loads(expected.read_text())["expected"]
    assert [d["demo_pkg"]["events"]["id"] for d in docs] == ["e1", "e2"]
    assert docs[0]["event"]["original"] == '{"id":"e1"}'
    assert expected.read_text().startswith('{\n    "expected": [')


def test_missing_expected_file_fails(pkg_root: Path) -> None:
    (pkg_root / TESTS / "test-basic.json-expected.json").unlink()
    [result] = run_pipeline_tests(Package.load(pkg_root), FunctionEngine(lambda d, i: base(d)))
    assert (result.status, result.details) == (
        "fail",
        ["no test-basic.json-expected.json (run with --generate)"],
    )


def test_difference_is_reported(pkg_root: Path) -> None:
    def pipeline(doc: dict[str, Any], index: str) -> dict[str, Any]:
        out = base(doc)
        out["event"]["kind"] = "event"
        return out

    results = run_pipeline_tests(Package.load(pkg_root), FunctionEngine(pipeline))
    result = only(results, "test-basic.json")
    assert result.status == "fail"
    assert result.details[0] == "Expected results are different from actual ones"
    assert any(
        "event']['kind']" in line and "alert" in line and "event" in line for line in result.details[1:]
    )


def test_dynamic_fields_are_ignored_but_must_match(pkg_root: Path) -> None:
    expected = base(
        {
            "@timestamp": "2024-05-01T10:00:00.000Z",
            "data_stream": {"type": "logs", "dataset": "demo_pkg.events", "namespace": "default"},
        }
    )
    write_case(pkg_root, "test-dyn.json", [{}], [expected])
    seen: list[str] = []

    def pipeline(doc: dict[str, Any], index: str) -> dict[str, Any]:
        seen.append(index)
        out = base(doc)
        out["event"]["ingested"] = "yesterday"
        return out

    result = only(run_pipeline_tests(Package.load(pkg_root), FunctionEngine(pipeline)), "test-dyn.json")
    assert set(seen) == {"logs-demo_pkg.events-default"}
    assert (result.status, result.details) == (
        "fail",
        [
            'dynamic field "event.ingested" doesn\'t match the pattern (^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}): yesterday'
        ],
    )


def test_error_message_fails_the_case_before_field_validation(pkg_root: Path) -> None:
    def pipeline(doc: dict[str, Any], index: str) -> dict[str, Any]:
        out = base(doc)
        out["error"] = {"message": ["boom"]}
        out["undefined_field"] = 1
        return out

    write_case(
        pkg_root,
        "test-err.json",
        [{}],
        [
            pipeline(
                {
                    "@timestamp": "2024-05-01T10:00:00.000Z",
                    "data_stream": {"type": "logs", "dataset": "demo_pkg.events", "namespace": "default"},
                },
                "",
            )
        ],
    )
    result = only(run_pipeline_tests(Package.load(pkg_root), FunctionEngine(pipeline)), "test-err.json")
    assert (result.status, result.details) == ("fail", ["unexpected pipeline error: [boom]"])


def test_documents_are_validated_and_dropped_ones_skipped(pkg_root: Path) -> None:
    def pipeline(doc: dict[str, Any], index: str) -> dict[str, Any] | None:
        if doc.get("drop"):
            return None
        out = base(doc)
        out["demo_pkg"] = {"events": {"id": 7}}
        return out

    ds = {
        "@timestamp": "2024-05-01T10:00:00.000Z",
        "data_stream": {"type": "logs", "dataset": "demo_pkg.events", "namespace": "default"},
    }
    write_case(pkg_root, "test-val.json", [{"drop": True}, {}], [None, pipeline(ds, "")])
    result = only(run_pipeline_tests(Package.load(pkg_root), FunctionEngine(pipeline)), "test-val.json")
    assert (result.status, result.details) == (
        "fail",
        [
            'parsing field value failed: field "demo_pkg.events.id"\'s Go type, float64, does not match the expected field type: keyword (field value: 7)'
        ],
    )


def test_numeric_keyword_fields_from_case_config(pkg_root: Path) -> None:
    def pipeline(doc: dict[str, Any], index: str) -> dict[str, Any]:
        out = base(doc)
        out["demo_pkg"] = {"events": {"id": 7}}
        return out

    ds = {
        "@timestamp": "2024-05-01T10:00:00.000Z",
        "data_stream": {"type": "logs", "dataset": "demo_pkg.events", "namespace": "default"},
    }
    write_case(pkg_root, "test-num.json", [{}], [pipeline(ds, "")])
    (pkg_root / TESTS / "test-num.json-config.yml").write_text(
        "numeric_keyword_fields: [demo_pkg.events.id]\n"
    )
    result = only(run_pipeline_tests(Package.load(pkg_root), FunctionEngine(pipeline)), "test-num.json")
    assert result.status == "pass"


def test_failed_document_and_skip(pkg_root: Path) -> None:
    def pipeline(doc: dict[str, Any], index: str) -> dict[str, Any]:
        raise DocumentError('{"type":"illegal_argument_exception"}')

    (pkg_root / TESTS / "test-basic.json-config.yml").write_text(
        "skip:\n  reason: flaky\n  link: https://example.com/1\n"
    )
    write_case(pkg_root, "test-boom.json", [{}], [])
    results = run_pipeline_tests(Package.load(pkg_root), FunctionEngine(pipeline))
    assert (only(results, "test-basic.json").status, only(results, "test-basic.json").details) == (
        "skip",
        ["flaky (https://example.com/1)"],
    )
    assert only(results, "test-boom.json").details == [
        'event 0 failed in the pipeline: {"type":"illegal_argument_exception"}'
    ]


def test_log_files_become_message_events(pkg_root: Path) -> None:
    seen: list[dict[str, Any]] = []

    def pipeline(doc: dict[str, Any], index: str) -> None:
        seen.append(doc)
        return None

    (pkg_root / TESTS / "test-raw.log").write_text("first\nsecond\n")
    (pkg_root / TESTS / "test-raw.log-expected.json").write_text('{"expected": [null, null]}')
    result = only(run_pipeline_tests(Package.load(pkg_root), FunctionEngine(pipeline)), "test-raw.log")
    assert result.status == "pass"
    assert [d["message"] for d in seen[-2:]] == ["first", "second"]
    assert seen[-1]["data_stream"]["dataset"] == "demo_pkg.events"  # fields from test-common-config.yml


def test_raw_entries_multiline() -> None:
    assert raw_entries("A 1\n  more\nA 2\n", r"^A ") == ["A 1\n  more", "A 2"]
    assert raw_entries("a\nb\n", None) == ["a", "b"]


def test_config_merging(tmp_path: Path) -> None:
    """The case config is merged into the common one key by key (go-ucfg Merge), not replacing it."""
    (tmp_path / "test-common-config.yml").write_text("dynamic_fields:\n  a: x\nfields:\n  b: 1\n")
    (tmp_path / "test-c.json-config.yml").write_text("dynamic_fields:\n  c: y\n")
    config = read_config(tmp_path / "test-c.json")
    assert config.dynamic_fields == {"a": "x", "c": "y"}
    assert config.fields == {"b": 1}


# (common config, case config, CaseConfig attribute, expected value). Expected values follow
# go-ucfg's merge.go / reify.go as elastic-package calls them (cfg.Merge and Unpack, no options);
# "merge array values" in go-ucfg's merge_test.go is the list-of-objects row.
MERGE_CASES = [
    pytest.param(
        "fields: {a: {b: 1, c: 2}}",
        "fields: {a: {c: 3, d: 4}}",
        "fields",
        {"a": {"b": 1, "c": 3, "d": 4}},
        id="nested-maps-merge-key-by-key",
    ),
    pytest.param(
        "dynamic_fields: {a: x, b: y}",
        "dynamic_fields: {b: z, c: w}",
        "dynamic_fields",
        {"a": "x", "b": "z", "c": "w"},
        id="dynamic-fields-merge",
    ),
    pytest.param(
        "dynamic_fields: {}",
        "dynamic_fields: {'@timestamp': '^\\d+$'}",
        "dynamic_fields",
        {"@timestamp": "^\\d+$"},
        id="dynamic-fields-over-empty-common",
    ),
    pytest.param(
        "fields: {tags: [a, b, c]}",
        "fields: {tags: [x]}",
        "fields",
        {"tags": ["x", "b", "c"]},
        id="lists-merge-by-index-common-longer",
    ),
    pytest.param(
        "fields: {tags: [a]}",
        "fields: {tags: [x, y]}",
        "fields",
        {"tags": ["x", "y"]},
        id="lists-merge-by-index-case-longer",
    ),
    pytest.param(
        "fields: {a: [{b: 1}]}",
        "fields: {a: [{c: 2}, {d: 3}]}",
        "fields",
        {"a": [{"b": 1, "c": 2}, {"d": 3}]},
        id="list-of-objects-merges-elements",
    ),
    pytest.param(
        "fields: {tags: [a]}",
        "fields: {tags: []}",
        "fields",
        {"tags": ["a"]},
        id="empty-list-keeps-common-list",
    ),
    pytest.param("", "fields: {tags: []}", "fields", {"tags": []}, id="empty-list-alone-is-kept"),
    pytest.param(
        "fields: {tags: x, y: 2}",
        "fields: {tags: ~}",
        "fields",
        {"y": 2},
        id="null-cancels-common-scalar",
    ),
    pytest.param(
        "fields: {tags: [a]}",
        "fields: {tags: ~}",
        "fields",
        {"tags": ["a"]},
        id="null-keeps-common-list",
    ),
    pytest.param(
        "fields: {a: {b: 1}}",
        "fields: {a: ~}",
        "fields",
        {"a": {"b": 1}},
        id="null-keeps-common-object",
    ),
    pytest.param("", "fields: {x: ~, y: 1}", "fields", {"y": 1}, id="top-level-null-is-left-out"),
    pytest.param(
        "fields: {a: {b: 1, c: 2}}",
        "fields: {a: {b: ~}}",
        "fields",
        {"a": {"b": None, "c": 2}},
        id="nested-null-stays-null",
    ),
    pytest.param("", "fields: {a: {}}", "fields", {}, id="top-level-empty-object-is-left-out"),
    pytest.param(
        "fields: {b: 1}",
        "fields: ~",
        "fields",
        {"b": 1},
        id="null-section-keeps-common-section",
    ),
    pytest.param(
        "fields: {a: 1}",
        "fields: {a: {b: 2}}",
        "fields",
        {"a": {"b": 2}},
        id="object-replaces-scalar",
    ),
    pytest.param(
        "fields: {a: {b: 2}}",
        "fields: {a: 1}",
        "fields",
        {"a": 1},
        id="scalar-replaces-object",
    ),
    pytest.param(
        "fields: {a.b: 1}",
        "fields: {a: {c: 2}}",
        "fields",
        {"a.b": 1, "a": {"c": 2}},
        id="dotted-keys-stay-literal",
    ),
    pytest.param(
        "dynamic_fields: {a: x}",
        "dynamic_fields: {a: ~}",
        "dynamic_fields",
        {"a": ""},
        id="dynamic-field-null-is-empty-pattern",
    ),
    pytest.param(
        "numeric_keyword_fields: [a, b]",
        "numeric_keyword_fields: [c]",
        "numeric_keyword_fields",
        ("c", "b"),
        id="numeric-keyword-fields-merge-by-index",
    ),
    pytest.param(
        "string_number_fields: [a]",
        "string_number_fields: ~",
        "string_number_fields",
        ("a",),
        id="string-number-fields-null-keeps-common",
    ),
    pytest.param(
        "",
        "numeric_keyword_fields: a",
        "numeric_keyword_fields",
        ("a",),
        id="scalar-is-a-one-element-list",
    ),
    pytest.param(
        "multiline: {first_line_pattern: '^A'}",
        "fields: {x: 1}",
        "first_line_pattern",
        "^A",
        id="multiline-from-common",
    ),
    pytest.param(
        "",
        "skip: {reason: flaky, link: 'https://example.com/1'}",
        "skip",
        {"reason": "flaky", "link": "https://example.com/1"},
        id="skip-from-case",
    ),
    pytest.param("skip: {}", "", "skip", {}, id="empty-skip-still-skips"),
]


@pytest.mark.parametrize(("common", "case_config", "attribute", "expected"), MERGE_CASES)
def test_config_merge_table(
    tmp_path: Path, common: str, case_config: str, attribute: str, expected: Any
) -> None:
    (tmp_path / "test-common-config.yml").write_text(common + "\n")
    (tmp_path / "test-c.json-config.yml").write_text(case_config + "\n")
    assert getattr(read_config(tmp_path / "test-c.json"), attribute) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param("fields: 1", "fields: expected an object", id="fields-scalar"),
        pytest.param("dynamic_fields: {a: [x]}", "dynamic_fields.a: expected a string", id="pattern-list"),
        pytest.param("- a", "test-c.json-config.yml: expected a mapping", id="top-level-list"),
    ],
)
def test_config_errors(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "test-c.json-config.yml").write_text(text + "\n")
    with pytest.raises(CaseError, match=message):
        read_config(tmp_path / "test-c.json")


def test_null_cancelled_field_is_absent_from_events(tmp_path: Path) -> None:
    """elastic-package puts only the unpacked fields into each event: a cancelled one is not sent."""
    (tmp_path / "test-common-config.yml").write_text("fields:\n  tags: common\n  keep: 1\n")
    (tmp_path / "test-c.json-config.yml").write_text("fields:\n  tags: ~\n")
    case = tmp_path / "test-c.json"
    case.write_text(json.dumps({"events": [{"n": 1}]}))
    [event] = read_events(case, read_config(case))
    assert event == {"n": 1, "keep": 1}


def test_strip_dynamic_and_json_equal() -> None:
    config = CaseConfig(dynamic_fields={"event.ingested": ".*", "a.b": ".*"})
    docs = [{"event": {"ingested": "x", "kind": "k"}, "a.b": 1}, None]
    assert strip_dynamic(docs, config) == [{"event": {"kind": "k"}}, None]
    assert json_equal({"n": 1}, {"n": 1.0})
    assert not json_equal({"n": 1}, {"n": True})
    assert not json_equal([1, 2], [2, 1])


def test_config_fields_are_copied_into_each_event(tmp_path: Path) -> None:
    """A pipeline that changes a configured list in place must not change the next event's copy."""
    (tmp_path / "test-common-config.yml").write_text("fields:\n  tags:\n    - configured\n  a:\n    b: [1]\n")
    case = tmp_path / "test-c.json"
    case.write_text(json.dumps({"events": [{"n": 1}, {"n": 2}]}))
    first, second = read_events(case, read_config(case))
    first["tags"].append("added")
    first["a"]["b"].append(2)
    assert second["tags"] == ["configured"]
    assert second["a"] == {"b": [1]}


def test_unquoted_timestamps_in_a_config_stay_strings(tmp_path: Path) -> None:
    """go-yaml v2 (elastic-package) keeps a timestamp-looking scalar as a string; so do we."""
    (tmp_path / "test-common-config.yml").write_text(
        'fields:\n  "@timestamp": 2020-01-02T03:04:05Z\n  day: 2020-01-02\n'
    )
    case = tmp_path / "test-c.json"
    case.write_text(json.dumps({"events": [{"message": "x"}]}))
    (event,) = read_events(case, read_config(case))
    assert event == {"message": "x", "@timestamp": "2020-01-02T03:04:05Z", "day": "2020-01-02"}
