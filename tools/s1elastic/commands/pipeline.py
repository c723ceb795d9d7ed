"""`s1elastic pipeline simulate PIPELINE.yml [REQUEST.json]`: Elasticsearch's `_simulate`, locally.

The request body (`{"docs": [...]}`) comes from the file or stdin; the response JSON goes to
stdout. A pipeline or request Elasticsearch would refuse prints `{"error": {...}, "status": 400}`
and exits 1.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from s1elastic.ingest import render
from s1elastic.ingest.errors import JavaException, ParseException, request_error


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("pipeline", help="ingest pipeline tools")
    commands = parser.add_subparsers(dest="pipeline_command", metavar="COMMAND")
    simulate = commands.add_parser(
        "simulate", help="run documents through a pipeline like POST _ingest/pipeline/<id>/_simulate"
    )
    simulate.add_argument("pipeline", type=Path, help="pipeline file (YAML or JSON)")
    simulate.add_argument("request", nargs="?", type=Path, help="request body file (default: stdin)")
    simulate.add_argument("--pipelines", type=Path, help="directory of pipelines for `pipeline` processors")
    simulate.add_argument("--geoip-dir", type=Path, help="directory of GeoLite2/GeoIP2 .mmdb files")
    simulate.add_argument("--verbose", action="store_true", help="per-processor results (?verbose=true)")
    simulate.add_argument("--pretty", action="store_true", help="indented output (?pretty)")
    simulate.set_defaults(handler=run_simulate)
    parser.set_defaults(handler=lambda args: _usage(parser))


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2


def _emit(value: Any, pretty: bool) -> None:
    sys.stdout.write(render.dumps(value, pretty=pretty) + "\n")


def run_simulate(args: argparse.Namespace) -> int:
    from s1elastic.ingest.pipeline import Pipeline
    from s1elastic.ingest.simulate import http_status, simulate

    try:
        text = args.request.read_text(encoding="utf-8") if args.request else sys.stdin.read()
    except OSError as exc:
        print(f"s1elastic: cannot read request: {exc}", file=sys.stderr)
        return 2
    try:
        body = render.loads(text)
    except ValueError as exc:
        # Jackson's message differs; what matters is the 400 and the parse_exception type.
        error = ParseException(f"Failed to parse content to map: {exc}")
        _emit(request_error(error), args.pretty)
        return 1
    if not isinstance(body, dict):
        error = ParseException("request body must be a JSON object")
        _emit(request_error(error), args.pretty)
        return 1
    try:
        pipeline = Pipeline.load(args.pipeline, pipelines_dir=args.pipelines, geoip_dir=args.geoip_dir)
    except OSError as exc:
        print(f"s1elastic: cannot read pipeline: {exc}", file=sys.stderr)
        return 2
    except JavaException as exc:
        status = http_status(exc)
        _emit(request_error(exc, status), args.pretty)
        return 1
    status, response = simulate(pipeline, body, verbose=args.verbose)
    _emit(response, args.pretty)
    return 0 if status == 200 else 1
