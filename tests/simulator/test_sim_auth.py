"""ApiToken authentication, token details, expiry and rotation."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest
from sim_helpers import client

from s1elastic.simulator.server import SimulatorServer

AUTH_FAILED = {"errors": [{"code": 4010010, "detail": None, "title": "Authentication Failed"}]}


@pytest.mark.parametrize(
    "header",
    [
        None,
        "ApiToken wrong-token",
        "Bearer {token}",
        "Token {token}",
        "ApiToken  {token}",
        "apitoken {token}",
    ],
    ids=["missing", "wrong-token", "bearer-scheme", "token-scheme", "two-spaces", "lowercase-scheme"],
)
def test_requests_without_the_right_token_get_401(sim: SimulatorServer, header: str | None) -> None:
    headers = {} if header is None else {"Authorization": header.format(token=sim.token)}
    r = httpx.get(sim.api_url + "/activities", headers=headers)
    assert r.status_code == 401
    assert r.json() == AUTH_FAILED


def test_the_right_token_is_accepted(sim: SimulatorServer) -> None:
    r = httpx.get(sim.api_url + "/activities", headers={"Authorization": f"ApiToken {sim.token}"})
    assert r.status_code == 200


def test_token_details_report_creation_and_expiry(start_sim: Callable[..., SimulatorServer]) -> None:
    sim = start_sim(token="fixed-token-for-test", token_ttl=3600.0)
    with client(sim) as c:
        r = c.post("/users/api-token-details", json={"data": {"apiToken": "fixed-token-for-test"}})
    assert r.status_code == 200
    assert r.json() == {
        "data": {"createdAt": "2025-12-31T00:00:00.000000Z", "expiresAt": "2026-01-01T01:00:00.000000Z"}
    }


@pytest.mark.parametrize(
    ("body", "detail"),
    [
        ({}, "data.apiToken: Missing data for required field."),
        ({"data": {"apiToken": "someone-else"}}, "data.apiToken: Invalid API token."),
    ],
    ids=["no-token", "other-token"],
)
def test_token_details_validate_the_body(api: httpx.Client, body: dict, detail: str) -> None:
    r = api.post("/users/api-token-details", json=body)
    assert r.status_code == 400
    assert r.json()["errors"][0]["detail"] == detail


def test_token_expiry_fault_turns_requests_into_401(start_sim: Callable[..., SimulatorServer]) -> None:
    sim = start_sim(faults=["token-expiry:300s"])
    with client(sim) as c:
        details = c.post("/users/api-token-details", json={"data": {"apiToken": sim.token}}).json()
        assert details["data"]["expiresAt"] == "2026-01-01T00:05:00.000000Z"
        assert c.get("/activities").status_code == 200
        sim.clock.advance(299.9)
        assert c.get("/activities").status_code == 200
        sim.clock.advance(0.1)
        r = c.get("/activities")
    assert r.status_code == 401
    assert r.json() == AUTH_FAILED


def test_rotating_the_token_retires_the_old_one(sim: SimulatorServer) -> None:
    old = sim.token
    new = sim.rotate_token()
    assert new != old
    with client(sim, old) as c:
        assert c.get("/activities").status_code == 401
    with client(sim, new) as c:
        assert c.get("/activities").status_code == 200
    r = httpx.post(sim.url + "/_sim/rotate-token")
    assert r.status_code == 200 and r.json()["token"] == sim.token != new


def test_write_token_creates_a_private_file(sim: SimulatorServer, tmp_path) -> None:
    path = sim.write_token(tmp_path / "token")
    assert path.read_text().strip() == sim.token
    assert path.stat().st_mode & 0o777 == 0o600


def test_unknown_paths_and_methods(api: httpx.Client, sim: SimulatorServer) -> None:
    assert api.get("/no-such-thing").status_code == 404
    assert api.post("/activities").status_code == 405
    assert httpx.get(sim.url + "/").status_code == 404
