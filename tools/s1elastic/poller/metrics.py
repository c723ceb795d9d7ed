"""Prometheus metrics and the optional local HTTP endpoint (`/metrics`, `/health`).

A registry per poller (not the global one) keeps tests independent.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import orjson
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Gauge, generate_latest

LABELS = ("console", "stream")


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        self.objects = Counter("s1elastic_objects", "API objects fetched", LABELS, registry=r)
        self.documents = Counter(
            "s1elastic_documents", "Documents acknowledged by the outputs", LABELS, registry=r
        )
        self.duplicates = Counter(
            "s1elastic_duplicates",
            "Objects dropped as already written at the window boundary",
            LABELS,
            registry=r,
        )
        self.pipeline_errors = Counter(
            "s1elastic_pipeline_errors", "Documents written with error.message set", LABELS, registry=r
        )
        self.pages = Counter("s1elastic_pages", "API pages acknowledged", LABELS, registry=r)
        self.retries = Counter(
            "s1elastic_retries", "Retried requests or writes", (*LABELS, "reason"), registry=r
        )
        self.errors = Counter("s1elastic_errors", "Errors by type", (*LABELS, "type"), registry=r)
        self.lag = Gauge(
            "s1elastic_lag_seconds", "How far the collected data is behind now", LABELS, registry=r
        )
        self.last_success = Gauge(
            "s1elastic_last_success_timestamp_seconds",
            "Unix time of the last acknowledged page",
            LABELS,
            registry=r,
        )
        self.token_expiry = Gauge(
            "s1elastic_token_expiry_timestamp_seconds",
            "Unix time the console's API token expires",
            ("console",),
            registry=r,
        )

    def render(self) -> bytes:
        return generate_latest(self.registry)


class HealthServer:
    """Serves /metrics (Prometheus text) and /health (the health board as JSON) on loopback."""

    def __init__(self, listen: str, metrics: Metrics, board: Callable[[], list[dict[str, Any]]]) -> None:
        host, _, port = listen.rpartition(":")
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                if self.path.split("?")[0] == "/metrics":
                    self._send(200, CONTENT_TYPE_LATEST, outer.metrics.render())
                elif self.path.split("?")[0] in ("/health", "/"):
                    health = outer.board()
                    ok = all(h.get("status") != "Error" for h in health)
                    self._send(200 if ok else 503, "application/json", orjson.dumps({"health": health}))
                else:
                    self._send(404, "text/plain", b"not found\n")

            def _send(self, status: int, ctype: str, body: bytes) -> None:
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                return

        self.metrics = metrics
        self.board = board
        self._server = ThreadingHTTPServer((host or "127.0.0.1", int(port)), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, name="health-http", daemon=True)

    @property
    def address(self) -> tuple[str, int]:
        host, port = self._server.server_address[:2]
        return str(host), int(port)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
