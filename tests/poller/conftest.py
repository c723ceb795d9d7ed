from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from poller_fakes import ACTIVITY_SPEC, ALERT_SPEC, GROUP_SPEC, FakeConsole, write_package

from s1elastic.outputs import NdjsonOutput
from s1elastic.poller.clock import FakeClock
from s1elastic.poller.config import PollerConfig, config_from_dict
from s1elastic.poller.runner import NullProgress
from s1elastic.poller.scheduler import Poller

START = datetime(2024, 3, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def package(tmp_path: Path) -> Path:
    root = tmp_path / "pkg"
    write_package(root, {"activity": ACTIVITY_SPEC, "group": GROUP_SPEC, "alert": ALERT_SPEC})
    return root


def make_config(tmp_path: Path, package: Path, streams: dict[str, Any], **extra: Any) -> PollerConfig:
    raw: dict[str, Any] = {
        "state_dir": str(tmp_path / "state"),
        "package_dir": str(package),
        "transform": "none",
        "progress": "off",
        "lag": "30s",
        "retry": {"initial": "1s", "max": "60s", "generic_window": "90m", "slow_interval": "60m"},
        "outputs": [{"type": "ndjson", "path": str(tmp_path / "out")}],
        "consoles": [
            {
                "name": "prod",
                "url": "https://console.example",
                "api_token_env": "S1_TEST_TOKEN",
                "streams": streams,
            }
        ],
    }
    raw.update(extra)
    return config_from_dict(raw, base_dir=tmp_path)


@pytest.fixture
def poller_factory(tmp_path: Path, package: Path) -> Callable[..., tuple[Poller, FakeClock]]:
    created: list[Poller] = []

    def build(
        console: FakeConsole,
        streams: dict[str, Any] | None = None,
        *,
        clock: FakeClock | None = None,
        outputs: list[Any] | None = None,
        **extra: Any,
    ) -> tuple[Poller, FakeClock]:
        config = make_config(tmp_path, package, streams or {"activity": {}}, **extra)
        clock = clock or FakeClock(START)
        poller = Poller(
            config,
            clock=clock,
            env={"S1_TEST_TOKEN": console.token},
            transport_factory=lambda c: console.transport(),
            outputs=outputs if outputs is not None else [NdjsonOutput(tmp_path / "out")],
            progress=NullProgress(),
        )
        created.append(poller)
        return poller, clock

    yield build  # type: ignore[misc]
    for p in created:
        p.close()
