"""terminate: ends the pipeline that runs it; the calling pipeline continues."""

from __future__ import annotations

import json
from pathlib import Path

from s1elastic.ingest.pipeline import Pipeline


def test_terminate_skips_the_rest(tmp_path: Path) -> None:
    (tmp_path / "inner.json").write_text(json.dumps({"processors": [{"terminate": {}}, {"drop": {}}]}))
    outer = {"processors": [{"pipeline": {"name": "inner"}}, {"terminate": {}}, {"drop": {}}]}
    doc = Pipeline.load(outer, pipelines_dir=tmp_path).run({"a": 1})
    assert doc is not None and doc.source_fields() == {"a": 1}
