"""java.text.DecimalFormat / NumberFormat (api_text_decimal, jdigits) against the JDK.

golden/text_decimal_format.tsv holds Temurin 25's answers (default locale en_US; how it was made
is in its header): for each group a format is made (a pattern, a NumberFormat factory with or
without Locale, or DecimalFormatSymbols), setup statements run, then every value is formatted
through Format.format(Object), the only format method Painless allowlists. Each group runs here
as one Painless script with the same statements; a group whose making or setup threw expects the
same exception from the script.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from painless_helpers import golden_groups, outcome, run_script, unescape

from s1elastic.ingest.javatypes import JFloat, JLong
from s1elastic.ingest.painless.api_bigdecimal import JBigDecimal
from s1elastic.ingest.painless.api_biginteger import JBigInteger

GOLDEN = Path(__file__).parent / "golden" / "text_decimal_format.tsv"


GROUPS = [
    (gid, maker, setup, [(value, unescape(want)) for value, want in rows])
    for gid, maker, setup, rows in golden_groups(GOLDEN)
]


def _value(encoded: str) -> Any:
    kind, text = encoded.split(":", 1)
    if kind == "D":
        return float(text)
    if kind == "F":
        return JFloat(float(text))
    if kind == "I":
        return int(text)
    if kind == "L":
        return JLong(int(text))
    if kind == "BD":
        sign, digits, exp = Decimal(text).as_tuple()
        unscaled = int("".join(map(str, digits)) or "0")
        return JBigDecimal(-unscaled if sign else unscaled, -int(exp))
    if kind == "BI":
        return JBigInteger(int(text))
    if kind == "N":
        return None
    return text


_ES_TYPES = {
    "IllegalArgumentException": "illegal_argument_exception",
    "NullPointerException": "null_pointer_exception",
    "ArithmeticException": "arithmetic_exception",
}


def _script(maker: str, setup: str) -> str:
    return f"DecimalFormat f = (DecimalFormat) ({maker}); {setup} "


@pytest.mark.parametrize(
    ("maker", "setup", "rows"), [g[1:] for g in GROUPS], ids=[f"g{g[0]}" for g in GROUPS]
)
def test_golden(maker: str, setup: str, rows: list[tuple[str, str]]) -> None:
    if rows and rows[0][0] == "-":
        cls, message = rows[0][1].split(": ", 1)
        got = outcome(_script(maker, setup) + "return f;")
        assert got == (_ES_TYPES[cls], None if message == "null" else message)
        return
    source = (
        _script(maker, setup)
        + "List out = []; for (def v : ctx.values) { try { out.add('ok: ' + f.format(v)); }"
        " catch (ArithmeticException e) { out.add('ArithmeticException: ' + e.getMessage()); }"
        " catch (IllegalArgumentException e) { out.add('IllegalArgumentException: ' + e.getMessage()); }"
        " catch (NullPointerException e) { out.add('NullPointerException: ' + e.getMessage()); } } ctx.r = out;"
    )
    got = run_script(source, {"values": [_value(v) for v, _ in rows]})["r"]
    assert list(zip([v for v, _ in rows], got, strict=True)) == [(v, want) for v, want in rows]


RANDOM = Path(__file__).parent / "golden" / "text_decimal_format_random.tsv"


def _random_rows() -> list[tuple[str, str, str, str]]:
    out = []
    for line in RANDOM.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            pattern, mode, value, want = line.split("\t")
            out.append((unescape(pattern), mode, value, unescape(want)))
    return out


RANDOM_ROWS = _random_rows()
_CHUNK = 100


@pytest.mark.parametrize("start", range(0, len(RANDOM_ROWS), _CHUNK))
def test_random_patterns(start: int) -> None:
    rows = RANDOM_ROWS[start : start + _CHUNK]
    source = (
        "List out = []; for (def c : ctx.cases) { try { DecimalFormat f = new DecimalFormat(c[0]);"
        " f.setRoundingMode(RoundingMode.valueOf(c[1])); out.add('ok: ' + f.format(c[2])); }"
        " catch (ArithmeticException e) { out.add('ArithmeticException: ' + e.getMessage()); }"
        " catch (IllegalArgumentException e) { out.add('IllegalArgumentException: ' + e.getMessage()); } }"
        " ctx.r = out;"
    )
    cases = [[pattern, mode, _value(value)] for pattern, mode, value, _ in rows]
    got = run_script(source, {"cases": cases})["r"]
    assert list(zip([r[0] for r in rows], got, strict=True)) == [(r[0], r[3]) for r in rows]


API = Path(__file__).parent / "golden" / "text_decimal_format_api.tsv"


def _api_rows() -> list[tuple[str, str, str]]:
    out = []
    for line in API.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, body, want = line.split("\t")
            out.append((name, unescape(body), unescape(want)))
    return out


API_ROWS = _api_rows()


@pytest.mark.parametrize(
    ("body", "want"), [r[1:] for r in API_ROWS], ids=[f"{r[0]}{i}" for i, r in enumerate(API_ROWS)]
)
def test_api(body: str, want: str) -> None:
    cls, message = want.split(": ", 1)
    if cls == "ok":
        assert outcome(body) == ("ok", message)
    else:
        assert outcome(body) == (_ES_TYPES[cls], None if message == "null" else message)
