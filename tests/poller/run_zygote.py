"""A pre-warmed launcher for `s1elastic` commands: imports once, then forks one child per command.

Why: a fresh `python -m s1elastic.cli run` with the local transform spends seconds importing and
building the Painless grammar before it polls anything; twenty kill -9 cycles would spend most of
the test's time there. Each child here runs the real CLI entry point (`s1elastic.cli.main` with
the same argv), loads the config and the package pipelines itself, and is SIGKILLed by the test
like any poller process. Only the interpreter start and module imports are shared.

Protocol (one line each way, on stdin/stdout):
    run <log file> <argv as JSON>   ->  <pid>        fork a child running `s1elastic <argv>`
    reap <pid>                      ->  <status>     wait for it: `exit <code>` or `signal <n>`
    (end of input)                                   exit
"""

from __future__ import annotations

import json
import os
import sys


def _warm() -> None:
    from s1elastic import cli
    from s1elastic.ingest.painless import compile_script
    from s1elastic.ingest.pipeline import Pipeline  # noqa: F401  (imported for its cost)

    cli.build_parser()  # imports every command module
    compile_script("ctx.warm = 1")  # builds the grammar once, shared by every child


def _child(log: str, argv: list[str]) -> None:
    from s1elastic import cli

    code = 70
    try:
        null = os.open(os.devnull, os.O_RDONLY)
        out = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        os.dup2(null, 0)
        os.dup2(out, 1)
        os.dup2(out, 2)
        code = cli.main(argv)
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


def main() -> int:
    _warm()
    print("ready", flush=True)
    for line in sys.stdin:
        verb, _, rest = line.strip().partition(" ")
        if verb == "run":
            log, _, argv = rest.partition(" ")
            sys.stdout.flush()
            pid = os.fork()
            if pid == 0:
                _child(log, json.loads(argv))
            print(pid, flush=True)
        elif verb == "reap":
            _, status = os.waitpid(int(rest), 0)
            if os.WIFSIGNALED(status):
                print(f"signal {os.WTERMSIG(status)}", flush=True)
            else:
                print(f"exit {os.WEXITSTATUS(status)}", flush=True)
        else:
            print(f"error unknown command {verb!r}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
