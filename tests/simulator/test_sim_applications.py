"""Application management: inventory, endpoints per application, apps per agent, risks."""

from __future__ import annotations

import httpx
from sim_helpers import walk

from s1elastic.simulator.server import SimulatorServer


def test_inventory_counts_match_the_endpoint_rows(api: httpx.Client) -> None:
    inventory = walk(api, "/application-management/inventory", {"limit": 10})
    assert len(inventory) > 10
    assert set(inventory[0]) == {
        "applicationName",
        "applicationVendor",
        "applicationVersionsCount",
        "endpointsCount",
        "estimate",
    }
    for row in inventory[:5]:
        params = {
            "applicationName": row["applicationName"],
            "applicationVendor": row["applicationVendor"],
            "limit": 40,
        }
        endpoints = walk(api, "/application-management/inventory/endpoints", params)
        assert len(endpoints) == row["endpointsCount"]
        assert {e["applicationName"] for e in endpoints} == {row["applicationName"]}
        assert len({e["version"] for e in endpoints}) == row["applicationVersionsCount"]
        assert len({e["endpointId"] for e in endpoints}) == len(endpoints)


def test_inventory_endpoints_require_name_and_vendor(api: httpx.Client) -> None:
    r = api.get("/application-management/inventory/endpoints", params={"applicationName": "7-Zip"})
    assert r.status_code == 400
    assert r.json()["errors"][0]["detail"] == "applicationVendor: Missing data for required field."


def test_every_installed_application_row_once(sim: SimulatorServer, api: httpx.Client) -> None:
    rows: list[str] = []
    for app in walk(api, "/application-management/inventory", {"limit": 100}):
        params = {
            "applicationName": app["applicationName"],
            "applicationVendor": app["applicationVendor"],
            "limit": 1000,
        }
        rows += [e["id"] for e in walk(api, "/application-management/inventory/endpoints", params)]
    assert sorted(rows) == sorted(sim.truth.ids("applications"))


def test_applications_of_agents(api: httpx.Client) -> None:
    agents = api.get("/agents", params={"limit": 2}).json()["data"]
    ids = ",".join(a["id"] for a in agents)
    for path in ("/agents/applications", "/application-management/inventory/applications"):
        apps = api.get(path, params={"ids": ids}).json()["data"]
        assert apps and set(apps[0]) == {"installedDate", "name", "publisher", "size", "version"}


def test_risks_page_completely(sim: SimulatorServer, api: httpx.Client) -> None:
    risks = walk(api, "/application-management/risks", {"limit": 333, "skipCount": "true"})
    assert sorted(r["id"] for r in risks) == sorted(sim.truth.ids("risks"))
    assert {r["severity"] for r in risks} <= {"CRITICAL", "HIGH", "MEDIUM", "LOW"}
    assert all(r["cveId"].startswith("CVE-") and isinstance(r["baseScore"], str) for r in risks)
