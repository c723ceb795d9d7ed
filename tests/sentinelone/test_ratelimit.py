"""Token buckets per endpoint with an injected clock."""

from __future__ import annotations

import pytest

from s1elastic.sentinelone.ratelimit import Limit, RateLimiter, TokenBucket


class Clock:
    def __init__(self) -> None:
        self.t = 0.0

    def __call__(self) -> float:
        return self.t


def test_bucket_allows_the_burst_then_paces_at_the_rate() -> None:
    clock = Clock()
    bucket = TokenBucket(Limit(10, 30), clock)
    assert [bucket.reserve() for _ in range(30)] == [0.0] * 30
    assert bucket.reserve() == pytest.approx(0.1)
    assert bucket.reserve() == pytest.approx(0.2)
    clock.t = 10.0  # refilled (capped at the burst)
    assert bucket.reserve() == 0.0


@pytest.mark.parametrize(
    ("path", "key"),
    [
        pytest.param("/web/api/v2.1/activities", "/activities", id="activities"),
        pytest.param("/web/api/v2.1/threats", "/threats", id="threats"),
        pytest.param("/web/api/v2.1/threats/123/notes", "/threats/", id="threat-subpath"),
        pytest.param("/web/api/v2.1/users/api-token-details", "/users", id="users"),
        pytest.param("/web/api/v2.1/users/login/by-api-token", "/users/login", id="login"),
        pytest.param("/web/api/v2.1/groups", "*", id="default"),
        pytest.param(
            "/web/api/v2.1/application-management/inventory/endpoints",
            "/application-management/inventory",
            id="inventory",
        ),
    ],
)
def test_longest_prefix_wins(path: str, key: str) -> None:
    assert RateLimiter(Clock()).key_for(path) == key


def test_endpoints_have_separate_buckets() -> None:
    limiter = RateLimiter(Clock())
    for _ in range(30):
        assert limiter.wait_time("/web/api/v2.1/activities") == 0.0
    assert limiter.wait_time("/web/api/v2.1/activities") > 0
    assert limiter.wait_time("/web/api/v2.1/agents") == 0.0


def test_unlimited() -> None:
    limiter = RateLimiter.unlimited(Clock())
    assert all(limiter.wait_time("/web/api/v2.1/activities") == 0.0 for _ in range(1000))
