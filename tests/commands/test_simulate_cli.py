"""`s1elastic simulate`: flags, the JSON line it prints, the private token file, a real request."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from s1elastic.cli import build_parser
from s1elastic.commands.simulate import UsageError, build_config
from s1elastic.simulator.faults import RateLimit, ServerErrors


def parse(*argv: str):
    return build_parser().parse_args(["simulate", *argv])


def test_flags_build_the_config() -> None:
    cfg = build_config(
        parse(
            "--seed",
            "3",
            "--activities",
            "5000",
            "--threats",
            "40",
            "--history",
            "activities=6h",
            "--live-rate",
            "activities=5/s",
            "--live-rate",
            "threats=60/m",
            "--fault",
            "rate-limit:activities:5",
            "--fault",
            "5xx:0.05",
            "--token-ttl",
            "1h",
            "--anchor",
            "2026-01-01T00:00:00Z",
        )
    )
    assert cfg.seed == 3
    assert dict(cfg.counts) == {"activities": 5000, "threats": 40}
    assert dict(cfg.history) == {"activities": 21600.0}
    assert dict(cfg.live_rates) == {"activities": 5.0, "threats": 1.0}
    assert list(cfg.faults) == [RateLimit("activities", 5.0, 5.0), ServerErrors(0.05)]
    assert cfg.token_ttl == 3600.0
    assert cfg.anchor is not None and cfg.anchor.timestamp() == 1767225600


def test_live_rate_defaults_and_switch_off() -> None:
    assert dict(build_config(parse()).live_rates) == {"activities": 1.0, "alerts": 0.1}
    assert dict(build_config(parse("--live-rate", "0")).live_rates) == {}
    assert dict(build_config(parse("--live-rate", "10/s")).live_rates) == {"activities": 10.0, "alerts": 10.0}


@pytest.mark.parametrize(
    "argv",
    [("--fault", "boom"), ("--live-rate", "fast"), ("--history", "nothing=1d"), ("--token-ttl", "soon")],
    ids=["fault", "rate", "history", "ttl"],
)
def test_bad_flags_are_usage_errors(argv: tuple[str, ...]) -> None:
    with pytest.raises(UsageError):
        build_config(parse(*argv))


def test_help_documents_the_fault_syntax(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["simulate", "--help"])
    out = capsys.readouterr().out
    for spec in (
        "rate-limit:ENDPOINT:RATE",
        "5xx:PROB",
        "slow:DURATION",
        "drop:PROB",
        "truncate:PROB",
        "malformed:PROB",
        "token-expiry:DURATION",
        "alerts-403",
        "late:PROB:DELAY",
        "--live-rate",
    ):
        assert spec in out


def test_the_process_serves_and_keeps_the_token_private(tmp_path: Path) -> None:
    token_file = tmp_path / "token"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "s1elastic.cli",
            "simulate",
            "--port",
            "0",
            "--activities",
            "500",
            "--token-file",
            str(token_file),
            "--duration",
            "30s",
            "--fault",
            "alerts-403",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
    )
    try:
        assert proc.stdout is not None
        info = json.loads(proc.stdout.readline())
        token = token_file.read_text().strip()
        assert os.stat(token_file).st_mode & 0o777 == 0o600
        assert len(token) == 80 and token not in json.dumps(info)
        headers = {"Authorization": f"ApiToken {token}"}
        r = httpx.get(info["api_url"] + "/activities", params={"countOnly": "true"}, headers=headers)
        assert r.json()["pagination"]["totalItems"] >= 500
        assert httpx.get(info["api_url"] + "/cloud-detection/alerts", headers=headers).status_code == 403
        assert httpx.get(info["stats_url"]).json()["totals"]["requests"] == 2
    finally:
        proc.terminate()
        out, err = proc.communicate(timeout=20)
    assert proc.returncode == 0
    assert token not in out + err


def test_invalid_flags_exit_2(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "s1elastic.cli", "simulate", "--fault", "nope"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )
    assert result.returncode == 2
    assert "unknown fault" in result.stderr
