"""The CLI wiring of check, test pipeline and build (exit codes and output lines)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from s1elastic.cli import main
from s1elastic.package.engine import default_engine

FIXTURE = Path(__file__).resolve().parents[1] / "package" / "fixtures" / "minimal"


@pytest.fixture
def pkg(tmp_path: Path) -> Path:
    root = tmp_path / "pkg"
    shutil.copytree(FIXTURE, root)
    return root


def test_check_clean_prints_a_summary(pkg: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--package", str(pkg)]) == 0
    out = capsys.readouterr().out
    assert out == "demo_pkg 1.1.0: 14 files in 1 data streams, no problems\n"


def test_check_problems_exit_1_with_one_line_each(pkg: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (pkg / "data_stream/events/poll.yml").write_text(
        (pkg / "data_stream/events/poll.yml").read_text().replace("page_size: 100", "page_size: 0")
    )
    assert main(["check", "--package", str(pkg)]) == 1
    assert (
        capsys.readouterr().out
        == "data_stream/events/poll.yml: field page_size: Must be greater than or equal to 1\n"
    )


def test_check_without_manifest(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--package", str(tmp_path)]) == 1
    assert "no package manifest" in capsys.readouterr().err


def test_test_pipeline_prints_a_table_and_exits_by_result(
    pkg: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if default_engine() is None:
        pytest.skip("ingest engine not installed")
    assert main(["test", "pipeline", "--package", str(pkg), "-d", "events"]) == 0
    out = capsys.readouterr().out
    assert "test-basic.json" in out and "pass" in out
    assert out.rstrip().endswith("1 passed, 0 failed")
    expected = pkg / "data_stream/events/_dev/test/pipeline/test-basic.json-expected.json"
    expected.write_text(expected.read_text().replace('"high"', '"low"'))
    assert main(["test", "pipeline", "--package", str(pkg)]) == 1
    assert capsys.readouterr().out.rstrip().endswith("0 passed, 1 failed")


def test_test_pipeline_unknown_stream(pkg: Path, capsys: pytest.CaptureFixture[str]) -> None:
    if default_engine() is None:
        pytest.skip("ingest engine not installed")
    assert main(["test", "pipeline", "--package", str(pkg), "-d", "nope"]) == 1
    assert "no data stream named 'nope'" in capsys.readouterr().err


def test_build_writes_under_the_given_folder(
    pkg: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["build", "--package", str(pkg), "--out", str(tmp_path / "out")]) == 0
    assert (tmp_path / "out/packages/demo_pkg-1.1.0.zip").is_file()
    assert "12 files" in capsys.readouterr().out
