"""Connection settings for Elasticsearch, shared by the `elasticsearch` output and `s1elastic install`.

Auth is an API key (`id:key` or the base64 `encoded` form) or basic auth (`username` plus a
password); both secrets come from a file or an environment variable (see http_common.read_secret).
TLS: `ca_file` (a PEM bundle) or `fingerprint` (the SHA-256 of the server certificate, hex with or
without colons, as Elasticsearch prints it at first start: pinning instead of chain checks), or
`verify: false` for test clusters. The client's own retries are off: callers retry by outcome.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from s1elastic.outputs.http_common import read_secret


@dataclass(frozen=True)
class EsConnection:
    hosts: tuple[str, ...]
    api_key: str | tuple[str, str] | None = None
    username: str | None = None
    password: str | None = None
    ca_file: str | None = None
    fingerprint: str | None = None
    verify: bool = True
    timeout: float = 60.0

    def __repr__(self) -> str:  # never show secrets
        auth = "api_key" if self.api_key else ("basic" if self.username else "none")
        return f"EsConnection(hosts={self.hosts!r}, auth={auth})"

    @classmethod
    def from_spec(cls, spec: Mapping[str, Any], *, env: Mapping[str, str] | None = None) -> EsConnection:
        hosts = spec.get("hosts") or ([spec["url"]] if spec.get("url") else [])
        if not hosts:
            raise ValueError("elasticsearch: give `hosts` (a list of URLs) or `url`")
        api_key = read_secret(spec, "api_key", env=env)
        password = read_secret(spec, "password", env=env)
        key: str | tuple[str, str] | None = None
        if api_key:
            ident, sep, secret = api_key.partition(":")
            key = (ident, secret) if sep else api_key
        if password and not spec.get("username"):
            raise ValueError("elasticsearch: a password needs a `username`")
        return cls(
            hosts=tuple(str(h).rstrip("/") for h in hosts),
            api_key=key,
            username=spec.get("username"),
            password=password,
            ca_file=str(spec["ca_file"]) if spec.get("ca_file") else None,
            fingerprint=normalize_fingerprint(spec.get("fingerprint")),
            verify=bool(spec.get("verify", True)),
            timeout=float(spec.get("timeout", 60.0)),
        )

    def client(self) -> Any:
        """The official client, configured; imported lazily (it is a heavy import)."""
        from elasticsearch import Elasticsearch

        kwargs: dict[str, Any] = {
            "request_timeout": self.timeout,
            "max_retries": 0,
            "retry_on_timeout": False,
        }
        if self.api_key is not None:
            kwargs["api_key"] = self.api_key
        elif self.username is not None:
            kwargs["basic_auth"] = (self.username, self.password or "")
        if self.fingerprint:
            kwargs["ssl_assert_fingerprint"] = self.fingerprint
        elif self.ca_file:
            kwargs["ca_certs"] = self.ca_file
        if not self.verify and not self.fingerprint:
            kwargs["verify_certs"] = False
            kwargs["ssl_show_warn"] = False
        return Elasticsearch(list(self.hosts), **kwargs)


def normalize_fingerprint(value: Any) -> str | None:
    """`AA:BB:...` or `aabb...` → lower-case hex without separators (64 digits for SHA-256)."""
    if not value:
        return None
    text = str(value).replace(":", "").strip().lower()
    if len(text) != 64 or any(c not in "0123456789abcdef" for c in text):
        raise ValueError(
            "elasticsearch: `fingerprint` must be a SHA-256 certificate fingerprint (64 hex digits)"
        )
    return text
