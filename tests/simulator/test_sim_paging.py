"""Envelope, cursor paging, time filters, sort orders and countOnly, held against the ground truth."""

from __future__ import annotations

from datetime import timedelta

import httpx
import pytest
from sim_helpers import ANCHOR, walk

from s1elastic.simulator.server import SimulatorServer
from s1elastic.simulator.timefmt import iso_us, parse_param_time

MID = ANCHOR - timedelta(hours=20)
LATER = ANCHOR - timedelta(hours=4)


def test_envelope_has_data_and_pagination(api: httpx.Client) -> None:
    body = api.get("/activities", params={"limit": 5}).json()
    assert set(body) == {"data", "pagination"}
    assert len(body["data"]) == 5
    assert set(body["pagination"]) == {"nextCursor", "totalItems"}
    assert isinstance(body["pagination"]["nextCursor"], str)
    assert body["pagination"]["totalItems"] == 3000


def test_default_limit_is_ten(api: httpx.Client) -> None:
    assert len(api.get("/activities").json()["data"]) == 10


def test_walking_every_page_returns_each_object_once(sim: SimulatorServer, api: httpx.Client) -> None:
    items = walk(api, "/activities", {"limit": 1000, "sortBy": "createdAt", "sortOrder": "asc"})
    ids = [a["id"] for a in items]
    assert ids == sim.truth.ids("activities")
    assert len(set(ids)) == 3000
    created = [a["createdAt"] for a in items]
    assert created == sorted(created)


@pytest.mark.parametrize(
    ("params", "since_delta_us", "until_delta_us"),
    [
        pytest.param({"createdAt__gte": "MID"}, 0, None, id="gte"),
        pytest.param({"createdAt__gt": "MID"}, 1, None, id="gt"),
        pytest.param({"createdAt__lt": "MID"}, None, 0, id="lt"),
        pytest.param({"createdAt__lte": "MID"}, None, 1, id="lte"),
        pytest.param({"createdAt__gte": "MID", "createdAt__lt": "LATER"}, 0, 0, id="gte-lt"),
        pytest.param({"created_at__gt": "MID", "created_at__lte": "LATER"}, 1, 1, id="snake-case-gt-lte"),
    ],
)
def test_time_filters_match_the_ground_truth(
    sim: SimulatorServer,
    api: httpx.Client,
    params: dict[str, str],
    since_delta_us: int | None,
    until_delta_us: int | None,
) -> None:
    # the boundary is an existing object's createdAt, so gt/gte and lt/lte differ
    boundary = sim.truth.objects("activities")[1234]["createdAt"]
    later = iso_us(parse_param_time(boundary) + 4 * 3600 * 1_000_000)
    query = {k: (boundary if v == "MID" else later) for k, v in params.items()}
    items = walk(api, "/activities", {**query, "limit": 700, "sortBy": "createdAt"})
    lo_key = next((k for k in query if k.endswith(("__gt", "__gte"))), None)
    hi_key = next((k for k in query if k.endswith(("__lt", "__lte"))), None)
    since = None if lo_key is None else parse_param_time(query[lo_key]) + (since_delta_us or 0)
    until = None if hi_key is None else parse_param_time(query[hi_key]) + (until_delta_us or 0)
    assert [a["id"] for a in items] == sim.truth.ids("activities", since, until)
    count = api.get("/activities", params={**query, "countOnly": "true"}).json()
    assert count == {"data": [], "pagination": {"nextCursor": None, "totalItems": len(items)}}


def test_timestamps_are_shared_by_distinct_objects(sim: SimulatorServer) -> None:
    created = [o["createdAt"] for o in sim.truth.objects("activities")]
    assert len(set(created)) < len(created)


@pytest.mark.parametrize(
    "when",
    [
        "2025-12-31T12:00:00Z",
        "2025-12-31T12:00:00.000000Z",
        "2025-12-31T12:00:00+00:00",
        "2025-12-31T13:00:00+01:00",
        "1767182400000",
    ],
    ids=["seconds-Z", "micros-Z", "offset-utc", "offset-plus-one", "epoch-ms"],
)
def test_time_formats_collectors_send_are_accepted(api: httpx.Client, when: str) -> None:
    expected = api.get(
        "/activities", params={"createdAt__gte": "2025-12-31T12:00:00Z", "countOnly": "true"}
    ).json()
    got = api.get("/activities", params={"createdAt__gte": when, "countOnly": "true"}).json()
    assert got == expected
    assert 0 < got["pagination"]["totalItems"] < 3000


def test_descending_order_is_the_reverse(api: httpx.Client) -> None:
    asc = walk(api, "/activities", {"limit": 1000, "sortBy": "createdAt", "sortOrder": "asc"})
    desc = walk(api, "/activities", {"limit": 1000, "sortBy": "createdAt", "sortOrder": "desc"})
    assert [a["id"] for a in desc] == [a["id"] for a in reversed(asc)]


def test_skip_skips_objects(api: httpx.Client) -> None:
    first = api.get("/activities", params={"limit": 20, "sortBy": "createdAt"}).json()["data"]
    skipped = api.get("/activities", params={"limit": 10, "skip": 10, "sortBy": "createdAt"}).json()["data"]
    assert [a["id"] for a in skipped] == [a["id"] for a in first[10:]]


def test_skip_count_leaves_total_out(api: httpx.Client) -> None:
    body = api.get("/activities", params={"limit": 2, "skipCount": "true"}).json()
    assert body["pagination"]["totalItems"] is None
    assert body["pagination"]["nextCursor"] is not None


def test_last_page_has_null_cursor(api: httpx.Client) -> None:
    body = api.get("/groups", params={"limit": 1000}).json()
    assert body["pagination"] == {"nextCursor": None, "totalItems": 10}


VALIDATION = "Validation Error"


@pytest.mark.parametrize(
    ("params", "detail"),
    [
        pytest.param(
            {"limit": "1001"},
            "limit: Must be greater than or equal to 1 and less than or equal to 1000.",
            id="limit-1001",
        ),
        pytest.param(
            {"limit": "0"},
            "limit: Must be greater than or equal to 1 and less than or equal to 1000.",
            id="limit-0",
        ),
        pytest.param({"limit": "ten"}, "limit: Not a valid integer.", id="limit-text"),
        pytest.param(
            {"skip": "1001"},
            "skip: Must be greater than or equal to 0 and less than or equal to 1000.",
            id="skip-1001",
        ),
        pytest.param({"sortOrder": "up"}, "sortOrder: Must be one of: asc, desc.", id="sort-order"),
        pytest.param({"createdAt__gte": "yesterday"}, "createdAt__gte: Not a valid datetime.", id="bad-time"),
        pytest.param(
            {"createdAt_gte": "2025-01-01T00:00:00Z"}, "createdAt_gte: Unknown field.", id="misspelt-filter"
        ),
        pytest.param(
            {"siteIds": "0"},
            "siteIds: 0: Must be greater than or equal to 100000000000000000.",
            id="site-id-0",
        ),
        pytest.param({"cursor": "bm90LWEtY3Vyc29y"}, "Invalid cursor value received", id="foreign-cursor"),
        pytest.param({"countOnly": "maybe"}, "countOnly: Not a valid boolean.", id="count-only"),
    ],
)
def test_invalid_parameters_get_the_validation_envelope(
    api: httpx.Client, params: dict[str, str], detail: str
) -> None:
    r = api.get("/activities", params=params)
    assert r.status_code == 400
    assert r.json() == {"errors": [{"code": 4000010, "detail": detail, "title": VALIDATION}]}


def test_a_cursor_belongs_to_its_filters(api: httpx.Client) -> None:
    cursor = api.get("/activities", params={"limit": 5, "createdAt__gte": "2025-12-31T00:00:00Z"}).json()[
        "pagination"
    ]["nextCursor"]
    same = api.get(
        "/activities", params={"limit": 5, "createdAt__gte": "2025-12-31T00:00:00Z", "cursor": cursor}
    )
    assert same.status_code == 200
    other = api.get(
        "/activities", params={"limit": 5, "createdAt__gte": "2025-12-30T00:00:00Z", "cursor": cursor}
    )
    assert other.status_code == 400


def test_limit_may_change_between_pages(api: httpx.Client) -> None:
    first = api.get("/activities", params={"limit": 5, "sortBy": "createdAt"}).json()
    nxt = api.get(
        "/activities", params={"limit": 7, "sortBy": "createdAt", "cursor": first["pagination"]["nextCursor"]}
    ).json()
    both = api.get("/activities", params={"limit": 12, "sortBy": "createdAt"}).json()
    assert [a["id"] for a in first["data"] + nxt["data"]] == [a["id"] for a in both["data"]]


def test_ids_filter_returns_those_objects(sim: SimulatorServer, api: httpx.Client) -> None:
    wanted = sim.truth.ids("activities")[100:105]
    body = api.get("/activities", params={"ids": ",".join(wanted), "limit": 100}).json()
    assert [a["id"] for a in body["data"]] == wanted
    assert body["pagination"]["totalItems"] == 5


@pytest.mark.parametrize("scope", ["siteIds", "accountIds", "groupIds"])
def test_scope_filters(sim: SimulatorServer, api: httpx.Client, scope: str) -> None:
    field = scope[:-1]  # siteIds → siteId
    everything = walk(api, "/threats", {"limit": 1000})
    value = next(
        t["agentRealtimeInfo"][field] for t in everything if isinstance(t.get("agentRealtimeInfo"), dict)
    )
    filtered = walk(api, "/threats", {"limit": 100, scope: value})
    expected = [
        t["id"]
        for t in everything
        if isinstance(t.get("agentRealtimeInfo"), dict) and t["agentRealtimeInfo"][field] == value
    ]
    assert [t["id"] for t in filtered] == expected
    assert 0 < len(filtered) < len(everything)
    total = api.get("/threats", params={scope: value, "countOnly": "true"}).json()["pagination"]["totalItems"]
    assert total == len(expected)


def test_activity_types_filter(api: httpx.Client) -> None:
    items = walk(api, "/activities", {"limit": 1000, "activityTypes": "27,99999"})
    assert items and {a["activityType"] for a in items} <= {27, 99999}
