"""The `s1elastic` command line: parses arguments and hands over to the packages.

Each command group lives in `s1elastic.commands.<name>` with a `register(subparsers)` function
that adds its parsers and sets `handler` to a function taking the parsed arguments and returning
the exit code.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

COMMAND_MODULES = (
    "s1elastic.commands.pipeline",
    "s1elastic.commands.poller",
    "s1elastic.commands.package",
    "s1elastic.commands.simulate",
    "s1elastic.commands.install",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="s1elastic", description="SentinelOne Management Console data into the Elastic Stack"
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help(sys.stderr)
        return 2
    return int(handler(args))


if __name__ == "__main__":
    sys.exit(main())
