"""`s1elastic check`, `s1elastic test pipeline` and `s1elastic build`: the package tooling."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from s1elastic.package.build import BuildError, build_package
from s1elastic.package.check import check_package
from s1elastic.package.docs import DocsError
from s1elastic.package.engine import default_engine
from s1elastic.package.layout import Package, PackageError
from s1elastic.package.pipeline_tests import CaseResult, run_pipeline_tests


def register(subparsers: Any) -> None:
    check = subparsers.add_parser(
        "check", help="validate every package file against its schema and the rules"
    )
    check.add_argument("--package", type=Path, default=Path("."), help="package root (default: .)")
    check.set_defaults(handler=run_check)

    test = subparsers.add_parser("test", help="run package tests")
    test_sub = test.add_subparsers(dest="test_kind", metavar="KIND", required=True)
    pipeline = test_sub.add_parser("pipeline", help="run the data streams' pipeline golden tests")
    pipeline.add_argument("--package", type=Path, default=Path("."), help="package root (default: .)")
    pipeline.add_argument(
        "-d",
        "--data-streams",
        action="append",
        default=None,
        metavar="STREAM",
        help="only this data stream (repeatable, or comma-separated)",
    )
    pipeline.add_argument("--generate", action="store_true", help="write the -expected.json files")
    pipeline.set_defaults(handler=run_test_pipeline)

    build = subparsers.add_parser("build", help="build the package directory and zip under build/packages")
    build.add_argument("--package", type=Path, default=Path("."), help="package root (default: .)")
    build.add_argument("--out", type=Path, default=None, help="output folder (default: <package>/build)")
    build.set_defaults(handler=run_build)


def _load(root: Path) -> Package | None:
    try:
        return Package.load(root)
    except PackageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return None


def run_check(args: argparse.Namespace) -> int:
    package = _load(args.package)
    if package is None:
        return 1
    report = check_package(package)
    for problem in report.problems:
        print(problem)
    for note in report.notes:
        print(f"note: {note}", file=sys.stderr)
    if report.problems:
        return 1
    print(
        f"{package.name} {package.version}: {report.files} files in {report.data_streams} data streams, no problems"
    )
    return 0


def _print_results(results: list[CaseResult]) -> None:
    table = Table(title="Pipeline tests", show_lines=False)
    for column in ("Data stream", "Test case", "Result", "Details"):
        table.add_column(column, overflow="fold")
    for r in results:
        style = {"pass": "green", "skip": "yellow"}.get(r.status, "red")
        table.add_row(r.data_stream, r.name, f"[{style}]{r.status}[/{style}]", "\n".join(r.details))
    Console(width=200).print(table)


def run_test_pipeline(args: argparse.Namespace) -> int:
    package = _load(args.package)
    if package is None:
        return 1
    engine = default_engine()
    if engine is None:
        print("error: the ingest engine (s1elastic.ingest.pipeline) is not available", file=sys.stderr)
        return 1
    streams = [s for item in args.data_streams or [] for s in item.split(",") if s] or None
    try:
        results = run_pipeline_tests(package, engine, streams=streams, generate=args.generate)
    except PackageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if not results:
        print("no pipeline tests found")
        return 1
    _print_results(results)
    failed = sum(1 for r in results if not r.ok)
    passed = sum(1 for r in results if r.status == "pass")
    skipped = sum(1 for r in results if r.status == "skip")
    print(f"{passed} passed, {failed} failed" + (f", {skipped} skipped" if skipped else ""))
    return 1 if failed else 0


def run_build(args: argparse.Namespace) -> int:
    package = _load(args.package)
    if package is None:
        return 1
    out = args.out or package.root / "build"
    try:
        result = build_package(package, out)
    except (BuildError, DocsError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"built {result.directory} ({len(result.files)} files) and {result.zip_path}")
    return 0
