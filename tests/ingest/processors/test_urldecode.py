"""urldecode: URLDecoder.decode(s, UTF-8)."""

from __future__ import annotations

import pytest
from processor_helpers import iae, run, run_error


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("a+b%20c", "a b c", id="plus-and-space"),
        pytest.param("%C3%A9t%C3%A9", "été", id="utf8"),
        pytest.param("%FF", "\ufffd", id="malformed-utf8"),
        pytest.param("plain", "plain", id="unchanged"),
        pytest.param(["%41", "b"], ["A", "b"], id="list"),
    ],
)
def test_urldecode(value: object, expected: object) -> None:
    assert run("urldecode", {"field": "f"}, {"f": value}) == {"f": expected}


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        pytest.param("%4", "URLDecoder: Incomplete trailing escape (%) pattern", id="incomplete"),
        pytest.param(
            "%zz",
            'URLDecoder: Illegal hex characters in escape (%) pattern - Error at index 0 in: "zz"',
            id="hex",
        ),
        pytest.param(
            "%-1", "URLDecoder: Illegal hex characters in escape (%) pattern - negative value", id="negative"
        ),
    ],
)
def test_errors(value: str, reason: str) -> None:
    assert run_error("urldecode", {"field": "f"}, {"f": value}) == iae(reason)
