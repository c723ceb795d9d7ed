"""Simulator fixtures: a server on a loopback port with a fixed anchor and a clock that only moves
when a test moves it, so every run sees the same data."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from sim_helpers import client, config

from s1elastic.simulator.server import SimulatorServer


@pytest.fixture
def start_sim() -> Iterator[Callable[..., SimulatorServer]]:
    """start_sim(**config overrides) → a running SimulatorServer (stopped after the test)."""
    running: list[SimulatorServer] = []

    def start(**overrides: Any) -> SimulatorServer:
        sim = SimulatorServer(config(**overrides)).start()
        running.append(sim)
        return sim

    yield start
    for sim in running:
        sim.stop()


@pytest.fixture
def sim(start_sim: Callable[..., SimulatorServer]) -> SimulatorServer:
    return start_sim()


@pytest.fixture
def api(sim: SimulatorServer) -> Iterator[httpx.Client]:
    with client(sim) as c:
        yield c
