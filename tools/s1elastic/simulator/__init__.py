"""A SentinelOne Management Console API (v2.1) simulator: a real HTTP server on loopback with
generated data, live updates, late objects, fault injection and a ground truth for tests.

    from s1elastic.simulator import ManualClock, SimulatorConfig, SimulatorServer

    anchor = datetime(2026, 1, 1, tzinfo=UTC)
    cfg = SimulatorConfig(seed=1, counts={"activities": 50_000, "threats": 500}, anchor=anchor,
                          clock=ManualClock(anchor), live_rates={"activities": 10.0},
                          faults=["rate-limit:activities:5", "5xx:0.05", "late:0.1:30s"])
    with SimulatorServer(cfg) as sim:
        sim.url                                    # console URL, e.g. http://127.0.0.1:41234
        sim.token                                  # the ApiToken (sim.write_token(path): mode 0600)
        sim.clock.advance(60)                      # time moves only when told (ManualClock)
        sim.truth.ids("activities", since, until)  # ids visible now, createdAt in [since, until)
        sim.truth.ids("threats", since, field="updatedAt")
        sim.truth.revisions("threats", since)      # every (id, updatedAt) state change
        sim.stats()                                # requests/pages/objects/errors/faults per endpoint

Data is a pure function of (seed, anchor, index): nothing is stored per object, so millions of
objects cost no memory, and the same seed and anchor give byte-identical pages.
"""

from s1elastic.simulator.config import ManualClock, SimulatorConfig, SystemClock
from s1elastic.simulator.faults import FaultSpecError, parse_fault, parse_faults
from s1elastic.simulator.server import SimulatorServer
from s1elastic.simulator.truth import GroundTruth

__all__ = [
    "FaultSpecError",
    "GroundTruth",
    "ManualClock",
    "SimulatorConfig",
    "SimulatorServer",
    "SystemClock",
    "parse_fault",
    "parse_faults",
]
