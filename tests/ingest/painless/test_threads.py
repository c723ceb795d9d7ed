"""One compiled script run from several threads at once (the poller's stream threads share pipelines)."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator

import pytest

from s1elastic.ingest.errors import ScriptException
from s1elastic.ingest.painless import compile_script

SCRIPT = (
    "def total = 0; for (def item : ctx.items) { total += item; } "
    "def copy = new ArrayList(ctx.items); ctx.total = total; ctx.size = copy.size();"
)


@pytest.fixture(autouse=True)
def _switch_often() -> Iterator[None]:
    """Make the interpreter switch threads very often, so shared state would be caught."""
    previous = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    yield
    sys.setswitchinterval(previous)


def test_threads_share_a_script_without_mixing_locals() -> None:
    script = compile_script(SCRIPT)
    condition = compile_script("ctx.total != null && ctx.total > 0", condition=True)
    errors: list[str] = []

    def work(worker: int) -> None:
        for n in range(1, 300):
            ctx = {"items": [worker] * n}
            script.execute(ctx)
            if ctx["total"] != worker * n or ctx["size"] != n:
                errors.append(f"worker {worker}, n {n}: {ctx}")
            if not condition.evaluate_condition(ctx):
                errors.append(f"worker {worker}, n {n}: condition false")

    threads = [threading.Thread(target=work, args=(w,)) for w in range(1, 5)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []


def test_read_only_conditions_stay_read_only_while_another_thread_writes() -> None:
    writer = compile_script("ctx.x = 1;")
    mutating_condition = compile_script("ctx.y = 2; return true;", condition=True)
    refused: list[bool] = []

    def write() -> None:
        for _ in range(500):
            writer.execute({})

    def check() -> None:
        for _ in range(500):
            try:
                mutating_condition.evaluate_condition({})
                refused.append(False)
            except ScriptException:
                refused.append(True)

    threads = [threading.Thread(target=write), threading.Thread(target=check)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert refused and all(refused)


FIRST_USE = """
import threading
from s1elastic.ingest.painless import compile_script

barrier = threading.Barrier(8)
failures = []

def first_use():
    barrier.wait()
    try:
        script = compile_script("ctx.out = ctx.s.trim().toLowerCase();")
        ctx = {"s": "  AbC "}
        script.execute(ctx)
        assert ctx["out"] == "abc", ctx
    except Exception as exc:
        failures.append(repr(exc))

threads = [threading.Thread(target=first_use) for _ in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(failures)
"""


def test_first_compilations_racing_in_a_fresh_process_all_see_the_method_tables() -> None:
    import subprocess

    for _ in range(3):
        result = subprocess.run([sys.executable, "-c", FIRST_USE], capture_output=True, text=True, check=True)
        assert result.stdout.strip() == "[]", result.stdout + result.stderr
