"""Running documents: handlers, conditionals, terminate/drop, nested pipelines (spec §4, §2.3).

Expected values follow CompoundProcessor / ConditionalProcessor / IngestDocument.executePipeline.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from test_pipeline_support import fake_painless, source_of  # noqa: F401 - fixture

from s1elastic.ingest.errors import (
    FailProcessorException,
    GraphStructureException,
    IllegalArgumentException,
    IllegalStateException,
    JavaException,
    ScriptException,
)
from s1elastic.ingest.executor import IngestProcessorException
from s1elastic.ingest.pipeline import Pipeline

pytestmark = pytest.mark.usefixtures("fake_painless")


def run(config: dict[str, Any], source: dict[str, Any] | None = None, **kw: Any) -> Any:
    return Pipeline.load(config, **kw).run(source or {})


def failure_seen(**extra: Any) -> dict[str, Any]:
    base = {"pipeline": "_simulate_pipeline", "on_failure_pipeline": "_simulate_pipeline"}
    return {**base, **extra}


def test_processor_on_failure_sees_failure_metadata_and_resumes() -> None:
    doc = run(
        {
            "processors": [
                {
                    "t_fail": {
                        "message": "bad",
                        "tag": "f1",
                        "on_failure": [{"t_snapshot_ingest": {"field": "seen"}}],
                    }
                },
                {"t_set": {"field": "after", "value": 1}},
            ]
        }
    )
    assert source_of(doc) == {
        "seen": failure_seen(
            on_failure_message="bad", on_failure_processor_type="t_fail", on_failure_processor_tag="f1"
        ),
        "after": 1,
    }
    assert set(doc.ingest) == {"timestamp"}  # on_failure_* and pipeline are removed afterwards


def test_pipeline_on_failure_ends_the_pipeline_successfully() -> None:
    doc = run(
        {
            "processors": [{"t_fail": {"message": "bad"}}, {"t_set": {"field": "after", "value": 1}}],
            "on_failure": [{"t_snapshot_ingest": {"field": "seen"}}],
        }
    )
    assert source_of(doc) == {
        "seen": failure_seen(
            on_failure_message="bad", on_failure_processor_type="t_fail", on_failure_processor_tag=None
        )
    }


def test_ignore_failure_wins_over_on_failure() -> None:
    doc = run(
        {
            "processors": [
                {
                    "t_fail": {
                        "ignore_failure": True,
                        "on_failure": [{"t_set": {"field": "handled", "value": 1}}],
                    }
                },
                {"t_set": {"field": "after", "value": 1}},
            ]
        }
    )
    assert source_of(doc) == {"after": 1}


def test_failing_handler_replaces_the_error() -> None:
    config = {
        "processors": [{"t_fail": {"message": "first", "on_failure": [{"t_fail": {"message": "second"}}]}}]
    }
    with pytest.raises(IllegalArgumentException, match=r"^second$"):
        run(config)


def test_failing_handler_reports_its_own_type_and_tag() -> None:
    doc = run(
        {
            "processors": [
                {"t_fail": {"tag": "a", "on_failure": [{"t_fail": {"tag": "b", "message": "second"}}]}}
            ],
            "on_failure": [{"t_snapshot_ingest": {"field": "seen"}}],
        }
    )
    assert source_of(doc) == {
        "seen": failure_seen(
            on_failure_message="second", on_failure_processor_type="t_fail", on_failure_processor_tag="b"
        )
    }


def test_processor_with_if_but_no_handler_reports_conditional() -> None:
    doc = run(
        {
            "processors": [{"t_fail": {"tag": "c1", "if": "True", "message": "bad"}}],
            "on_failure": [{"t_snapshot_ingest": {"field": "seen"}}],
        }
    )
    assert source_of(doc) == {
        "seen": failure_seen(
            on_failure_message="bad", on_failure_processor_type="conditional", on_failure_processor_tag="c1"
        )
    }


def test_processor_with_if_and_handler_reports_its_real_type() -> None:
    doc = run(
        {
            "processors": [
                {
                    "t_fail": {
                        "tag": "c1",
                        "if": "True",
                        "on_failure": [{"t_snapshot_ingest": {"field": "seen"}}],
                    }
                }
            ]
        }
    )
    assert doc.source["seen"]["on_failure_processor_type"] == "t_fail"


def test_error_in_if_is_not_ignored_by_ignore_failure() -> None:
    with pytest.raises(IllegalArgumentException, match=r"^cond$"):
        run({"processors": [{"t_fail": {"if": "iae('cond')", "ignore_failure": True}}]})


def test_on_failure_message_is_the_deepest_cause() -> None:
    doc = run(
        {
            "processors": [{"script": {"source": "npe('deep')"}}],
            "on_failure": [{"t_snapshot_ingest": {"field": "seen"}}],
        }
    )
    assert doc.source["seen"]["on_failure_message"] == "deep"
    assert doc.source["seen"]["on_failure_processor_type"] == "script"


def test_run_raises_the_unwrapped_exception() -> None:
    with pytest.raises(ScriptException) as caught:
        run({"processors": [{"script": {"source": "npe('deep')"}}]})
    assert not isinstance(caught.value, IngestProcessorException)
    assert caught.value.error_body()["caused_by"] == {"type": "null_pointer_exception", "reason": "deep"}


@pytest.mark.parametrize(
    ("condition", "expected"), [("ctx.get('go') == 1", {"go": 1, "ran": 1}), ("False", {"go": 1})]
)
def test_if_decides_whether_the_processor_runs(condition: str, expected: dict[str, Any]) -> None:
    doc = run({"processors": [{"t_set": {"field": "ran", "value": 1, "if": condition}}]}, {"go": 1})
    assert source_of(doc) == expected


def test_condition_params() -> None:
    config = {
        "processors": [
            {"t_set": {"field": "ran", "value": 1, "if": {"source": "params['x'] == 2", "params": {"x": 2}}}}
        ]
    }
    assert source_of(run(config)) == {"ran": 1}


def test_terminate_stops_the_current_pipeline() -> None:
    doc = run(
        {
            "processors": [
                {"t_set": {"field": "a", "value": 1}},
                {"terminate": {}},
                {"t_set": {"field": "b", "value": 1}},
            ]
        }
    )
    assert source_of(doc) == {"a": 1}
    assert doc.terminated is False


def test_drop_returns_none() -> None:
    assert run({"processors": [{"drop": {}}, {"t_fail": {}}]}) is None


def test_fail_processor_renders_its_template() -> None:
    with pytest.raises(FailProcessorException) as caught:
        run({"processors": [{"fail": {"message": "bad {{x}}"}}]}, {"x": "value"})
    assert caught.value.error_body() == {
        "root_cause": [{"type": "fail_processor_exception", "reason": "bad value"}],
        "type": "fail_processor_exception",
        "reason": "bad value",
    }


def test_script_sees_and_changes_the_document() -> None:
    doc = run(
        {"processors": [{"script": {"source": "ctx['b'] = ctx['a'] + params['n']", "params": {"n": 2}}}]},
        {"a": 1},
    )
    assert source_of(doc) == {"a": 1, "b": 3}


def test_script_may_not_make_the_document_contain_itself() -> None:
    with pytest.raises(
        IllegalArgumentException, match=r"^Iterable object is self-referencing itself \(ingest script\)$"
    ):
        run({"processors": [{"script": "ctx['a'] = {'b': ctx}"}]})


# ---------------------------------------------------------------------------------------------
# Nested pipelines


def write(dir_: Path, name: str, processors: list[Any], **extra: Any) -> Path:
    import json

    path = dir_ / f"{name}.json"
    path.write_text(json.dumps({"processors": processors, **extra}), encoding="utf-8")
    return path


def test_nested_pipeline_sets_and_restores_ingest_pipeline(tmp_path: Path) -> None:
    write(
        tmp_path,
        "inner",
        [
            {"t_snapshot_ingest": {"field": "in_inner"}},
            {"terminate": {}},
            {"t_set": {"field": "x", "value": 1}},
        ],
    )
    outer = write(
        tmp_path, "outer", [{"pipeline": {"name": "inner"}}, {"t_snapshot_ingest": {"field": "after"}}]
    )
    doc = Pipeline.load(outer).run({})
    # terminate ends only the inner pipeline; the outer one goes on
    assert source_of(doc) == {"in_inner": {"pipeline": "inner"}, "after": {"pipeline": "outer"}}


def test_nested_failure_reports_the_inner_processor_and_pipeline(tmp_path: Path) -> None:
    write(tmp_path, "inner", [{"t_fail": {"tag": "deep", "message": "bad"}}])
    outer = write(
        tmp_path,
        "outer",
        [{"pipeline": {"name": "inner", "tag": "call"}}],
        on_failure=[{"t_snapshot_ingest": {"field": "seen"}}],
    )
    doc = Pipeline.load(outer).run({})
    assert doc.source["seen"] == {
        "pipeline": "outer",
        "on_failure_message": "bad",
        "on_failure_processor_type": "t_fail",
        "on_failure_processor_tag": "deep",
        "on_failure_pipeline": "inner",
    }


def test_pipeline_name_is_a_template(tmp_path: Path) -> None:
    write(tmp_path, "target-a", [{"t_set": {"field": "hit", "value": "a"}}])
    outer = write(tmp_path, "outer", [{"pipeline": {"name": "target-{{which}}"}}])
    assert source_of(Pipeline.load(outer).run({"which": "a"})) == {"which": "a", "hit": "a"}


def test_missing_pipeline(tmp_path: Path) -> None:
    outer = write(tmp_path, "outer", [{"pipeline": {"name": "nope"}}])
    with pytest.raises(
        IllegalStateException, match=r"^Pipeline processor configured for non-existent pipeline \[nope\]$"
    ):
        Pipeline.load(outer).run({})
    ignoring = write(
        tmp_path,
        "ignoring",
        [
            {"pipeline": {"name": "nope", "ignore_missing_pipeline": True}},
            {"t_set": {"field": "a", "value": 1}},
        ],
    )
    assert source_of(Pipeline.load(ignoring).run({})) == {"a": 1}


def test_cycle_is_detected(tmp_path: Path) -> None:
    write(tmp_path, "b", [{"pipeline": {"name": "a"}}])
    a = write(tmp_path, "a", [{"pipeline": {"name": "b"}}])
    with pytest.raises(GraphStructureException, match=r"^Cycle detected for pipeline: a$"):
        Pipeline.load(a).run({})


@pytest.mark.parametrize(("depth", "fails"), [(100, False), (101, True)])
def test_at_most_100_nested_pipelines(tmp_path: Path, depth: int, fails: bool) -> None:
    for i in range(depth):
        processors = (
            [{"pipeline": {"name": f"p{i + 1}"}}]
            if i + 1 < depth
            else [{"t_set": {"field": "end", "value": i}}]
        )
        write(tmp_path, f"p{i}", processors)
    pipeline = Pipeline.load(tmp_path / "p0.json")
    if fails:
        with pytest.raises(
            GraphStructureException,
            match=r"^Too many nested pipelines\. Cannot have more than 100 nested pipelines$",
        ):
            pipeline.run({})
    else:
        assert source_of(pipeline.run({})) == {"end": depth - 1}


def test_drop_in_nested_pipeline_drops_the_document(tmp_path: Path) -> None:
    write(tmp_path, "inner", [{"drop": {}}])
    outer = write(tmp_path, "outer", [{"pipeline": {"name": "inner"}}, {"t_fail": {}}])
    assert Pipeline.load(outer).run({}) is None


def test_unloadable_nested_pipeline_fails_each_document(tmp_path: Path) -> None:
    write(tmp_path, "broken", [{"nope": {}}])
    outer = write(tmp_path, "outer", [{"pipeline": {"name": "broken"}}])
    with pytest.raises(
        IllegalStateException, match=r"^pipeline with id \[broken\] could not be loaded, caused by \["
    ):
        Pipeline.load(outer).run({})


def test_empty_pipeline_leaves_no_trace() -> None:
    doc = run({"processors": []}, {"a": 1})
    assert source_of(doc) == {"a": 1} and set(doc.ingest) == {"timestamp"}


def test_metadata_defaults_of_run() -> None:
    doc = run({"processors": []}, {"a": 1}, pipeline_id="x")
    assert doc.metadata() == {"_index": "_index", "_version": -3, "_id": "_id"}
    doc = Pipeline.load({"processors": []}).run({}, index="logs-x", doc_id="7")
    assert (doc.source["_index"], doc.source["_id"]) == ("logs-x", "7")


def test_errors_are_java_exceptions() -> None:
    with pytest.raises(JavaException):
        run({"processors": [{"t_fail": {}}]})
