"""A fake HTTP Event Collector (`/services/collector/event`) answering with Splunk's documented codes.

Reads gzip/zstd bodies (Content-Encoding) and concatenated JSON events; checks the
`Authorization: <scheme> <token>` header (2 token required, 3 invalid authorization, 4 invalid
token); refuses an empty body (5 no data), a body that is not JSON events (6 invalid data format,
with `invalid-event-number`, the events before it indexed), an event without `event` (12) and an
index the token may not write (7). Bodies over 10 MB uncompressed answer 413.
"""

from __future__ import annotations

import gzip
import json
import threading
from typing import Any

import orjson
import zstandard

from fakes.loopback import FakeService, LoopbackServer, Reply, Request

MAX_BYTES = 10_000_000
JSON = {"Content-Type": "application/json; charset=UTF-8"}


def hec_reply(status: int, text: str, code: int, **extra: Any) -> Reply:
    return Reply(status, orjson.dumps({"text": text, "code": code, **extra}), dict(JSON))


class FakeHec(FakeService):
    def __init__(
        self, token: str = "hec-token-0001", *, scheme: str = "Bearer", indexes: tuple[str, ...] = ()
    ) -> None:
        self.server = LoopbackServer(self.handle)
        self.token = token
        self.scheme = scheme
        self.indexes = indexes
        self.events: list[dict[str, Any]] = []
        self.encodings: list[str] = []
        self._lock = threading.Lock()

    def handle(self, request: Request) -> Reply:
        if request.method != "POST" or request.path != "/services/collector/event":
            return self.server.not_found(request)
        auth = request.headers.get("authorization")
        if not auth:
            return hec_reply(401, "Token is required", 2)
        scheme, _, token = auth.partition(" ")
        if scheme != self.scheme:
            return hec_reply(401, "Invalid authorization", 3)
        if token != self.token:
            return hec_reply(403, "Invalid token", 4)
        encoding = request.headers.get("content-encoding", "identity")
        self.encodings.append(encoding)
        body = request.body
        if encoding == "gzip":
            body = gzip.decompress(body)
        elif encoding == "zstd":
            body = zstandard.ZstdDecompressor().decompressobj().decompress(body)
        if len(body) > MAX_BYTES:
            return Reply(413, b'{"text":"Content too large","code":27}', dict(JSON))
        text = body.decode("utf-8")
        if not text.strip():
            return hec_reply(400, "No data", 5)
        decoder = json.JSONDecoder()
        pos, n = 0, 0
        while True:
            while pos < len(text) and text[pos].isspace():
                pos += 1
            if pos >= len(text):
                break
            try:
                event, pos = decoder.raw_decode(text, pos)
            except ValueError:
                return hec_reply(400, "Invalid data format", 6, **{"invalid-event-number": n})
            if not isinstance(event, dict) or "event" not in event:
                return hec_reply(400, "Event field is required", 12, **{"invalid-event-number": n})
            if self.indexes and event.get("index") not in self.indexes:
                return hec_reply(400, "Incorrect index", 7, **{"invalid-event-number": n})
            with self._lock:
                self.events.append(event)
            n += 1
        return hec_reply(200, "Success", 0)
