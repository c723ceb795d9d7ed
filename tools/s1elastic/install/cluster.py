"""The few Elasticsearch requests the installer makes, behind one small interface.

`Cluster.request(method, path, body)` returns (HTTP status, JSON body) and never raises for an
HTTP status: the installer decides what a 404 means. `EsCluster` speaks through the official
client (auth, TLS and fingerprint pinning from es_connection); `DryRunCluster` answers reads from
a real cluster when it has one (or as an empty cluster) and records every write instead of making it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol


class InstallError(RuntimeError):
    """Elasticsearch or Kibana refused a step; the message says which and why."""


class Cluster(Protocol):
    def request(self, method: str, path: str, body: Any = None) -> tuple[int, Any]: ...


@dataclass(frozen=True)
class Call:
    method: str
    path: str
    body: Any = None


class EsCluster:
    def __init__(self, client: Any) -> None:
        self.client = client

    def request(self, method: str, path: str, body: Any = None) -> tuple[int, Any]:
        from elastic_transport import TransportError
        from elasticsearch import ApiError

        headers = {"accept": "application/json"}
        if body is not None:
            headers["content-type"] = "application/json"
        try:
            response = self.client.perform_request(method, path, headers=headers, body=body)
        except ApiError as exc:
            return exc.meta.status, exc.body
        except TransportError as exc:
            raise InstallError(f"cannot reach Elasticsearch: {exc.message}") from None
        return response.meta.status, response.body


class DryRunCluster:
    """Reads go to `inner` (None: an empty cluster); writes are recorded and reported to `show`."""

    def __init__(self, inner: Cluster | None = None, show: Callable[[Call], None] | None = None) -> None:
        self.inner = inner
        self.show = show
        self.calls: list[Call] = []

    def request(self, method: str, path: str, body: Any = None) -> tuple[int, Any]:
        if method == "GET":
            if self.inner is None:
                return 404, {}
            return self.inner.request(method, path, body)
        call = Call(method, path, body)
        self.calls.append(call)
        if self.show is not None:
            self.show(call)
        return 200, {"acknowledged": True}
