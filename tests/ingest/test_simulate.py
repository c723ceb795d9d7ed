"""The `_simulate` request and response (spec §2.4, §2.5; SimulatePipelineRequest, WriteableIngestDocument,
SimulateProcessorResult, TrackingResultProcessor)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from test_pipeline_support import fake_painless  # noqa: F401 - fixture

from s1elastic.ingest import render
from s1elastic.ingest.pipeline import Pipeline
from s1elastic.ingest.simulate import simulate, simulate_request

pytestmark = pytest.mark.usefixtures("fake_painless")
TIMESTAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3,9}Z$")


def rendered(value: Any) -> Any:
    """The response as a client reads it: through Elasticsearch's JSON text, timestamps checked and masked."""
    data = json.loads(render.dumps(value))

    def mask(node: Any) -> Any:
        if isinstance(node, dict):
            out = {}
            for key, item in node.items():
                if key == "_ingest" and isinstance(item, dict) and "timestamp" in item:
                    assert TIMESTAMP.match(item["timestamp"]), item["timestamp"]
                    item = {**item, "timestamp": "<ts>"}
                out[key] = mask(item)
            return out
        if isinstance(node, list):
            return [mask(x) for x in node]
        return node

    return mask(data)


def bad_request(reason: str, type_: str = "illegal_argument_exception", **meta: Any) -> dict[str, Any]:
    entry = {"type": type_, "reason": reason, **meta}
    return {"error": {"root_cause": [dict(entry)], **entry}, "status": 400}


NOOP = Pipeline.load({"processors": [{"t_set": {"field": "x", "value": 1}}]})


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({}, bad_request("[docs] required property is missing", "parse_exception", property_name="docs")),
        ({"docs": []}, bad_request("must specify at least one document in [docs]")),
        ({"docs": [1]}, bad_request("malformed [docs] section, should include an inner object")),
        (
            {"docs": [{}]},
            bad_request("[_source] required property is missing", "parse_exception", property_name="_source"),
        ),
        ({"docs": [{"_source": {}, "_version": None}]}, bad_request("[_version] cannot be null")),
        (
            {"docs": [{"_source": {}, "_version": "x"}]},
            bad_request('For input string: "x"', "number_format_exception"),
        ),
        ({"docs": [{"_source": {}, "_version_type": "nope"}]}, bad_request("No version type match [nope]")),
        ({"docs": [{"_source": {"_id": "a"}}]}, bad_request("unexpected metadata [_id:a] in source")),
        (
            {"docs": [{"_source": {}, "_index": True}]},
            bad_request(
                "[_index] property isn't a string or int, but of type [java.lang.Boolean]",
                "parse_exception",
                property_name="_index",
            ),
        ),
    ],
    ids=[
        "no-docs",
        "empty-docs",
        "doc-not-object",
        "no-source",
        "null-version",
        "bad-version",
        "bad-version-type",
        "metadata-in-source",
        "bad-index",
    ],
)
def test_bad_requests(body: dict[str, Any], expected: dict[str, Any]) -> None:
    status, response = simulate(NOOP, body)
    assert (status, rendered(response)) == (400, expected)


def test_inline_pipeline_required_and_refused_with_400() -> None:
    status, response = simulate_request({"docs": [{"_source": {}}]})
    assert status == 400
    assert response["error"]["reason"] == "[pipeline] required property is missing"
    status, response = simulate_request(
        {"pipeline": {"processors": [{"nope": {}}]}, "docs": [{"_source": {}}]}
    )
    assert (status, response["error"]["type"]) == (400, "parse_exception")


def test_document_shape_metadata_as_strings() -> None:
    body = {
        "docs": [
            {"_source": {"a": 1.50}},
            {
                "_index": 7,
                "_id": "x",
                "_routing": "r",
                "_version": "12",
                "_version_type": "external_gt",
                "_if_seq_no": 5,
                "_source": {},
            },
        ]
    }
    status, response = simulate(NOOP, body)
    assert status == 200
    assert rendered(response) == {
        "docs": [
            {
                "doc": {
                    "_index": "_index",
                    "_version": "-3",
                    "_id": "_id",
                    "_source": {"a": 1.5, "x": 1},
                    "_ingest": {"timestamp": "<ts>"},
                }
            },
            {
                "doc": {
                    "_index": "7",
                    "_version": "12",
                    "_id": "x",
                    "_routing": "r",
                    "_version_type": "external",
                    "_if_seq_no": "5",
                    "_source": {"x": 1},
                    "_ingest": {"timestamp": "<ts>"},
                }
            },
        ]
    }


def test_dropped_and_failed_documents() -> None:
    pipeline = Pipeline.load(
        {"processors": [{"drop": {"if": "ctx.get('d')"}}, {"t_fail": {"message": "no"}}]}
    )
    _, response = simulate(pipeline, {"docs": [{"_source": {"d": True}}, {"_source": {}}]})
    assert rendered(response) == {
        "docs": [
            None,
            {
                "error": {
                    "root_cause": [{"type": "illegal_argument_exception", "reason": "no"}],
                    "type": "illegal_argument_exception",
                    "reason": "no",
                }
            },
        ]
    }


def doc_json(source: dict[str, Any], **ingest: Any) -> dict[str, Any]:
    return {
        "_index": "_index",
        "_version": "-3",
        "_id": "_id",
        "_source": source,
        "_ingest": {"timestamp": "<ts>", **ingest},
    }


def test_verbose_statuses_and_snapshots() -> None:
    pipeline = Pipeline.load(
        {
            "processors": [
                {"t_set": {"tag": "s1", "description": "first", "field": "a", "value": 1}},
                {"t_set": {"field": "b", "value": 1, "if": "False"}},
                {"t_fail": {"tag": "f", "ignore_failure": True, "message": "ignored"}},
                {"t_set": {"field": "a", "value": 2, "if": "True"}},
                {"t_fail": {"message": "handled", "on_failure": [{"t_set": {"field": "h", "value": 1}}]}},
                {"drop": {}},
            ]
        }
    )
    _, response = simulate(pipeline, {"docs": [{"_source": {}}]}, verbose=True)
    iae = {"type": "illegal_argument_exception"}
    assert rendered(response) == {
        "docs": [
            {
                "processor_results": [
                    {
                        "processor_type": "t_set",
                        "status": "success",
                        "description": "first",
                        "tag": "s1",
                        "doc": doc_json({"a": 1}, pipeline="_simulate_pipeline"),
                    },
                    {
                        "processor_type": "t_set",
                        "status": "skipped",
                        "if": {"condition": "False", "result": False},
                    },
                    {
                        "processor_type": "t_fail",
                        "status": "error_ignored",
                        "tag": "f",
                        "ignored_error": {
                            "error": {
                                "root_cause": [{**iae, "reason": "ignored"}],
                                **iae,
                                "reason": "ignored",
                            }
                        },
                        "doc": doc_json({"a": 1}, pipeline="_simulate_pipeline"),
                    },
                    {
                        "processor_type": "t_set",
                        "status": "success",
                        "if": {"condition": "True", "result": True},
                        "doc": doc_json({"a": 2}, pipeline="_simulate_pipeline"),
                    },
                    {
                        "processor_type": "t_fail",
                        "status": "error",
                        "error": {"root_cause": [{**iae, "reason": "handled"}], **iae, "reason": "handled"},
                    },
                    {
                        "processor_type": "t_set",
                        "status": "success",
                        "doc": doc_json(
                            {"a": 2, "h": 1},
                            pipeline="_simulate_pipeline",
                            on_failure_message="handled",
                            on_failure_processor_type="t_fail",
                            on_failure_processor_tag=None,
                            on_failure_pipeline="_simulate_pipeline",
                        ),
                    },
                    {"processor_type": "drop", "status": "dropped"},
                ]
            }
        ]
    }


def test_verbose_reports_real_type_where_non_verbose_says_conditional() -> None:
    pipeline = Pipeline.load(
        {
            "processors": [{"t_fail": {"if": "True", "message": "x"}}],
            "on_failure": [{"t_snapshot_ingest": {"field": "seen"}}],
        }
    )
    _, plain = simulate(pipeline, {"docs": [{"_source": {}}]})
    _, verbose = simulate(pipeline, {"docs": [{"_source": {}}]}, verbose=True)
    assert plain["docs"][0]["doc"]["_source"]["seen"]["on_failure_processor_type"] == "conditional"
    last = verbose["docs"][0]["processor_results"][-1]
    assert last["doc"]["_source"]["seen"]["on_failure_processor_type"] == "t_fail"


def test_verbose_flattens_nested_pipelines(tmp_path: Path) -> None:
    (tmp_path / "inner.json").write_text(json.dumps({"processors": [{"t_set": {"field": "in", "value": 1}}]}))
    pipeline = Pipeline.load(
        {
            "processors": [
                {"pipeline": {"name": "inner", "tag": "call"}},
                {"t_set": {"field": "out", "value": 1}},
            ]
        },
        pipelines_dir=tmp_path,
    )
    _, response = simulate(pipeline, {"docs": [{"_source": {}}]}, verbose=True)
    assert rendered(response)["docs"][0]["processor_results"] == [
        {"processor_type": "pipeline", "status": "success", "tag": "call"},
        {"processor_type": "t_set", "status": "success", "doc": doc_json({"in": 1}, pipeline="inner")},
        {
            "processor_type": "t_set",
            "status": "success",
            "doc": doc_json({"in": 1, "out": 1}, pipeline="_simulate_pipeline"),
        },
    ]


def test_verbose_missing_pipeline_is_illegal_argument() -> None:
    pipeline = Pipeline.load({"processors": [{"pipeline": {"name": "nope"}}]})
    _, response = simulate(pipeline, {"docs": [{"_source": {}}]}, verbose=True)
    (result,) = response["docs"][0]["processor_results"]
    assert result["status"] == "error"
    assert result["error"]["type"] == "illegal_argument_exception"
    assert result["error"]["reason"] == "Pipeline processor configured for non-existent pipeline [nope]"


def test_verbose_cycle_is_reported_on_the_pipeline_processor(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text(json.dumps({"processors": [{"pipeline": {"name": "a"}}]}))
    pipeline = Pipeline.load(tmp_path / "a.json")
    _, response = simulate(pipeline, {"docs": [{"_source": {}}]}, verbose=True)
    (result,) = response["docs"][0]["processor_results"]
    assert result["processor_type"] == "pipeline" and result["status"] == "error"
    assert result["error"]["type"] == "graph_structure_exception"
    assert result["error"]["reason"] == "Cycle detected for pipeline: a"


SELF_REFERENCE_REFUSED = {
    "error": {
        "root_cause": [
            {"type": "illegal_argument_exception", "reason": "Iterable object is self-referencing itself"}
        ],
        "type": "illegal_argument_exception",
        "reason": "Iterable object is self-referencing itself",
    },
    "status": 400,
}


@pytest.mark.parametrize(
    ("after", "verbose", "status", "expected"),
    [
        pytest.param([], False, 400, SELF_REFERENCE_REFUSED, id="kept-cycle"),
        pytest.param([], True, 400, SELF_REFERENCE_REFUSED, id="kept-cycle-verbose"),
        pytest.param(
            [{"remove": {"field": "loop"}}],
            False,
            200,
            {"docs": [{"doc": doc_json({"n": 1})}]},
            id="cycle-removed-later",
        ),
    ],
)
def test_a_document_that_contains_itself_cannot_be_returned(
    after: list[dict[str, Any]], verbose: bool, status: int, expected: dict[str, Any]
) -> None:
    # the script's own check fails, ignore_failure keeps the document with the cycle in it
    script = {"script": {"source": "ctx['loop'] = [ctx]", "ignore_failure": True}}
    pipeline = Pipeline.load({"processors": [script, *after]})
    code, response = simulate(pipeline, {"docs": [{"_source": {"n": 1}}]}, verbose=verbose)
    assert (code, rendered(response)) == (status, expected)
