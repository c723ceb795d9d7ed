"""The main job end to end at a small scale: every served object becomes one ECS document."""

from __future__ import annotations

import json
from pathlib import Path

from s1elastic.demo import run_demo


def test_demo_writes_every_object_once(tmp_path: Path) -> None:
    counts = {"activities": 40, "threats": 8, "alerts": 10, "agents": 5, "groups": 3}
    summary, served = run_demo(tmp_path / "out", seed=3, counts=counts)
    assert summary.ok, [(s.stream, s.error) for s in summary.streams]
    written = {s.stream: s.written for s in summary.streams}
    for stream in ("activity", "threat", "alert", "agent", "group"):
        assert written[stream] == served[stream] > 0, stream
    assert written["application"] > 0
    lines = (tmp_path / "out" / "logs-sentinel_one.threat-default.ndjson").read_text().splitlines()
    assert len(lines) == written["threat"]
    for line in lines:
        doc = json.loads(line)
        assert doc["_source"]["event"]["dataset"] == "sentinel_one.threat"
        assert "error" not in doc["_source"], doc["_source"].get("error")
