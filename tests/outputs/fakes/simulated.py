"""The poller's `run_once` against the SentinelOne simulator, into one output: the no-loss check.

`expected_ids` is the simulator's ground truth up to the window the poller closed (as in
tests/poller/test_e2e_simulator.py); `FingerprintTransformer` stands in for the local engine
(ECS-ish documents with a deterministic `_id`, the role of the pipelines' fingerprint processor)
so these tests do not depend on the package pipelines.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import orjson

from s1elastic.outputs.base import Document
from s1elastic.poller import config_from_dict
from s1elastic.poller.config import PollerConfig
from s1elastic.poller.state import StateStore
from s1elastic.poller.transform import Transformed
from s1elastic.simulator.server import SimulatorServer

PACKAGE = Path(__file__).resolve().parents[3]
RESOURCES = {
    "activity": ("activities", "createdAt"),
    "threat": ("threats", "updatedAt"),
    "group": ("groups", None),
}
STREAMS = list(RESOURCES)
COUNTS = {"activities": 700, "threats": 80, "alerts": 0, "agents": 20, "groups": 5}


def poller_config(
    tmp_path: Path, sim: SimulatorServer, output: dict[str, Any], transform: str = "none"
) -> PollerConfig:
    sim.write_token(tmp_path / "token")
    return config_from_dict(
        {
            "package_dir": str(PACKAGE),
            "state_dir": str(tmp_path / "state"),
            "transform": transform,
            "progress": "off",
            "retry": {"initial": "0.01s", "max": "0.1s", "generic_window": "2m"},
            "outputs": [output],
            "consoles": [
                {
                    "name": "sim",
                    "url": sim.url,
                    "api_token_file": str(tmp_path / "token"),
                    "rate_limits": "off",
                    "streams": {
                        s: ({"initial_lookback": "1000d"} if RESOURCES[s][1] else {}) for s in STREAMS
                    },
                }
            ],
        }
    )


def expected_ids(sim: SimulatorServer, tmp_path: Path, stream: str) -> list[str]:
    resource, field = RESOURCES[stream]
    if field is None:
        return sim.truth.ids(resource)
    state = StateStore(tmp_path / "state").load("sim", stream)
    assert state is not None and state.collected_until is not None
    return sim.truth.ids(resource, until=state.collected_until, field=field)


def stream_of(index: str) -> str:
    return index.split(".", 1)[1].rsplit("-", 1)[0]


class FingerprintTransformer:
    """Documents with `@timestamp`, `event.severity`, the raw `message` and a fingerprint `_id`."""

    def transform(self, stream: str, index: str, messages: Sequence[str]) -> Transformed:
        out = Transformed()
        for message in messages:
            obj = orjson.loads(message)
            when = obj.get("updatedAt") or obj.get("createdAt") or "2024-01-01T00:00:00Z"
            source = {"@timestamp": when, "event": {"severity": 47}, "message": message}
            doc_id = hashlib.sha1(message.encode()).hexdigest()
            out.documents.append(Document(index, orjson.dumps(source), doc_id))
        return out

    def close(self) -> None:
        return None


def object_id(message: str) -> str:
    return str(orjson.loads(message)["id"])


def config_with_output(tmp_path: Path, output: dict[str, Any]) -> dict[str, Any]:
    """A minimal raw poller config (as parsed YAML) with one output."""
    return {
        "package_dir": str(PACKAGE),
        "state_dir": str(tmp_path / "state"),
        "outputs": [output],
        "consoles": [{"name": "prod", "url": "https://console.example"}],
    }
