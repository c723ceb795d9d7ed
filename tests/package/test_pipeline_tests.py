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
    (tmp_path / "test-common-config.yml").write_text("dynamic_fields:\n  a: x\nfields:\n  b: 1\n")
    (tmp_path / "test-c.json-config.yml").write_text("dynamic_fields:\n  c: y\n")
    config = read_config(tmp_path / "test-c.json")
    assert config.dynamic_fields == {"c": "y"}
    assert config.fields == {"b": 1}


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
