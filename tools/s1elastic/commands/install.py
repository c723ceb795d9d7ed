"""`s1elastic install`: the package's Elasticsearch assets as Fleet installs them, or a Fleet upload.

    s1elastic install --es https://es:9200 [--dry-run] [--lifecycle ilm|dsl]
    s1elastic install --kibana https://kibana:5601 [--zip build/packages/sentinel_one-0.1.0.zip]

Secrets are never flags: the API key comes from `--api-key-file` or the environment variable named
by `--api-key-env` (default ELASTIC_API_KEY), a password likewise (default ELASTIC_PASSWORD, used
with `--username`). Exit codes: 0 done, 1 refused or unreachable, 2 bad arguments or package.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from s1elastic.install.assets import AssetError, build_assets
from s1elastic.install.cluster import Call, DryRunCluster, EsCluster, InstallError
from s1elastic.install.installer import install
from s1elastic.install.kibana import auth_header, describe_zip, upload_package, upload_request
from s1elastic.outputs.es_connection import EsConnection
from s1elastic.outputs.http_common import SecretError
from s1elastic.package.layout import Package, PackageError


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "install", help="create the package's pipelines and templates in Elasticsearch, or upload it to Fleet"
    )
    target = p.add_mutually_exclusive_group(required=True)
    target.add_argument("--es", metavar="URL", help="Elasticsearch URL: install the assets directly")
    target.add_argument("--kibana", metavar="URL", help="Kibana URL: upload the built zip to Fleet")
    p.add_argument("--package", type=Path, default=Path("."), help="package root (default: .)")
    p.add_argument("--zip", type=Path, help="with --kibana: upload this zip instead of building one")
    p.add_argument(
        "--dry-run", action="store_true", help="print the requests (method, path, body); change nothing"
    )
    p.add_argument(
        "--lifecycle",
        choices=("ilm", "dsl"),
        default="ilm",
        help="ilm: index.lifecycle.name as Fleet sets it (default); dsl: the data stream lifecycle "
        "(Fleet with ILM policies disabled)",
    )
    p.add_argument("--api-key-file", help="file holding an API key (id:key or encoded), mode 0600")
    p.add_argument("--api-key-env", default="ELASTIC_API_KEY", help="variable holding the API key")
    p.add_argument("--username", help="basic auth user (password from --password-file/--password-env)")
    p.add_argument("--password-file", help="file holding the password, mode 0600")
    p.add_argument("--password-env", default="ELASTIC_PASSWORD", help="variable holding the password")
    p.add_argument("--ca-file", help="PEM bundle to verify the server certificate")
    p.add_argument("--fingerprint", help="pin the server certificate by its SHA-256 fingerprint")
    p.add_argument("--insecure", action="store_true", help="do not verify TLS certificates")
    p.set_defaults(handler=cmd_install)


def _spec(args: argparse.Namespace, url: str) -> dict[str, Any]:
    spec: dict[str, Any] = {"url": url, "verify": not args.insecure}
    if args.api_key_file:
        spec["api_key_file"] = args.api_key_file
    elif os.environ.get(args.api_key_env):
        spec["api_key_env"] = args.api_key_env
    if args.username:
        spec["username"] = args.username
        if args.password_file:
            spec["password_file"] = args.password_file
        elif os.environ.get(args.password_env):
            spec["password_env"] = args.password_env
    for key in ("ca_file", "fingerprint"):
        if getattr(args, key):
            spec[key] = getattr(args, key)
    return spec


def _show(call: Call) -> None:
    print(f"{call.method} {call.path}")
    if call.body is not None:
        print(json.dumps(call.body, indent=2, ensure_ascii=False))
    print()


def cmd_install(args: argparse.Namespace) -> int:
    try:
        package = Package.load(args.package)
        connection = EsConnection.from_spec(_spec(args, args.es or args.kibana))
    except (PackageError, SecretError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.kibana:
        return _kibana(args, package, connection)
    try:
        assets = build_assets(package, lifecycle=args.lifecycle)
    except AssetError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    cluster: Any = EsCluster(connection.client())
    if args.dry_run:
        cluster = DryRunCluster(cluster, show=_show)
    try:
        report = install(cluster, assets, log=lambda line: print(line, file=sys.stderr))
    except InstallError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if args.dry_run:
        print(f"dry run: {len(cluster.calls)} requests would be made", file=sys.stderr)
    elif report.writes == 0:
        print(f"{assets.name} {assets.version}: already installed, nothing to do", file=sys.stderr)
    return 0


def _kibana(args: argparse.Namespace, package: Package, connection: EsConnection) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        zip_path = args.zip
        if zip_path is None:
            from s1elastic.package.build import BuildError, build_package

            try:
                zip_path = build_package(package, Path(tmp)).zip_path
            except (BuildError, ValueError) as exc:
                print(f"error: cannot build the package: {exc}", file=sys.stderr)
                return 2
        if args.dry_run:
            method, path, headers, body = upload_request(zip_path)
            print(f"{method} {path}")
            for key, value in headers.items():
                print(f"{key}: {value}")
            print(describe_zip(body))
            return 0
        verify: Any = not args.insecure
        if connection.ca_file:
            import ssl

            verify = ssl.create_default_context(cafile=connection.ca_file)
        try:
            answer = upload_package(
                args.kibana,
                zip_path,
                auth=auth_header(connection.api_key, connection.username, connection.password),
                verify=verify,
            )
        except InstallError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
    print(
        f"uploaded {zip_path.name}: Fleet installed {len(answer.get('items') or [])} assets", file=sys.stderr
    )
    return 0
