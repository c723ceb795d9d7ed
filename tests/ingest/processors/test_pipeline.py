"""pipeline processor: options and resolution by file stem."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from s1elastic.ingest.errors import IllegalStateException, ParseException
from s1elastic.ingest.pipeline import Pipeline


def test_name_is_required() -> None:
    with pytest.raises(ParseException, match=r"^\[name\] required property is missing$"):
        Pipeline.load({"processors": [{"pipeline": {}}]})


@pytest.mark.parametrize("ext", [".yml", ".yaml", ".json"])
def test_resolves_by_stem(tmp_path: Path, ext: str) -> None:
    (tmp_path / f"inner{ext}").write_text(json.dumps({"processors": [{"drop": {}}]}))
    assert (
        Pipeline.load({"processors": [{"pipeline": {"name": "inner"}}]}, pipelines_dir=tmp_path).run({})
        is None
    )


def test_no_pipelines_dir_means_missing() -> None:
    with pytest.raises(IllegalStateException):
        Pipeline.load({"processors": [{"pipeline": {"name": "inner"}}]}).run({})
