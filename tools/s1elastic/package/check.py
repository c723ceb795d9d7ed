"""`s1elastic check`: every package file against its schema, then the semantic rules.

Returns `Problem`s (file relative to the package root, message); the command prints one
`path: message` line each. A file that fails to parse is reported once and skipped by the rules
that need it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from s1elastic.fields.ecs import EcsResolveError, EcsSchema, resolve_external
from s1elastic.fields.model import FieldDef, FieldsFileError, parse_fields, to_yaml_data
from s1elastic.fields.validator import Schema, Validator, ValidatorOptions
from s1elastic.package import rules
from s1elastic.package.engine import Engine, PipelineLoadError, default_engine
from s1elastic.package.layout import DataStream, FileReadError, Package, read_data
from s1elastic.package.schema import Problem, validate

_UNSET: Any = object()


@dataclass
class CheckReport:
    """What a check found, and what it looked at (for the summary line)."""

    problems: list[Problem] = field(default_factory=list)
    files: int = 0
    data_streams: int = 0
    notes: list[str] = field(default_factory=list)

    def add(self, path: str, message: str) -> None:
        self.problems.append(Problem(path, message))


class _Checker:
    def __init__(self, package: Package, ecs: EcsSchema, engine: Engine | None) -> None:
        self.package = package
        self.ecs = ecs
        self.engine = engine
        self.report = CheckReport()

    # -- helpers ---------------------------------------------------------------------------

    def load(self, path: Path, schema: str) -> Any:
        """Parse and schema-check one file; returns the data, or _UNSET when it does not parse."""
        rel = self.package.rel(path)
        self.report.files += 1
        try:
            data = read_data(path)
        except (FileReadError, OSError) as exc:
            self.report.add(rel, str(exc))
            return _UNSET
        for message in validate(schema, data):
            self.report.add(rel, message)
        return data

    def each(self, path: Path, messages: list[str]) -> None:
        for message in messages:
            self.report.add(self.package.rel(path), message)

    # -- package level ---------------------------------------------------------------------

    def run(self) -> CheckReport:
        pkg = self.package
        manifest = self.load(pkg.root / "manifest.yml", "package_manifest")
        if isinstance(manifest, dict):
            self.each(pkg.root / "manifest.yml", rules.check_format_version(manifest))
            self.check_policy_streams(manifest)
        if pkg.changelog.exists():
            changelog = self.load(pkg.changelog, "changelog")
            if changelog is not _UNSET:
                self.each(pkg.changelog, rules.check_changelog(changelog, pkg.version))
        else:
            self.report.add(pkg.rel(pkg.changelog), "missing (the package changelog)")
        if pkg.build_manifest.exists():
            self.load(pkg.build_manifest, "build")
        else:
            self.report.add(pkg.rel(pkg.build_manifest), "missing (pins the ECS reference)")
        if not pkg.data_streams:
            self.report.add("data_stream", "the package has no data streams")
        for ds in pkg.data_streams:
            self.report.data_streams += 1
            self.check_stream(ds)
        self.report.problems.sort()
        return self.report

    def check_policy_streams(self, manifest: dict[str, Any]) -> None:
        listed: set[str] = set()
        for template in manifest.get("policy_templates") or []:
            if isinstance(template, dict):
                listed.update(str(n) for n in template.get("data_streams") or [])
        existing = {ds.name for ds in self.package.data_streams}
        for name in sorted(listed - existing):
            self.report.add("manifest.yml", f"policy template lists data stream {name}, which does not exist")

    # -- data stream level -----------------------------------------------------------------

    def check_stream(self, ds: DataStream) -> None:
        if not rules.re.match(r"^[a-z0-9_]+$", ds.name) or ds.name == "integration":
            self.report.add(self.package.rel(ds.path), f"invalid data stream name {ds.name}")
        manifest_path = ds.path / "manifest.yml"
        if manifest_path.exists():
            self.load(manifest_path, "data_stream_manifest")
        else:
            self.report.add(self.package.rel(manifest_path), "missing (the data stream manifest)")
        if ds.poll_spec.exists():
            self.load(ds.poll_spec, "poll")
        else:
            self.report.add(self.package.rel(ds.poll_spec), "missing (what the poller requests)")
        resolved = self.check_fields(ds)
        self.check_pipelines(ds)
        self.check_tests(ds)
        self.check_sample_event(ds, resolved)

    def check_fields(self, ds: DataStream) -> list[FieldDef] | None:
        files = sorted(ds.fields_dir.glob("*.yml"))
        if not files:
            self.report.add(self.package.rel(ds.fields_dir), "no fields files")
            return None
        all_defs: list[FieldDef] = []
        broken = False
        for path in files:
            data = self.load(path, "fields")
            if data is _UNSET:
                broken = True
                continue
            try:
                defs = parse_fields(data, path.name)
                parse_fields(resolve_external(to_yaml_data(defs), self.ecs, validation=False))
            except (FieldsFileError, EcsResolveError, KeyError, TypeError) as exc:
                self.report.add(self.package.rel(path), str(exc))
                broken = True
                continue
            all_defs.extend(defs)
        if broken:
            return None
        self.each(ds.fields_dir, rules.check_duplicate_fields(all_defs))
        resolved = parse_fields(resolve_external(to_yaml_data(all_defs), self.ecs, validation=False))
        self.each(ds.fields_dir, rules.check_base_fields(resolved))
        return all_defs

    def check_pipelines(self, ds: DataStream) -> None:
        files = sorted([*ds.pipeline_dir.glob("*.yml"), *ds.pipeline_dir.glob("*.json")])
        if not ds.default_pipeline.exists():
            self.report.add(
                self.package.rel(ds.default_pipeline), "missing (the data stream's ingest pipeline)"
            )
        for path in files:
            data = self.load(path, "ingest_pipeline")
            if data is _UNSET:
                continue
            self.each(path, rules.check_processor_tags(data))
            if path == ds.default_pipeline:
                self.each(path, rules.check_pipeline_on_failure(data))
        if self.engine is not None and ds.default_pipeline.exists():
            try:
                self.engine.load(ds.default_pipeline)
            except PipelineLoadError as exc:
                self.report.add(
                    self.package.rel(ds.default_pipeline), f"the ingest engine refuses the pipeline: {exc}"
                )

    def check_tests(self, ds: DataStream) -> None:
        folder = ds.pipeline_test_dir
        if not folder.is_dir():
            self.report.add(self.package.rel(folder), "no pipeline tests")
            return
        names = sorted(p.name for p in folder.iterdir() if p.is_file())
        self.each(folder, rules.check_test_files(names))
        checks: list[tuple[Callable[[str], bool], str]] = [
            (lambda n: bool(rules.TEST_EXPECTED.match(n)), "pipeline_test_expected"),
            (
                lambda n: bool(rules.TEST_CONFIG.match(n)) or n == rules.TEST_COMMON_CONFIG,
                "pipeline_test_config",
            ),
            (lambda n: n.endswith(".json") and bool(rules.TEST_CASE.match(n)), "pipeline_test_events"),
        ]
        for name in names:
            for matches, schema in checks:
                if matches(name):
                    self.load(folder / name, schema)
                    break

    def check_sample_event(self, ds: DataStream, stream_fields: list[FieldDef] | None) -> None:
        if not ds.sample_event.exists():
            self.report.add(self.package.rel(ds.sample_event), "missing (documents the data stream)")
            return
        event = self.load(ds.sample_event, "sample_event")
        if not isinstance(event, dict) or stream_fields is None:
            return
        schema = Schema.build(stream_fields, self.ecs)
        options = ValidatorOptions(expected_datasets=(self.package.dataset(ds),))
        self.each(ds.sample_event, Validator(schema, options).validate(event))


def check_package(
    package: Package, *, ecs: EcsSchema | None = None, engine: Engine | Any | None = _UNSET
) -> CheckReport:
    """Run every check; `engine=None` skips loading pipelines in the ingest engine."""
    chosen = default_engine() if engine is _UNSET else engine
    checker = _Checker(package, ecs or EcsSchema.default(), chosen)
    report = checker.run()
    if chosen is None:
        report.notes.append("ingest engine not available: pipelines were not loaded")
    return report
