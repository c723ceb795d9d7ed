"""NDJSON output: one line per document, fsync before ack, torn-tail repair, rotation, sharing."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import orjson
import pytest

from s1elastic.outputs import Batch, Document, NdjsonOutput, OutputError, build_output
from s1elastic.outputs.ndjson import read_documents

INDEX = "logs-sentinel_one.activity-default"


def docs(n: int, start: int = 0, index: str = INDEX) -> list[Document]:
    return [Document(index, orjson.dumps({"n": i}), f"id-{i}") for i in range(start, start + n)]


def test_lines_carry_index_id_and_source(tmp_path: Path) -> None:
    out = NdjsonOutput(tmp_path)
    ack = out.write(Batch("prod", "activity", [*docs(2), Document(INDEX, b'{"x":1}')]))
    assert ack.complete and ack.accepted == 3
    assert (tmp_path / f"{INDEX}.ndjson").read_bytes() == (
        b'{"_index":"logs-sentinel_one.activity-default","_id":"id-0","_source":{"n":0}}\n'
        b'{"_index":"logs-sentinel_one.activity-default","_id":"id-1","_source":{"n":1}}\n'
        b'{"_index":"logs-sentinel_one.activity-default","_source":{"x":1}}\n'
    )
    assert oct((tmp_path / f"{INDEX}.ndjson").stat().st_mode & 0o777) == "0o600"


def test_one_file_per_data_stream(tmp_path: Path) -> None:
    out = NdjsonOutput(tmp_path)
    out.write(Batch("prod", "mixed", [*docs(1), *docs(1, 5, "logs-sentinel_one.group-default")]))
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "logs-sentinel_one.activity-default.ndjson",
        "logs-sentinel_one.group-default.ndjson",
    ]


def test_a_torn_last_line_from_a_killed_writer_is_cut_before_appending(tmp_path: Path) -> None:
    path = tmp_path / f"{INDEX}.ndjson"
    path.write_bytes(b'{"_index":"a","_source":{"n":0}}\n{"_index":"a","_sour')
    NdjsonOutput(tmp_path).write(Batch("prod", "activity", docs(1, 7)))
    assert [d["_source"] for d in read_documents(path)] == [{"n": 0}, {"n": 7}]


def test_rotation_by_size(tmp_path: Path) -> None:
    out = NdjsonOutput(tmp_path, max_bytes=2048, clock=lambda: datetime(2024, 3, 1, 12, tzinfo=UTC))
    for i in range(10):
        out.write(Batch("prod", "activity", docs(10, i * 10)))
    files = sorted(tmp_path.iterdir())
    rotated = [f for f in files if f.name != f"{INDEX}.ndjson"]
    assert rotated and all(f.name.startswith(f"{INDEX}-20240301T120000-") for f in rotated)
    numbers = [d["_source"]["n"] for f in files for d in read_documents(f)]
    assert sorted(numbers) == list(range(100))


def test_two_writers_share_a_file_and_follow_rotation(tmp_path: Path) -> None:
    a, b = NdjsonOutput(tmp_path, max_bytes=1500), NdjsonOutput(tmp_path, max_bytes=1500)
    for i in range(10):
        (a if i % 2 else b).write(Batch("prod", "activity", docs(5, i * 5)))
    numbers = sorted(d["_source"]["n"] for f in tmp_path.iterdir() for d in read_documents(f))
    assert numbers == list(range(50))


def test_build_output_from_config(tmp_path: Path) -> None:
    out = build_output({"type": "ndjson", "path": str(tmp_path / "o"), "max_bytes": 4096})
    assert isinstance(out, NdjsonOutput) and out.max_bytes == 4096


def test_write_failure_is_an_output_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(OutputError):
        NdjsonOutput(blocker / "sub").write(Batch("prod", "activity", docs(1)))
