"""`s1elastic pipeline simulate`: request from a file or stdin, response JSON, refusals exit 1."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from s1elastic.cli import main


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_simulate_from_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pipeline = write(tmp_path / "p.yml", "processors:\n  - set: {field: a, value: 1}\n")
    request = write(tmp_path / "r.json", '{"docs": [{"_source": {"b": 2}}]}')
    assert main(["pipeline", "simulate", str(pipeline), str(request)]) == 0
    response = json.loads(capsys.readouterr().out)
    doc = response["docs"][0]["doc"]
    assert doc["_source"] == {"a": 1, "b": 2}
    assert (doc["_index"], doc["_id"], doc["_version"]) == ("_index", "_id", "-3")


def test_simulate_from_stdin_verbose_pretty(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    pipeline = write(tmp_path / "p.yml", "processors:\n  - drop: {tag: d}\n")
    monkeypatch.setattr("sys.stdin", io.StringIO('{"docs": [{"_source": {}}]}'))
    assert main(["pipeline", "simulate", str(pipeline), "--verbose", "--pretty"]) == 0
    out = capsys.readouterr().out
    assert '"processor_type" : "drop"' in out
    assert json.loads(out) == {
        "docs": [{"processor_results": [{"processor_type": "drop", "status": "dropped", "tag": "d"}]}]
    }


def test_nested_pipelines_from_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "lib").mkdir()
    write(tmp_path / "lib" / "inner.yml", "processors:\n  - set: {field: inner, value: true}\n")
    pipeline = write(tmp_path / "p.yml", "processors:\n  - pipeline: {name: inner}\n")
    request = write(tmp_path / "r.json", '{"docs": [{"_source": {}}]}')
    assert (
        main(["pipeline", "simulate", str(pipeline), str(request), "--pipelines", str(tmp_path / "lib")]) == 0
    )
    assert json.loads(capsys.readouterr().out)["docs"][0]["doc"]["_source"] == {"inner": True}


def test_refused_pipeline_prints_error_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pipeline = write(tmp_path / "p.yml", "processors:\n  - nope: {}\n")
    request = write(tmp_path / "r.json", '{"docs": [{"_source": {}}]}')
    assert main(["pipeline", "simulate", str(pipeline), str(request)]) == 1
    reason = "No processor type exists with name [nope]"
    entry = {"type": "parse_exception", "reason": reason, "processor_type": "nope"}
    assert json.loads(capsys.readouterr().out) == {"error": {"root_cause": [entry], **entry}, "status": 400}


def test_refused_request_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pipeline = write(tmp_path / "p.yml", "processors:\n  - drop: {}\n")
    request = write(tmp_path / "r.json", '{"docs": []}')
    assert main(["pipeline", "simulate", str(pipeline), str(request)]) == 1
    out = json.loads(capsys.readouterr().out)
    assert out["status"] == 400 and out["error"]["reason"] == "must specify at least one document in [docs]"
