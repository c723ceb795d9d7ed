"""Upload the built package zip to Kibana's Fleet (`POST /api/fleet/epm/packages`).

Fleet then installs everything itself (the same assets `install --es` creates, plus its saved
objects). The body is the zip with `Content-Type: application/zip`; Kibana requires the
`kbn-xsrf` header on API writes, and the versioned public API takes `Elastic-Api-Version`.
Auth: `Authorization: ApiKey <base64 id:key>` or basic auth, from the same secrets as `--es`.
"""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path
from typing import Any

import httpx

from s1elastic.install.cluster import InstallError

UPLOAD_PATH = "/api/fleet/epm/packages"
API_VERSION = "2023-10-31"


def auth_header(
    api_key: str | tuple[str, str] | None, username: str | None, password: str | None
) -> dict[str, str]:
    if api_key is not None:
        encoded = (
            base64.b64encode(f"{api_key[0]}:{api_key[1]}".encode()).decode()
            if isinstance(api_key, tuple)
            else api_key
        )
        return {"Authorization": f"ApiKey {encoded}"}
    if username is not None:
        basic = base64.b64encode(f"{username}:{password or ''}".encode()).decode()
        return {"Authorization": f"Basic {basic}"}
    return {}


def upload_request(zip_path: Path) -> tuple[str, str, dict[str, str], bytes]:
    """(method, path, headers without auth, body) of the upload."""
    body = zip_path.read_bytes()
    headers = {"Content-Type": "application/zip", "kbn-xsrf": "true", "Elastic-Api-Version": API_VERSION}
    return "POST", UPLOAD_PATH, headers, body


def describe_zip(body: bytes) -> str:
    return f"<application/zip: {len(body)} bytes, sha256 {hashlib.sha256(body).hexdigest()}>"


def upload_package(
    kibana_url: str,
    zip_path: Path,
    *,
    auth: dict[str, str] | None = None,
    verify: Any = True,
    timeout: float = 300.0,
    transport: httpx.BaseTransport | None = None,
) -> dict[str, Any]:
    """Upload and return Fleet's answer (`{"items": [...installed assets], "_meta": {...}}`)."""
    method, path, headers, body = upload_request(zip_path)
    url = kibana_url.rstrip("/") + path
    with httpx.Client(timeout=timeout, verify=verify, transport=transport) as client:
        try:
            response = client.request(method, url, content=body, headers={**headers, **(auth or {})})
        except httpx.HTTPError as exc:
            raise InstallError(f"cannot reach Kibana at {kibana_url}: {type(exc).__name__}: {exc}") from None
    try:
        answer = response.json()
    except ValueError:
        answer = {"message": response.text[:500]}
    if response.status_code != 200:
        message = answer.get("message") if isinstance(answer, dict) else answer
        raise InstallError(f"Fleet refused the package upload ({response.status_code}): {message}")
    return answer if isinstance(answer, dict) else {"items": answer}
