"""The client's outcome table and envelope handling against an httpx.MockTransport."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from s1elastic.sentinelone import (
    ConfigurationError,
    CursorExpired,
    FeatureNotEnabled,
    InvalidResponse,
    NetworkError,
    RateLimited,
    SentinelOneClient,
    ServerError,
)
from s1elastic.sentinelone.outcomes import Action, classify, parse_retry_after

TOKEN = "secret-token-value"
PATH = "/web/api/v2.1/activities"


def client_for(handler: Any) -> SentinelOneClient:
    return SentinelOneClient("https://console.example", TOKEN, transport=httpx.MockTransport(handler))


def answer(status: int, body: Any = None, headers: dict[str, str] | None = None) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        if isinstance(body, str):
            return httpx.Response(status, text=body, headers=headers)
        return httpx.Response(status, json=body, headers=headers)

    return handler


AUTH_FAILED = {"errors": [{"code": 4010010, "detail": None, "title": "Authentication Failed"}]}
NO_STAR = {
    "errors": [
        {
            "code": 4030010,
            "detail": "This scope does not have Custom Rules enabled.",
            "title": "Insufficient permissions",
        }
    ]
}
NO_ROLE = {
    "errors": [{"code": 4030001, "detail": "Action is not allowed", "title": "Insufficient permissions"}]
}


@pytest.mark.parametrize(
    ("status", "body", "params", "error"),
    [
        pytest.param(401, AUTH_FAILED, {}, ConfigurationError, id="401-config"),
        pytest.param(403, NO_STAR, {}, FeatureNotEnabled, id="403-feature"),
        pytest.param(403, NO_ROLE, {}, ConfigurationError, id="403-role"),
        pytest.param(404, None, {}, ConfigurationError, id="404-bad-url"),
        pytest.param(400, {"errors": [{"title": "Validation"}]}, {}, ConfigurationError, id="400-bad-query"),
        pytest.param(
            400, {"errors": [{"title": "Invalid cursor"}]}, {"cursor": "x"}, CursorExpired, id="400-cursor"
        ),
        pytest.param(429, {"errors": [{"detail": "Too many requests."}]}, {}, RateLimited, id="429"),
        pytest.param(500, {"errors": [{"title": "Internal"}]}, {}, ServerError, id="500"),
        pytest.param(503, "<html>down</html>", {}, ServerError, id="503-html"),
        pytest.param(200, "{truncated", {}, InvalidResponse, id="200-not-json"),
        pytest.param(200, {"pagination": {}}, {}, InvalidResponse, id="200-no-data"),
    ],
)
def test_outcome_table(status: int, body: Any, params: dict[str, str], error: type[Exception]) -> None:
    with client_for(answer(status, body)) as client, pytest.raises(error) as info:
        client.list_page(PATH, params)
    assert TOKEN not in str(info.value)
    assert str(info.value).startswith(f"GET {PATH}")


def test_feature_and_config_errors_do_not_retry_but_differ() -> None:
    assert classify(403, NO_STAR, had_cursor=False).action is Action.DISABLE
    assert classify(401, AUTH_FAILED, had_cursor=False).action is Action.STOP
    assert classify(502, None, had_cursor=True).action is Action.BACKOFF


@pytest.mark.parametrize(
    ("header", "seconds"),
    [
        pytest.param("3", 3.0, id="delta-seconds"),
        pytest.param(None, 5.0, id="absent-fallback"),
        pytest.param("soon", 5.0, id="garbage-fallback"),
        pytest.param("Fri, 01 Mar 2024 12:00:10 GMT", 10.0, id="http-date"),
    ],
)
def test_retry_after(header: str | None, seconds: float) -> None:
    now = 1709294400.0  # 2024-03-01T12:00:00Z
    assert parse_retry_after(header, now=now) == pytest.approx(seconds)


def test_rate_limited_carries_retry_after() -> None:
    with client_for(answer(429, None, {"Retry-After": "2"})) as client, pytest.raises(RateLimited) as info:
        client.list_page(PATH, {})
    assert info.value.retry_after == 2.0


def test_page_envelope_and_auth_header() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(
            200, json={"data": [{"id": "1"}], "pagination": {"nextCursor": "null", "totalItems": 1}}
        )

    with client_for(handler) as client:
        page = client.list_page(PATH, {"limit": 1000, "skipCount": True})
    assert page.items == [{"id": "1"}] and page.next_cursor is None and page.total == 1
    assert seen[0].headers["authorization"] == f"ApiToken {TOKEN}"
    assert seen[0].url.params["skipCount"] == "true"


def test_large_integers_survive_parsing() -> None:
    body = b'{"data":[{"id":"1","big":123456789012345678901234567890}],"pagination":{"nextCursor":null}}'
    handler = lambda request: httpx.Response(200, content=body)  # noqa: E731
    with client_for(handler) as client:
        assert client.list_page(PATH, {}).items[0]["big"] == 123456789012345678901234567890


def test_count_only() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        assert request.url.params["countOnly"] == "true"
        return httpx.Response(200, json={"data": [], "pagination": {"totalItems": 42}})

    with client_for(handler) as client:
        assert client.count(PATH, {"createdAt__gte": "2024-01-01T00:00:00.000000Z"}) == 42


def test_token_details() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        assert request.method == "POST" and request.url.path == "/web/api/v2.1/users/api-token-details"
        return httpx.Response(
            200, json={"data": {"expiresAt": "2024-04-01T00:00:00Z", "createdAt": "2024-03-01T00:00:00Z"}}
        )

    with client_for(handler) as client:
        details = client.token_details()
    assert details.expires_at is not None and details.expires_at.isoformat() == "2024-04-01T00:00:00+00:00"


def test_network_errors_are_retryable() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused")

    with client_for(handler) as client, pytest.raises(NetworkError):
        client.list_page(PATH, {})


@pytest.mark.parametrize("url", ["ftp://console.example", "not a url", "https://"])
def test_bad_url_is_a_configuration_error(url: str) -> None:
    with pytest.raises(ConfigurationError):
        SentinelOneClient(url, TOKEN)
