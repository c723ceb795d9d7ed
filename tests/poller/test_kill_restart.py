"""At-least-once across kill -9: `s1elastic run` against the simulator, killed at random moments.

The simulator serves a fixed world over real HTTP on loopback (fixed anchor, a clock standing at
the anchor, so its ground truth does not move). `s1elastic run` polls the four incremental streams
with the package's real ingest pipelines (local transform) into NDJSON files, and is SIGKILLed 20+
times at seeded random moments: mostly a random number of lines after this run started writing
(mid-transform, mid-write, mid-fsync, mid-state-save alike), sometimes at a random time during
start-up. A last `run --once` finishes the walks. Every object of the ground truth must be in the
output at least once; duplicates (pages written but not yet acknowledged in the state when the
kill came) are allowed, counted and reported.

The poller processes are forked from a pre-warmed launcher (`run_zygote.py`: it runs the real CLI
entry point with the same argv) so the cycles do not each pay the interpreter's imports and the
Painless grammar build; every child still loads its config and the pipelines itself.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO, Any

import orjson
import pytest
import yaml

from s1elastic.poller.state import StateStore
from s1elastic.sentinelone.timefmt import parse_timestamp
from s1elastic.simulator import ManualClock, SimulatorConfig, SimulatorServer

PACKAGE = Path(__file__).resolve().parents[2]
ZYGOTE = Path(__file__).with_name("run_zygote.py")
CYCLES = 20
SEED = 5
# stream -> (simulator resource, the field its cursor walks, objects, page size)
STREAMS = {
    "activity": ("activities", "createdAt", 1500, 40),
    "threat": ("threats", "updatedAt", 150, 10),
    "alert": ("alerts", "createdAt", 150, 10),
    "agent": ("agents", "updatedAt", 80, 8),
}
HISTORY = 2 * 3600.0


class Launcher:
    """Talks to run_zygote.py: fork a `s1elastic` child, reap it."""

    def __init__(self, env: dict[str, str]) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(ZYGOTE)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        self.children: set[int] = set()
        assert self._read() == "ready"

    def _read(self) -> str:
        stdout: IO[str] | None = self.proc.stdout
        assert stdout is not None
        return stdout.readline().strip()

    def _send(self, line: str) -> str:
        stdin: IO[str] | None = self.proc.stdin
        assert stdin is not None
        stdin.write(line + "\n")
        stdin.flush()
        return self._read()

    def start(self, log: Path, argv: list[str]) -> int:
        pid = int(self._send(f"run {log} {json.dumps(argv)}"))
        self.children.add(pid)
        return pid

    def reap(self, pid: int) -> str:
        self.children.discard(pid)
        return self._send(f"reap {pid}")

    def close(self) -> None:
        for pid in list(self.children):  # a failed test leaves no poller running
            if alive(pid):
                os.kill(pid, signal.SIGKILL)
            self.reap(pid)
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        self.proc.wait(timeout=30)


def alive(pid: int) -> bool:
    """True while the child runs (a zombie waiting to be reaped counts as gone)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            return f.read().split(b") ", 1)[1][:1] != b"Z"
    except FileNotFoundError:
        return False


def out_file(tmp_path: Path, stream: str) -> Path:
    return tmp_path / "out" / f"logs-sentinel_one.{stream}-default.ndjson"


def total_lines(tmp_path: Path) -> int:
    n = 0
    for stream in STREAMS:
        path = out_file(tmp_path, stream)
        if path.exists():
            n += path.read_bytes().count(b"\n")
    return n


def object_id(line: bytes) -> str:
    """The API object's id from an output document (the pipelines put it in event.id)."""
    doc = orjson.loads(line)["_source"]
    event = doc.get("event") or {}
    if event.get("kind") == "pipeline_error":  # kept as event.original: read the id from the raw object
        raw = orjson.loads(event["original"])
        return str(raw["alertInfo"]["alertId"] if "alertInfo" in raw else raw["id"])
    return str(event["id"])


@dataclass
class Kill:
    cycle: int
    how: str  # "start-up" (random time after the fork) or "writing" (random lines after it began)
    lines: int  # output lines when the kill came
    walking: list[str]  # streams whose walk was in progress in the state on disk after the kill


@pytest.fixture
def simulator() -> Iterator[SimulatorServer]:
    anchor = datetime.now(UTC).replace(second=0, microsecond=0) - timedelta(minutes=10)
    resources = [r for r, _, _, _ in STREAMS.values()]
    config = SimulatorConfig(
        seed=SEED,
        counts={**{r: n for r, _, n, _ in STREAMS.values()}, "groups": 3},
        history={r: HISTORY for r in [*resources, "groups"]},
        anchor=anchor,
        clock=ManualClock(anchor),  # the world stands still: the ground truth is fixed
    )
    with SimulatorServer(config) as sim:
        yield sim


def write_config(tmp_path: Path, sim: SimulatorServer) -> Path:
    sim.write_token(tmp_path / "token")
    config = {
        "package_dir": str(PACKAGE),
        "state_dir": str(tmp_path / "state"),
        "transform": "local",
        "progress": "off",
        "retry": {"initial": "0.05s", "max": "1s"},
        "outputs": [{"type": "ndjson", "path": str(tmp_path / "out")}],
        "consoles": [
            {
                "name": "sim",
                "url": sim.url,
                "api_token_file": str(tmp_path / "token"),
                "rate_limits": "off",
                "streams": {
                    name: {"initial_lookback": "3h", "page_size": size, "interval": "1s"}
                    for name, (_, _, _, size) in STREAMS.items()
                },
            }
        ],
    }
    path = tmp_path / "poller.yml"
    path.write_text(yaml.safe_dump(config))
    return path


class Watch:
    """Follows the output's growth, and how long the poller takes from one write to the next."""

    def __init__(self, tmp_path: Path) -> None:
        self.tmp_path = tmp_path
        self.lines = total_lines(tmp_path)
        self.intervals: list[float] = []
        self._last: float | None = None

    def poll(self) -> int:
        n = total_lines(self.tmp_path)
        if n != self.lines:
            now = time.monotonic()
            if self._last is not None:
                self.intervals.append(now - self._last)
            self._last, self.lines = now, n
        return n

    def restart(self) -> None:
        self._last = None

    def write_period(self) -> float:
        """The median time between two writes so far (one page through the pipeline and out)."""
        if not self.intervals:
            return 0.1
        return sorted(self.intervals)[len(self.intervals) // 2]

    def wait_for(self, target: int, pid: int, log: Path, timeout: float = 45.0) -> None:
        """Until the output has `target` lines; fail with the poller's log if it stalls or exits."""
        deadline = time.monotonic() + timeout
        while self.poll() < target:
            if not alive(pid) or time.monotonic() > deadline:
                pytest.fail(
                    f"the poller stopped making progress; its log ends with:\n{log.read_text()[-3000:]}"
                )
            time.sleep(0.002)


def kill_cycles(tmp_path: Path, launcher: Launcher, config: Path) -> list[Kill]:
    """Start and SIGKILL `s1elastic run` CYCLES times; returns what each kill interrupted."""
    rng = random.Random(SEED)
    store = StateStore(tmp_path / "state")
    watch = Watch(tmp_path)
    log = tmp_path / "poller.log"
    kills = []
    for cycle in range(CYCLES):
        watch.restart()
        pid = launcher.start(log, ["run", "--config", str(config)])
        if rng.random() < 0.2:
            how = "start-up"  # config, state, pipelines loading, first requests
            time.sleep(rng.uniform(0.0, 1.0))
        else:
            # A few pages into this run, then anywhere in the next write period: mid-request,
            # mid-transform, mid-write, mid-fsync or mid-state-save.
            how = "writing"
            watch.wait_for(watch.lines + rng.randint(1, 60), pid, log)
            time.sleep(rng.uniform(0.0, watch.write_period()))
        assert alive(pid), f"cycle {cycle}: the poller exited by itself:\n{log.read_text()[-3000:]}"
        os.kill(pid, signal.SIGKILL)
        assert launcher.reap(pid) == f"signal {signal.SIGKILL}"
        walking = []
        for stream in STREAMS:
            state = store.load("sim", stream)
            if state is not None and state.walking:
                walking.append(stream)
        kills.append(Kill(cycle, how, watch.poll(), walking))
    return kills


def test_kill_9_restart_cycles_lose_nothing(
    tmp_path: Path,
    simulator: SimulatorServer,
    record_property: Callable[[str, Any], None],
    capsys: pytest.CaptureFixture[str],
) -> None:
    config = write_config(tmp_path, simulator)
    env = {k: v for k, v in os.environ.items() if k != "S1_API_TOKEN"}
    launcher = Launcher(env)
    try:
        kills = kill_cycles(tmp_path, launcher, config)
        pid = launcher.start(tmp_path / "poller.log", ["run", "--once", "--config", str(config)])
        assert launcher.reap(pid) == "exit 0", (tmp_path / "poller.log").read_text()[-3000:]
    finally:
        launcher.close()

    assert len(kills) >= 20
    # The kills must have hit a walk in progress, not a finished run idling between cycles.
    assert "activity" in kills[-1].walking, "the activity walk finished before the last kill"
    mid_walk = sum(1 for k in kills if k.walking)
    assert mid_walk >= 15, [vars(k) for k in kills]

    store = StateStore(tmp_path / "state")
    report = []
    for stream, (resource, field, count, _) in STREAMS.items():
        state = store.load("sim", stream)
        assert state is not None and not state.walking and state.collected_until is not None
        # The last window closed after the anchor, so the ground truth is every object there is.
        anchor = simulator.config.anchor
        assert anchor is not None and parse_timestamp(state.collected_until) >= anchor
        expected = set(simulator.truth.ids(resource, field=field))
        assert len(expected) == count
        lines = out_file(tmp_path, stream).read_bytes().splitlines()
        written = [object_id(line) for line in lines]
        errors = sum(1 for line in lines if b'"pipeline_error"' in line)
        missing = expected - set(written)
        assert not missing, f"{stream}: lost {len(missing)} of {len(expected)} objects"
        assert set(written) == expected, f"{stream}: objects the simulator never served"
        duplicates = len(written) - len(set(written))
        record_property(f"{stream}_duplicates", duplicates)
        report.append(
            f"{stream} {len(expected)} objects, {len(written)} lines, {duplicates} duplicates, "
            f"{sum(stream in k.walking for k in kills)} kills mid-walk"
            + (f" ({errors} pipeline errors)" if errors else "")
        )
    record_property("kills", len(kills))
    with capsys.disabled():
        print(
            f"\nkill -9 x{len(kills)} ({sum(k.how == 'start-up' for k in kills)} during start-up, "
            f"{mid_walk} with a walk in progress): " + "; ".join(report)
        )
