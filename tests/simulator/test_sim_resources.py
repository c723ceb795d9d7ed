"""The six resources: shapes and quirks from the samples, updatedAt paging, threat updates,
live data, late objects, determinism."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import httpx
import pytest
from sim_helpers import ANCHOR, client, walk

from s1elastic.simulator.server import SimulatorServer
from s1elastic.simulator.timefmt import iso_us, to_us

LIST_PATHS = {
    "activities": "/activities",
    "threats": "/threats",
    "alerts": "/cloud-detection/alerts",
    "agents": "/agents",
    "groups": "/groups",
}


def _id(resource: str, obj: dict) -> str:
    return obj["alertInfo"]["alertId"] if resource == "alerts" else obj["id"]


@pytest.mark.parametrize("resource", list(LIST_PATHS))
def test_every_resource_pages_completely(sim: SimulatorServer, api: httpx.Client, resource: str) -> None:
    items = walk(api, LIST_PATHS[resource], {"limit": 97})
    assert [_id(resource, o) for o in items] == sim.truth.ids(resource)


@pytest.mark.parametrize("resource", ["threats", "agents", "groups", "alerts"])
def test_updated_at_window_sorted_by_update_time(
    sim: SimulatorServer, api: httpx.Client, resource: str
) -> None:
    sort = "alertInfoUpdatedAt" if resource == "alerts" else "updatedAt"
    since = ANCHOR - timedelta(days=3)
    items = walk(
        api, LIST_PATHS[resource], {"limit": 50, "sortBy": sort, "updatedAt__gte": iso_us(to_us(since))}
    )
    assert sorted(_id(resource, o) for o in items) == sorted(
        sim.truth.ids(resource, since, field="updatedAt")
    )
    updated = [_updated(resource, o) for o in items]
    assert updated == sorted(updated)
    assert items, "the window should not be empty"


def _updated(resource: str, obj: dict) -> str:
    if resource == "threats":
        return obj["threatInfo"]["updatedAt"]
    if resource == "alerts":
        return obj["alertInfo"]["updatedAt"]
    return obj["updatedAt"]


def test_threats_change_after_creation(start_sim: Callable[..., SimulatorServer]) -> None:
    sim = start_sim()
    with client(sim) as c:
        checkpoint = iso_us(to_us(ANCHOR))
        before = walk(c, "/threats", {"limit": 1000, "updatedAt__gt": checkpoint, "sortBy": "updatedAt"})
        assert before == []
        sim.clock.advance(7 * 3600)
        after = walk(c, "/threats", {"limit": 1000, "updatedAt__gt": checkpoint, "sortBy": "updatedAt"})
    assert after, "threats created just before the start get triaged, given verdicts and resolved later"
    for t in after:
        info = t["threatInfo"]
        assert info["updatedAt"] > checkpoint
        assert info["createdAt"] < checkpoint
        assert info["incidentStatus"] in ("in_progress", "resolved")
    assert {t["id"] for t in after} == set(sim.truth.ids("threats", checkpoint, field="updatedAt"))
    revisions = sim.truth.revisions("threats", checkpoint)
    assert {i for i, _ in revisions} == {t["id"] for t in after}


def test_threat_shape_follows_the_2_1_sample(api: httpx.Client) -> None:
    threats = walk(api, "/threats", {"limit": 1000})
    t = threats[0]
    assert set(t) == {
        "agentDetectionInfo",
        "agentRealtimeInfo",
        "containerInfo",
        "id",
        "indicators",
        "kubernetesInfo",
        "mitigationStatus",
        "threatInfo",
        "whiteningOptions",
    }
    assert "createdAt" not in t and "createdAt" in t["threatInfo"]
    assert isinstance(t["mitigationStatus"], list) and isinstance(t["threatInfo"]["mitigationStatus"], str)
    ipv4 = [x["agentDetectionInfo"]["agentIpV4"] for x in threats]
    ipv6 = [x["agentDetectionInfo"]["agentIpV6"] for x in threats]
    assert any(v and "," in v for v in ipv4), "some agents report comma-separated IPv4 lists"
    assert "" in ipv6, "some agents report an empty IPv6"
    assert None in ipv4, "the older sample's null agentDetectionInfo fields occur"


def test_alert_quirks(api: httpx.Client) -> None:
    alerts = walk(api, "/cloud-detection/alerts", {"limit": 1000})
    assert all("id" not in a and a["alertInfo"]["alertId"].isdigit() for a in alerts)
    assert {a["ruleInfo"]["severity"] for a in alerts} >= {"Critical", "High", "Informational"}
    stamps = {a["sourceParentProcessInfo"]["pidStarttime"] for a in alerts} | {
        a["sourceProcessInfo"]["pidStarttime"] for a in alerts
    }
    assert "1970-01-01T00:00:00Z" in stamps and "2185-07-21T23:34:33.709552Z" in stamps


def test_activity_quirks(api: httpx.Client) -> None:
    acts = walk(api, "/activities", {"limit": 1000})
    account_level = [a for a in acts if a["siteId"] is None and "accountId" in a["data"]]
    assert account_level and all(isinstance(a["data"]["accountId"], int) for a in account_level)
    assert all(isinstance(a["accountId"], str) for a in acts)
    assert any(a["updatedAt"] < a["createdAt"] for a in acts)
    assert any(a["activityType"] == 99999 for a in acts), "an unknown activity type occurs"
    assert any(not a["primaryDescription"] for a in acts), "empty descriptions occur"
    text = "".join(a["data"].get("fullScopeDetails") or "" for a in acts)
    assert any(ord(ch) > 0x3000 for ch in text), "non-Latin text occurs"
    assert {type(a["data"].get("newValue")).__name__ for a in acts if "newValue" in a["data"]} >= {
        "str",
        "int",
        "dict",
    }


def test_agents_and_groups_refer_to_each_other(api: httpx.Client) -> None:
    groups = {g["id"]: g for g in walk(api, "/groups", {"limit": 100})}
    agents = walk(api, "/agents", {"limit": 1000})
    assert all(a["groupId"] in groups and groups[a["groupId"]]["name"] == a["groupName"] for a in agents)
    assert {type(a["firewallEnabled"]).__name__ for a in agents} == {"str", "bool"}
    macs = [a["networkInterfaces"][0]["physical"] for a in agents]
    assert any(":" in m for m in macs) and any("-" in m for m in macs)


def test_live_activities_keep_coming(start_sim: Callable[..., SimulatorServer]) -> None:
    sim = start_sim(live_rates={"activities": 10.0, "alerts": 1.0})
    with client(sim) as c:
        start = c.get("/activities", params={"countOnly": "true"}).json()["pagination"]["totalItems"]
        sim.clock.advance(60)
        fresh = walk(c, "/activities", {"limit": 1000, "createdAt__gte": iso_us(to_us(ANCHOR))})
        alerts = walk(c, "/cloud-detection/alerts", {"limit": 1000, "createdAt__gte": iso_us(to_us(ANCHOR))})
    assert start == 3000
    assert 590 <= len(fresh) <= 610
    assert 55 <= len(alerts) <= 65
    assert all(iso_us(to_us(ANCHOR)) <= a["createdAt"] <= "2026-01-01T00:01:00.000000Z" for a in fresh)


def test_late_objects_appear_only_after_their_delay(start_sim: Callable[..., SimulatorServer]) -> None:
    sim = start_sim(live_rates={"activities": 10.0}, faults=["late:0.5:30s:activities"])
    since = iso_us(to_us(ANCHOR))
    with client(sim) as c:
        sim.clock.advance(10)
        early = {a["id"] for a in walk(c, "/activities", {"limit": 1000, "createdAt__gte": since})}
        sim.clock.advance(40)
        later = walk(
            c,
            "/activities",
            {"limit": 1000, "createdAt__gte": since, "createdAt__lt": "2026-01-01T00:00:10Z"},
        )
    late = set(sim.truth.late_ids("activities"))
    created_first_10s = {a["id"] for a in later}
    assert created_first_10s - early == created_first_10s & late
    assert created_first_10s & late, "some of the first ten seconds' activities were late"
    for object_id in created_first_10s & late:
        visible = sim.truth.visible_at("activities", object_id)
        created = next(a["createdAt"] for a in later if a["id"] == object_id)
        assert visible is not None and visible > created


def test_same_seed_same_data_other_seed_other_data(start_sim: Callable[..., SimulatorServer]) -> None:
    pages = []
    for seed in (7, 7, 8):
        sim = start_sim(seed=seed)
        with client(sim) as c:
            pages.append(c.get("/threats", params={"limit": 50}).content)
    assert pages[0] == pages[1]
    assert pages[0] != pages[2]


@pytest.mark.parametrize("resource", ["threats", "agents"])
def test_update_order_descending_is_the_reverse(api: httpx.Client, resource: str) -> None:
    asc = walk(api, LIST_PATHS[resource], {"limit": 64, "sortBy": "updatedAt", "sortOrder": "asc"})
    desc = walk(api, LIST_PATHS[resource], {"limit": 64, "sortBy": "updatedAt", "sortOrder": "desc"})
    assert [o["id"] for o in desc] == [o["id"] for o in reversed(asc)]
    assert len(asc) == len({o["id"] for o in asc})


def test_updated_at_upper_bound(sim: SimulatorServer, api: httpx.Client) -> None:
    until = ANCHOR - timedelta(days=10)
    items = walk(
        api, "/threats", {"limit": 100, "updatedAt__lt": iso_us(to_us(until)), "sortBy": "updatedAt"}
    )
    assert sorted(t["id"] for t in items) == sorted(sim.truth.ids("threats", None, until, field="updatedAt"))
    assert all(t["threatInfo"]["updatedAt"] < iso_us(to_us(until)) for t in items)
    count = api.get("/threats", params={"updatedAt__lt": iso_us(to_us(until)), "countOnly": "true"}).json()
    assert count["pagination"]["totalItems"] == len(items) > 0
