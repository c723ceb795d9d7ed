"""Poller throughput: activities from the simulator (its own process, real HTTP on loopback) to
NDJSON files (fsynced per page, state saved per page), in events/s end to end, with peak memory.

Three figures, each labelled with what it includes:
- raw transform (`transform: none`): the poller ships `{"message": <object JSON>}` as Elastic
  Agent does and the cluster's ingest pipeline does the transform. 100k and 1M activities, each
  in a fresh poller process so its peak RSS is its own: memory must stay flat as volume grows (the
  walk streams page by page). Targets: >= 10,000 events/s end to end, < 300 MB peak.
- local transform (`transform: local`): the package's real activity pipeline runs in our engine,
  in the poller process (`workers: 0`) and in a process pool (`workers: N`). The engine costs
  milliseconds per event, so this runs on a smaller volume (1M would take the time printed).
- the engine alone: the activity pipeline on one core, no HTTP and no files: its CPU per event.

Client-side rate limits are off: the documented 10 requests/s on /activities would cap any poller
at 10,000 objects/s (1,000 per page).
"""

from __future__ import annotations

import multiprocessing
import os
import resource
import tempfile
import time
from datetime import UTC, datetime, timedelta
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

MILLION = 1_000_000
SIZES = (100_000, MILLION)
LOCAL_SIZE = 5_000
ENGINE_SIZE = 2_000
TARGET_RATE = 10_000
TARGET_MB = 300
PACKAGE = Path(__file__).resolve().parents[3]
ACTIVITY_PIPELINE = PACKAGE / "data_stream" / "activity" / "elasticsearch" / "ingest_pipeline" / "default.yml"


def _sim_config(n: int) -> Any:
    from s1elastic.simulator.config import SimulatorConfig

    # The history ends ten minutes ago, so one walk (which stops 30 s before now) covers all of it.
    anchor = datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=10)
    counts = {"activities": n, "threats": 0, "alerts": 0, "agents": 1, "groups": 1}
    return SimulatorConfig(seed=7, counts=counts, history={"activities": 86400.0}, anchor=anchor)


def _simulator(n: int, conn: Connection) -> None:
    from s1elastic.simulator.server import SimulatorServer

    with SimulatorServer(_sim_config(n)) as sim:
        conn.send((sim.url, sim.token))
        conn.recv()  # until the poller is done
        usage = resource.getrusage(resource.RUSAGE_SELF)
        conn.send(usage.ru_utime + usage.ru_stime)


class _FirstPage:
    """A progress sink that notes when the first page was acknowledged (start-up is done)."""

    def __init__(self) -> None:
        self.at: float | None = None
        self.written = 0

    def page(self, console: str, stream: str, total: Any, state: Any) -> None:
        if self.at is None:
            self.at, self.written = time.perf_counter(), total.written

    def status(self, console: str, stream: str, status: str, message: str | None = None) -> None:
        return None


def _poll(url: str, token: str, transform: str, workers: int, out: Path, conn: Connection) -> None:
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
    first = _FirstPage()
    start = time.perf_counter()
    summary = run_once(config, progress=first)  # closes the poller, and with it the worker pool
    end = time.perf_counter()
    elapsed = end - start
    item = summary.stream("bench", "activity")
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    conn.send(
        {
            "written": item.written,
            "pipeline_errors": item.pipeline_errors,
            "ok": summary.ok,
            "seconds": elapsed,
            "startup": (first.at or end) - start,
            "steady_per_s": (item.written - first.written) / (end - first.at) if first.at else 0.0,
            "peak_mb": own.ru_maxrss / 1024,
            "worker_peak_mb": children.ru_maxrss / 1024,
            "cpu": own.ru_utime + own.ru_stime,
            "worker_cpu": children.ru_utime + children.ru_stime,
            "error": item.error,
        }
    )


def measure(n: int, transform: str = "none", workers: int = 0) -> dict[str, Any]:
    """One walk of `n` activities in fresh simulator and poller processes."""
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
    result["simulator_cpu"] = sim_parent.recv()
    sim.join(timeout=10)
    result["events_per_s"] = result["written"] / result["seconds"] if result["seconds"] else 0.0
    result.update(n=n, transform=transform, workers=workers)
    return result


def engine_cost(n: int = ENGINE_SIZE) -> dict[str, Any]:
    """The activity pipeline alone on one core: the simulator's objects, no HTTP, no files."""
    import orjson

    from s1elastic.poller.transform import LocalTransformer
    from s1elastic.simulator.server import Api

    api = Api(_sim_config(n))
    messages = [orjson.dumps(o).decode() for o in api.truth.objects("activities")]
    local = LocalTransformer({"activity": ACTIVITY_PIPELINE})
    local.prepare("activity")
    local.transform("activity", "logs-sentinel_one.activity-default", messages[:50])  # warm-up
    cpu, wall = time.process_time(), time.perf_counter()
    out = local.transform("activity", "logs-sentinel_one.activity-default", messages)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    return {
        "n": len(messages),
        "cpu_ms": cpu * 1000 / len(messages),
        "wall": wall,
        "errors": out.pipeline_errors,
    }


def _line(label: str, r: dict[str, Any]) -> str:
    complete = "" if r["ok"] and r["written"] == r["n"] else f" INCOMPLETE ({r['error']})"
    workers = f", workers peak {r['worker_peak_mb']:.0f} MB each" if r["workers"] else ""
    cpu = f"poller CPU {r['cpu'] + r['worker_cpu']:.1f}s, simulator CPU {r['simulator_cpu']:.1f}s"
    return (
        f"  {label:<34} {r['n']:>9,} activities: {r['events_per_s']:>8,.0f} events/s in {r['seconds']:.1f}s "
        f"({r['startup']:.1f}s to the first page, then {r['steady_per_s']:,.0f} events/s), "
        f"poller peak {r['peak_mb']:.0f} MB{workers}; {cpu}; written {r['written']:,}{complete}"
    )


def run() -> dict[str, Any]:
    load = os.getloadavg()[0]
    cores = os.cpu_count() or 1
    print(
        f"poller: simulator (own process, HTTP on loopback) -> poller -> NDJSON (fsync per page); "
        f"{cores} cores, load average {load:.1f} at start",
        flush=True,
    )
    results: dict[str, Any] = {}
    print("raw transform (transform: none; the cluster runs the pipeline):", flush=True)
    for n in SIZES:
        r = results[f"raw_{n}"] = measure(n)
        print(_line("end to end", r), flush=True)
    small, large = results[f"raw_{SIZES[0]}"], results[f"raw_{SIZES[-1]}"]
    print(
        f"  memory {SIZES[0]:,} -> {SIZES[-1]:,}: {small['peak_mb']:.0f} MB -> {large['peak_mb']:.0f} MB",
        flush=True,
    )

    print(
        f"local transform (transform: local; the real activity pipeline in our engine), "
        f"{LOCAL_SIZE:,} activities only:",
        flush=True,
    )
    auto = max(1, cores - 1)  # what `workers: auto` picks
    for workers in sorted({0, auto, cores}):
        r = results[f"local_w{workers}"] = measure(LOCAL_SIZE, "local", workers)
        label = (
            "in the poller process (workers 0)"
            if not workers
            else f"process pool (workers {workers}{', = auto' if workers == auto else ''})"
        )
        minutes = MILLION / r["steady_per_s"] / 60 if r["steady_per_s"] else float("inf")
        print(_line(label, r) + f"; 1M would take ~{minutes:.0f} min", flush=True)
    engine = results["engine"] = engine_cost()
    print(
        f"  engine alone, activity pipeline, one core: {engine['cpu_ms']:.2f} ms CPU per event "
        f"= {1000 / engine['cpu_ms']:,.0f} events/s per core ({engine['n']:,} events, "
        f"{engine['errors']} pipeline errors)",
        flush=True,
    )

    def verdict(ok: bool) -> str:
        return "met" if ok else "NOT met"

    rate = large["events_per_s"]
    peak = max(r["peak_mb"] for key, r in results.items() if key.startswith("raw_"))
    print(
        f"targets (raw transform, {SIZES[-1]:,} activities): >= {TARGET_RATE:,} events/s end to end: "
        f"{rate:,.0f} {verdict(rate >= TARGET_RATE)}; < {TARGET_MB} MB peak: {peak:.0f} MB "
        f"{verdict(peak < TARGET_MB)}; load average now {os.getloadavg()[0]:.1f}",
        flush=True,
    )
    return results


if __name__ == "__main__":
    run()
