"""A fake Elasticsearch (the asset APIs the installer uses) and a fake Kibana Fleet, on loopback.

The Elasticsearch fake keeps pipelines, component and index templates and data streams, and
answers like Elasticsearch: GET of a pipeline pattern that matches nothing is 404 `{}`; component
templates come back with settings nested and as strings; an index template naming a component
template that does not exist (and is not in `ignore_missing_component_templates`) is refused
with 400 `invalid_index_template_exception`; a pipeline that is still some index's
`index.default_pipeline` cannot be deleted (400 `illegal_argument_exception`). `writes` lists
every non-GET request (method, path), for order and idempotence checks.
"""

from __future__ import annotations

import fnmatch
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import orjson

ES_HEADERS = {"X-Elastic-Product": "Elasticsearch", "Content-Type": "application/json"}
BUILT_IN = ("logs@mappings", "logs@settings", "ecs@mappings", "metrics@settings")


def es_error(status: int, etype: str, reason: str) -> tuple[int, Any]:
    return status, {
        "error": {"root_cause": [{"type": etype, "reason": reason}], "type": etype, "reason": reason},
        "status": status,
    }


def _nested_strings(settings: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in settings.items():
        node = out
        parts = key.split(".")
        for part in parts[:-1]:
            node = node.setdefault(part, {})
        if isinstance(value, dict):
            node.setdefault(parts[-1], {}).update(_nested_strings(value))
        elif isinstance(value, bool):
            node[parts[-1]] = "true" if value else "false"
        else:
            node[parts[-1]] = str(value)
    return out


class _Loopback:
    """ThreadingHTTPServer in a thread, routing to `handle(method, path, query, headers, body)`."""

    def __init__(self) -> None:
        self._server: ThreadingHTTPServer | None = None

    def handle(
        self, method: str, path: str, query: dict[str, list[str]], headers: dict[str, str], body: bytes
    ) -> tuple[int, Any, dict[str, str]]:
        raise NotImplementedError

    def __enter__(self) -> Any:
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                return None

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                parts = urlsplit(self.path)
                status, answer, headers = outer.handle(
                    self.command,
                    unquote(parts.path),
                    parse_qs(parts.query),
                    {k.lower(): v for k, v in self.headers.items()},
                    body,
                )
                data = answer if isinstance(answer, bytes) else orjson.dumps(answer)
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_PUT = do_POST = do_DELETE = _serve

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._server is not None
        self._server.shutdown()
        self._server.server_close()

    @property
    def url(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}"


class FakeCluster(_Loopback):
    def __init__(self) -> None:
        super().__init__()
        self.pipelines: dict[str, Any] = {}
        self.component_templates: dict[str, Any] = {name: {"template": {}} for name in BUILT_IN}
        self.index_templates: dict[str, Any] = {}
        self.data_streams: dict[
            str, dict[str, Any]
        ] = {}  # name -> {"default_pipeline", "mapping_puts", "lazy_rollover"}
        self.writes: list[tuple[str, str]] = []
        self.refuse_mapping_for: set[str] = set()
        self.unexpected: list[tuple[str, str]] = []
        self._lock = threading.Lock()

    def create_data_stream(self, name: str) -> None:
        """As the first write into a matching data stream does: settings from the template."""
        template = max(
            (
                t
                for t in self.index_templates.values()
                if any(fnmatch.fnmatchcase(name, p) for p in t["index_patterns"])
            ),
            key=lambda t: t.get("priority", 0),
        )
        pipeline = None
        for component in template["composed_of"]:
            settings = (self.component_templates.get(component) or {}).get("template", {}).get("settings", {})
            pipeline = settings.get("index", {}).get("default_pipeline", pipeline)
        self.data_streams[name] = {"default_pipeline": pipeline, "mapping_puts": 0, "lazy_rollover": False}

    def handle(
        self, method: str, path: str, query: dict[str, list[str]], headers: dict[str, str], body: bytes
    ) -> tuple[int, Any, dict[str, str]]:
        with self._lock:
            if method != "GET":
                self.writes.append(
                    (
                        method,
                        path + (("?" + "&".join(f"{k}={v[0]}" for k, v in query.items())) if query else ""),
                    )
                )
            status, answer = self._route(method, path, query, orjson.loads(body) if body else None)
        return status, answer, dict(ES_HEADERS)

    def _route(self, method: str, path: str, query: dict[str, list[str]], body: Any) -> tuple[int, Any]:
        parts = path.strip("/").split("/")
        if parts[:2] == ["_ingest", "pipeline"] and len(parts) == 3:
            return self._pipeline(method, parts[2], body)
        if parts[0] == "_component_template" and len(parts) == 2:
            return self._component(method, parts[1], body)
        if parts[0] == "_index_template" and len(parts) == 2:
            return self._index_template(method, parts[1], body)
        if parts[0] == "_data_stream" and len(parts) == 2 and method == "GET":
            names = [
                n for n in self.data_streams if any(fnmatch.fnmatchcase(n, p) for p in parts[1].split(","))
            ]
            return 200, {
                "data_streams": [
                    {"name": n, "replicated": False, "indices": [{"index_name": f".ds-{n}-000001"}]}
                    for n in sorted(names)
                ]
            }
        if len(parts) == 2 and parts[0] in self.data_streams:
            ds = self.data_streams[parts[0]]
            if parts[1] == "_mapping" and method == "PUT":
                if parts[0] in self.refuse_mapping_for:
                    return es_error(
                        400,
                        "illegal_argument_exception",
                        "mapper [x] cannot be changed from type [long] to [keyword]",
                    )
                ds["mapping_puts"] += 1
                return 200, {"acknowledged": True}
            if parts[1] == "_settings" and method == "PUT":
                ds["default_pipeline"] = body["index"]["default_pipeline"]
                return 200, {"acknowledged": True}
            if parts[1] == "_rollover" and method == "POST" and query.get("lazy") == ["true"]:
                ds["lazy_rollover"] = True
                return 200, {"acknowledged": True, "rolled_over": False, "lazy": True}
        self.unexpected.append((method, path))
        return es_error(404, "not_found", f"no fake route for {method} {path}")

    def _pipeline(self, method: str, ids: str, body: Any) -> tuple[int, Any]:
        if method == "GET":
            found = {
                k: v
                for k, v in self.pipelines.items()
                if any(fnmatch.fnmatchcase(k, p) for p in ids.split(","))
            }
            return (200, found) if found else (404, {})
        if method == "PUT":
            self.pipelines[ids] = body
            return 200, {"acknowledged": True}
        if method == "DELETE":
            users = [n for n, ds in self.data_streams.items() if ds["default_pipeline"] == ids]
            if users:
                return es_error(
                    400,
                    "illegal_argument_exception",
                    f"pipeline [{ids}] cannot be deleted because it is the default pipeline for {len(users)} index(es) including [.ds-{users[0]}-000001]",
                )
            if ids not in self.pipelines:
                return es_error(404, "resource_not_found_exception", f"pipeline [{ids}] is missing")
            del self.pipelines[ids]
            return 200, {"acknowledged": True}
        return es_error(405, "method_not_allowed", method)

    def _component(self, method: str, name: str, body: Any) -> tuple[int, Any]:
        if method == "GET":
            if name not in self.component_templates:
                return es_error(
                    404, "resource_not_found_exception", f"component template matching [{name}] not found"
                )
            stored = dict(self.component_templates[name])
            template = dict(stored.get("template") or {})
            if "settings" in template:
                template["settings"] = _nested_strings(template["settings"])
            stored["template"] = template
            return 200, {"component_templates": [{"name": name, "component_template": stored}]}
        if method == "PUT":
            self.component_templates[name] = body
            return 200, {"acknowledged": True}
        return es_error(405, "method_not_allowed", method)

    def _index_template(self, method: str, name: str, body: Any) -> tuple[int, Any]:
        if method == "GET":
            if name not in self.index_templates:
                return es_error(
                    404, "resource_not_found_exception", f"index template matching [{name}] not found"
                )
            stored = dict(self.index_templates[name])
            stored["data_stream"] = {"hidden": False, "allow_custom_routing": False}
            return 200, {"index_templates": [{"name": name, "index_template": stored}]}
        if method == "PUT":
            ignore = set(body.get("ignore_missing_component_templates") or [])
            missing = [
                c
                for c in body.get("composed_of", [])
                if c not in self.component_templates and c not in ignore
            ]
            if missing:
                return es_error(
                    400,
                    "invalid_index_template_exception",
                    f"index_template [{name}] invalid, cause [index template [{name}] specifies component templates {missing} that do not exist]",
                )
            self.index_templates[name] = body
            return 200, {"acknowledged": True}
        return es_error(405, "method_not_allowed", method)


class FakeKibana(_Loopback):
    """`POST /api/fleet/epm/packages` answering as Fleet: 200 with the installed assets, or 400."""

    def __init__(self, *, refuse: str | None = None) -> None:
        super().__init__()
        self.uploads: list[tuple[dict[str, str], bytes]] = []
        self.refuse = refuse

    def handle(
        self, method: str, path: str, query: dict[str, list[str]], headers: dict[str, str], body: bytes
    ) -> tuple[int, Any, dict[str, str]]:
        json_headers = {"Content-Type": "application/json"}
        if method != "POST" or path != "/api/fleet/epm/packages":
            return 404, {"statusCode": 404, "error": "Not Found", "message": "Not Found"}, json_headers
        if "kbn-xsrf" not in headers:
            return (
                400,
                {
                    "statusCode": 400,
                    "error": "Bad Request",
                    "message": "Request must contain a kbn-xsrf header.",
                },
                json_headers,
            )
        if headers.get("content-type") != "application/zip":
            return (
                400,
                {"statusCode": 400, "error": "Bad Request", "message": "Unsupported content type"},
                json_headers,
            )
        self.uploads.append((headers, body))
        if self.refuse:
            return 400, {"statusCode": 400, "error": "Bad Request", "message": self.refuse}, json_headers
        items = [{"id": "logs-sentinel_one.activity", "type": "index_template"}]
        return (
            200,
            {"items": items, "_meta": {"install_source": "upload", "name": "sentinel_one"}},
            json_headers,
        )
