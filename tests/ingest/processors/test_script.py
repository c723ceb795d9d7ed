"""script processor: option parsing like Script.parse; execution with ctx = the document."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from test_pipeline_support import fake_painless  # noqa: F401

from s1elastic.ingest.errors import IllegalArgumentException, JavaException
from s1elastic.ingest.javatypes import JavaSet, JFloat, JLong, ZonedDateTime
from s1elastic.ingest.pipeline import Pipeline
from s1elastic.ingest.processors.script import ensure_no_self_references

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


def _nested(depth: int, leaf: object) -> list[object]:
    outer: list[object] = []
    current = outer
    for _ in range(depth):
        inner: list[object] = []
        current.append(inner)
        current = inner
    current.append(leaf)
    return outer


def _cyclic_map() -> dict[str, object]:
    inner: dict[str, object] = {"k": 1}
    inner["self"] = [inner]
    return {"a": inner}


_SHARED = {"x": 1}


@pytest.mark.parametrize(
    ("root", "cyclic"),
    [
        pytest.param({"a": {"b": [1, "s", None, True, 1.5]}}, False, id="tree"),
        pytest.param({"a": _SHARED, "b": [_SHARED, _SHARED]}, False, id="shared-is-legal"),
        pytest.param(
            {"f": JFloat(1.5), "l": JLong(3), "s": JavaSet([1]), "b": b"x", 5: "int-key"},
            False,
            id="java-values",
        ),
        pytest.param({"d": ZonedDateTime.now_utc(), (1, 2): "tuple-key"}, False, id="odd-key"),
        pytest.param({"deep": _nested(400, {"x": 1})}, False, id="deep-acyclic"),
        pytest.param(_cyclic_map(), True, id="map-in-itself"),
        pytest.param({"deep": _nested(400, _cyclic_map())}, True, id="deep-cycle"),
    ],
)
def test_self_references(root: dict[object, object], cyclic: bool) -> None:
    if cyclic:
        with pytest.raises(
            IllegalArgumentException, match=r"^Iterable object is self-referencing itself \(ingest script\)$"
        ):
            ensure_no_self_references(root)  # type: ignore[arg-type]
    else:
        ensure_no_self_references(root)  # type: ignore[arg-type]


def test_a_script_that_does_not_note_its_stores_gets_the_whole_walk() -> None:
    # the fake scripts (Python statements) do not note stores: every run walks the whole document
    pipeline = Pipeline.load({"processors": [{"script": {"source": "ctx['me'] = [ctx]"}}]})
    with pytest.raises(JavaException) as caught:
        pipeline.run({})
    assert caught.value.error_body()["reason"] == "Iterable object is self-referencing itself (ingest script)"


def test_the_processor_module_loads_without_painless() -> None:
    code = (
        "import sys; import s1elastic.ingest.processors.script; "
        "sys.exit('s1elastic.ingest.painless' in sys.modules)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
