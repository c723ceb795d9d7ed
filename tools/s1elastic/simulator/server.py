"""The HTTP side: a ThreadingHTTPServer on loopback speaking the Management API v2.1.

Routes below /web/api/v2.1 (all need `Authorization: ApiToken <token>`):
    GET  /activities, /activities/types, /threats, /cloud-detection/alerts, /agents,
         /agents/count, /groups, /groups/count, /application-management/inventory,
         /application-management/inventory/endpoints, /application-management/inventory/applications,
         /agents/applications, /application-management/risks, /system/info, /system/status
    POST /users/api-token-details            body {"data":{"apiToken":"<token>"}}
Test hooks (no auth; loopback only, not part of the real API):
    GET  /_sim/health, /_sim/config, /_sim/stats
    GET  /_sim/ids?resource=R[&from=ISO][&to=ISO][&field=createdAt|updatedAt][&at=ISO]
    GET  /_sim/revisions?resource=R[&from=ISO][&to=ISO][&at=ISO]
    POST /_sim/clock?advance=SECONDS | ?set=ISO   (only with a ManualClock)
    POST /_sim/rotate-token                        (a new token; the old one stops working)

HTTP/1.1 keep-alive, one thread per connection; every answer carries Content-Length.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import socket
import sys
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import orjson

from s1elastic.simulator import catalog, engine
from s1elastic.simulator import errors as err
from s1elastic.simulator.config import ManualClock, SimulatorConfig
from s1elastic.simulator.faults import FaultInjector
from s1elastic.simulator.model import Model
from s1elastic.simulator.query import parse_list_query
from s1elastic.simulator.resources.base import TimedResource
from s1elastic.simulator.stats import Stats
from s1elastic.simulator.timefmt import iso_us, parse_param_time
from s1elastic.simulator.truth import GroundTruth

log = logging.getLogger("s1elastic.simulator")

API_PREFIX = "/web/api/v2.1"
Params = Mapping[str, Sequence[str]]
JSON = {"Content-Type": "application/json"}


@dataclass
class Answer:
    """One response, plus what the stats need to know about it."""

    status: int
    body: bytes
    headers: dict[str, str] = field(default_factory=lambda: dict(JSON))
    resource: str | None = None  # set on list pages of a resource
    indices: list[int] = field(default_factory=list)  # the objects served (by index)
    action: str | None = None  # "drop" | "truncate": what the socket layer must do


def _error(e: err.ApiError) -> Answer:
    return Answer(e.status, e.body(), {**JSON, **e.headers})


def mask(token: str) -> str:
    """A token as it may appear in logs: its first four characters and its length."""
    return f"{token[:4]}…({len(token)} chars)" if token else "(none)"


def _envelope(items: list[bytes], next_cursor: str | None, total: int | None) -> bytes:
    pagination = orjson.dumps({"nextCursor": next_cursor, "totalItems": total})
    return b'{"data":[' + b",".join(items) + b'],"pagination":' + pagination + b"}"


class Api:
    """Request → answer, independent of the socket layer (and so testable without one)."""

    def __init__(self, config: SimulatorConfig) -> None:
        self.model = Model(config)
        self.truth = GroundTruth(self.model)
        self.stats = Stats(track_served=config.track_served)
        self.faults: FaultInjector = self.model.faults
        self._token_lock = threading.Lock()
        self._token = config.token or secrets.token_urlsafe(60)
        self._token_created = self.model.started_us - 86_400_000_000
        self._token_expires = self.model.token_expires_us()
        self.routes: dict[tuple[str, str], tuple[str, Callable[[Params, bytes], Answer]]] = {}
        for res in self.model.resources.values():
            self.routes[("GET", res.path)] = (res.endpoint, self._lister(res))
        apps = self.model.applications
        self.routes.update(
            {
                ("GET", "/activities/types"): ("activities", self._activity_types),
                ("GET", "/agents/count"): ("agents", self._counter("agents")),
                ("GET", "/groups/count"): ("groups", self._counter("groups")),
                ("GET", "/application-management/inventory"): ("applications", self._static(apps.inventory)),
                ("GET", "/application-management/inventory/endpoints"): (
                    "applications",
                    self._static(apps.inventory_endpoints, resource="applications"),
                ),
                ("GET", "/application-management/inventory/applications"): (
                    "applications",
                    self._static(apps.agent_applications),
                ),
                ("GET", "/agents/applications"): ("agents", self._static(apps.agent_applications)),
                ("GET", "/application-management/risks"): (
                    "risks",
                    self._static(apps.risks, resource="risks"),
                ),
                ("GET", "/system/info"): ("system", self._system_info),
                ("GET", "/system/status"): ("system", lambda p, b: Answer(200, b'{"data":{"health":"ok"}}')),
                ("POST", "/users/api-token-details"): ("users", self._token_details),
            }
        )

    # -- token -----------------------------------------------------------------------------------

    @property
    def token(self) -> str:
        with self._token_lock:
            return self._token

    @property
    def token_expires_us(self) -> int:
        with self._token_lock:
            return self._token_expires

    def rotate_token(self, token: str | None = None) -> str:
        """Replace the token (the old one stops working at once); the new one gets a fresh TTL."""
        with self._token_lock:
            self._token = token or secrets.token_urlsafe(60)
            now = self.model.now_us()
            self._token_created = now
            ttl = self._token_expires - self.model.started_us
            self._token_expires = now + ttl
            return self._token

    def _authenticate(self, header: str | None) -> str:
        if not header or not header.startswith("ApiToken "):
            raise err.authentication_failed()
        presented = header[len("ApiToken ") :]
        with self._token_lock:
            token, expires = self._token, self._token_expires
        if not secrets.compare_digest(presented.encode(), token.encode()) or self.model.now_us() >= expires:
            raise err.authentication_failed()
        return presented

    # -- dispatch --------------------------------------------------------------------------------

    def handle(
        self, method: str, target: str, headers: Mapping[str, str] | Message, body: bytes
    ) -> tuple[Answer, list[str], str]:
        """(answer, injected fault kinds, endpoint)."""
        split = urlsplit(target)
        params = parse_qs(split.query, keep_blank_values=True)
        path = split.path.rstrip("/") or "/"
        if path.startswith("/_sim"):
            return self._sim(method, path, params, body), [], "_sim"
        route_path = path[len(API_PREFIX) :] if path.startswith(API_PREFIX) else None
        route = self.routes.get((method, route_path or ""))
        if route is None:
            known = route_path is not None and any(p == route_path for _, p in self.routes)
            return _error(err.method_not_allowed() if known else err.not_found()), [], "unknown"
        endpoint, handler = route
        kinds: list[str] = []
        try:
            token = self._authenticate(headers.get("Authorization"))
            decision = self.faults.decide(endpoint, token, self.model.clock.now())
            kinds = decision.kinds
            if decision.delay:
                time.sleep(decision.delay)
            if decision.retry_after is not None:
                raise err.too_many_requests(decision.retry_after)
            if decision.error_status is not None:
                if decision.error_status == 500:
                    raise err.internal_error()
                page = err.GATEWAY_PAGES[decision.error_status]
                return Answer(decision.error_status, page, {"Content-Type": "text/html"}), kinds, endpoint
            if decision.drop:
                return Answer(0, b"", {}, action="drop"), kinds, endpoint
            if endpoint == "alerts" and self.faults.alerts_forbidden:
                raise err.insufficient_permissions("This scope does not have Custom Rules enabled.")
            answer = handler(params, body)
            if decision.truncate:
                answer.action = "truncate"
            return answer, kinds, endpoint
        except err.ApiError as e:
            return _error(e), kinds, endpoint

    # -- list endpoints ----------------------------------------------------------------------------

    def _lister(self, res: TimedResource) -> Callable[[Params, bytes], Answer]:
        allowed = (
            frozenset({"ids"}) | res.ignored_params | {"agentIds", "activityTypes", "computerName__like"}
        )
        if res.has_scope_filters:
            allowed |= {"accountIds", "siteIds", "groupIds"}

        def handler(params: Params, body: bytes) -> Answer:
            q = parse_list_query(
                params, time_params=res.time_params, sort_params=res.sort_params, allowed=allowed
            )
            page = engine.list_page(res, q, self.model.now_us())
            payload = _envelope(page.items, page.next_cursor, page.total)
            return Answer(200, payload, resource=res.name, indices=[i for i, _, _ in page.hits])

        return handler

    def _static(
        self, fn: Callable[[Params, int], Any], resource: str | None = None
    ) -> Callable[[Params, bytes], Answer]:
        def handler(params: Params, body: bytes) -> Answer:
            page = fn(params, self.model.now_us())
            return Answer(200, _envelope(page.items, page.next_cursor, page.total), resource=resource)

        return handler

    def _counter(self, name: str) -> Callable[[Params, bytes], Answer]:
        res = self.model.resources[name]

        def handler(params: Params, body: bytes) -> Answer:
            q = parse_list_query(
                {**params, "countOnly": ["true"]},
                time_params=res.time_params,
                sort_params=res.sort_params,
                allowed=frozenset({"ids", "accountIds", "siteIds", "groupIds"}) | res.ignored_params,
            )
            page = engine.list_page(res, q, self.model.now_us())
            return Answer(200, orjson.dumps({"data": {"total": page.total}}))

        return handler

    def _activity_types(self, params: Params, body: bytes) -> Answer:
        data = [
            {"action": f"Activity {t.code}", "descriptionTemplate": t.primary, "id": t.code}
            for t in catalog.ACTIVITY_TYPES
        ]
        return Answer(200, orjson.dumps({"data": data}))

    def _system_info(self, params: Params, body: bytes) -> Answer:
        info = {
            "build": "s1elastic-simulator",
            "latestAgentVersion": catalog.AGENT_VERSIONS[0],
            "release": "simulated",
            "version": "23.4.2",
        }
        return Answer(200, orjson.dumps({"data": info}))

    def _token_details(self, params: Params, body: bytes) -> Answer:
        try:
            parsed = orjson.loads(body) if body else None
        except orjson.JSONDecodeError:
            raise err.validation("data: Invalid JSON body.") from None
        data = parsed.get("data") if isinstance(parsed, dict) else None
        if not isinstance(data, dict) or not isinstance(data.get("apiToken"), str):
            raise err.validation("data.apiToken: Missing data for required field.")
        with self._token_lock:
            token, created, expires = self._token, self._token_created, self._token_expires
        if not secrets.compare_digest(data["apiToken"].encode(), token.encode()):
            raise err.validation("data.apiToken: Invalid API token.")  # wording is an assumption
        return Answer(
            200, orjson.dumps({"data": {"createdAt": iso_us(created), "expiresAt": iso_us(expires)}})
        )

    # -- test hooks --------------------------------------------------------------------------------

    def _sim(self, method: str, path: str, params: Params, body: bytes) -> Answer:
        def one(name: str) -> str | None:
            values = params.get(name)
            return values[-1] if values else None

        try:
            if method == "GET" and path == "/_sim/health":
                return Answer(200, b'{"ok":true}')
            if method == "GET" and path == "/_sim/stats":
                return Answer(200, orjson.dumps(self.stats.snapshot()))
            if method == "GET" and path == "/_sim/config":
                return Answer(200, orjson.dumps(self.describe()))
            if method == "GET" and path in ("/_sim/ids", "/_sim/revisions"):
                resource = one("resource") or ""
                if path == "/_sim/ids":
                    ids = self.truth.ids(
                        resource, one("from"), one("to"), field=one("field") or "createdAt", at=one("at")
                    )
                    return Answer(200, orjson.dumps({"resource": resource, "count": len(ids), "ids": ids}))
                revs = self.truth.revisions(resource, one("from"), one("to"), at=one("at"))
                rows = [{"id": i, "updatedAt": t} for i, t in revs]
                return Answer(
                    200, orjson.dumps({"resource": resource, "count": len(rows), "revisions": rows})
                )
            if method == "POST" and path == "/_sim/clock":
                clock = self.model.clock
                if not isinstance(clock, ManualClock):
                    return Answer(409, b'{"error":"the simulator runs on the system clock"}')
                if one("advance") is not None:
                    clock.advance(float(one("advance") or 0))
                elif one("set") is not None:
                    clock.set(parse_param_time(one("set") or "") / 1_000_000)
                return Answer(200, orjson.dumps({"now": iso_us(self.model.now_us())}))
            if method == "POST" and path == "/_sim/rotate-token":
                token = self.rotate_token()
                return Answer(200, orjson.dumps({"token": token}))
        except ValueError as exc:
            return Answer(400, orjson.dumps({"error": str(exc)}))
        return Answer(404, b'{"error":"no such test hook"}')

    def describe(self) -> dict[str, Any]:
        """The run's parameters (never the token)."""
        m = self.model
        cfg = m.config
        return {
            "seed": cfg.seed,
            "anchor": iso_us(m.anchor),
            "now": iso_us(m.now_us()),
            "counts": {name: cfg.count(name) for name in m.resources},
            "history_seconds": {name: cfg.history_seconds(name) for name in m.resources},
            "live_rates": dict(cfg.live_rates),
            "faults": [repr(f) for f in self.faults.faults],
            "token": mask(self.token),
            "token_expires_at": iso_us(self.token_expires_us),
            "applications": {"apps_per_agent": m.installed.per_agent, "rows": m.installed.total_rows()},
        }


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "s1elastic-simulator"
    sys_version = ""
    timeout = 60  # idle keep-alive connections end after a minute
    api: Api  # set on the subclass the server builds

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("%s " + format, self.address_string(), *args)

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length > 0 else b""
        api = self.api
        answer, kinds, endpoint = api.handle(self.command, self.path, self.headers, body)
        api.stats.record(
            endpoint,
            0 if answer.action == "drop" else answer.status,
            objects=len(answer.indices),
            size=len(answer.body),
            faults=kinds,
            resource=answer.resource,
            indices=answer.indices,
        )
        if answer.action == "drop":
            self._hang_up()
            return
        self.send_response(answer.status)
        for name, value in answer.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(answer.body)))
        self.end_headers()
        if answer.action == "truncate":
            self.wfile.write(answer.body[: max(1, len(answer.body) // 2)])
            self.wfile.flush()
            self._hang_up()
            return
        self.wfile.write(answer.body)

    def _hang_up(self) -> None:
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)

    do_GET = _serve
    do_POST = _serve
    do_PUT = _serve
    do_DELETE = _serve


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._open: set[socket.socket] = set()
        self._open_lock = threading.Lock()

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._open_lock:
            self._open.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._open_lock:
            self._open.discard(request)
        super().shutdown_request(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that went away (a poller killed mid-request) is normal; anything else is logged."""
        exc = sys.exc_info()[1]
        if isinstance(exc, ConnectionError | TimeoutError):
            return
        log.exception("simulator: error while serving %s", client_address)

    def close_connections(self) -> None:
        """Hang up on keep-alive clients, so a stopped simulator really stops answering."""
        with self._open_lock:
            sockets = list(self._open)
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


class SimulatorServer:
    """The simulator on an ephemeral loopback port in a background thread.

    with SimulatorServer(SimulatorConfig(seed=1, counts={"activities": 5000})) as sim:
        sim.url, sim.token, sim.truth.ids("activities"), sim.stats()
    """

    def __init__(self, config: SimulatorConfig | None = None) -> None:
        self.config = config or SimulatorConfig()
        self.api = Api(self.config)
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle ---------------------------------------------------------------------------------

    def start(self) -> SimulatorServer:
        handler = type("Handler", (_Handler,), {"api": self.api})
        self._server = _Server((self.config.host, self.config.port), handler)
        self._thread = threading.Thread(target=self._server.serve_forever, name="s1-simulator", daemon=True)
        self._thread.start()
        log.debug("S1 simulator on %s (token %s)", self.url, mask(self.token))
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.close_connections()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> SimulatorServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def serve_forever(self) -> None:
        """Run in the calling thread until stop() (from another thread) or KeyboardInterrupt."""
        if self._server is None:
            self.start()
        assert self._thread is not None
        try:
            while self._thread.is_alive():
                self._thread.join(0.5)
        finally:
            self.stop()

    # -- what tests use ----------------------------------------------------------------------------

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("the simulator is not running")
        return int(self._server.server_address[1])

    @property
    def url(self) -> str:
        """The console URL (what a poller config's `url` takes)."""
        return f"http://{self.config.host}:{self.port}"

    @property
    def api_url(self) -> str:
        return self.url + API_PREFIX

    @property
    def token(self) -> str:
        return self.api.token

    @property
    def model(self) -> Model:
        return self.api.model

    @property
    def truth(self) -> GroundTruth:
        return self.api.truth

    @property
    def clock(self) -> Any:
        return self.api.model.clock

    def stats(self) -> dict[str, Any]:
        return self.api.stats.snapshot()

    def rotate_token(self, token: str | None = None) -> str:
        return self.api.rotate_token(token)

    def write_token(self, path: str | Path) -> Path:
        """Write the token to `path` with mode 0600 (created that way, never world-readable)."""
        target = Path(path)
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.fchmod(fd, 0o600)
            os.write(fd, (self.token + "\n").encode())
        finally:
            os.close(fd)
        return target
