"""`s1elastic run | backfill | status | reconcile`: thin wrappers over `s1elastic.poller`.

The API token is never a flag: it comes from the config's `api_token_file` or the environment.
Exit codes: 0 done, 1 something was not collected, 2 invalid configuration, 3 state dir in use.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import signal
import sys
from datetime import timedelta
from pathlib import Path
from types import FrameType
from typing import Any

from s1elastic.poller import api
from s1elastic.poller.clock import SystemClock
from s1elastic.poller.config import ConfigError, PollerConfig, load_config
from s1elastic.poller.duration import parse_duration
from s1elastic.poller.scheduler import RunSummary, StateDirLocked
from s1elastic.poller.status import render_status, status_rows
from s1elastic.sentinelone.timefmt import parse_timestamp

log = logging.getLogger("s1elastic")


def register(subparsers: Any) -> None:
    run = subparsers.add_parser("run", help="poll the consoles of a config (forever, or --once)")
    _config_arg(run)
    run.add_argument("--once", action="store_true", help="one cycle of every enabled stream, then exit")
    run.set_defaults(handler=cmd_run)

    back = subparsers.add_parser("backfill", help="replay a time window without touching the live cursors")
    _config_arg(back)
    group = back.add_mutually_exclusive_group(required=True)
    group.add_argument("--since", help="the last DURATION (e.g. 12h)")
    group.add_argument("--from", dest="start", help="window start (ISO-8601)")
    back.add_argument("--to", dest="end", help="window end (ISO-8601; default now)")
    _filters(back)
    back.set_defaults(handler=cmd_backfill)

    status = subparsers.add_parser("status", help="health, cursor and lag of every console and stream")
    _config_arg(status, required=False)
    status.add_argument("--state-dir", type=Path, help="read this state dir instead of the config's")
    status.add_argument("--json", action="store_true", help="print JSON")
    status.set_defaults(handler=cmd_status)

    rec = subparsers.add_parser("reconcile", help="compare per-hour console counts with what was written")
    _config_arg(rec)
    rec.add_argument("--since", default="24h", help="how far back (default 24h)")
    rec.add_argument("--repair", action="store_true", help="backfill the hours with gaps")
    rec.add_argument("--json", action="store_true", help="print JSON")
    _filters(rec)
    rec.set_defaults(handler=cmd_reconcile)


def _config_arg(parser: argparse.ArgumentParser, *, required: bool = True) -> None:
    parser.add_argument("--config", "-c", type=Path, required=required, help="poller YAML config")
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")


def _filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--console", action="append", help="only this console (repeatable)")
    parser.add_argument("--stream", action="append", help="only this data stream (repeatable)")


def _setup_logging(verbose: bool) -> None:
    root = logging.getLogger()
    if not root.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    logging.getLogger("httpx").setLevel(logging.WARNING)


def _load(args: argparse.Namespace) -> PollerConfig | None:
    try:
        return load_config(args.config)
    except ConfigError as exc:
        for problem in exc.problems:
            print(f"{args.config}: {problem}", file=sys.stderr)
        return None


def _graceful(clock: SystemClock) -> None:
    """First SIGTERM/SIGINT: finish the batch in flight and save; a second one: leave at once."""

    def handler(signum: int, frame: FrameType | None) -> None:
        if clock.stopping:
            os._exit(128 + signum)
        log.info("signal %d: finishing the batch in flight, then stopping", signum)
        clock.request_stop()

    signal.signal(signal.SIGTERM, handler)
    signal.signal(signal.SIGINT, handler)


def _print_summary(summary: RunSummary) -> None:
    for s in summary.streams:
        state = "ok" if s.ok else f"FAILED [{s.error_type}] {s.error}" if s.error else "incomplete"
        print(
            f"{s.console}/{s.stream}: {s.fetched} fetched, {s.written} written, {s.duplicates} duplicates dropped, "
            f"{s.pipeline_errors} pipeline errors, {s.retries} retries: {state}",
            file=sys.stderr,
        )


def cmd_run(args: argparse.Namespace) -> int:
    _setup_logging(args.verbose)
    config = _load(args)
    if config is None:
        return 2
    clock = SystemClock()
    _graceful(clock)
    try:
        if args.once:
            summary = api.run_once(config, clock=clock)
            _print_summary(summary)
            return 0 if summary.ok else 1
        api.run_forever(config, clock=clock)
        return 0
    except StateDirLocked as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 3


def cmd_backfill(args: argparse.Namespace) -> int:
    _setup_logging(args.verbose)
    config = _load(args)
    if config is None:
        return 2
    clock = SystemClock()
    _graceful(clock)
    try:
        since = timedelta(seconds=parse_duration(args.since)) if args.since else None
        start = parse_timestamp(args.start) if args.start else None
        end = parse_timestamp(args.end) if args.end else None
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    summary = api.backfill(
        config, since=since, start=start, end=end, consoles=args.console, streams=args.stream, clock=clock
    )
    _print_summary(summary)
    return 0 if summary.ok else 1


def cmd_status(args: argparse.Namespace) -> int:
    if args.state_dir is not None:
        state_dir = args.state_dir
    elif args.config is not None:
        config = _load(args)
        if config is None:
            return 2
        state_dir = config.state_dir
    else:
        print("error: give --config or --state-dir", file=sys.stderr)
        return 2
    rows = status_rows(state_dir, SystemClock().now())
    if args.json:
        print(json.dumps(rows, indent=2))
    elif not rows:
        print(f"no poller state in {state_dir}")
    else:
        print(render_status(rows))
    return 0


def cmd_reconcile(args: argparse.Namespace) -> int:
    _setup_logging(args.verbose)
    config = _load(args)
    if config is None:
        return 2
    try:
        since = timedelta(seconds=parse_duration(args.since))
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    clock = SystemClock()
    _graceful(clock)
    report = api.reconcile(
        config, since=since, repair_gaps=args.repair, consoles=args.console, streams=args.stream, clock=clock
    )
    if args.json:
        print(
            json.dumps(
                {
                    "hours": [
                        {
                            "console": h.console,
                            "stream": h.stream,
                            "hour": h.hour.isoformat(),
                            "console_count": h.console_count,
                            "acknowledged": h.acknowledged,
                            "state": h.state,
                        }
                        for h in report.hours
                    ],
                    "skipped": report.skipped,
                    "repaired": [
                        {"console": c, "stream": s, "from": a.isoformat(), "to": b.isoformat(), "written": n}
                        for c, s, a, b, n in report.repaired
                    ],
                },
                indent=2,
            )
        )
    else:
        for h in report.hours:
            if h.state != "ok":
                print(
                    f"{h.console}/{h.stream} {h.hour:%Y-%m-%dT%H}: console {h.console_count}, "
                    f"written {h.acknowledged}: {h.state}"
                )
        print(f"{len(report.hours)} hours checked, {len(report.gaps)} with gaps")
        for line in report.skipped:
            print(f"skipped {line}")
        for c, s, a, b, n in report.repaired:
            print(f"repaired {c}/{s} {a:%Y-%m-%dT%H}..{b:%Y-%m-%dT%H}: {n} documents written")
    return 1 if report.gaps and not args.repair else 0
