"""String.format (java.util.Formatter) against the JDK's own output, frozen in golden/jformat_*.tsv.

Each golden row is a format, its typed arguments and what Temurin 25 printed (or threw); the
rows cover HALF_UP rounding of Double.toString digits (%.2f of 1.005 is 1.01), %g's switch to
scientific, flags ('(' '+' ' ' ',' '0' '#' '<'), explicit indexes, and the parse-time errors;
the locale rows cover localised digits and separators, grouping sizes and Turkish upper case.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from painless_helpers import run_script

from s1elastic.ingest.errors import JavaException, ScriptException
from s1elastic.ingest.javatypes import JFloat, JLong, to_float32
from s1elastic.ingest.painless.api_locale import JLocale, upper
from s1elastic.ingest.painless.jformat import java_format, locale_symbols
from s1elastic.ingest.painless.values import JByte, JChar, JShort

GOLDEN = Path(__file__).parent / "golden" / "jformat_jdk25.tsv"


def _arg(token: str) -> Any:
    kind, text = token.split(":", 1)
    makers = {
        "i": lambda: int(text),
        "l": lambda: JLong(int(text)),
        "d": lambda: float(text),
        "f": lambda: JFloat(to_float32(float(text))),
        "s": lambda: text,
        "c": lambda: JChar(text[0]),
        "b": lambda: text == "true",
        "n": lambda: None,
        "by": lambda: JByte(int(text)),
        "sh": lambda: JShort(int(text)),
        "bi": lambda: int(text),  # beyond the long range: BigInteger
        "list": lambda: [int(x) for x in text.split(",")],
    }
    return makers[kind]()


def _rows() -> list[Any]:
    rows = []
    for number, line in enumerate(GOLDEN.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("#"):
            continue
        case, want = line.split("\t=> ", 1)
        fmt, *args = case.split("\t")
        rows.append(pytest.param(fmt, args, want, id=f"{number}:{fmt[:24]}"))
    return rows


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


@pytest.mark.parametrize(("fmt", "args", "want"), _rows())
def test_matches_jdk(fmt: str, args: list[str], want: str) -> None:
    try:
        got = "=" + java_format(fmt, [_arg(a) for a in args])
    except JavaException as exc:
        got = f"!{exc.java_class}: {exc.reason}"
    assert _escape(got) == want


def test_script_call_and_null_array() -> None:
    doc = run_script(
        "ctx.r = [String.format('%.2f|%5s|%(d', new def[] {1.005, 'ab', -3}), String.format('%s %s', null)]"
    )
    assert doc["r"] == ["1.01|   ab|(3)", "null null"]


@pytest.mark.parametrize(
    ("source", "error_type", "reason"),
    [
        (
            "String.format('%d', new def[] {1.5})",
            "illegal_format_conversion_exception",
            "d != java.lang.Double",
        ),
        (
            "String.format('%s %s', new def[] {1})",
            "missing_format_argument_exception",
            "Format specifier '%s'",
        ),
        ("String.format('%q', new def[] {1})", "unknown_format_conversion_exception", "Conversion = 'q'"),
    ],
)
def test_script_errors(source: str, error_type: str, reason: str) -> None:
    with pytest.raises(ScriptException) as info:
        run_script("ctx.r = " + source)
    caused = info.value.to_xcontent()["caused_by"]
    assert (caused["type"], caused["reason"]) == (error_type, reason)


LOCALE_GOLDEN = Path(__file__).parent / "golden" / "jformat_locales_jdk25.tsv"


def _locale(tag: str) -> JLocale:
    """Locale.forLanguageTag for the simple tags of the golden file (language[-Script][-CC][-variant])."""
    if tag == "und":
        return JLocale("")
    parts = tag.split("-")
    language, rest = parts[0], parts[1:]
    script = rest.pop(0) if rest and len(rest[0]) == 4 else ""
    country = rest.pop(0) if rest and len(rest[0]) in (2, 3) else ""
    return JLocale(language, country, "-".join(rest), script)


def _locale_rows() -> list[Any]:
    rows = []
    for line in LOCALE_GOLDEN.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        case, want = line.split("\t=> ", 1)
        tag, fmt, *args = case.split("\t")
        rows.append(pytest.param(tag, fmt, args, want, id=tag))
    return rows


@pytest.mark.parametrize(("tag", "fmt", "args", "want"), _locale_rows())
def test_locale_matches_jdk(tag: str, fmt: str, args: list[str], want: str) -> None:
    locale = _locale(tag)
    symbols = locale_symbols(locale, lambda text: upper(text, locale))
    assert _escape("=" + java_format(fmt, [_arg(a) for a in args], symbols)) == want


def test_script_locale_overload() -> None:
    doc = run_script(
        "ctx.r = [String.format(Locale.GERMANY, '%,.2f', new def[] {1234.5}),"
        " String.format(null, '%,.2f', new def[] {1234.5})]"
    )
    assert doc["r"] == ["1.234,50", "1,234.50"]


def test_big_numbers() -> None:
    """BigDecimal prints its exact value (HALF_UP), a zero keeps its scale in %e; BigInteger takes
    %d/%x with a sign. Expected text: Temurin 25's String.format on the same arguments."""
    doc = run_script(
        "ctx.r = String.format('%.2f|%.2f|%f|%e|%.1e|%g|%g|%s|%,.3f|%(010.1f|%.0f|%d|%x|%g|%e', new def[] {"
        "new BigDecimal('1.005'), new BigDecimal('-1.005'), new BigDecimal('1E+3'), new BigDecimal('12345.678'),"
        " new BigDecimal('0.00'), new BigDecimal('0.0001'), new BigDecimal('123456789'), new BigDecimal('1E+3'),"
        " new BigDecimal('-1234567.8915'), new BigDecimal('-2.25'), new BigDecimal('2.5'), BigInteger.valueOf(5),"
        " BigInteger.valueOf(-255), new BigDecimal('0'), new BigDecimal('0')})"
    )
    assert doc["r"] == (
        "1.01|-1.01|1000.000000|1.234568e+04|0.0e-02|0.000100000|1.23457e+08|1E+3|-1,234,567.892|(000002.3)"
        "|3|5|-ff|0.00000|0.000000e+00"
    )


@pytest.mark.parametrize(
    ("source", "reason"),
    [
        ("String.format('%a', new def[] {new BigDecimal('1.5')})", "a != java.math.BigDecimal"),
        ("String.format('%d', new def[] {new BigDecimal('5')})", "d != java.math.BigDecimal"),
    ],
)
def test_big_decimal_errors(source: str, reason: str) -> None:
    with pytest.raises(ScriptException) as info:
        run_script("ctx.r = " + source)
    assert info.value.to_xcontent()["caused_by"]["reason"] == reason
