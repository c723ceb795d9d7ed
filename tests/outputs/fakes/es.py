"""A fake Elasticsearch `_bulk` endpoint on loopback, answering as Elasticsearch 9 does.

Per action: `create` into a data stream; an `_id` that exists answers 409
`version_conflict_engine_exception`; a value that does not parse as a `long` field answers 400
`document_parsing_exception`; scripted item statuses (429 `es_rejected_execution_exception`, 5xx)
are answered for chosen documents a chosen number of times; the response carries `errors: true`
when any item failed. `pipeline=_none` skips the default pipeline; otherwise `default_pipeline`
(the stand-in for the installed ingest pipeline) turns the raw event into the document and may set
its `_id`, as the fingerprint processor does. Every 2xx carries `X-Elastic-Product: Elasticsearch`
(the official client refuses servers without it).
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import orjson

from fakes.loopback import FakeService, LoopbackServer, Reply, Request

ES_HEADERS = {
    "X-Elastic-Product": "Elasticsearch",
    "Content-Type": "application/vnd.elasticsearch+json;compatible-with=9",
}
DefaultPipeline = Callable[[str, dict[str, Any]], tuple[str | None, dict[str, Any]]]


def es_reply(status: int, body: Any) -> Reply:
    return Reply(status, orjson.dumps(body), dict(ES_HEADERS))


def es_error(status: int, etype: str, reason: str) -> Reply:
    error = {"root_cause": [{"type": etype, "reason": reason}], "type": etype, "reason": reason}
    return es_reply(status, {"error": error, "status": status})


@dataclass
class ItemFault:
    """Answer `status` for documents matching `when`, `times` times each."""

    when: Callable[[str, str | None, dict[str, Any]], bool]
    status: int
    times: int = 1
    seen: dict[str, int] = field(default_factory=dict)


ITEM_ERRORS = {
    429: (
        "es_rejected_execution_exception",
        "rejected execution of coordinating operation [shard_detail=...]",
    ),
    500: ("exception", "simulated shard failure"),
    503: ("unavailable_shards_exception", "[.ds-x][0] primary shard is not active Timeout: [1m]"),
    403: ("security_exception", "action [indices:data/write/bulk[s]] is unauthorized for API key"),
}


class FakeElasticsearch(FakeService):
    def __init__(
        self, *, long_fields: tuple[str, ...] = (), default_pipeline: DefaultPipeline | None = None
    ) -> None:
        self.server = LoopbackServer(self.handle)
        self.long_fields = long_fields
        self.default_pipeline = default_pipeline
        self.docs: dict[str, dict[str, dict[str, Any]]] = {}
        self.item_faults: list[ItemFault] = []
        self.statuses: list[int] = []  # every item status answered, in order
        self._ids = itertools.count(1)
        self._lock = threading.Lock()

    def all_docs(self) -> list[dict[str, Any]]:
        return [doc for index in self.docs.values() for doc in index.values()]

    def handle(self, request: Request) -> Reply:
        if request.method in ("GET", "HEAD") and request.path == "/":
            return es_reply(200, {"name": "fake", "cluster_name": "fake", "version": {"number": "9.4.0"}})
        if request.method in ("POST", "PUT") and request.path.endswith("/_bulk"):
            return self._bulk(request)
        return self.server.not_found(request)

    def _bulk(self, request: Request) -> Reply:
        lines = [line for line in request.body.split(b"\n") if line.strip()]
        if len(lines) % 2:
            return es_error(
                400, "illegal_argument_exception", "The bulk request must be terminated by a newline [\\n]"
            )
        skip_pipeline = request.query.get("pipeline") == ["_none"]
        items = []
        with self._lock:
            for action_line, source_line in zip(lines[0::2], lines[1::2]):
                action = orjson.loads(action_line)
                op, meta = next(iter(action.items()))
                assert op == "create", f"data streams accept only create, got {op}"
                items.append({op: self._create(meta, orjson.loads(source_line), skip_pipeline)})
        errors = any(next(iter(i.values()))["status"] >= 300 for i in items)
        return es_reply(200, {"errors": errors, "took": 3, "items": items})

    def _create(self, meta: dict[str, Any], source: dict[str, Any], skip_pipeline: bool) -> dict[str, Any]:
        index = meta["_index"]
        doc_id = meta.get("_id")
        if not skip_pipeline and self.default_pipeline is not None:
            pipeline_id, source = self.default_pipeline(index, source)
            doc_id = pipeline_id or doc_id
        backing = f".ds-{index}-2024.03.01-000001"
        key = doc_id or ""
        for fault in self.item_faults:
            if fault.seen.get(key, 0) < fault.times and fault.when(index, doc_id, source):
                fault.seen[key] = fault.seen.get(key, 0) + 1
                etype, reason = ITEM_ERRORS[fault.status]
                return self._item(index, doc_id, fault.status, {"type": etype, "reason": reason})
        stored = self.docs.setdefault(index, {})
        if doc_id is not None and doc_id in stored:
            return self._item(
                backing,
                doc_id,
                409,
                {
                    "type": "version_conflict_engine_exception",
                    "reason": f"[{doc_id}]: version conflict, document already exists (current version [1])",
                    "index_uuid": "aAsFqTI0Tc2W0LCWgPNrOA",
                    "shard": "0",
                    "index": backing,
                },
            )
        for path in self.long_fields:
            value = _dig(source, path)
            if value is not None and not _parses_as_long(value):
                preview = value if isinstance(value, str) else orjson.dumps(value).decode()
                return self._item(
                    backing,
                    doc_id,
                    400,
                    {
                        "type": "document_parsing_exception",
                        "reason": f"[1:2] failed to parse field [{path}] of type [long] in document with id "
                        f"'{doc_id}'. Preview of field's value: '{preview}'",
                        "caused_by": {
                            "type": "illegal_argument_exception",
                            "reason": f'For input string: "{preview}"',
                        },
                    },
                )
        doc_id = doc_id or f"auto-{next(self._ids)}"
        stored[doc_id] = source
        self.statuses.append(201)
        return {
            "_index": backing,
            "_id": doc_id,
            "_version": 1,
            "result": "created",
            "_shards": {"total": 2, "successful": 1, "failed": 0},
            "_seq_no": len(stored) - 1,
            "_primary_term": 1,
            "status": 201,
        }

    def _item(self, index: str, doc_id: str | None, status: int, error: dict[str, Any]) -> dict[str, Any]:
        self.statuses.append(status)
        item: dict[str, Any] = {"_index": index, "status": status, "error": error}
        if doc_id is not None:
            item["_id"] = doc_id
        return item


def _dig(source: dict[str, Any], path: str) -> Any:
    node: Any = source
    for part in path.split("."):
        if not isinstance(node, dict):
            return None
        node = node.get(part)
    return node


def _parses_as_long(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return True
    if isinstance(value, float):
        return value.is_integer()
    if isinstance(value, str):
        try:
            int(value.strip())
            return True
        except ValueError:
            return False
    return False
