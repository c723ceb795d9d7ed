"""A real HTTP server on 127.0.0.1 in a background thread, answering through a Python callable.

Every request is recorded (method, path, query, headers, raw body). Faults are queued: each
queued answer replaces the real one for the next matching request. Strict: an unknown route
answers 404 and is recorded in `unexpected`, which tests assert to be empty.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes


@dataclass
class Reply:
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


Handler = Callable[[Request], Reply]


class LoopbackServer:
    """Start with `with LoopbackServer(handler) as server:`; `server.url` is `http://127.0.0.1:<port>`."""

    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.requests: list[Request] = []
        self.faults: list[tuple[Callable[[Request], bool], Reply]] = []
        self.unexpected: list[Request] = []
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    def queue_fault(self, reply: Reply, when: Callable[[Request], bool] = lambda r: True) -> None:
        with self._lock:
            self.faults.append((when, reply))

    def _answer(self, request: Request) -> Reply:
        with self._lock:
            self.requests.append(request)
            for i, (when, reply) in enumerate(self.faults):
                if when(request):
                    del self.faults[i]
                    return reply
        return self.handler(request)

    def __enter__(self) -> LoopbackServer:
        outer = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                return None

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                parts = urlsplit(self.path)
                request = Request(
                    self.command,
                    parts.path,
                    parse_qs(parts.query, keep_blank_values=True),
                    {k.lower(): v for k, v in self.headers.items()},
                    body,
                )
                reply = outer._answer(request)
                self.send_response(reply.status)
                for key, value in reply.headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(reply.body)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(reply.body)

            do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _serve

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._server is not None and self._thread is not None
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()

    @property
    def url(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def not_found(self, request: Request) -> Reply:
        with self._lock:
            self.unexpected.append(request)
        return Reply(
            404, b'{"error":"unexpected request in test fake"}', {"Content-Type": "application/json"}
        )


class FakeService:
    """A vendor fake: owns a LoopbackServer whose handler is the subclass's `handle`."""

    server: LoopbackServer

    def __enter__(self) -> Any:
        self.server.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.__exit__(*exc)

    @property
    def url(self) -> str:
        return self.server.url
