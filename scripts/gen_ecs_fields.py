#!/usr/bin/env python3
"""Regenerate tools/s1elastic/fields/ecs_fields.json from a pinned `@elastic/ecs` npm release.

`make ecs` runs this. It asks the npm registry (through the `npm` client) which versions exist,
takes the newest 9.x (or `--version`), downloads the tarball with `npm pack` into a temporary
directory (no node_modules in the repository), reads the flat field map with `node`, and writes
the facts file plus the ECS pin in package/_dev/build/build.yml (`git@v<ecs version>`).
Tests and builds read only the committed file, so they need no network.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tools"))

from s1elastic.fields.ecs_facts import dump_facts, facts_from_flat  # noqa: E402

NPM_PACKAGE = "@elastic/ecs"
MAJOR = 9
FLAT_MODULE = "package/build/commonjs/ecs_flat.js"
INDEX_MODULE = "package/build/commonjs/index.js"
OUTPUT = REPO / "tools" / "s1elastic" / "fields" / "ecs_fields.json"
BUILD_YML = REPO / "package" / "_dev" / "build" / "build.yml"


def run(cmd: list[str], cwd: Path | None = None) -> str:
    return subprocess.run(cmd, cwd=cwd, check=True, capture_output=True, text=True).stdout


def newest_version(major: int) -> str:
    versions = json.loads(run(["npm", "view", NPM_PACKAGE, "versions", "--json"]))
    stable = [v for v in versions if re.fullmatch(r"\d+\.\d+\.\d+", v) and int(v.split(".")[0]) == major]
    if not stable:
        raise SystemExit(f"no {major}.x release of {NPM_PACKAGE} on the registry")
    return max(stable, key=lambda v: tuple(int(p) for p in v.split(".")))


def fetch(version: str, workdir: Path) -> tuple[Path, str]:
    """npm pack the release into workdir; returns the tarball path and its sha256."""
    out = json.loads(
        run(["npm", "pack", f"{NPM_PACKAGE}@{version}", "--json", "--pack-destination", str(workdir)])
    )
    tarball = workdir / out[0]["filename"]
    return tarball, hashlib.sha256(tarball.read_bytes()).hexdigest()


def read_flat(tarball: Path, workdir: Path) -> tuple[dict, str]:
    """The EcsFlat map and EcsVersion, evaluated by node from the tarball's CommonJS build."""
    with tarfile.open(tarball) as tar:
        tar.extractall(workdir, filter="data")
    script = (
        "const flat = require(process.argv[1]).EcsFlat;"
        "const version = require(process.argv[2]).EcsVersion;"
        "process.stdout.write(JSON.stringify({flat, version}));"
    )
    data = json.loads(run(["node", "-e", script, str(workdir / FLAT_MODULE), str(workdir / INDEX_MODULE)]))
    return data["flat"], data["version"]


def write_pin(ecs_version: str) -> None:
    """Set dependencies.ecs.reference in build.yml, keeping anything else the file holds."""
    data = yaml.safe_load(BUILD_YML.read_text()) if BUILD_YML.exists() else None
    data = data or {}
    data.setdefault("dependencies", {}).setdefault("ecs", {})["reference"] = f"git@v{ecs_version}"
    BUILD_YML.parent.mkdir(parents=True, exist_ok=True)
    BUILD_YML.write_text(yaml.safe_dump(data, sort_keys=False))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--version", help=f"exact {NPM_PACKAGE} version (default: newest {MAJOR}.x)")
    parser.add_argument("--check", action="store_true", help="exit 1 if the committed file differs")
    args = parser.parse_args()
    version = args.version or newest_version(MAJOR)
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        tarball, sha256 = fetch(version, workdir)
        flat, ecs_version = read_flat(tarball, workdir)
    text = dump_facts(
        facts_from_flat(flat, ecs_version=ecs_version, npm_version=version, tarball_sha256=sha256)
    )
    if args.check:
        current = OUTPUT.read_text() if OUTPUT.exists() else ""
        if current != text:
            print(f"{OUTPUT.relative_to(REPO)} is out of date: run `make ecs`", file=sys.stderr)
            return 1
        print(f"{OUTPUT.relative_to(REPO)} is current ({NPM_PACKAGE}@{version})")
        return 0
    OUTPUT.write_text(text)
    write_pin(ecs_version)
    print(
        f"wrote {OUTPUT.relative_to(REPO)}: {len(flat)} fields from {NPM_PACKAGE}@{version} (sha256 {sha256})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
