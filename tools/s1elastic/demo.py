"""`make demo`: the main job end to end, on one machine, with nothing to set up.

Starts the SentinelOne Mgmt API simulator on loopback, runs one poll cycle of all six data streams
against it with the local ingest engine, writes ECS documents as NDJSON under `demo-output/`, and
prints per stream what the console served, what was written and what failed.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from datetime import timedelta
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from s1elastic.poller.api import run_once
from s1elastic.poller.config import config_from_dict
from s1elastic.poller.scheduler import RunSummary
from s1elastic.simulator import SimulatorConfig, SimulatorServer

REPO = Path(__file__).resolve().parents[2]

# Simulator resource -> data stream, and how many objects of each the demo console holds.
DEMO_COUNTS = {"activities": 5000, "threats": 300, "alerts": 1000, "agents": 150, "groups": 12}
STREAM_OF = {
    "activities": "activity",
    "threats": "threat",
    "alerts": "alert",
    "agents": "agent",
    "groups": "group",
    "applications": "application",
}
HISTORY = timedelta(hours=12)  # within every stream's initial look-back, so a first run sees all of it


def _poller_config(sim_url: str, token_file: Path, out_dir: Path) -> dict[str, Any]:
    return {
        "consoles": [{"name": "demo", "url": sim_url, "api_token_file": str(token_file)}],
        "outputs": [{"type": "ndjson", "path": str(out_dir)}],
        "state_dir": str(out_dir / "state"),
        "package_dir": str(REPO),
        "progress": "plain",
    }


def _served(stats: dict[str, Any]) -> dict[str, int]:
    """Objects served per data stream, from the simulator's own per-resource counters.

    The application stream's figure includes the inventory listing it fans out from.
    """
    endpoints = stats.get("endpoints", {})
    return {
        stream: int(endpoints.get(resource, {}).get("objects", 0)) for resource, stream in STREAM_OF.items()
    }


def _print_summary(summary: RunSummary, served: dict[str, int], out_dir: Path) -> None:
    table = Table(title="s1elastic demo: one poll cycle against the simulator")
    for column in ("data stream", "objects served", "documents written", "duplicates removed", "errors"):
        table.add_column(column, justify="left" if column == "data stream" else "right")
    problems = []
    for item in sorted(summary.streams, key=lambda s: s.stream):
        errors = item.pipeline_errors + (1 if item.error else 0)
        table.add_row(
            item.stream, str(served.get(item.stream, 0)), str(item.written), str(item.duplicates), str(errors)
        )
        if item.error:
            problems.append(f"{item.stream}: {item.error}")
    console = Console()
    console.print(table)
    for line in problems:
        console.print(f"[red]error[/red] {line}", highlight=False)
    console.print("(application: objects served include the inventory listing the stream fans out from)")
    console.print(f"ECS documents: {out_dir}/*.ndjson")
    sample = next(iter(sorted(out_dir.glob("*threat*.ndjson"))), None)
    if sample is not None:
        with sample.open() as handle:
            first = json.loads(handle.readline())
        console.print(f"First threat document ({sample.name}):")
        console.print_json(data=first)


def run_demo(out_dir: Path, seed: int, counts: dict[str, int]) -> tuple[RunSummary, dict[str, int]]:
    """Serve `counts` objects from a fresh simulator and poll them once into `out_dir`."""
    shutil.rmtree(out_dir, ignore_errors=True)
    out_dir.mkdir(parents=True)
    history = {resource: HISTORY.total_seconds() for resource in counts}
    sim_config = SimulatorConfig(seed=seed, counts=dict(counts), history=history, live_rates={})
    with SimulatorServer(sim_config) as sim, tempfile.TemporaryDirectory() as secrets:
        print(f"simulator on {sim.url}; polling all six data streams into {out_dir} ...", flush=True)
        token_file = sim.write_token(Path(secrets) / "token")
        config = config_from_dict(_poller_config(sim.url, token_file, out_dir), base_dir=REPO)
        summary = run_once(config)
        return summary, _served(sim.stats())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m s1elastic.demo", description=__doc__)
    parser.add_argument("--out", type=Path, default=REPO / "demo-output", help="where documents go")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--scale", type=float, default=1.0, help="multiply the demo's object counts")
    args = parser.parse_args(argv)
    counts = {name: max(1, int(n * args.scale)) for name, n in DEMO_COUNTS.items()}
    summary, served = run_demo(args.out, args.seed, counts)
    _print_summary(summary, served, args.out)
    return 0 if summary.ok else 1


if __name__ == "__main__":
    sys.exit(main())
