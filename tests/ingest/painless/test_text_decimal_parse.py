"""DecimalFormat.parse / Format.parseObject / ParsePosition / java.text.ParseException
(api_text_decimal) against the JDK.

golden/text_decimal_parse.tsv holds Temurin 25's answers (how it was made is in its header): for
each group a format is made (a pattern, a NumberFormat factory with or without Locale, changed
symbols, multipliers, parseBigDecimal, parseIntegerOnly) and every input is parsed three ways.
Each group runs here as one Painless script with the same statements.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from painless_helpers import golden_groups, java, outcome, run_script, script_error, unescape

GOLDEN = Path(__file__).parent / "golden" / "text_decimal_parse.tsv"


GROUPS = [
    (gid, maker, setup, [tuple(unescape(c) for c in row) for row in rows])
    for gid, maker, setup, rows in golden_groups(GOLDEN)
]

_SCRIPT = (
    " List out = [];"
    " for (String s : ctx.inputs) { List row = [];"
    " try { row.add(f.parse(s)); } catch (ParseException e) {"
    " row.add('ParseException: ' + e.getMessage() + ' @' + e.getErrorOffset()); }"
    " try { row.add(f.parseObject(s)); } catch (ParseException e) {"
    " row.add('ParseException: ' + e.getMessage() + ' @' + e.getErrorOffset()); }"
    " ParsePosition p = new ParsePosition(0); row.add(f.parse(s, p)); row.add(p.getIndex());"
    " row.add(p.getErrorIndex()); out.add(row); } ctx.r = out;"
)


def _show(value: Any) -> str:
    """What the Java program printed: `class:value`, `null`, or the exception line."""
    if value is None:
        return "null"
    if isinstance(value, str) and value.startswith("ParseException: "):
        return value
    cls, text = java(value)
    return f"{cls}:{text}"


@pytest.mark.parametrize(
    ("maker", "setup", "rows"), [g[1:] for g in GROUPS], ids=[f"g{g[0]}" for g in GROUPS]
)
def test_golden(maker: str, setup: str, rows: list[tuple[str, str, str, str]]) -> None:
    source = f"DecimalFormat f = (DecimalFormat) ({maker}); {setup}" + _SCRIPT
    got = run_script(source, {"inputs": [r[0] for r in rows]})["r"]
    actual = [
        (text, _show(p), _show(o), f"{_show(v)} {i} {e}")
        for text, (p, o, v, i, e) in zip([r[0] for r in rows], got, strict=True)
    ]
    assert actual == rows


def test_case_count() -> None:
    """The golden file covers many patterns and locales (a guard against a truncated file)."""
    assert len(GROUPS) >= 30
    assert sum(len(g[3]) for g in GROUPS) >= 300


@pytest.mark.parametrize(
    ("body", "want"),
    [
        # ParsePosition's own members and a parse starting mid-text
        (
            "ParsePosition p = new ParsePosition(2); return p;",
            "java.text.ParsePosition[index=2,errorIndex=-1]",
        ),
        (
            "ParsePosition p = new ParsePosition(2); def v = NumberFormat.getInstance().parse('ab1,5x', p);"
            " return v + ' ' + p.getIndex() + ' ' + p.getErrorIndex();",
            "15 5 -1",
        ),
        (
            "ParsePosition p = new ParsePosition(1); def v = NumberFormat.getInstance().parse('ab', p);"
            " return v + ' ' + p.getIndex() + ' ' + p.getErrorIndex();",
            "null 1 1",
        ),
        (
            "ParsePosition p = new ParsePosition(0); p.setIndex(3); p.setErrorIndex(7);"
            " return p.getIndex() + ' ' + p.getErrorIndex();",
            "3 7",
        ),
        ("return new ParseException('m', 4).getErrorOffset();", "4"),
        ("return new ParseException('m', 4).getMessage();", "m"),
        # a checked exception: a RuntimeException catch does not take it, Exception does
        (
            "try { try { NumberFormat.getInstance().parse('x'); return 'none'; }"
            " catch (RuntimeException e) { return 'runtime'; } } catch (Exception e) { return 'exception'; }",
            "exception",
        ),
        (
            "try { NumberFormat.getInstance().parse('x'); return 'none'; } catch (ParseException e) {"
            " return e instanceof Exception; }",
            "true",
        ),
        ("return NumberFormat.getInstance().parse('12') instanceof Long;", "true"),
        ("return NumberFormat.getInstance().parse('1.5') instanceof Double;", "true"),
        ("return NumberFormat.getInstance().parseObject('7E1') + 1;", "71"),
    ],
)
def test_api(body: str, want: str) -> None:
    assert outcome(body) == ("ok", want)


def test_uncaught_parse_exception() -> None:
    """An uncaught java.text.ParseException: script_exception caused by `parse_exception`."""
    error = script_error("NumberFormat.getInstance().parse('abc')").to_xcontent()
    assert error["caused_by"] == {"type": "parse_exception", "reason": 'Unparseable number: "abc"'}


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "return NumberFormat.getInstance().parse(null);",
            (
                "null_pointer_exception",
                'Cannot invoke "String.regionMatches(int, String, int, int)" because "text" is null',
            ),
        ),
        (
            "return NumberFormat.getInstance().parse('1', null);",
            ("null_pointer_exception", 'Cannot read field "index" because "pos" is null'),
        ),
    ],
)
def test_null_arguments(body: str, want: tuple[str, str]) -> None:
    assert outcome(body) == want
