"""Golden `_simulate` cases (tests/ingest/simulate_cases/*): request + expected response files."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from s1elastic.ingest import render
from s1elastic.ingest.pipeline import Pipeline
from s1elastic.ingest.simulate import simulate

CASES = Path(__file__).parent / "simulate_cases"
TIMESTAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3,9}Z$")


def _mask_timestamps(node: Any) -> Any:
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if key == "_ingest" and isinstance(value, dict) and "timestamp" in value:
                assert TIMESTAMP.match(value["timestamp"]), value["timestamp"]
                value = {**value, "timestamp": "<timestamp>"}
            out[key] = _mask_timestamps(value)
        return out
    if isinstance(node, list):
        return [_mask_timestamps(item) for item in node]
    return node


@pytest.mark.parametrize("case", sorted(p for p in CASES.iterdir() if p.is_dir()), ids=lambda p: p.name)
def test_simulate_case(case: Path) -> None:
    params = json.loads((case / "params.json").read_text()) if (case / "params.json").exists() else {}
    pipelines = case / "pipelines"
    pipeline = Pipeline.load(case / "pipeline.yml", pipelines_dir=pipelines if pipelines.is_dir() else None)
    body = render.loads((case / "request.json").read_text())
    status, response = simulate(pipeline, body, verbose=bool(params.get("verbose")))
    assert status == 200
    actual = _mask_timestamps(json.loads(render.dumps(response)))
    assert actual == json.loads((case / "expected.json").read_text())
