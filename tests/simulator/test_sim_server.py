"""The server itself: keep-alive, concurrent clients, stats and ground-truth hooks."""

from __future__ import annotations

import http.client
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import httpx
from sim_helpers import client, walk

from s1elastic.simulator.server import SimulatorServer


def test_keep_alive_serves_several_requests_on_one_connection(sim: SimulatorServer) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", sim.port, timeout=10)
    headers = {"Authorization": f"ApiToken {sim.token}"}
    try:
        for _ in range(3):
            conn.request("GET", "/web/api/v2.1/activities?limit=50", headers=headers)
            r = conn.getresponse()
            assert r.status == 200
            assert int(r.headers["Content-Length"]) == len(r.read())
            assert r.headers.get("Connection", "").lower() != "close"
        sock_before = conn.sock
        conn.request("GET", "/web/api/v2.1/groups", headers=headers)
        conn.getresponse().read()
        assert conn.sock is sock_before
    finally:
        conn.close()


def test_concurrent_clients_each_see_every_object(sim: SimulatorServer) -> None:
    def pull(_: int) -> list[str]:
        with client(sim) as c:
            return [a["id"] for a in walk(c, "/activities", {"limit": 250, "sortBy": "createdAt"})]

    with ThreadPoolExecutor(max_workers=6) as pool:
        results = list(pool.map(pull, range(6)))
    expected = sim.truth.ids("activities")
    assert all(r == expected for r in results)
    stats = sim.stats()["endpoints"]["activities"]
    assert stats["pages"] == 6 * 12 and stats["objects"] == 6 * 3000


def test_stats_count_pages_objects_and_errors(sim: SimulatorServer, api: httpx.Client) -> None:
    walk(api, "/groups", {"limit": 4})
    api.get("/groups", params={"limit": 5000})
    body = httpx.get(sim.url + "/_sim/stats").json()
    groups = body["endpoints"]["groups"]
    assert groups["requests"] == 4 and groups["pages"] == 3 and groups["objects"] == 10
    assert groups["status"] == {"200": 3, "400": 1}
    assert body["totals"]["errors"] == 1


def test_served_tracking_counts_repeats(start_sim: Callable[..., SimulatorServer]) -> None:
    sim = start_sim(track_served=True)
    with client(sim) as c:
        walk(c, "/groups", {"limit": 100})
        c.get("/groups", params={"limit": 3})
    served = sim.api.stats.served("groups")
    assert len(served) == 10 and sorted(served.values()) == [1] * 7 + [2] * 3
    assert sim.stats()["served"]["groups"] == {"distinct": 10, "duplicates": 3}


def test_ground_truth_over_http_matches_the_python_api(sim: SimulatorServer) -> None:
    params = {"resource": "activities", "from": "2025-12-31T00:00:00Z", "to": "2025-12-31T06:00:00Z"}
    body = httpx.get(sim.url + "/_sim/ids", params=params).json()
    expected = sim.truth.ids("activities", "2025-12-31T00:00:00Z", "2025-12-31T06:00:00Z")
    assert body == {"resource": "activities", "count": len(expected), "ids": expected}
    assert 0 < len(expected) < 3000
    revs = httpx.get(sim.url + "/_sim/revisions", params={"resource": "threats"}).json()
    assert revs["count"] == len(sim.truth.revisions("threats")) > 300


def test_clock_hook_moves_a_manual_clock(sim: SimulatorServer) -> None:
    r = httpx.post(sim.url + "/_sim/clock", params={"advance": "90"})
    assert r.json() == {"now": "2026-01-01T00:01:30.000000Z"}
    config = httpx.get(sim.url + "/_sim/config").json()
    assert config["now"] == "2026-01-01T00:01:30.000000Z" and config["seed"] == 7
    assert sim.token not in str(config)


def test_stopping_hangs_up_on_keep_alive_clients(start_sim: Callable[..., SimulatorServer]) -> None:
    sim = start_sim()
    with client(sim) as c:
        assert c.get("/groups").status_code == 200
        sim.stop()
        try:
            c.get("/groups")
        except httpx.TransportError:
            pass
        else:
            raise AssertionError("a stopped simulator answered")
