"""script processor: option parsing like Script.parse; execution with ctx = the document."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from test_pipeline_support import fake_painless  # noqa: F401

from s1elastic.ingest.errors import JavaException
from s1elastic.ingest.pipeline import Pipeline

pytestmark = pytest.mark.usefixtures("fake_painless")


def test_inline_alias_and_params() -> None:
    pipeline = Pipeline.load(
        {"processors": [{"script": {"inline": "ctx['x'] = params['v']", "params": {"v": 3}}}]}
    )
    doc = pipeline.run({})
    assert doc is not None and doc.source["x"] == 3


@pytest.mark.parametrize(
    ("options", "reason"),
    [
        ({"source": "x", "id": "y"}, "[1:15] [script] failed to parse field [id]"),
        ({"source": 5}, "[1:2] [script] source doesn't support values of type: VALUE_NUMBER"),
        (
            {"source": "x", "params": "p"},
            "[1:15] [script] params doesn't support values of type: VALUE_STRING",
        ),
    ],
    ids=["source-and-id", "source-number", "params-string"],
)
def test_bad_script_options(options: dict[str, object], reason: str) -> None:
    with pytest.raises(JavaException) as caught:
        Pipeline.load({"processors": [{"script": options}]})
    body = caught.value.error_body()
    assert body["type"] == "exception"
    assert body["caused_by"]["type"] == "x_content_parse_exception"
    assert body["caused_by"]["reason"] == reason


def test_options_other_than_content_type_are_refused() -> None:
    with pytest.raises(JavaException) as caught:
        Pipeline.load({"processors": [{"script": {"source": "x", "options": {"a": "b"}}}]})
    assert caught.value.error_body()["caused_by"]["reason"] == "illegal compiler options [{a=b}] specified"
