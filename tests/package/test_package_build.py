"""`build`: the built tree, resolved fields, rendered docs, and a reproducible zip."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
import yaml

from s1elastic.fields.ecs import EcsSchema
from s1elastic.package.build import build_package
from s1elastic.package.docs import DocsError, fields_table, md_cell, render_readme
from s1elastic.package.layout import Package

EXPECTED_FILES = (
    "changelog.yml",
    "data_stream/events/agent/stream/httpjson.yml.hbs",
    "data_stream/events/elasticsearch/ingest_pipeline/common.yml",
    "data_stream/events/elasticsearch/ingest_pipeline/default.yml",
    "data_stream/events/fields/base-fields.yml",
    "data_stream/events/fields/ecs.yml",
    "data_stream/events/fields/fields.yml",
    "data_stream/events/manifest.yml",
    "data_stream/events/sample_event.json",
    "docs/README.md",
    "img/logo.svg",
    "manifest.yml",
)


def test_built_tree_leaves_out_dev_folders_poll_specs_and_the_template(
    pkg_root: Path, tmp_path: Path
) -> None:
    (pkg_root / "data_stream/events/.DS_Store").write_text("junk")
    result = build_package(Package.load(pkg_root), tmp_path / "out")
    assert result.directory == tmp_path / "out/packages/demo_pkg/1.1.0"
    assert result.files == EXPECTED_FILES
    on_disk = sorted(
        p.relative_to(result.directory).as_posix() for p in result.directory.rglob("*") if p.is_file()
    )
    assert tuple(on_disk) == EXPECTED_FILES


def test_external_fields_are_resolved(pkg_root: Path, tmp_path: Path) -> None:
    result = build_package(Package.load(pkg_root), tmp_path / "out")
    ecs_fields = yaml.safe_load((result.directory / "data_stream/events/fields/ecs.yml").read_text())
    kinds = {f["name"]: f for f in ecs_fields}
    assert kinds["event.kind"]["type"] == "keyword"
    assert kinds["event.kind"]["description"].startswith("This is one of four ECS Categorization Fields")
    assert kinds["event.original"]["index"] is False
    assert all("external" not in f for f in ecs_fields)
    assert all("allowed_values" not in f for f in ecs_fields)  # validation-only settings stay out
    assert (
        (result.directory / "data_stream/events/fields/fields.yml")
        .read_text()
        .startswith("- name: demo_pkg.events")
    )


def test_zip_has_one_top_folder_and_is_reproducible(pkg_root: Path, tmp_path: Path) -> None:
    first = build_package(Package.load(pkg_root), tmp_path / "a")
    second = build_package(Package.load(pkg_root), tmp_path / "b")
    assert first.zip_path.name == "demo_pkg-1.1.0.zip"
    assert first.zip_path.read_bytes() == second.zip_path.read_bytes()
    with zipfile.ZipFile(first.zip_path) as zf:
        names = zf.namelist()
        assert names == sorted(names)
        assert names == [f"demo_pkg-1.1.0/{f}" for f in EXPECTED_FILES]
        assert {i.date_time for i in zf.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        assert zf.read("demo_pkg-1.1.0/manifest.yml") == (pkg_root / "manifest.yml").read_bytes()


def test_rebuild_replaces_stale_files(pkg_root: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    stale = out / "packages/demo_pkg/1.1.0/stale.txt"
    stale.parent.mkdir(parents=True)
    stale.write_text("old")
    build_package(Package.load(pkg_root), out)
    assert not stale.exists()


def test_readme_sections(pkg_root: Path) -> None:
    text = render_readme(Package.load(pkg_root), EcsSchema.default())
    assert text.startswith("# Demo 1.1.0\n\nECS 9.4.0.\n")
    assert "## Demo events\n\nCollect demo events from the demo API.\n" in text
    assert "Endpoint: `/web/api/v2.1/demo-events` (incremental, every 1m).\nPermissions: Demo view.\n" in text
    assert '    "demo_pkg": {\n        "events": {\n            "id": "e1",' in text
    assert "| demo_pkg.events.severity | Severity \\| level. | keyword |" in text
    assert "| event.kind | This is one of four ECS Categorization Fields" in text
    # group fields are not rows; rows are sorted by name
    rows = [
        line.split(" | ")[0][2:]
        for line in text.splitlines()
        if line.startswith("| ") and not line.startswith("| Field")
    ]
    assert "demo_pkg.events" not in rows
    assert rows == sorted(rows)


def test_template_errors_name_the_template(pkg_root: Path) -> None:
    (pkg_root / "package/docs/README.md.j2").write_text("{{ nothing.here }}")
    with pytest.raises(DocsError, match=r"package/docs/README.md.j2: UndefinedError: 'nothing' is undefined"):
        render_readme(Package.load(pkg_root), EcsSchema.default())


def test_table_helpers() -> None:
    assert md_cell("a |\n b") == "a \\| b"
    assert fields_table([{"name": "x", "description": "d", "type": "keyword"}]) == (
        "| Field | Description | Type |\n|---|---|---|\n| x | d | keyword |"
    )
