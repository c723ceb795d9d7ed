"""A strict in-process Management API (httpx.MockTransport) for poller unit tests.

It serves generated objects per endpoint with the console's conventions: `<field>__gte/__lt`
filters, ascending `sortBy`, `limit` + opaque `cursor` paging, `countOnly`. Faults are queued
per path as HTTP statuses (or exceptions) answered before the real response. Any request it does
not know fails the test.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

API = "/web/api/v2.1"


def ts(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse(text: str) -> datetime:
    return datetime.fromisoformat(text)


@dataclass
class Resource:
    objects: list[dict[str, Any]]
    time_path: str | None  # dotted path of the timestamp inside an object
    filter_field: str | None  # query parameter stem (createdAt)
    forbidden: bool = False


def dig(obj: Any, path: str) -> Any:
    for part in path.split("."):
        obj = obj.get(part) if isinstance(obj, dict) else None
    return obj


@dataclass
class FakeConsole:
    token: str = "tok-secret-123456"
    resources: dict[str, Resource] = field(default_factory=dict)
    faults: dict[str, list[Any]] = field(default_factory=dict)
    requests: list[httpx.Request] = field(default_factory=list)
    token_expires: datetime | None = None
    visible_until: Callable[[], datetime] | None = None  # objects newer than this are not yet listed

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        path = request.url.path
        queued = self.faults.get(path)
        if queued:
            fault = queued.pop(0)
            if isinstance(fault, Exception):
                raise fault
            if isinstance(fault, httpx.Response):
                return fault
            return httpx.Response(fault, json={"errors": [{"code": fault * 10000 + 10, "title": "fault"}]})
        if request.headers.get("authorization") != f"ApiToken {self.token}":
            return httpx.Response(
                401, json={"errors": [{"code": 4010010, "detail": None, "title": "Authentication Failed"}]}
            )
        if path == f"{API}/users/api-token-details" and request.method == "POST":
            body = json.loads(request.content)
            assert body == {"data": {"apiToken": self.token}}
            expires = ts(self.token_expires) if self.token_expires else None
            return httpx.Response(
                200, json={"data": {"expiresAt": expires, "createdAt": "2023-01-01T00:00:00Z"}}
            )
        resource = self.resources.get(path)
        if resource is None or request.method != "GET":
            raise AssertionError(f"unexpected request {request.method} {request.url}")
        if resource.forbidden:
            return httpx.Response(
                403,
                json={
                    "errors": [
                        {
                            "code": 4030010,
                            "detail": "This scope does not have Custom Rules enabled.",
                            "title": "Insufficient permissions",
                        }
                    ]
                },
            )
        return self._list(resource, dict(request.url.params))

    def _list(self, resource: Resource, params: dict[str, str]) -> httpx.Response:
        items = list(resource.objects)
        known = {"limit", "cursor", "sortBy", "sortOrder", "countOnly", "skipCount"}
        for key, value in params.items():
            if resource.filter_field and key.startswith(resource.filter_field + "__"):
                op = key.split("__", 1)[1]
                bound = parse(value)
                assert resource.time_path is not None
                test = {
                    "gte": lambda t, b=bound: t >= b,
                    "gt": lambda t, b=bound: t > b,
                    "lt": lambda t, b=bound: t < b,
                    "lte": lambda t, b=bound: t <= b,
                }[op]
                items = [o for o in items if test(parse(dig(o, resource.time_path)))]
            elif key not in known:
                items = [o for o in items if str(o.get(key)) == value]
        if self.visible_until is not None and resource.time_path:
            limit_time = self.visible_until()
            items = [o for o in items if parse(dig(o, resource.time_path)) <= limit_time]
        if resource.time_path:
            items.sort(key=lambda o: (parse(dig(o, resource.time_path)), str(o.get("id"))))
        if params.get("countOnly") == "true":
            return httpx.Response(
                200, json={"data": [], "pagination": {"totalItems": len(items), "nextCursor": None}}
            )
        limit = int(params.get("limit", "10"))
        if not 1 <= limit <= 1000:
            return httpx.Response(400, json={"errors": [{"code": 4000010, "title": "Validation Error"}]})
        start = 0
        if "cursor" in params:
            try:
                start = int(base64.b64decode(params["cursor"]).decode().split(":")[1])
            except Exception:
                return httpx.Response(400, json={"errors": [{"code": 4000010, "title": "Invalid cursor"}]})
        chunk = items[start : start + limit]
        nxt = start + limit
        cursor = base64.b64encode(f"offset:{nxt}".encode()).decode() if nxt < len(items) else None
        return httpx.Response(
            200, json={"data": chunk, "pagination": {"nextCursor": cursor, "totalItems": len(items)}}
        )


def activities(
    n: int, start: datetime, step: timedelta = timedelta(seconds=1), same_every: int = 1
) -> list[dict[str, Any]]:
    """`n` activities; `same_every` > 1 gives groups of objects sharing one createdAt."""
    out = []
    for i in range(n):
        when = start + step * (i // same_every)
        out.append({"id": str(1000000 + i), "activityType": 27, "createdAt": ts(when), "data": {"n": i}})
    return out


def write_package(root: Any, streams: dict[str, str]) -> None:
    """A minimal package: data_stream/<name>/poll.yml with the given YAML text."""
    for name, text in streams.items():
        folder = root / "data_stream" / name
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "poll.yml").write_text(text)


ACTIVITY_SPEC = """\
endpoint: /web/api/v2.1/activities
mode: incremental
cursor_field: createdAt
sort_by: createdAt
page_size: 100
interval: 1m
initial_lookback: 24h
id_field: id
"""

GROUP_SPEC = """\
endpoint: /web/api/v2.1/groups
mode: snapshot
page_size: 100
interval: 1h
id_field: id
"""

ALERT_SPEC = """\
endpoint: /web/api/v2.1/cloud-detection/alerts
mode: incremental
cursor_field: createdAt
cursor_path: alertInfo.createdAt
sort_by: alertInfoCreatedAt
page_size: 100
interval: 1m
initial_lookback: 24h
id_field: alertInfo.alertId
"""


def serve(console: FakeConsole) -> tuple[str, Any]:
    """Serve `console` over real HTTP on 127.0.0.1; returns (url, server) — call server.shutdown()."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _any(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            request = httpx.Request(
                self.command,
                f"http://{self.headers.get('Host')}{self.path}",
                headers=dict(self.headers),
                content=body,
            )
            try:
                with lock:
                    response = console.handle(request)
                payload = response.read()
                self.send_response(response.status_code)
                for key, value in response.headers.items():
                    if key.lower() not in ("content-length", "transfer-encoding", "connection"):
                        self.send_header(key, value)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)
            except httpx.TransportError:
                self.close_connection = True  # a network fault: hang up without answering

        do_GET = _any
        do_POST = _any

        def log_message(self, format: str, *args: Any) -> None:
            return

    class Server(ThreadingHTTPServer):
        def handle_error(self, request: Any, client_address: Any) -> None:
            return  # clients killed mid-request (kill -9 tests) are expected

    server = Server(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    host, port = server.server_address[:2]
    return f"http://{host}:{port}", server
