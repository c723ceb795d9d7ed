"""`s1elastic build`: the package in Elastic's layout, plus its zip.

    <out>/packages/<name>/<version>/          manifest.yml, changelog.yml, docs/README.md, img/,
                                              kibana/, data_stream/<stream>/...
    <out>/packages/<name>-<version>.zip       the same files under one top folder <name>-<version>/

Like elastic-package's build: `_dev` folders (tests, build config) are left out, as are `.DS_Store`,
`.*.swp` and `*.link` files; fields files have `external: ecs` replaced by ECS's definition;
`docs/README.md` is rendered from `package/docs/README.md.j2`. Ours only: `poll.yml` (read by the
poller, not part of package-spec) stays out of the built data streams. Output is deterministic:
entries sorted, fixed zip timestamps and permissions.
"""

from __future__ import annotations

import fnmatch
import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path

import yaml

from s1elastic.fields.ecs import EcsSchema, resolve_external
from s1elastic.fields.model import load_fields_file, to_yaml_data
from s1elastic.package.docs import render_readme
from s1elastic.package.layout import Package

SKIPPED_DIRS = ("_dev", "build", ".git")
SKIPPED_FILES = (".DS_Store", ".*.swp", "*.link")
STREAM_ONLY_FILES = ("poll.yml",)
ZIP_TIMESTAMP = (1980, 1, 1, 0, 0, 0)


class BuildError(ValueError):
    """The package cannot be built."""


@dataclass(frozen=True)
class BuildResult:
    directory: Path
    zip_path: Path
    files: tuple[str, ...]


def _skipped(path: Path) -> bool:
    return any(fnmatch.fnmatch(path.name, g) for g in SKIPPED_FILES)


def _files(root: Path) -> list[Path]:
    """Files under root (relative), skipping elastic-package's dev folders and junk, sorted."""
    out = []
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if any(part in SKIPPED_DIRS for part in rel.parts[:-1]) or not path.is_file() or _skipped(path):
            continue
        if path.is_dir():
            continue
        out.append(rel)
    return out


def _copy(src: Path, dest: Path) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src, dest)


def _write_fields(src: Path, dest: Path, ecs: EcsSchema) -> None:
    defs = load_fields_file(src)
    resolved = resolve_external(to_yaml_data(defs), ecs, validation=False)
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_text(
        yaml.safe_dump(resolved, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8"
    )


def build_package(package: Package, out_dir: Path, *, ecs: EcsSchema | None = None) -> BuildResult:
    ecs = ecs or EcsSchema.default()
    if not package.name or not package.version:
        raise BuildError("manifest.yml: name and version are required to build")
    dest = out_dir / "packages" / package.name / package.version
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    _copy(package.root / "manifest.yml", dest / "manifest.yml")
    assets = package.assets_dir
    if assets.is_dir():
        for rel in _files(assets):
            if rel.parts and rel.parts[0] == "_dev":
                continue
            if rel.as_posix() == "docs/README.md.j2":
                continue
            _copy(assets / rel, dest / rel)
    for ds in package.data_streams:
        for rel in _files(ds.path):
            if rel.parts[0] == "_dev" or rel.as_posix() in STREAM_ONLY_FILES:
                continue
            target = dest / "data_stream" / ds.name / rel
            if rel.parts[0] == "fields" and rel.suffix == ".yml":
                try:
                    _write_fields(ds.path / rel, target, ecs)
                except ValueError as exc:
                    raise BuildError(f"{package.rel(ds.path / rel)}: {exc}") from exc
            else:
                _copy(ds.path / rel, target)
    if package.docs_template.exists():
        readme = dest / "docs" / "README.md"
        readme.parent.mkdir(parents=True, exist_ok=True)
        readme.write_text(render_readme(package, ecs), encoding="utf-8")
    files = tuple(p.as_posix() for p in _files(dest))
    zip_path = out_dir / "packages" / f"{package.name}-{package.version}.zip"
    write_zip(dest, zip_path, f"{package.name}-{package.version}", files)
    return BuildResult(dest, zip_path, files)


def write_zip(src: Path, zip_path: Path, top: str, files: tuple[str, ...]) -> None:
    """A reproducible zip: sorted entries, fixed timestamp, 0644 files, one top folder."""
    zip_path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(zip_path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for rel in sorted(files):
            info = zipfile.ZipInfo(f"{top}/{rel}", date_time=ZIP_TIMESTAMP)
            info.external_attr = 0o100644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            zf.writestr(info, (src / rel).read_bytes())
