"""How fast the simulator generates and serves: `python -m s1elastic.simulator.benchmark`.

Measures (1) rendering one 1000-object page per resource in-process and (2) pulling N activities
through HTTP with cursor paging, the way the poller does. Prints numbers; asserts nothing.
"""

from __future__ import annotations

import argparse
import statistics
import time
from datetime import UTC, datetime

import httpx

from s1elastic.simulator import engine
from s1elastic.simulator.config import ManualClock, SimulatorConfig
from s1elastic.simulator.model import Model
from s1elastic.simulator.query import parse_list_query
from s1elastic.simulator.server import SimulatorServer

ANCHOR = datetime(2026, 1, 1, tzinfo=UTC)


def page_times(model: Model, resource: str, pages: int) -> list[float]:
    res = model.resources[resource]
    q = parse_list_query(
        {"limit": ["1000"], "skipCount": ["true"]},
        time_params=res.time_params,
        sort_params=res.sort_params,
        allowed=frozenset(),
    )
    out = []
    cursor = None
    for _ in range(pages):
        if cursor:
            q.cursor = cursor
        start = time.perf_counter()
        page = engine.list_page(res, q, model.now_us())
        out.append(time.perf_counter() - start)
        cursor = page.next_cursor
        if cursor is None:
            break
    return out


def http_pull(n: int, limit: int) -> tuple[int, float]:
    cfg = SimulatorConfig(seed=1, counts={"activities": n}, anchor=ANCHOR, clock=ManualClock(ANCHOR))
    with (
        SimulatorServer(cfg) as sim,
        httpx.Client(
            base_url=sim.api_url, headers={"Authorization": f"ApiToken {sim.token}"}, timeout=60
        ) as c,
    ):
        got = 0
        cursor = None
        start = time.perf_counter()
        while True:
            params: dict[str, str | int] = {
                "limit": limit,
                "sortBy": "createdAt",
                "sortOrder": "asc",
                "createdAt__gte": "2020-01-01T00:00:00Z",
            }
            if cursor:
                params["cursor"] = cursor
            body = c.get("/activities", params=params).json()
            got += len(body["data"])
            cursor = body["pagination"]["nextCursor"]
            if not cursor:
                break
        return got, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--activities", type=int, default=200_000, help="objects to pull over HTTP")
    parser.add_argument("--pages", type=int, default=20, help="pages per resource for the render timing")
    args = parser.parse_args()
    counts = {"activities": 100_000, "threats": 20_000, "alerts": 20_000, "agents": 5_000, "groups": 50}
    model = Model(SimulatorConfig(seed=1, counts=counts, anchor=ANCHOR, clock=ManualClock(ANCHOR)))
    for resource in counts:
        page_times(model, resource, args.pages)  # warm-up: builds the lazily pre-rendered variants
        warm = page_times(model, resource, args.pages)
        print(
            f"{resource:>10}: 1000-object page in {statistics.median(warm) * 1000:6.1f} ms median, {max(warm) * 1000:6.1f} ms max"
        )
    got, seconds = http_pull(args.activities, 1000)
    print(f"HTTP: {got} activities in {seconds:.1f} s = {got / seconds:,.0f} objects/s")


if __name__ == "__main__":
    main()
