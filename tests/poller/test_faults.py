"""Failures by kind: what the poller waits, retries, parks or disables (STYLE.md pattern 7)."""

from __future__ import annotations

import logging
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from conftest import START
from poller_fakes import API, FakeConsole, Resource, activities

from s1elastic.outputs import Ack, Batch, Failure, NdjsonOutput, Output, OutputError
from s1elastic.poller.health import read_board


def console_with_activities(n: int = 50) -> FakeConsole:
    objs = activities(n, START - timedelta(hours=1), timedelta(seconds=20))
    return FakeConsole(resources={f"{API}/activities": Resource(objs, "createdAt", "createdAt")})


def health_of(tmp_path: Path, stream: str) -> dict[str, Any]:
    return next(h for h in read_board(tmp_path / "state") if h["stream"] == stream)


@pytest.mark.parametrize(
    "fault",
    [
        pytest.param(500, id="500"),
        pytest.param(503, id="503"),
        pytest.param(httpx.Response(502, text="<html>bad gateway</html>"), id="502-html"),
        pytest.param(httpx.ConnectError("connection refused"), id="connect-error"),
        pytest.param(httpx.ReadTimeout("timed out"), id="read-timeout"),
        pytest.param(httpx.RemoteProtocolError("peer closed connection"), id="truncated"),
        pytest.param(httpx.Response(200, text="{not json"), id="malformed-body"),
    ],
)
def test_generic_errors_back_off_then_recover(tmp_path: Path, poller_factory: Any, fault: Any) -> None:
    console = console_with_activities()
    console.faults[f"{API}/activities"] = [fault, fault, fault]
    poller, clock = poller_factory(console)
    summary = poller.run_once().stream("prod", "activity")
    assert summary.ok and summary.written == 50 and summary.retries == 3
    # exponential with equal jitter: attempt k waits within [initial*2^k/2, initial*2^k]
    waits = [s for s in clock.sleeps if s > 0]
    assert [0.5 <= waits[0] <= 1, 1 <= waits[1] <= 2, 2 <= waits[2] <= 4] == [True, True, True]
    assert health_of(tmp_path, "activity")["status"] == "Collecting"


def test_429_waits_for_retry_after(tmp_path: Path, poller_factory: Any) -> None:
    console = console_with_activities()
    throttled = httpx.Response(
        429, headers={"Retry-After": "7"}, json={"errors": [{"detail": "Too many requests."}]}
    )
    console.faults[f"{API}/activities"] = [throttled]
    poller, clock = poller_factory(console)
    assert poller.run_once().ok
    assert any(7 <= s <= 7.7 for s in clock.sleeps)


def test_generic_errors_give_up_after_the_window_in_a_one_shot_run(
    tmp_path: Path, poller_factory: Any
) -> None:
    console = console_with_activities()
    console.faults[f"{API}/activities"] = [500] * 1000
    poller, clock = poller_factory(console, retry={"initial": "1s", "max": "5m", "generic_window": "90m"})
    summary = poller.run_once().stream("prod", "activity")
    assert not summary.ok and summary.error_type == "third_party"
    assert "gave up" in (summary.error or "")
    assert sum(clock.sleeps) <= 90 * 60
    assert health_of(tmp_path, "activity")["error_type"] == "third_party"


def test_401_is_a_configuration_error_without_retries(tmp_path: Path, poller_factory: Any) -> None:
    console = console_with_activities()
    poller, _ = poller_factory(console)
    console.token = "rotated-token"  # the poller still holds the old one
    summary = poller.run_once().stream("prod", "activity")
    assert summary.error_type == "configuration" and summary.retries == 0
    assert "Authentication Failed" in (summary.error or "")
    assert sum(1 for r in console.requests if r.url.path.endswith("/activities")) == 1


def test_403_on_alerts_disables_that_stream_and_others_run(tmp_path: Path, poller_factory: Any) -> None:
    console = console_with_activities()
    console.resources[f"{API}/cloud-detection/alerts"] = Resource(
        [], "alertInfo.createdAt", "createdAt", forbidden=True
    )
    poller, _ = poller_factory(console, {"activity": {}, "alert": {}})
    summary = poller.run_once()
    alert, activity = summary.stream("prod", "alert"), summary.stream("prod", "activity")
    assert activity.ok and activity.written == 50
    assert alert.error_type == "configuration"
    assert "alert stream disabled on console prod" in (alert.error or "")
    assert "Custom Rules" in (alert.error or "")
    assert health_of(tmp_path, "alert")["status"] == "Error"


class FlakyOutput(Output):
    """Fails whole batches, then refuses one document, then works."""

    name = "flaky"

    def __init__(self, inner: NdjsonOutput) -> None:
        self.inner, self.calls = inner, 0

    def write(self, batch: Batch) -> Ack:
        self.calls += 1
        if self.calls == 1:
            raise OutputError("disk full")
        if self.calls == 2:
            return Ack(len(batch.documents) - 1, (Failure(0, "mapper_parsing_exception"),))
        return self.inner.write(batch)


def test_output_failures_are_first_party_and_retried_before_the_cursor_moves(
    tmp_path: Path, poller_factory: Any
) -> None:
    console = console_with_activities()
    flaky = FlakyOutput(NdjsonOutput(tmp_path / "out"))
    poller, _ = poller_factory(console, outputs=[flaky])
    summary = poller.run_once().stream("prod", "activity")
    assert summary.ok and summary.written == 50 and summary.retries == 2
    assert (
        poller.metrics.errors.labels(console="prod", stream="activity", type="first_party")._value.get() == 2
    )


def test_token_expiry_warning_names_the_console(tmp_path: Path, poller_factory: Any) -> None:
    console = console_with_activities()
    console.token_expires = START + timedelta(days=3)
    poller, _ = poller_factory(console)
    assert poller.run_once().ok
    console_health = next(h for h in read_board(tmp_path / "state") if h["stream"] == "*")
    assert any("console prod" in w and "expires in 3d" in w for w in console_health["warnings"])


def test_no_warning_when_the_token_has_time_left(tmp_path: Path, poller_factory: Any) -> None:
    console = console_with_activities()
    console.token_expires = START + timedelta(days=30)
    poller, _ = poller_factory(console)
    assert poller.run_once().ok
    console_health = next(h for h in read_board(tmp_path / "state") if h["stream"] == "*")
    assert console_health["warnings"] == [] and console_health["status"] == "Authenticated"


def test_the_token_appears_in_no_file_and_no_log(tmp_path: Path, poller_factory: Any, caplog: Any) -> None:
    console = console_with_activities()
    console.faults[f"{API}/activities"] = [500]
    poller, _ = poller_factory(console)
    caplog.set_level(logging.DEBUG)
    logging.getLogger("test").warning("leak attempt %s", console.token)
    assert poller.run_once().ok
    console.token = "other"  # force a 401 so error paths run too
    poller.run_once()
    for path in (tmp_path / "state").rglob("*"):
        if path.is_file():
            assert b"tok-secret-123456" not in path.read_bytes(), path
            assert path.stat().st_mode & 0o077 == 0, path
    assert "tok-secret-123456" not in caplog.text
    assert "[REDACTED]" in caplog.text
