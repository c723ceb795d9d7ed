"""`make bench`: every benchmark, each printing its figures and its same-run baseline ratio."""

from __future__ import annotations

import argparse
import importlib
import sys

BENCHMARKS = ("s1elastic.bench.ingest", "s1elastic.bench.poller")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m s1elastic.bench")
    parser.add_argument("names", nargs="*", help="run only these (ingest, poller)")
    args = parser.parse_args(argv)
    for module_name in BENCHMARKS:
        short = module_name.rsplit(".", 1)[-1]
        if args.names and short not in args.names:
            continue
        print(f"== {short}", flush=True)
        importlib.import_module(module_name).run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
