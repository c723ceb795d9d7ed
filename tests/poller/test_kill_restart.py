"""At-least-once across kill -9: `s1elastic run` killed at random moments, restarted, loses nothing.

The console is the in-process fake served over real HTTP; each cycle starts the poller as a
subprocess and SIGKILLs it after a random delay (mid-page, mid-write, mid-state-save alike).
A last `run --once` finishes the walk. Every object must be in the output; duplicates (pages
written but not yet acknowledged in state when the kill came) are counted and reported.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import orjson
import yaml
from poller_fakes import (
    ACTIVITY_SPEC,
    API,
    GROUP_SPEC,
    FakeConsole,
    Resource,
    activities,
    serve,
    write_package,
)

TOKEN = "kill-test-token-123456"
CYCLES = 20


def _count(tmp_path: Path) -> int:
    path = tmp_path / "out" / "logs-sentinel_one.activity-default.ndjson"
    return path.read_bytes().count(b"\n") if path.exists() else 0


def test_kill_9_restart_cycles_lose_nothing(tmp_path: Path) -> None:
    now = datetime.now(UTC)
    objs = activities(30000, now - timedelta(hours=3), timedelta(milliseconds=800), same_every=3)
    groups = [{"id": str(i), "name": f"g{i}"} for i in range(40)]
    fake = FakeConsole(
        token=TOKEN,
        resources={
            f"{API}/activities": Resource(objs, "createdAt", "createdAt"),
            f"{API}/groups": Resource(groups, None, None),
        },
    )
    url, server = serve(fake)
    package = tmp_path / "pkg"
    write_package(
        package, {"activity": ACTIVITY_SPEC.replace("page_size: 100", "page_size: 50"), "group": GROUP_SPEC}
    )
    config = tmp_path / "poller.yml"
    config.write_text(
        yaml.safe_dump(
            {
                "package_dir": str(package),
                "state_dir": str(tmp_path / "state"),
                "transform": "none",
                "progress": "off",
                "outputs": [{"type": "ndjson", "path": str(tmp_path / "out")}],
                "consoles": [
                    {
                        "name": "lab",
                        "url": url,
                        "api_token_env": "LAB_TOKEN",
                        "rate_limits": "off",
                        "streams": {"activity": {"interval": "1s"}, "group": {"interval": "1s"}},
                    }
                ],
            }
        )
    )
    env = {**os.environ, "LAB_TOKEN": TOKEN}
    rng = random.Random(5)
    progress: list[int] = []
    cmd = [sys.executable, "-m", "s1elastic.cli", "run", "--config", str(config)]
    try:
        for _ in range(CYCLES):
            before = _count(tmp_path)
            proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            # Kill at a random moment once this process is writing (not by wall time alone, so a
            # busy machine still kills mid-walk rather than during start-up).
            deadline = time.monotonic() + 120
            while _count(tmp_path) == before and proc.poll() is None and time.monotonic() < deadline:
                time.sleep(0.01)
            time.sleep(rng.uniform(0.0, 0.3))
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            progress.append(_count(tmp_path))
        done = subprocess.run([*cmd, "--once"], env=env, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
    finally:
        server.shutdown()
    written = []
    out = tmp_path / "out" / "logs-sentinel_one.activity-default.ndjson"
    for line in out.read_bytes().splitlines():
        written.append(orjson.loads(orjson.loads(line)["_source"]["message"])["id"])
    expected = {o["id"] for o in objs}
    assert expected <= set(written), f"lost {len(expected - set(written))} objects"
    duplicates = len(written) - len(set(written))
    print(f"\nkill -9 x{CYCLES}: {len(expected)} objects, {len(written)} lines, {duplicates} duplicates")
    print(f"lines after each kill: {progress}")
    assert progress[-1] < len(expected), "the walk finished before the last kill"
    assert set(written) == expected
