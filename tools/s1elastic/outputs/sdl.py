"""Singularity Data Lake output: the `addEvents` API (`POST <url>/api/addEvents`).

Sessions. Every request names a session (a UUID). Sessions belong to this process and one
console's stream; `sessionInfo` is fixed per session (`serverHost`, `logfile` = the dataset, the
console, and `parser` when configured), as SDL keeps only the first one it sees. A session has at
most one request in flight (a lock), and carries at most about `session_rate` bytes per second
(2.5 MB/s by default, SDL's recommendation): when every session of the stream is busy or would
pass that rate over the last `rate_window` seconds, another session is opened (up to
`max_sessions`, after which the least loaded one is waited for).

Events. `ts` is the document's `@timestamp` in nanoseconds, as a string. SDL needs `ts` strictly
increasing within a session, across requests; a batch is therefore sorted by time, and an event
not later than the session's last `ts` gets that `ts` + 1 ns (its real time stays in the
`@timestamp` attribute). `attrs` is the document flattened to dotted names (SDL would otherwise
store a nested object as one JSON string); the `data_stream.*` values shared by the request go
once into `logs` (`{"id", "attrs"}`) and the events point at them with `log`.

`sev` (0 finest .. 6 fatal) from the ECS `event.severity` (Elastic's 0-100 risk scale):
    unset or not a number        3 info
    0-21   (Low)                 3 info
    22-47  (Medium)              4 warning
    48-73  (High)                5 error
    74+    (Critical)            6 fatal

Bodies stay at or under 6 MB (`max_bytes`, SDL's limit); auth is `Authorization: Bearer <Log Write
Access key>`. Answers: `{"status": "success"}` delivered; HTTP 429 or `status` starting with
`error/server/backoff` → wait (Retry-After when given) and resend the same body; 5xx and network
errors → backoff and resend; 401/403 or `error/client/noPermission` → OutputConfigurationError;
other 4xx (`error/client/badParam`) → OutputError. A resent body keeps its `ts` values, so SDL can
tell a repeat from new events.
"""

from __future__ import annotations

import logging
import socket
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx
import orjson

from s1elastic.outputs.base import Ack, Batch, Failure, Output, OutputError
from s1elastic.outputs.http_common import (
    Backoff,
    OutputConfigurationError,
    backoff_from,
    httpx_verify,
    json_object,
    read_secret,
    retry_after_seconds,
    timestamp_ns,
)

log = logging.getLogger(__name__)

PATH = "/api/addEvents"
DEFAULT_MAX_BYTES = 6_000_000
DEFAULT_SESSION_RATE = 2_500_000.0
TS_DIGITS = 19
EVENT_OVERHEAD = 48  # {"ts":"…","sev":n,"log":"n","attrs":} around the attrs


def sev_for(severity: Any) -> int:
    """SDL's `sev` for an ECS `event.severity` (see the table in the module docstring)."""
    if isinstance(severity, bool) or not isinstance(severity, int | float | str):
        return 3
    try:
        value = float(severity)
    except ValueError:
        return 3
    if value != value or value <= 21:  # NaN or Low
        return 3
    if value <= 47:
        return 4
    if value <= 73:
        return 5
    return 6


def flatten(doc: Mapping[str, Any], prefix: str = "", out: dict[str, Any] | None = None) -> dict[str, Any]:
    """Nested objects to dotted names; arrays and scalars kept as they are."""
    out = {} if out is None else out
    for key, value in doc.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict) and value:
            flatten(value, name + ".", out)
        else:
            out[name] = value
    return out


def data_stream_of(index: str) -> dict[str, str]:
    """`logs-sentinel_one.threat-default` → its data_stream.* attributes."""
    kind, _, rest = index.partition("-")
    dataset, _, namespace = rest.rpartition("-")
    if not dataset:
        return {"data_stream.dataset": index}
    return {"data_stream.type": kind, "data_stream.dataset": dataset, "data_stream.namespace": namespace}


@dataclass
class Session:
    id: str
    info: dict[str, Any]
    last_ts: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)
    sent: deque[tuple[float, int]] = field(default_factory=deque)

    def rate(self, now: float, window: float) -> float:
        while self.sent and self.sent[0][0] < now - window:
            self.sent.popleft()
        return sum(n for _, n in self.sent) / window


class SessionPool:
    """Sessions per (console, stream): one request in flight each, about `rate` bytes/s each."""

    def __init__(
        self,
        *,
        rate: float = DEFAULT_SESSION_RATE,
        window: float = 10.0,
        max_sessions: int = 16,
        clock: Callable[[], float] = time.monotonic,
        new_id: Callable[[], str] = lambda: str(uuid.uuid4()),
    ) -> None:
        self.rate = rate
        self.window = window
        self.max_sessions = max_sessions
        self.clock = clock
        self.new_id = new_id
        self.sessions: dict[tuple[str, str], list[Session]] = {}
        self._guard = threading.Lock()

    def acquire(self, key: tuple[str, str], info: dict[str, Any], size: int) -> Session:
        """A session of `key`, locked for the caller; release() it after the request."""
        with self._guard:
            sessions = self.sessions.setdefault(key, [])
            now = self.clock()
            for session in sessions:
                if session.rate(now, self.window) + size / self.window <= self.rate and session.lock.acquire(
                    blocking=False
                ):
                    return session
            if len(sessions) < self.max_sessions or not sessions:
                session = Session(self.new_id(), dict(info))
                session.lock.acquire()
                sessions.append(session)
                if len(sessions) > 1:
                    log.info("sdl: %s/%s now uses %d sessions", key[0], key[1], len(sessions))
                return session
            chosen = min(sessions, key=lambda s: s.rate(now, self.window))
        chosen.lock.acquire()
        return chosen

    def release(self, session: Session, sent_bytes: int) -> None:
        if sent_bytes:
            session.sent.append((self.clock(), sent_bytes))
        session.lock.release()


@dataclass
class _Event:
    position: int
    time_ns: int
    sev: int
    log_id: str
    attrs: bytes


class _Retry(Exception):
    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


@dataclass
class SdlStats:
    requests: int = 0
    events: int = 0
    backoffs: int = 0


class SdlOutput(Output):
    name = "sdl"

    def __init__(
        self,
        url: str,
        key: str,
        *,
        server_host: str | None = None,
        parser: str | None = None,
        max_bytes: int = DEFAULT_MAX_BYTES,
        pool: SessionPool | None = None,
        backoff: Backoff | None = None,
        client: httpx.Client | None = None,
        now_ns: Callable[[], int] = time.time_ns,
    ) -> None:
        base = url.rstrip("/")
        self.endpoint = base if base.endswith(PATH) else base + PATH
        self._auth = f"Bearer {key}"
        self.server_host = server_host or socket.gethostname()
        self.parser = parser
        self.max_bytes = max_bytes
        self.pool = pool or SessionPool()
        self.backoff = backoff or Backoff()
        self.client = client or httpx.Client(timeout=60.0)
        self.now_ns = now_ns
        self.stats = SdlStats()
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"SdlOutput({self.endpoint!r})"

    def session_info(self, batch: Batch) -> dict[str, Any]:
        info: dict[str, Any] = {
            "serverHost": self.server_host,
            "logfile": f"sentinel_one.{batch.stream}",
            "console": batch.console,
        }
        if self.parser:
            info["parser"] = self.parser
        return info

    # -- the contract --------------------------------------------------------------------------

    def write(self, batch: Batch) -> Ack:
        failures: dict[int, Failure] = {}
        logs: dict[str, tuple[str, dict[str, str]]] = {}
        events: list[_Event] = []
        for pos, doc in enumerate(batch.documents):
            try:
                source = orjson.loads(doc.source)
            except orjson.JSONDecodeError as exc:
                failures[pos] = Failure(pos, f"the document is not JSON: {exc}", False)
                continue
            if doc.index not in logs:
                logs[doc.index] = (str(len(logs) + 1), data_stream_of(doc.index))
            log_id, constant = logs[doc.index]
            attrs = flatten(source) if isinstance(source, dict) else {"message": source}
            for name, value in constant.items():
                if attrs.get(name) == value:
                    del attrs[name]
            event_obj = source.get("event") if isinstance(source, dict) else None
            severity = event_obj.get("severity") if isinstance(event_obj, dict) else None
            when = timestamp_ns(source.get("@timestamp")) if isinstance(source, dict) else None
            events.append(_Event(pos, when or self.now_ns(), sev_for(severity), log_id, orjson.dumps(attrs)))
        events.sort(key=lambda e: e.time_ns)
        log_entries = {log_id: attrs for log_id, attrs in logs.values()}
        for chunk in self._chunks(events, log_entries, failures):
            self._send(batch, chunk, log_entries)
        ordered = tuple(failures[p] for p in sorted(failures))
        return Ack(accepted=len(batch.documents) - len(ordered), failures=ordered)

    def close(self) -> None:
        self.client.close()

    # -- requests ------------------------------------------------------------------------------

    def _chunks(
        self, events: list[_Event], logs: dict[str, dict[str, str]], failures: dict[int, Failure]
    ) -> list[list[_Event]]:
        fixed = 400 + len(orjson.dumps(logs)) + len(self.server_host) + len(self.parser or "")
        chunks: list[list[_Event]] = []
        current: list[_Event] = []
        size = fixed
        for event in events:
            n = len(event.attrs) + EVENT_OVERHEAD + TS_DIGITS
            if fixed + n > self.max_bytes:
                failures[event.position] = Failure(
                    event.position,
                    f"event of about {n} bytes exceeds the {self.max_bytes}-byte addEvents limit",
                    False,
                )
                continue
            if current and size + n > self.max_bytes:
                chunks.append(current)
                current, size = [], fixed
            current.append(event)
            size += n
        if current:
            chunks.append(current)
        return chunks

    def _body(self, session: Session, chunk: list[_Event], logs: dict[str, dict[str, str]]) -> bytes:
        used = sorted({e.log_id for e in chunk})
        parts = []
        for event in chunk:
            ts = max(event.time_ns, session.last_ts + 1)
            session.last_ts = ts
            parts.append(
                b'{"ts":"%d","sev":%d,"log":%s,"attrs":%s}'
                % (ts, event.sev, orjson.dumps(event.log_id), event.attrs)
            )
        head = orjson.dumps({"session": session.id, "sessionInfo": session.info})
        tail = orjson.dumps([{"id": i, "attrs": logs[i]} for i in used])
        return head[:-1] + b',"events":[' + b",".join(parts) + b'],"logs":' + tail + b"}"

    def _send(self, batch: Batch, chunk: list[_Event], logs: dict[str, dict[str, str]]) -> None:
        estimate = sum(len(e.attrs) + EVENT_OVERHEAD + TS_DIGITS for e in chunk)
        session = self.pool.acquire((batch.console, batch.stream), self.session_info(batch), estimate)
        sent = 0
        try:
            body = self._body(session, chunk, logs)
            attempt = 0
            while True:
                try:
                    sent += len(body)
                    self._post(body)
                    break
                except _Retry as exc:
                    if attempt >= self.backoff.max_retries:
                        raise OutputError(
                            f"sdl: {self.endpoint}: failed {attempt + 1} times: {exc}"
                        ) from None
                    self.backoff.wait(attempt, exc.retry_after)
                    attempt += 1
            with self._lock:
                self.stats.events += len(chunk)
        finally:
            self.pool.release(session, sent)

    def _post(self, body: bytes) -> None:
        headers = {"Authorization": self._auth, "Content-Type": "application/json"}
        with self._lock:
            self.stats.requests += 1
        try:
            response = self.client.post(self.endpoint, content=body, headers=headers)
        except httpx.HTTPError as exc:
            raise _Retry(f"{type(exc).__name__}: {exc}") from None
        answer = json_object(response)
        status = str(answer.get("status") or "")
        message = str(answer.get("message") or response.reason_phrase)
        code = response.status_code
        if code == 429 or status.startswith("error/server/backoff"):
            with self._lock:
                self.stats.backoffs += 1
            raise _Retry(
                f"backoff ({code} {status})", retry_after_seconds(response.headers.get("retry-after"))
            )
        if code in (401, 403) or status.startswith("error/client/noPermission"):
            raise OutputConfigurationError(
                f"sdl: the key was refused ({code} {status or message}): use a Log Write Access key",
                status=code,
            )
        if code >= 500 or status.startswith("error/server"):
            raise _Retry(f"HTTP {code} {status or message}")
        if 200 <= code < 300 and (not status or status.startswith("success")):
            return
        raise OutputError(f"sdl: addEvents refused the request: HTTP {code} {status} {message}".rstrip())


def build_sdl_output(spec: Mapping[str, Any]) -> SdlOutput:
    """The `type: sdl` entry of the poller's `outputs:`."""
    key = read_secret(spec, "api_key")
    if not key:
        raise ValueError("sdl: give the Log Write Access key as `api_key_file` or `api_key_env`")
    return SdlOutput(
        str(spec["url"]),
        key,
        server_host=spec.get("server_host"),
        parser=spec.get("parser"),
        max_bytes=int(spec.get("max_bytes", DEFAULT_MAX_BYTES)),
        pool=SessionPool(
            rate=float(spec.get("session_rate", DEFAULT_SESSION_RATE)),
            max_sessions=int(spec.get("max_sessions", 16)),
        ),
        backoff=backoff_from(spec),
        client=httpx.Client(timeout=float(spec.get("timeout", 60.0)), verify=httpx_verify(spec)),
    )
