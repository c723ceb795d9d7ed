"""Poller throughput: activities from the simulator (its own process, real HTTP on loopback) to
NDJSON files, in events/s end to end, with the poller process's peak memory.

Each size runs in a fresh poller process so its peak RSS is its own: memory must stay flat from
100k to 1M activities (the walk streams page by page). Client-side rate limits are off: the
documented 10 requests/s on /activities would cap any poller at 10,000 objects/s (1,000 per page).
Targets: >= 10,000 events/s, < 300 MB peak.
"""

from __future__ import annotations

import multiprocessing
import resource
import tempfile
import time
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

SIZES = (100_000, 1_000_000)
PACKAGE = Path(__file__).resolve().parents[3]


def _simulator(n: int, conn: Connection) -> None:
    from s1elastic.simulator.config import SimulatorConfig
    from s1elastic.simulator.server import SimulatorServer

    counts = {"activities": n, "threats": 0, "alerts": 0, "agents": 1, "groups": 1}
    with SimulatorServer(SimulatorConfig(seed=7, counts=counts, history={"activities": 86400.0})) as sim:
        conn.send((sim.url, sim.token))
        conn.recv()  # until the poller is done


def _poll(url: str, token: str, transform: str, workers: int, out: Path, conn: Connection) -> None:
    import os

    from s1elastic.poller import config_from_dict, run_once

    os.environ["BENCH_S1_TOKEN"] = token
    config = config_from_dict(
        {
            "package_dir": str(PACKAGE),
            "state_dir": str(out / "state"),
            "transform": transform,
            "workers": workers,
            "progress": "off",
            "outputs": [{"type": "ndjson", "path": str(out / "out")}],
            "consoles": [
                {
                    "name": "bench",
                    "url": url,
                    "api_token_env": "BENCH_S1_TOKEN",
                    "rate_limits": "off",
                    "streams": {"activity": {"initial_lookback": "2d"}},
                }
            ],
        }
    )
    start = time.perf_counter()
    summary = run_once(config)
    elapsed = time.perf_counter() - start
    item = summary.stream("bench", "activity")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    conn.send(
        {
            "written": item.written,
            "ok": summary.ok,
            "seconds": elapsed,
            "peak_mb": peak_mb,
            "error": item.error,
        }
    )


def measure(n: int, transform: str = "none", workers: int = 0) -> dict[str, Any]:
    ctx = multiprocessing.get_context("spawn")
    sim_parent, sim_child = ctx.Pipe()
    sim = ctx.Process(target=_simulator, args=(n, sim_child), daemon=True)
    sim.start()
    url, token = sim_parent.recv()
    with tempfile.TemporaryDirectory() as tmp:
        parent, child = ctx.Pipe()
        proc = ctx.Process(target=_poll, args=(url, token, transform, workers, Path(tmp), child))
        proc.start()
        result: dict[str, Any] = parent.recv()
        proc.join()
    sim_parent.send("done")
    sim.join(timeout=10)
    result["events_per_s"] = result["written"] / result["seconds"] if result["seconds"] else 0.0
    result.update(n=n, transform=transform, workers=workers)
    return result


def run() -> dict[str, Any]:
    results = {}
    for n in SIZES:
        r = measure(n)
        results[f"raw_{n}"] = r
        print(
            f"poller raw {n:>9,} activities: {r['events_per_s']:>9,.0f} events/s, {r['seconds']:.1f}s, "
            f"peak {r['peak_mb']:.0f} MB, written {r['written']:,}{'' if r['ok'] else ' FAILED: ' + str(r['error'])}",
            flush=True,
        )
    small, large = results[f"raw_{SIZES[0]}"], results[f"raw_{SIZES[-1]}"]
    print(
        f"poller memory 100k -> 1M: {small['peak_mb']:.0f} MB -> {large['peak_mb']:.0f} MB "
        f"(targets: >= 10,000 events/s, < 300 MB)",
        flush=True,
    )
    return results


if __name__ == "__main__":
    run()
