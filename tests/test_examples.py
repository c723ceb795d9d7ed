"""The configuration shown in the README stays valid."""

from __future__ import annotations

from pathlib import Path

from s1elastic.poller.config import load_config

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def test_example_poller_config_is_valid() -> None:
    config = load_config(EXAMPLES / "poller.yml")
    assert [c.name for c in config.consoles] == ["tenant-a", "tenant-b"]
    tenant_b = config.console("tenant-b")
    enabled = {s.name for s in config.enabled_streams(tenant_b)}
    assert "application" not in enabled
    assert {"activity", "threat", "alert", "agent", "group"} <= enabled
    assert config.outputs[0]["type"] == "ndjson"
