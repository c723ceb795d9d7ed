"""`s1elastic run/backfill/status/reconcile` in a subprocess against a fake console over real HTTP."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import orjson
import pytest
import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "poller"))
from poller_fakes import (  # noqa: E402
    ACTIVITY_SPEC,
    API,
    GROUP_SPEC,
    FakeConsole,
    Resource,
    activities,
    serve,
    write_package,
)

sys.path.remove(str(HERE.parent / "poller"))
TOKEN = "cli-secret-token-98765"
S1ELASTIC = [sys.executable, "-m", "s1elastic.cli"]


@pytest.fixture
def console() -> Iterator[tuple[FakeConsole, str]]:
    now = datetime.now(UTC)
    fake = FakeConsole(
        token=TOKEN,
        resources={
            f"{API}/activities": Resource(
                activities(250, now - timedelta(hours=2), timedelta(seconds=20)), "createdAt", "createdAt"
            ),
            f"{API}/groups": Resource([{"id": str(i), "name": f"g{i}"} for i in range(5)], None, None),
        },
        token_expires=now + timedelta(days=90),
    )
    url, server = serve(fake)
    yield fake, url
    server.shutdown()


def write_config(tmp_path: Path, url: str, **extra: Any) -> Path:
    package = tmp_path / "pkg"
    write_package(package, {"activity": ACTIVITY_SPEC, "group": GROUP_SPEC})
    token = tmp_path / "token"
    token.write_text(TOKEN)
    token.chmod(0o600)
    config = {
        "package_dir": str(package),
        "state_dir": str(tmp_path / "state"),
        "transform": "none",
        "progress": "plain",
        "outputs": [{"type": "ndjson", "path": str(tmp_path / "out")}],
        "consoles": [{"name": "lab", "url": url, "api_token_file": str(token), "rate_limits": "off"}],
        **extra,
    }
    path = tmp_path / "poller.yml"
    path.write_text(yaml.safe_dump(config))
    return path


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "S1_API_TOKEN"}
    return subprocess.run([*S1ELASTIC, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120)


def lines(tmp_path: Path, stream: str) -> list[dict[str, Any]]:
    path = tmp_path / "out" / f"logs-sentinel_one.{stream}-default.ndjson"
    return [orjson.loads(line) for line in path.read_bytes().splitlines()]


def test_run_once_then_status(tmp_path: Path, console: tuple[FakeConsole, str]) -> None:
    _, url = console
    config = write_config(tmp_path, url)
    done = run("run", "--config", str(config), "--once", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert len(lines(tmp_path, "activity")) == 250 and len(lines(tmp_path, "group")) == 5
    assert "lab/activity: 250 fetched, 250 written" in done.stderr
    assert TOKEN not in done.stderr + done.stdout
    status = run("status", "--config", str(config), cwd=tmp_path)
    assert status.returncode == 0
    rows = {line.split()[1]: line for line in status.stdout.splitlines()[1:]}
    assert "Collecting" in rows["activity"] and "Authenticated" in rows["(console)"]
    for path in (tmp_path / "state").rglob("*"):
        assert not path.is_file() or TOKEN.encode() not in path.read_bytes()


def test_config_errors_exit_2_with_path_and_message(tmp_path: Path) -> None:
    path = tmp_path / "bad.yml"
    path.write_text(yaml.safe_dump({"consoles": [{"name": "x", "url": "nope"}], "lag": "soon"}))
    done = run("run", "--config", str(path), "--once", cwd=tmp_path)
    assert done.returncode == 2
    assert (
        f"{path}: consoles[0].url: 'nope' is not a console URL (expected https://<console-host>)"
        in done.stderr
    )
    assert f"{path}: lag: 'soon' is not a valid duration (use e.g. 30s, 5m, 24h)" in done.stderr


def test_there_is_no_token_flag(tmp_path: Path) -> None:
    done = run("run", "--config", "x.yml", "--token", "abc", cwd=tmp_path)
    assert done.returncode == 2 and "unrecognized arguments: --token" in done.stderr


def test_backfill_and_reconcile(tmp_path: Path, console: tuple[FakeConsole, str]) -> None:
    _, url = console
    config = write_config(tmp_path, url)
    assert run("run", "--config", str(config), "--once", cwd=tmp_path).returncode == 0
    state_before = (tmp_path / "state" / "lab" / "activity.json").read_bytes()
    back = run("backfill", "--config", str(config), "--since", "1h", "--stream", "activity", cwd=tmp_path)
    assert back.returncode == 0, back.stderr
    assert (tmp_path / "state" / "lab" / "activity.json").read_bytes() == state_before
    assert len(lines(tmp_path, "activity")) > 250
    rec = run(
        "reconcile", "--config", str(config), "--since", "3h", "--json", "--stream", "activity", cwd=tmp_path
    )
    assert rec.returncode == 0, rec.stderr
    report = orjson.loads(rec.stdout)
    assert report["hours"] and all(h["state"] in ("ok", "pending") for h in report["hours"])
    assert sum(h["console_count"] for h in report["hours"]) == 250


def test_sigterm_finishes_the_batch_and_saves_state(tmp_path: Path, console: tuple[FakeConsole, str]) -> None:
    import signal
    import time

    _, url = console
    config = write_config(tmp_path, url)
    env = {**os.environ}
    proc = subprocess.Popen(
        [*S1ELASTIC, "run", "--config", str(config)], cwd=tmp_path, env=env, stderr=subprocess.PIPE, text=True
    )
    state = tmp_path / "state" / "lab" / "activity.json"
    deadline = time.monotonic() + 60
    while not state.exists() and time.monotonic() < deadline:
        time.sleep(0.02)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert "finishing the batch in flight" in err
    saved = orjson.loads(state.read_bytes())
    assert saved["documents_total"] == len(lines(tmp_path, "activity"))


def test_the_token_is_not_in_the_process_list(tmp_path: Path, console: tuple[FakeConsole, str]) -> None:
    import signal
    import time

    _, url = console
    config = write_config(tmp_path, url)
    proc = subprocess.Popen(
        [*S1ELASTIC, "run", "--config", str(config)], cwd=tmp_path, stderr=subprocess.PIPE, text=True
    )
    try:
        state = tmp_path / "state" / "lab" / "activity.json"
        deadline = time.monotonic() + 60
        while not state.exists() and time.monotonic() < deadline:
            time.sleep(0.02)
        assert state.exists(), "the poller did not start polling"
        listing = subprocess.run(["ps", "-eww", "-o", "pid=,args="], capture_output=True, text=True).stdout
        ours = [line for line in listing.splitlines() if line.split(None, 1)[0] == str(proc.pid)]
        assert ours and "s1elastic.cli run --config" in ours[0]  # ps does show our process
        assert TOKEN not in listing
        assert TOKEN.encode() not in Path(f"/proc/{proc.pid}/cmdline").read_bytes()
    finally:
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=60)
    assert TOKEN not in err
    for path in (tmp_path / "state").rglob("*"):
        if path.is_file():
            assert TOKEN.encode() not in path.read_bytes(), path
            assert path.stat().st_mode & 0o077 == 0, f"{path} is readable by others"
