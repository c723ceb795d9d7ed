"""Where things are in the package source tree, and reading its YAML/JSON files.

The repository root is the package root: `manifest.yml`, `data_stream/<name>/`, and `package/`
holding the package-level assets (changelog, docs template, images, kibana, `_dev/build`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

PIPELINE_TEST_DIR = Path("_dev") / "test" / "pipeline"
INGEST_PIPELINE_DIR = Path("elasticsearch") / "ingest_pipeline"


class PackageError(Exception):
    """The package cannot be read at all (no manifest, unreadable file)."""


class FileReadError(ValueError):
    """A file that is not valid YAML/JSON; str() is the parser's message."""


class _PackageYamlLoader(yaml.SafeLoader):
    """SafeLoader that keeps timestamp-looking scalars as strings.

    elastic-package reads package files with go-yaml v2, which hands an unquoted `2020-01-02T03:04:05Z`
    to an untyped target as the string it is (for backward compatibility, says its decoder), and
    go-ucfg keeps it so. PyYAML would make it a datetime, which no JSON event can hold.
    """


_PackageYamlLoader.yaml_implicit_resolvers = {
    first: [(tag, pattern) for tag, pattern in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def read_yaml(path: Path) -> Any:
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_PackageYamlLoader)  # a SafeLoader subclass
    except yaml.YAMLError as exc:
        raise FileReadError(f"invalid YAML: {' '.join(str(exc).split())}") from exc


def read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise FileReadError(f"invalid JSON: {exc}") from exc


def read_data(path: Path) -> Any:
    """YAML for .yml/.yaml, JSON otherwise."""
    return read_yaml(path) if path.suffix in (".yml", ".yaml") else read_json(path)


@dataclass
class DataStream:
    """One `data_stream/<name>/` folder."""

    name: str
    path: Path
    manifest: dict[str, Any] = field(default_factory=dict)

    @property
    def fields_dir(self) -> Path:
        return self.path / "fields"

    @property
    def pipeline_dir(self) -> Path:
        return self.path / INGEST_PIPELINE_DIR

    @property
    def default_pipeline(self) -> Path:
        for name in ("default.yml", "default.json"):
            if (self.pipeline_dir / name).exists():
                return self.pipeline_dir / name
        return self.pipeline_dir / "default.yml"

    @property
    def pipeline_test_dir(self) -> Path:
        return self.path / PIPELINE_TEST_DIR

    @property
    def sample_event(self) -> Path:
        return self.path / "sample_event.json"

    @property
    def poll_spec(self) -> Path:
        return self.path / "poll.yml"

    @property
    def title(self) -> str:
        return str(self.manifest.get("title") or self.name)

    @property
    def type(self) -> str:
        return str(self.manifest.get("type") or "logs")


@dataclass
class Package:
    """The package source: root manifest, data streams (sorted by name) and the assets folder."""

    root: Path
    manifest: dict[str, Any]
    data_streams: list[DataStream]

    @classmethod
    def load(cls, root: Path) -> Package:
        manifest_path = root / "manifest.yml"
        if not manifest_path.exists():
            raise PackageError(f"{manifest_path}: no package manifest")
        try:
            manifest = read_yaml(manifest_path)
        except FileReadError as exc:
            raise PackageError(f"manifest.yml: {exc}") from exc
        if not isinstance(manifest, dict):
            raise PackageError("manifest.yml: expected a mapping")
        streams = []
        ds_root = root / "data_stream"
        for path in sorted(p for p in ds_root.iterdir() if p.is_dir()) if ds_root.is_dir() else []:
            ds_manifest: Any = {}
            if (path / "manifest.yml").exists():
                try:
                    ds_manifest = read_yaml(path / "manifest.yml")
                except FileReadError:
                    ds_manifest = {}
            streams.append(DataStream(path.name, path, ds_manifest if isinstance(ds_manifest, dict) else {}))
        return cls(root, manifest, streams)

    @property
    def name(self) -> str:
        return str(self.manifest.get("name", ""))

    @property
    def version(self) -> str:
        return str(self.manifest.get("version", ""))

    @property
    def format_version(self) -> str:
        return str(self.manifest.get("format_version", ""))

    @property
    def assets_dir(self) -> Path:
        return self.root / "package"

    @property
    def changelog(self) -> Path:
        return self.assets_dir / "changelog.yml"

    @property
    def build_manifest(self) -> Path:
        return self.assets_dir / "_dev" / "build" / "build.yml"

    @property
    def docs_template(self) -> Path:
        return self.assets_dir / "docs" / "README.md.j2"

    def stream(self, name: str) -> DataStream:
        for ds in self.data_streams:
            if ds.name == name:
                return ds
        raise PackageError(
            f"no data stream named {name!r} (have: {', '.join(d.name for d in self.data_streams)})"
        )

    def dataset(self, ds: DataStream) -> str:
        """The dataset a stream's documents must carry (manifest `dataset`, else <package>.<stream>)."""
        return str(ds.manifest.get("dataset") or f"{self.name}.{ds.name}")

    def rel(self, path: Path) -> str:
        """A path as printed in problems: relative to the package root, with forward slashes."""
        try:
            return path.relative_to(self.root).as_posix()
        except ValueError:
            return path.as_posix()
