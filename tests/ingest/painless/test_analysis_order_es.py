"""Which compile error a script reports first when it holds several.

DefaultSemanticAnalysisPhase analyses the script's functions one after another and the main body
last; inside a function it visits the body before checking that every path returns a value. So a
type error in a function body wins over that function's missing return, and over any error in a
later function or in the main body.
"""

from __future__ import annotations

import pytest
from painless_helpers import script_error

CAST = "Cannot cast from [java.lang.String] to [int]."
MISSING = (
    "invalid function definition: not all paths provide a return value for function [f] with [0] parameters"
)


@pytest.mark.parametrize(
    ("source", "reason"),
    [
        ("def f() { int y = 'a'; } ctx.r = 1", CAST),
        ("def f() { int y = 1; } ctx.r = 1", MISSING),
        ("def f() { return 1 } def g() { int x = 'a'; return 1 } if (true) { ctx.r = 1 }", CAST),
        ("def f() { int y = 1; } def g() { int x = 'a'; return 1 }", MISSING),
        ("def f() { return 1 } if (true) { ctx.r = 1 }", "extraneous if block"),
    ],
)
def test_first_error(source: str, reason: str) -> None:
    assert script_error(source, run=False).to_xcontent()["caused_by"]["reason"] == reason
