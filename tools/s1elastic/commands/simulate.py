"""`s1elastic simulate`: serve the SentinelOne Management API simulator on loopback.

Prints one JSON line on stdout once listening ({"url", "api_url", "token_file", "stats_url", ...})
so scripts can start it with --port 0 and read where it is; the token itself goes only into the
token file (mode 0600) and appears masked in logs.
"""

from __future__ import annotations

import argparse
import json
import logging
import signal
import sys
import tempfile
import threading
from datetime import datetime
from pathlib import Path
from types import FrameType
from typing import Any

from s1elastic.simulator.config import RESOURCES, ManualClock, SimulatorConfig
from s1elastic.simulator.faults import FaultSpecError, parse_faults
from s1elastic.simulator.server import SimulatorServer, mask
from s1elastic.simulator.timefmt import parse_duration, parse_param_time, parse_rate

log = logging.getLogger("s1elastic.simulator")

EPILOG = """\
volumes and time:
  --activities N ... --groups N   objects in the history before the anchor (the start time)
  --history RESOURCE=DURATION     how far back that history reaches (e.g. activities=2d)
  --live-rate [RESOURCE=]RATE     new objects per time after the start: 10/s, 600/m, 2/h;
                                  a bare RATE applies to activities and alerts. Default:
                                  activities=1/s and alerts=0.1/s; `--live-rate 0` turns it off.
  --anchor ISO                    fix the end of the history (with the same seed: the same data)
  --manual-clock                  time stands still until POST /_sim/clock?advance=SECONDS

faults (--fault SPEC, repeatable; ENDPOINT: activities, threats, alerts, agents, groups,
applications, risks, users or all):
  rate-limit:ENDPOINT:RATE[:BURST]  429 + Retry-After beyond RATE requests/s (e.g. rate-limit:activities:5)
  rate-limit:s1                     the console's documented per-endpoint limits
  5xx:PROB[:ENDPOINT]               500 (JSON) or 502/503/504 (HTML) on a share of requests
  slow:DURATION[:PROB][:ENDPOINT]   delay answers (slow:0.5s, slow:2s:0.1:threats)
  drop:PROB[:ENDPOINT]              close the connection without an answer
  truncate:PROB[:ENDPOINT]          send half the announced body, then close
  malformed:PROB[:RESOURCE]         objects with wrong types and broken values (ids and times intact)
  late:PROB:DELAY[:RESOURCE]        objects listed only DELAY after their createdAt
  token-expiry:DURATION             the token stops working DURATION after start (401 4010010)
  alerts-403                        cloud-detection/alerts answers 403 4030010

test hooks (no auth): GET /_sim/stats, /_sim/config, /_sim/ids?resource=R&from=ISO&to=ISO,
/_sim/revisions?resource=R; POST /_sim/clock?advance=S, /_sim/rotate-token.
"""


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "simulate",
        help="serve a simulated SentinelOne Management API on loopback",
        description="Serve a simulated SentinelOne Management Console API v2.1 with generated data.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=0, help="port (default 0: any free port)")
    p.add_argument("--seed", type=int, default=1, help="data seed (default 1)")
    for name in RESOURCES:
        p.add_argument(f"--{name}", type=int, metavar="N", help=f"{name} in the history")
    p.add_argument(
        "--apps-per-agent",
        type=int,
        default=12,
        metavar="N",
        help="installed applications per agent (average)",
    )
    p.add_argument("--history", action="append", default=[], metavar="RESOURCE=DURATION")
    p.add_argument("--live-rate", action="append", default=[], metavar="[RESOURCE=]RATE")
    p.add_argument("--anchor", help="end of the history (ISO-8601; default: now)")
    p.add_argument("--manual-clock", action="store_true", help="time only moves via POST /_sim/clock")
    p.add_argument("--fault", action="append", default=[], metavar="SPEC", help="inject a fault (see below)")
    p.add_argument(
        "--token-file", type=Path, help="write the API token here, mode 0600 (default: a temp file)"
    )
    p.add_argument("--token-ttl", default="30d", metavar="DURATION", help="token lifetime (default 30d)")
    p.add_argument("--duration", metavar="DURATION", help="stop after this long (default: until interrupted)")
    p.add_argument("--track-served", action="store_true", help="count how often each object was served")
    p.add_argument("--verbose", action="store_true", help="log every request")
    p.set_defaults(handler=cmd_simulate)


class UsageError(ValueError):
    pass


def _pairs(values: list[str], what: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for value in values:
        name, sep, rest = value.partition("=")
        if not sep or name not in RESOURCES:
            raise UsageError(
                f"--{what} {value!r}: expected RESOURCE=VALUE with RESOURCE one of {', '.join(RESOURCES)}"
            )
        out[name] = rest
    return out


def build_config(args: argparse.Namespace) -> SimulatorConfig:
    counts = {name: getattr(args, name) for name in RESOURCES if getattr(args, name) is not None}
    try:
        history = {name: parse_duration(v) for name, v in _pairs(args.history, "history").items()}
        live: dict[str, float] = {"activities": 1.0, "alerts": 0.1} if not args.live_rate else {}
        for value in args.live_rate:
            if "=" in value:
                live.update({n: parse_rate(v) for n, v in _pairs([value], "live-rate").items()})
            else:
                rate = parse_rate(value)
                live.update({"activities": rate, "alerts": rate})
        ttl = parse_duration(args.token_ttl)
        faults = parse_faults(args.fault)
        anchor = None
        if args.anchor:
            anchor = datetime.fromtimestamp(parse_param_time(args.anchor) / 1_000_000).astimezone()
    except (ValueError, FaultSpecError) as exc:
        raise UsageError(str(exc)) from None
    clock = None
    if args.manual_clock:
        clock = ManualClock(anchor or datetime.now().astimezone())
    return SimulatorConfig(
        seed=args.seed,
        counts=counts,
        history=history,
        live_rates={k: v for k, v in live.items() if v > 0},
        anchor=anchor,
        faults=faults,
        token_ttl=ttl,
        apps_per_agent=args.apps_per_agent,
        clock=clock,
        host=args.host,
        port=args.port,
        track_served=args.track_served,
    )


def cmd_simulate(args: argparse.Namespace) -> int:
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO, stream=sys.stderr, format="%(message)s"
    )
    try:
        config = build_config(args)
        config.validate()
        duration = parse_duration(args.duration) if args.duration else None
    except ValueError as exc:
        print(f"s1elastic simulate: {exc}", file=sys.stderr)
        return 2
    server = SimulatorServer(config)
    try:
        server.start()
    except OSError as exc:
        print(f"s1elastic simulate: cannot listen on {config.host}:{config.port}: {exc}", file=sys.stderr)
        return 1
    token_file = args.token_file or Path(tempfile.gettempdir()) / f"s1elastic-simulate-{server.port}.token"
    server.write_token(token_file)
    info = {
        "url": server.url,
        "api_url": server.api_url,
        "token_file": str(token_file),
        "token": mask(server.token),
        "stats_url": server.url + "/_sim/stats",
        "config_url": server.url + "/_sim/config",
    }
    print(json.dumps(info), flush=True)
    log.info(
        "S1 simulator listening on %s; token %s written to %s", server.url, mask(server.token), token_file
    )

    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    try:
        stop.wait(duration)
    finally:
        server.stop()
        totals = server.stats()["totals"]
        log.info(
            "served %d requests, %d objects, %d errors",
            totals["requests"],
            totals["objects"],
            totals["errors"],
        )
    return 0
