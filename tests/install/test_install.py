"""`s1elastic install`: Fleet's assets for the package, installed over loopback like Fleet does."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest
import yaml
from install_fakes import FakeCluster, FakeKibana

from s1elastic.cli import main
from s1elastic.fields.model import parse_fields
from s1elastic.install import DryRunCluster, EsCluster, InstallError, build_assets, install
from s1elastic.install.assets import count_fields, rewrite_references
from s1elastic.outputs.es_connection import EsConnection
from s1elastic.package.layout import Package

META = {"managed_by": "fleet", "managed": True, "package": {"name": "sentinel_one"}}


def write_package(root: Path, version: str = "0.1.0", *, ds_manifest: dict[str, Any] | None = None) -> Path:
    """A small package: one data stream with base/ECS/own fields and two pipelines."""
    (root / "data_stream" / "activity" / "fields").mkdir(parents=True, exist_ok=True)
    (root / "data_stream" / "activity" / "elasticsearch" / "ingest_pipeline").mkdir(
        parents=True, exist_ok=True
    )
    (root / "manifest.yml").write_text(
        yaml.safe_dump(
            {
                "format_version": "3.6.5",
                "name": "sentinel_one",
                "title": "SentinelOne",
                "version": version,
                "type": "integration",
            }
        )
    )
    ds = root / "data_stream" / "activity"
    (ds / "manifest.yml").write_text(
        yaml.safe_dump({"title": "Activities", "type": "logs", **(ds_manifest or {})})
    )
    (ds / "fields" / "base-fields.yml").write_text(
        "- name: data_stream.type\n  type: constant_keyword\n- name: data_stream.dataset\n  type: constant_keyword\n"
        "- name: data_stream.namespace\n  type: constant_keyword\n- name: '@timestamp'\n  type: date\n"
    )
    (ds / "fields" / "ecs.yml").write_text("- name: event.kind\n  external: ecs\n")
    (ds / "fields" / "fields.yml").write_text(
        "- name: sentinel_one.activity\n  type: group\n  fields:\n    - name: id\n      type: keyword\n"
        "    - name: type\n      type: long\n"
    )
    pipelines = ds / "elasticsearch" / "ingest_pipeline"
    (pipelines / "default.yml").write_text(
        "description: Activities\nprocessors:\n"
        "  - json:\n      field: message\n      target_field: json\n"
        "  - pipeline:\n      name: '{{ IngestPipeline \"details\" }}'\n"
        "on_failure:\n  - set:\n      field: error.message\n      value: '{{{ _ingest.on_failure_message }}}'\n"
    )
    (pipelines / "details.yml").write_text(
        "processors:\n  - remove:\n      field: json\n      ignore_missing: true\n"
    )
    return root


@pytest.fixture
def pkg(tmp_path: Path) -> Path:
    return write_package(tmp_path / "pkg")


def test_pipelines_are_versioned_rewritten_and_call_the_custom_pipelines(pkg: Path) -> None:
    stream = build_assets(Package.load(pkg)).streams[0]
    assert list(stream.pipelines) == [
        "logs-sentinel_one.activity-0.1.0",
        "logs-sentinel_one.activity-0.1.0-details",
    ]
    entry = stream.pipelines["logs-sentinel_one.activity-0.1.0"]
    assert entry["_meta"] == META
    assert entry["processors"][1] == {"pipeline": {"name": "logs-sentinel_one.activity-0.1.0-details"}}
    assert [p["pipeline"]["name"] for p in entry["processors"][2:]] == [
        "global@custom",
        "logs@custom",
        "logs-sentinel_one.integration@custom",
        "logs-sentinel_one.activity@custom",
    ]
    assert all(p["pipeline"]["ignore_missing_pipeline"] is True for p in entry["processors"][2:])
    assert entry["processors"][4]["pipeline"]["description"] == (
        "[Fleet] Pipeline for all data streams of type `logs` defined by the `sentinel_one` integration"
    )
    assert entry["on_failure"][0]["set"]["value"] == "{{{ _ingest.on_failure_message }}}"
    details = stream.pipelines["logs-sentinel_one.activity-0.1.0-details"]
    assert details == {"processors": [{"remove": {"field": "json", "ignore_missing": True}}], "_meta": META}


@pytest.mark.parametrize(
    "text",
    ["{{ IngestPipeline 'x' }}", '{{IngestPipeline "x"}}', '{< IngestPipeline "x" >}'],
)
def test_pipeline_reference_styles(text: str) -> None:
    assert rewrite_references(f"name: {text} and {text}", {"x": "logs-a.b-1.0.0-x"}) == (
        "name: logs-a.b-1.0.0-x and logs-a.b-1.0.0-x"
    )


def test_component_and_index_templates_as_fleet_names_them(pkg: Path) -> None:
    stream = build_assets(Package.load(pkg)).streams[0]
    assert list(stream.component_templates) == ["logs-sentinel_one.activity@package"]
    component = stream.component_templates["logs-sentinel_one.activity@package"]
    assert component["_meta"] == META
    assert component["template"]["settings"] == {
        "index": {
            "lifecycle": {"name": "logs@lifecycle"},
            "default_pipeline": "logs-sentinel_one.activity-0.1.0",
            "mapping": {"total_fields": {"limit": 1000}},
        }
    }
    properties = component["template"]["mappings"]["properties"]
    assert properties["data_stream"]["properties"]["dataset"] == {"type": "constant_keyword"}
    assert properties["event"]["properties"]["kind"] == {"type": "keyword", "ignore_above": 1024}
    assert properties["sentinel_one"]["properties"]["activity"]["properties"]["type"] == {"type": "long"}
    assert stream.index_template == {
        "priority": 200,
        "index_patterns": ["logs-sentinel_one.activity-*"],
        "template": {"settings": {"index": {}}, "mappings": {"_meta": META}},
        "data_stream": {},
        "composed_of": [
            "logs@mappings",
            "logs@settings",
            "logs-sentinel_one.activity@package",
            "logs@custom",
            "sentinel_one@custom",
            "logs-sentinel_one.activity@custom",
            "ecs@mappings",
            ".fleet_globals-1",
        ],
        "ignore_missing_component_templates": [
            "logs@custom",
            "sentinel_one@custom",
            "logs-sentinel_one.activity@custom",
        ],
        "_meta": META,
    }


def test_manifest_settings_ilm_policy_prefix_and_hidden(tmp_path: Path) -> None:
    root = write_package(
        tmp_path / "pkg",
        ds_manifest={
            "ilm_policy": "logs-sentinel_one.activity-keep",
            "dataset_is_prefix": True,
            "elasticsearch": {
                "index_template": {
                    "settings": {"index.mapping.ignore_malformed": True},
                    "mappings": {"dynamic": False},
                    "data_stream": {"hidden": True},
                }
            },
        },
    )
    stream = build_assets(Package.load(root)).streams[0]
    assert stream.template_name == ".logs-sentinel_one.activity"
    assert stream.index_template["index_patterns"] == [".logs-sentinel_one.activity.*-*"]
    assert stream.index_template["priority"] == 150
    assert stream.index_template["data_stream"] == {"hidden": True}
    template = stream.component_templates[".logs-sentinel_one.activity@package"]["template"]
    assert template["settings"]["index"]["lifecycle"] == {"name": "logs-sentinel_one.activity-keep"}
    assert template["settings"]["index"]["mapping"]["ignore_malformed"] is True
    assert template["mappings"]["dynamic"] is False


def test_dsl_lifecycle_instead_of_ilm(tmp_path: Path) -> None:
    root = write_package(tmp_path / "pkg", ds_manifest={"lifecycle": {"data_retention": "30d"}})
    template = (
        build_assets(Package.load(root), lifecycle="dsl")
        .streams[0]
        .component_templates["logs-sentinel_one.activity@package"]["template"]
    )
    assert "lifecycle" not in template["settings"]["index"]
    assert template["lifecycle"] == {"data_retention": "30d"}


def test_field_limit_counts_as_fleet_does() -> None:
    defs = parse_fields(
        [
            {
                "name": "a",
                "type": "group",
                "fields": [
                    {"name": "b", "type": "keyword", "multi_fields": [{"name": "text", "type": "text"}]}
                ],
            }
        ]
    )
    assert count_fields(defs) == 3


def test_the_real_package_builds_assets_for_every_stream() -> None:
    root = Path(__file__).resolve().parents[2]
    assets = build_assets(Package.load(root))
    assert {s.stream for s in assets.streams} == {
        "activity",
        "agent",
        "alert",
        "application",
        "group",
        "threat",
    }
    for stream in assets.streams:
        assert stream.entry_pipeline == f"logs-sentinel_one.{stream.stream}-{assets.version}"
        assert stream.entry_pipeline in stream.pipelines


def cluster_for(fake: FakeCluster) -> EsCluster:
    return EsCluster(EsConnection(hosts=(fake.url,)).client())


def test_install_creates_everything_then_is_idempotent(pkg: Path) -> None:
    assets = build_assets(Package.load(pkg))
    with FakeCluster() as fake:
        report = install(cluster_for(fake), assets)
        assert fake.writes == [
            ("PUT", "/_ingest/pipeline/logs-sentinel_one.activity-0.1.0"),
            ("PUT", "/_ingest/pipeline/logs-sentinel_one.activity-0.1.0-details"),
            ("PUT", "/_component_template/.fleet_globals-1"),
            ("PUT", "/_component_template/logs-sentinel_one.activity@package"),
            ("PUT", "/_index_template/logs-sentinel_one.activity"),
        ]
        assert len(report.created) == 5 and fake.unexpected == []
        fake.writes.clear()
        again = install(cluster_for(fake), assets)
        assert fake.writes == [] and again.writes == 0 and len(again.unchanged) == 4


def test_upgrade_replaces_pipelines_after_the_templates_and_data_streams_point_at_the_new_ones(
    tmp_path: Path,
) -> None:
    old = build_assets(Package.load(write_package(tmp_path / "v1", "0.1.0")))
    new = build_assets(Package.load(write_package(tmp_path / "v2", "0.2.0")))
    with FakeCluster() as fake:
        install(cluster_for(fake), old)
        fake.create_data_stream("logs-sentinel_one.activity-default")
        fake.pipelines["logs-sentinel_one.activity-mine"] = {"processors": []}  # a user's own pipeline
        fake.writes.clear()
        report = install(cluster_for(fake), new)
        assert fake.writes == [
            ("PUT", "/_ingest/pipeline/logs-sentinel_one.activity-0.2.0"),
            ("PUT", "/_ingest/pipeline/logs-sentinel_one.activity-0.2.0-details"),
            ("PUT", "/_component_template/logs-sentinel_one.activity@package"),
            ("PUT", "/logs-sentinel_one.activity-default/_mapping?write_index_only=true"),
            ("PUT", "/logs-sentinel_one.activity-default/_settings"),
            ("DELETE", "/_ingest/pipeline/logs-sentinel_one.activity-0.1.0"),
            ("DELETE", "/_ingest/pipeline/logs-sentinel_one.activity-0.1.0-details"),
        ]
        assert (
            fake.data_streams["logs-sentinel_one.activity-default"]["default_pipeline"]
            == "logs-sentinel_one.activity-0.2.0"
        )
        assert sorted(fake.pipelines) == [
            "logs-sentinel_one.activity-0.2.0",
            "logs-sentinel_one.activity-0.2.0-details",
            "logs-sentinel_one.activity-mine",
        ]
        assert report.data_streams == ["logs-sentinel_one.activity-default"]
        assert "index template logs-sentinel_one.activity" in report.unchanged  # same composition


def test_mappings_the_write_index_refuses_roll_over_lazily(tmp_path: Path) -> None:
    old = build_assets(Package.load(write_package(tmp_path / "v1", "0.1.0")))
    new = build_assets(Package.load(write_package(tmp_path / "v2", "0.2.0")))
    with FakeCluster() as fake:
        install(cluster_for(fake), old)
        fake.create_data_stream("logs-sentinel_one.activity-default")
        fake.refuse_mapping_for.add("logs-sentinel_one.activity-default")
        report = install(cluster_for(fake), new)
        assert report.rolled_over == ["logs-sentinel_one.activity-default"]
        assert fake.data_streams["logs-sentinel_one.activity-default"]["lazy_rollover"] is True


def test_a_refused_template_is_an_install_error(pkg: Path) -> None:
    assets = build_assets(Package.load(pkg))
    with FakeCluster() as fake:
        del fake.component_templates["ecs@mappings"]
        with pytest.raises(
            InstallError,
            match=r"PUT /_index_template/logs-sentinel_one.activity failed with 400: invalid_index_template_exception",
        ):
            install(cluster_for(fake), assets)


def test_dry_run_reads_but_does_not_write(pkg: Path) -> None:
    assets = build_assets(Package.load(pkg))
    with FakeCluster() as fake:
        dry = DryRunCluster(cluster_for(fake))
        install(dry, assets)
        assert fake.writes == []
        assert (dry.calls[0].method, dry.calls[0].path) == (
            "PUT",
            "/_ingest/pipeline/logs-sentinel_one.activity-0.1.0",
        )
        assert dry.calls[0].body == assets.streams[0].pipelines["logs-sentinel_one.activity-0.1.0"]


def test_cli_dry_run_prints_method_path_and_body(pkg: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with FakeCluster() as fake:
        assert main(["install", "--es", fake.url, "--package", str(pkg), "--dry-run"]) == 0
        assert fake.writes == []
    out = capsys.readouterr().out
    assert out.startswith("PUT /_ingest/pipeline/logs-sentinel_one.activity-0.1.0\n{\n")
    assert "PUT /_index_template/logs-sentinel_one.activity\n" in out
    assert '"default_pipeline": "logs-sentinel_one.activity-0.1.0"' in out


def test_cli_install_with_an_api_key_from_the_environment(
    pkg: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ELASTIC_API_KEY", "id9:key9")
    with FakeCluster() as fake:
        assert main(["install", "--es", fake.url, "--package", str(pkg)]) == 0
        assert len(fake.writes) == 5
        assert main(["install", "--es", fake.url, "--package", str(pkg)]) == 0
    err = capsys.readouterr().err
    assert "already installed, nothing to do" in err and "key9" not in err


def make_zip(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("sentinel_one-0.1.0/manifest.yml", "name: sentinel_one\n")
    return path


def test_kibana_upload_sends_the_zip_to_fleet(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ELASTIC_API_KEY", "aWQ6a2V5")
    archive = make_zip(tmp_path / "sentinel_one-0.1.0.zip")
    with FakeKibana() as kibana:
        code = main(
            [
                "install",
                "--kibana",
                kibana.url,
                "--package",
                str(write_package(tmp_path / "pkg")),
                "--zip",
                str(archive),
            ]
        )
        assert code == 0
        headers, body = kibana.uploads[0]
        assert body == archive.read_bytes()
        assert headers["content-type"] == "application/zip" and headers["kbn-xsrf"] == "true"
        assert headers["authorization"] == "ApiKey aWQ6a2V5"
        assert headers["elastic-api-version"] == "2023-10-31"


def test_kibana_refusal_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    archive = make_zip(tmp_path / "p.zip")
    with FakeKibana(refuse="Package sentinel_one-0.1.0 is out-of-date") as kibana:
        assert (
            main(
                [
                    "install",
                    "--kibana",
                    kibana.url,
                    "--package",
                    str(write_package(tmp_path / "pkg")),
                    "--zip",
                    str(archive),
                ]
            )
            == 1
        )
    assert (
        "Fleet refused the package upload (400): Package sentinel_one-0.1.0 is out-of-date"
        in capsys.readouterr().err
    )


def test_kibana_dry_run_prints_the_upload(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    archive = make_zip(tmp_path / "p.zip")
    assert (
        main(
            [
                "install",
                "--kibana",
                "http://127.0.0.1:1",
                "--package",
                str(write_package(tmp_path / "pkg")),
                "--zip",
                str(archive),
                "--dry-run",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert out.startswith("POST /api/fleet/epm/packages\nContent-Type: application/zip\nkbn-xsrf: true\n")
    assert f"<application/zip: {archive.stat().st_size} bytes" in out
