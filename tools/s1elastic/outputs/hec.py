"""HTTP Event Collector output: SentinelOne's HEC (Singularity Data Lake) and Splunk's.

`POST <url>/services/collector/event` with the batch as concatenated JSON events (no delimiter),
each `{"time": <sec>.<ms>, "host", "source", "sourcetype", "index", "fields", "event": <document>}`;
`time` comes from the document's `@timestamp` (omitted when it has none: the collector then uses
the arrival time). Bodies stay under `max_bytes` (10 MB uncompressed, the documented limit), so a
large batch becomes several requests; a single event above it cannot be sent and is reported as a
non-retryable Failure. Compression: gzip (default) or zstd, as `Content-Encoding`.
Auth: `Authorization: <scheme> <token>`; SentinelOne uses `Bearer`, Splunk `Splunk`.

Answers (Splunk's documented codes; SentinelOne's HEC answers with the same HTTP statuses):
    200 {"text":"Success","code":0}                  delivered
    401/403 codes 1-4 (token disabled/required/invalid authorization/invalid token)
                                                     OutputConfigurationError: no retry
    400 code 7 (incorrect index)                     OutputConfigurationError: no retry
    400 code 6 (invalid data format) + invalid-event-number N
                                                     events before N were indexed (Splunk reads the
                                                     stream in order: an assumption, not documented
                                                     as a guarantee); N is a non-retryable Failure;
                                                     the events after it are sent again
    413                                              the request is split in halves
    429, 503 code 9 (server busy), other 5xx, network errors
                                                     retried with backoff (Retry-After honoured),
                                                     then OutputError
    other 4xx (code 5 no data, ...)                  OutputError
HEC does not de-duplicate: a batch that is retried after a lost answer can be indexed twice.
"""

from __future__ import annotations

import gzip
import logging
import socket
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import httpx
import orjson

from s1elastic.outputs.base import Ack, Batch, Document, Failure, Output, OutputError
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

EVENT_PATH = "/services/collector/event"
DEFAULT_MAX_BYTES = 10_000_000
COMPRESSIONS = ("gzip", "zstd", "none")
TOKEN_CODES = {1, 2, 3, 4}


@dataclass
class HecStats:
    requests: int = 0
    events: int = 0


class _Retry(Exception):
    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class HecOutput(Output):
    name = "hec"

    def __init__(
        self,
        url: str,
        token: str,
        *,
        scheme: str = "Bearer",
        compression: str = "gzip",
        host: str | None = None,
        source: str | None = "{dataset}",
        sourcetype: str | None = None,
        index: str | None = None,
        fields: Mapping[str, str] | None = None,
        max_bytes: int = DEFAULT_MAX_BYTES,
        backoff: Backoff | None = None,
        client: httpx.Client | None = None,
    ) -> None:
        if compression not in COMPRESSIONS:
            raise ValueError(f"hec: compression must be one of {', '.join(COMPRESSIONS)}")
        base = url.rstrip("/")
        self.endpoint = base if base.endswith(EVENT_PATH) else base + EVENT_PATH
        self._auth = f"{scheme} {token}"
        self.compression = compression
        self.host = host or socket.gethostname()
        self.source = source
        self.sourcetype = sourcetype
        self.index = index
        self.fields = dict(fields or {})
        self.max_bytes = max_bytes
        self.backoff = backoff or Backoff()
        self.client = client or httpx.Client(timeout=60.0)
        self.stats = HecStats()
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"HecOutput({self.endpoint!r})"

    # -- events --------------------------------------------------------------------------------

    def event(self, batch: Batch, doc: Document) -> bytes:
        """One HEC event for a document: metadata, then the document as `event`, unparsed."""
        names = {
            "console": batch.console,
            "stream": batch.stream,
            "dataset": f"sentinel_one.{batch.stream}",
            "index": doc.index,
        }
        meta: dict[str, Any] = {"host": self.host}
        for key, template in (
            ("source", self.source),
            ("sourcetype", self.sourcetype),
            ("index", self.index),
        ):
            if template:
                meta[key] = template.format_map(names)
        if self.fields:
            meta["fields"] = {k: str(v).format_map(names) for k, v in self.fields.items()}
        head = b"{"
        ns = _document_time(doc.source)
        if ns is not None:
            head += b'"time":' + hec_time(ns).encode() + b","
        return head + orjson.dumps(meta)[1:-1] + b',"event":' + doc.source + b"}"

    # -- the contract --------------------------------------------------------------------------

    def write(self, batch: Batch) -> Ack:
        failures: dict[int, Failure] = {}
        requests: list[list[tuple[int, bytes]]] = []
        current: list[tuple[int, bytes]] = []
        size = 0
        for pos, doc in enumerate(batch.documents):
            event = self.event(batch, doc)
            if len(event) > self.max_bytes:
                failures[pos] = Failure(
                    pos, f"event of {len(event)} bytes exceeds the {self.max_bytes}-byte HEC limit", False
                )
                continue
            if current and size + len(event) > self.max_bytes:
                requests.append(current)
                current, size = [], 0
            current.append((pos, event))
            size += len(event)
        if current:
            requests.append(current)
        for events in requests:
            self._deliver(events, failures)
        ordered = tuple(failures[p] for p in sorted(failures))
        return Ack(accepted=len(batch.documents) - len(ordered), failures=ordered)

    def close(self) -> None:
        self.client.close()

    # -- requests ------------------------------------------------------------------------------

    def _deliver(self, events: Sequence[tuple[int, bytes]], failures: dict[int, Failure]) -> None:
        queue = [list(events)]
        attempt = 0
        while queue:
            part = queue.pop(0)
            try:
                rejected = self._post(part)
            except _Retry as exc:
                if attempt >= self.backoff.max_retries:
                    raise OutputError(f"hec: {self.endpoint}: failed {attempt + 1} times: {exc}") from None
                self.backoff.wait(attempt, exc.retry_after)
                attempt += 1
                queue.insert(0, part)
                continue
            except _TooLarge:
                if len(part) == 1:
                    pos = part[0][0]
                    failures[pos] = Failure(pos, "the collector refused the event as too large (413)", False)
                    continue
                half = len(part) // 2
                queue[:0] = [part[:half], part[half:]]
                continue
            if rejected is not None:
                index, reason = rejected
                pos = part[index][0]
                failures[pos] = Failure(pos, reason, retryable=False)
                if part[index + 1 :]:
                    queue.insert(0, part[index + 1 :])

    def _post(self, part: Sequence[tuple[int, bytes]]) -> tuple[int, str] | None:
        """Send one request; None when all was indexed, (index, reason) for a refused event."""
        body = b"".join(event for _, event in part)
        headers = {"Authorization": self._auth, "Content-Type": "application/json"}
        if self.compression == "gzip":
            body = gzip.compress(body, compresslevel=6)
            headers["Content-Encoding"] = "gzip"
        elif self.compression == "zstd":
            import zstandard

            body = zstandard.ZstdCompressor().compress(body)
            headers["Content-Encoding"] = "zstd"
        with self._lock:
            self.stats.requests += 1
        try:
            response = self.client.post(self.endpoint, content=body, headers=headers)
        except httpx.HTTPError as exc:
            raise _Retry(f"{type(exc).__name__}: {exc}") from None
        status = response.status_code
        answer = json_object(response)
        code = answer.get("code")
        text = str(answer.get("text") or response.reason_phrase)
        if 200 <= status < 300:
            with self._lock:
                self.stats.events += len(part)
            return None
        if status in (401, 403) or code in TOKEN_CODES:
            raise OutputConfigurationError(
                f"hec: the collector refused the token ({status}, code {code}: {text})", status=status
            )
        if code == 7:
            raise OutputConfigurationError(
                f"hec: {text} (code 7): the token may not write to that index", status=status
            )
        if status == 413:
            raise _TooLarge()
        if status == 429 or status >= 500:
            raise _Retry(
                f"HTTP {status} (code {code}: {text})",
                retry_after_seconds(response.headers.get("retry-after")),
            )
        if code == 6 and isinstance(answer.get("invalid-event-number"), int):
            bad = int(answer["invalid-event-number"])
            if 0 <= bad < len(part):
                with self._lock:
                    self.stats.events += bad
                return bad, f"HTTP {status} {text} (code 6)"
        raise OutputError(f"hec: {self.endpoint} refused the request: HTTP {status} (code {code}: {text})")


class _TooLarge(Exception):
    pass


def hec_time(ns: int) -> str:
    """`<sec>.<ms>` (epoch seconds with three decimals), as HEC's `time` documents it."""
    ms = ns // 1_000_000
    return f"{ms // 1000}.{ms % 1000:03d}"


def _document_time(source: bytes) -> int | None:
    try:
        value = orjson.loads(source).get("@timestamp")
    except (orjson.JSONDecodeError, AttributeError):
        return None
    return timestamp_ns(value)


def build_hec_output(spec: Mapping[str, Any]) -> HecOutput:
    """The `type: hec` entry of the poller's `outputs:`."""
    token = read_secret(spec, "token")
    if not token:
        raise ValueError("hec: give the token as `token_file` or `token_env`")
    return HecOutput(
        str(spec["url"]),
        token,
        scheme=str(spec.get("auth_scheme", "Bearer")),
        compression=str(spec.get("compression", "gzip")),
        host=spec.get("host"),
        source=spec.get("source", "{dataset}"),
        sourcetype=spec.get("sourcetype"),
        index=spec.get("index"),
        fields=spec.get("fields"),
        max_bytes=int(spec.get("max_bytes", DEFAULT_MAX_BYTES)),
        backoff=backoff_from(spec),
        client=httpx.Client(timeout=float(spec.get("timeout", 60.0)), verify=httpx_verify(spec)),
    )
