"""A fake Singularity Data Lake `POST /api/addEvents`, answering as SDL documents.

Checks `Authorization: Bearer <key>` (401 `error/client/noPermission`), the 6 MB body limit and
JSON (400 `error/client/badParam`), a `session` on every request. It records what SDL requires of
a client and tests assert on: the same `sessionInfo` for every request of a session, at most one
request in flight per session, `ts` a string of digits strictly increasing within a session. An
event whose `ts` is not after the session's last one is not stored (SDL identifies events by
session and timestamp, so a resent request adds nothing). `lose_answers` stores a request and then
answers 503, as when a response is lost on the way back.
"""

from __future__ import annotations

import threading
import time
from typing import Any

import orjson

from fakes.loopback import FakeService, LoopbackServer, Reply, Request

MAX_BYTES = 6_000_000
JSON = {"Content-Type": "application/json"}


def sdl_reply(status: int, body: dict[str, Any]) -> Reply:
    return Reply(status, orjson.dumps(body), dict(JSON))


class FakeSdl(FakeService):
    def __init__(self, key: str = "sdl-write-key-0001", *, hold: float = 0.0) -> None:
        self.server = LoopbackServer(self.handle)
        self.key = key
        self.hold = hold  # seconds each request stays in flight (to expose concurrent use)
        self.events: list[dict[str, Any]] = []  # stored events, with "session" and resolved log attrs
        self.session_infos: dict[str, dict[str, Any]] = {}
        self.last_ts: dict[str, int] = {}
        self.violations: list[str] = []
        self.repeats = 0
        self.lose_answers = 0
        self._in_flight: set[str] = set()
        self._lock = threading.Lock()

    def handle(self, request: Request) -> Reply:
        if request.method != "POST" or request.path != "/api/addEvents":
            return self.server.not_found(request)
        if request.headers.get("authorization") != f"Bearer {self.key}":
            return sdl_reply(401, {"status": "error/client/noPermission", "message": "Invalid token"})
        if len(request.body) > MAX_BYTES:
            return sdl_reply(400, {"status": "error/client/badParam", "message": "request too large"})
        try:
            body = orjson.loads(request.body)
        except orjson.JSONDecodeError:
            return sdl_reply(400, {"status": "error/client/badParam", "message": "malformed JSON"})
        session = body.get("session")
        if not isinstance(session, str) or not session:
            return sdl_reply(400, {"status": "error/client/badParam", "message": "session is required"})
        with self._lock:
            if session in self._in_flight:
                self.violations.append(f"two requests in flight for session {session}")
            self._in_flight.add(session)
            first = self.session_infos.setdefault(session, body.get("sessionInfo"))
            if first != body.get("sessionInfo"):
                self.violations.append(f"sessionInfo changed within session {session}")
        try:
            if self.hold:
                time.sleep(self.hold)
            self._store(session, body)
        finally:
            with self._lock:
                self._in_flight.discard(session)
        with self._lock:
            if self.lose_answers:
                self.lose_answers -= 1
                return sdl_reply(503, {"status": "error/server", "message": "simulated lost answer"})
        return sdl_reply(200, {"status": "success", "bytesCharged": len(request.body)})

    def _store(self, session: str, body: dict[str, Any]) -> None:
        logs = {entry["id"]: entry["attrs"] for entry in body.get("logs") or []}
        with self._lock:
            for event in body.get("events") or []:
                ts = event.get("ts")
                if not isinstance(ts, str) or not ts.isdigit():
                    self.violations.append(f"ts must be a string of digits, got {ts!r}")
                    continue
                if int(ts) <= self.last_ts.get(session, -1):
                    self.repeats += 1
                    continue
                self.last_ts[session] = int(ts)
                stored = dict(event)
                stored["session"] = session
                if "log" in event:
                    if event["log"] not in logs:
                        self.violations.append(f"event names log {event['log']!r} that the request lacks")
                    stored["log_attrs"] = logs.get(event["log"], {})
                self.events.append(stored)
