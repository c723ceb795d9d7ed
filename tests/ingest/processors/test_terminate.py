"""terminate: ends the pipeline that runs it; the calling pipeline continues."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from s1elastic.ingest.pipeline import Pipeline


def test_terminate_skips_the_rest(tmp_path: Path) -> None:
    (tmp_path / "inner.json").write_text(json.dumps({"processors": [{"terminate": {}}, {"drop": {}}]}))
    outer = {"processors": [{"pipeline": {"name": "inner"}}, {"terminate": {}}, {"drop": {}}]}
    doc = Pipeline.load(outer, pipelines_dir=tmp_path).run({"a": 1})
    assert doc is not None and doc.source_fields() == {"a": 1}


# Where a terminate may sit: each must stop the set that follows it (the loop checks only when a
# terminate can be reached, so every nesting must be seen).
@pytest.mark.parametrize(
    "terminating",
    [
        pytest.param({"terminate": {}}, id="plain"),
        pytest.param({"terminate": {"if": "ctx.a == 1"}}, id="conditional"),
        pytest.param(
            {"terminate": {"tag": "t", "on_failure": [{"set": {"field": "x", "value": 1}}]}}, id="handled"
        ),
        pytest.param({"fail": {"message": "m", "on_failure": [{"terminate": {}}]}}, id="in-on-failure"),
        pytest.param(
            {"fail": {"message": "m", "if": "ctx.a == 1", "on_failure": [{"terminate": {}}]}}, id="cond-onf"
        ),
        pytest.param({"foreach": {"field": "l", "processor": {"terminate": {}}}}, id="in-foreach"),
    ],
)
def test_terminate_anywhere_stops_the_pipeline(terminating: dict[str, Any]) -> None:
    config = {
        "processors": [
            {"set": {"field": "before", "value": 1}},
            terminating,
            {"set": {"field": "after", "value": 1}},
        ]
    }
    doc = Pipeline.load(config).run({"a": 1, "l": [1]})
    assert doc is not None
    assert "before" in doc.source_fields()
    assert "after" not in doc.source_fields()


def test_without_terminate_every_processor_runs() -> None:
    config = {
        "processors": [
            {"set": {"field": "x", "value": 1, "if": "ctx.a == 1"}},
            {"set": {"field": "y", "value": 2}},
        ]
    }
    doc = Pipeline.load(config).run({"a": 1})
    assert doc is not None and doc.source_fields() == {"a": 1, "x": 1, "y": 2}
