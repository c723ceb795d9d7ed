"""Long-running behaviour with an injected clock: health transitions, the 90-minute retry window
then hourly retries, a forbidden stream disabled while the others keep polling, the token-expiry
warning, and TLS verification on by default.
"""

from __future__ import annotations

import shutil
import ssl
import subprocess
import threading
from collections.abc import Iterator
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import orjson
import pytest
from conftest import START, make_config
from poller_fakes import API, FakeConsole, Resource, activities

from s1elastic.poller.clock import FakeClock
from s1elastic.poller.config import config_from_dict
from s1elastic.poller.health import read_board
from s1elastic.poller.scheduler import Poller


def console_with_activities(n: int = 30) -> FakeConsole:
    objs = activities(n, START - timedelta(hours=1), timedelta(seconds=30))
    return FakeConsole(resources={f"{API}/activities": Resource(objs, "createdAt", "createdAt")})


def health_events(tmp_path: Path, stream: str) -> list[str]:
    path = tmp_path / "state" / "health.ndjson"
    events = [orjson.loads(line) for line in path.read_bytes().splitlines()]
    return [e["status"] for e in events if e["event"] == "status" and e["stream"] == stream]


class StopWhen(FakeClock):
    """A fake clock that requests shutdown once `until` has passed (ends run_forever in no wall time).

    Sleeps of an hour or more (the daily token check) wait for the shutdown instead of moving the
    shared time, which would end the run before the streams polled.
    """

    def __init__(self, until: timedelta) -> None:
        super().__init__(START)
        self.until = START + until
        self._stopped = threading.Event()

    def request_stop(self) -> None:
        super().request_stop()
        self._stopped.set()

    def sleep(self, seconds: float) -> bool:
        if seconds >= 3600:
            self._stopped.wait(30)
            return False
        awake = super().sleep(seconds)
        if self.now() >= self.until:
            self.request_stop()
            return False
        return awake


def test_health_goes_pending_started_initialized_authenticated_collecting(
    tmp_path: Path, poller_factory: Any
) -> None:
    poller, _ = poller_factory(console_with_activities())
    assert poller.run_once().ok
    assert health_events(tmp_path, "activity") == [
        "Pending",
        "Started",
        "Initialized",
        "Authenticated",
        "Collecting",
    ]


def test_generic_errors_back_off_for_90_minutes_then_retry_hourly(
    tmp_path: Path, poller_factory: Any
) -> None:
    """A long-running poller never gives up: backoff (capped at `max`) for 90 min, then every 60 min."""
    console = console_with_activities()
    console.faults[f"{API}/activities"] = [503] * 140
    poller, clock = poller_factory(console)
    ((runner, *_),) = poller.runners()
    assert runner is not None and runner.give_up_after is None  # forever mode
    result = runner.poll()
    assert result.complete and result.written == 30 and result.retries == 140
    waits = [s for s in clock.sleeps if s > 0]
    elapsed, fast, slow = 0.0, [], []
    for wait in waits:
        (fast if elapsed < 90 * 60 else slow).append(wait)
        elapsed += wait
    assert fast and max(fast) <= 60  # retry.max in the test config
    assert slow and all(w == 3600 for w in slow)
    assert 90 * 60 <= elapsed - sum(slow) <= 90 * 60 + 60


def test_forbidden_alerts_stop_only_that_stream_in_a_long_run(tmp_path: Path, package: Path) -> None:
    console = console_with_activities()
    console.resources[f"{API}/cloud-detection/alerts"] = Resource(
        [], "alertInfo.createdAt", "createdAt", forbidden=True
    )
    later = activities(5, START + timedelta(minutes=1), timedelta(seconds=10))
    config = make_config(tmp_path, package, {"activity": {"interval": "1m"}, "alert": {"interval": "1m"}})
    clock = StopWhen(timedelta(minutes=10))
    with Poller(
        config,
        clock=clock,
        env={"S1_TEST_TOKEN": console.token},
        transport_factory=lambda c: console.transport(),
    ) as poller:
        console.resources[f"{API}/activities"].objects.extend(later)
        summary = poller.run_forever()
    alert_requests = [r for r in console.requests if r.url.path.endswith("/cloud-detection/alerts")]
    activity_requests = [r for r in console.requests if r.url.path.endswith("/activities")]
    assert len(alert_requests) == 1  # disabled after the 403, not retried every interval
    assert len(activity_requests) >= 8  # the activity stream kept polling every minute
    assert summary.stream("prod", "activity").written == 35
    board = {h["stream"]: h for h in read_board(tmp_path / "state")}
    assert board["alert"]["status"] == "Error" and board["alert"]["error_type"] == "configuration"
    assert "alert stream disabled on console prod" in board["alert"]["message"]
    assert board["activity"]["status"] == "Stopped"


@pytest.mark.parametrize(
    ("left", "warned"),
    [
        pytest.param(timedelta(days=6, hours=23), True, id="6d23h"),
        pytest.param(timedelta(days=7), True, id="7d"),
        pytest.param(timedelta(days=7, hours=1), False, id="7d1h"),
        pytest.param(timedelta(hours=-1), True, id="expired"),
    ],
)
def test_token_expiry_warning_within_7_days(
    tmp_path: Path, poller_factory: Any, left: timedelta, warned: bool
) -> None:
    console = console_with_activities()
    console.token_expires = START + left
    poller, _ = poller_factory(console)
    poller.run_once()
    console_health = next(h for h in read_board(tmp_path / "state") if h["stream"] == "*")
    warnings = console_health["warnings"]
    assert bool(warnings) == warned
    if warned:
        assert "console prod: the API token" in warnings[0]
        assert "environment variable S1_TEST_TOKEN" in warnings[0]
        assert console.token not in warnings[0]


# -- TLS -----------------------------------------------------------------------------------------


@pytest.fixture
def https_console(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A loopback HTTPS server with a self-signed certificate; yields (url, the certificate)."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a test certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        [
            "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
            "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
            "-keyout", str(key), "-out", str(cert),
        ],
        check=True,
        capture_output=True,
    )  # fmt: skip
    fake = console_with_activities()

    class Handler(BaseHTTPRequestHandler):
        def _any(self) -> None:
            import httpx

            length = int(self.headers.get("Content-Length") or 0)
            request = httpx.Request(
                self.command,
                f"https://127.0.0.1{self.path}",
                headers=dict(self.headers),
                content=self.rfile.read(length),
            )
            response = fake.handle(request)
            self.send_response(response.status_code)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(response.content)))
            self.end_headers()
            self.wfile.write(response.content)

        do_GET = do_POST = _any

        def log_message(self, format: str, *args: Any) -> None:
            return None

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    (tmp_path / "token").write_text(fake.token)
    (tmp_path / "token").chmod(0o600)
    yield f"https://127.0.0.1:{server.server_address[1]}", cert
    server.shutdown()


def tls_config(tmp_path: Path, package: Path, url: str, **console: Any) -> Any:
    return config_from_dict(
        {
            "state_dir": str(tmp_path / "state"),
            "package_dir": str(package),
            "transform": "none",
            "progress": "off",
            "outputs": [{"type": "ndjson", "path": str(tmp_path / "out")}],
            "consoles": [
                {
                    "name": "tls",
                    "url": url,
                    "api_token_file": str(tmp_path / "token"),
                    "rate_limits": "off",
                    "streams": {"activity": {}},
                    **console,
                }
            ],
        }
    )


def test_tls_is_verified_by_default(tmp_path: Path, package: Path, https_console: tuple[str, Path]) -> None:
    url, _ = https_console
    config = tls_config(tmp_path, package, url)
    assert config.consoles[0].verify is True
    with Poller(config, clock=FakeClock(START)) as poller:
        item = poller.run_once().stream("tls", "activity")
    assert item.error_type == "configuration"
    assert "TLS certificate verification failed" in (item.error or "")


def test_tls_with_the_console_ca_file(tmp_path: Path, package: Path, https_console: tuple[str, Path]) -> None:
    url, cert = https_console
    config = tls_config(tmp_path, package, url, ca_file=str(cert))
    with Poller(config, clock=FakeClock(START)) as poller:
        summary = poller.run_once()
    assert summary.ok and summary.stream("tls", "activity").written == 30
