"""End to end over real HTTP: the simulator on loopback → `run_once` → NDJSON files.

Every object the simulator created (its ground truth up to the window the poller closed) is
written exactly once, for every stream, also under each injected fault.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
import pytest

from s1elastic.poller import config_from_dict, run_once
from s1elastic.poller.state import StateStore
from s1elastic.simulator.config import SimulatorConfig
from s1elastic.simulator.server import SimulatorServer

PACKAGE = Path(__file__).resolve().parents[2]
RESOURCES = {
    "activity": ("activities", "createdAt"),
    "threat": ("threats", "updatedAt"),
    "alert": ("alerts", "createdAt"),
    "agent": ("agents", "updatedAt"),
    "group": ("groups", None),
    "application": ("applications", None),
}
COUNTS = {"activities": 3000, "threats": 200, "alerts": 300, "agents": 60, "groups": 6}


def poller_config(tmp_path: Path, sim: SimulatorServer, streams: list[str]) -> Any:
    sim.write_token(tmp_path / "token")
    return config_from_dict(
        {
            "package_dir": str(PACKAGE),
            "state_dir": str(tmp_path / "state"),
            "transform": "none",
            "progress": "off",
            "retry": {"initial": "0.01s", "max": "0.2s", "generic_window": "2m"},
            "outputs": [{"type": "ndjson", "path": str(tmp_path / "out")}],
            "consoles": [
                {
                    "name": "sim",
                    "url": sim.url,
                    "api_token_file": str(tmp_path / "token"),
                    "rate_limits": "off",
                    "streams": {
                        s: ({"initial_lookback": "1000d"} if RESOURCES[s][1] else {}) for s in streams
                    },
                }
            ],
        }
    )


def written_ids(tmp_path: Path, stream: str) -> list[str]:
    path = tmp_path / "out" / f"logs-sentinel_one.{stream}-default.ndjson"
    if not path.exists():
        return []
    ids = []
    for line in path.read_bytes().splitlines():
        obj = orjson.loads(orjson.loads(line)["_source"]["message"])
        ids.append(str(obj["alertInfo"]["alertId"]) if stream == "alert" else str(obj["id"]))
    return ids


def expected_ids(sim: SimulatorServer, tmp_path: Path, stream: str) -> list[str]:
    resource, field = RESOURCES[stream]
    if field is None:
        return sim.truth.ids(resource)
    state = StateStore(tmp_path / "state").load("sim", stream)
    assert state is not None and state.collected_until is not None
    return sim.truth.ids(resource, until=state.collected_until, field=field)


def assert_exactly_once(sim: SimulatorServer, tmp_path: Path, stream: str) -> None:
    got, want = written_ids(tmp_path, stream), expected_ids(sim, tmp_path, stream)
    assert len(got) == len(set(got)), f"{stream}: {len(got) - len(set(got))} duplicates"
    assert sorted(got) == sorted(want), (
        f"{stream}: missing {len(set(want) - set(got))}, extra {len(set(got) - set(want))}"
    )


def test_every_stream_exactly_once(tmp_path: Path) -> None:
    with SimulatorServer(SimulatorConfig(seed=11, counts=COUNTS)) as sim:
        summary = run_once(poller_config(tmp_path, sim, list(RESOURCES)))
        assert summary.ok, summary
        for stream in RESOURCES:
            assert_exactly_once(sim, tmp_path, stream)


@pytest.mark.parametrize(
    "fault",
    [
        "5xx:0.2",
        "drop:0.1",
        "truncate:0.1",
        "slow:0.02s:0.3",
        "rate-limit:all:40:5",
        "malformed:0.05",
        "late:0.3:10s",
    ],
)
def test_exactly_once_under_fault(tmp_path: Path, fault: str) -> None:
    streams = ["activity", "threat", "group"]
    config = SimulatorConfig(seed=12, counts={**COUNTS, "activities": 1500}, faults=[fault])
    with SimulatorServer(config) as sim:
        summary = run_once(poller_config(tmp_path, sim, streams))
        assert summary.ok, summary
        for stream in streams:
            assert_exactly_once(sim, tmp_path, stream)


def test_alerts_403_disables_alerts_only(tmp_path: Path) -> None:
    with SimulatorServer(SimulatorConfig(seed=13, counts=COUNTS, faults=["alerts-403"])) as sim:
        summary = run_once(poller_config(tmp_path, sim, ["activity", "alert"]))
        alert, activity = summary.stream("sim", "alert"), summary.stream("sim", "activity")
        assert activity.ok
        assert_exactly_once(sim, tmp_path, "activity")
        assert alert.error_type == "configuration" and "alert stream disabled on console sim" in (
            alert.error or ""
        )
