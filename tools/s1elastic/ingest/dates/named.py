"""Elasticsearch's built-in date formats (DateFormatters.forPattern), built from printer-parsers.

Every name of FormatNames is built the way DateFormatters builds it (8.x/9.x sources): one printer
and one or more java.time parsers, each with its resolver style (STRICT, except the formats ES
builds with DateTimeFormatter.ofPattern, which are SMART, and strict_date, which is LENIENT).
A format with several parsers fails with the generic `Failed to parse with all enclosed parsers`;
one with a single parser fails with the JDK's own text. The formats ES also fronts with its
Iso8601DateTimeParser count that parser (it accepts what the java.time one accepts, assumption
kept from the java.time-only mode `es.datetime.java_time_parsers`), which matters for the message.

Week formats: week_date, basic_week_date and their variants use IsoFields; weekyear,
weekyear_week, weekyear_week_day use WeekFields.ISO. Both are ISO weeks (Monday first, 4 days in
week 1) whatever the locale. Checked against Temurin 25 running the same builders
(tests/ingest/dates/golden/named_formats.tsv).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from s1elastic.ingest.dates import fields as F
from s1elastic.ingest.dates.formatter import EsDateFormatter, JavaParser, Parser
from s1elastic.ingest.dates.printparse import (
    EXCEEDS_PAD,
    NEVER,
    NORMAL,
    NOT_NEGATIVE,
    Builder,
    CaseInsensitive,
    Composite,
    Fraction,
    Number,
    Offset,
    ZoneId,
)
from s1elastic.ingest.dates.resolve import LENIENT, SMART, STRICT, Parsed
from s1elastic.ingest.dates.temporal import JDateTime
from s1elastic.ingest.dates.weekparse import week_field_value
from s1elastic.ingest.dates.weeks import ISO
from s1elastic.ingest.dates.zones import UTC

# -- pieces ------------------------------------------------------------------------------------


def _n(fld: F.Field, low: int = 1, high: int = 19, sign: str = NORMAL) -> Number:
    """appendValue(field, low, high, sign); appendValue(field) is 1..19 NORMAL."""
    return Number(fld, low, high, sign)


def _two(fld: F.Field) -> Number:
    return Number(fld, 2, 2, NOT_NEGATIVE)


def _fixed(fld: F.Field, width: int) -> Number:
    """appendValue(field, width)."""
    return Number(fld, width, width, NOT_NEGATIVE)


@dataclass(slots=True)
class _IsoWeekNumber(Number):
    """A number on an ISO week field (IsoFields or WeekFields.ISO): printed from the ISO week of the date."""

    letter: str = "Y"  # Y: week-based year, w: week of it, e: day of week

    def value_of(self, dt: JDateTime) -> int:
        return week_field_value(self.letter, ISO, dt)


def _week(letter: str, fld: F.Field, low: int = 1, high: int = 19, sign: str = NORMAL) -> _IsoWeekNumber:
    return _IsoWeekNumber(fld, low, high, sign, 0, letter)


def _seq(*parts: Composite | Number | Fraction | Offset | ZoneId | CaseInsensitive | str) -> Composite:
    """A builder fed in order: texts are literals, numbers go through appendValue (adjacent parsing)."""
    b = Builder()
    _feed(b, parts)
    return b.build()


def _feed(
    b: Builder, parts: tuple[Composite | Number | Fraction | Offset | ZoneId | CaseInsensitive | str, ...]
) -> None:
    for part in parts:
        if isinstance(part, str):
            b.literal(part)
        elif isinstance(part, Number | Fraction):
            b.value(part)
        else:
            b.append(part)


def _opt(b: Builder, *parts: Composite | Number | Fraction | Offset | ZoneId | str) -> None:
    b.optional_start()
    _feed(b, parts)
    b.optional_end()


def _frac(low: int, high: int, point: bool = True) -> Fraction:
    return Fraction(F.NANO_OF_SECOND, low, high, point)


def _pattern(text: str) -> Composite:
    from s1elastic.ingest.dates.pattern import compile_pattern

    return compile_pattern(text)


def _no_colon() -> Offset:
    return Offset("+HHmm", "Z")


def _colon() -> Offset:
    return Offset("+HH:MM", "Z")


def _ymd(year_max: int, sign: str = EXCEEDS_PAD) -> Composite:
    """STRICT_YEAR_MONTH_DAY_FORMATTER (year 4..4) / _PRINTER (4..9): month and day optional."""
    b = Builder().value(_n(F.YEAR, 4, year_max, sign))
    b.optional_start().literal("-").value(_two(F.MONTH_OF_YEAR))
    b.optional_start().literal("-").value(_two(F.DAY_OF_MONTH))
    return b.build()


def _hms() -> Composite:
    return _seq(_two(F.HOUR_OF_DAY), ":", _two(F.MINUTE_OF_HOUR), ":", _two(F.SECOND_OF_MINUTE))


def _basic_hms() -> Composite:
    return _seq(_two(F.HOUR_OF_DAY), _two(F.MINUTE_OF_HOUR), _two(F.SECOND_OF_MINUTE))


def _lenient_date() -> Composite:
    """DATE_FORMATTER: year 1..9 digits, optional month and day of 1..2 digits."""
    b = Builder().value(_n(F.YEAR, 1, 9))
    b.optional_start().literal("-").value(_n(F.MONTH_OF_YEAR, 1, 2, NOT_NEGATIVE))
    b.optional_start().literal("-").value(_n(F.DAY_OF_MONTH, 1, 2, NOT_NEGATIVE))
    return b.build()


def _hm_lenient() -> Composite:
    return _seq(_n(F.HOUR_OF_DAY, 1, 2, NOT_NEGATIVE), ":", _n(F.MINUTE_OF_HOUR, 1, 2, NOT_NEGATIVE))


def _hms_lenient() -> Composite:
    return _seq(_hm_lenient(), ":", _n(F.SECOND_OF_MINUTE, 1, 2, NOT_NEGATIVE))


def _iso_local_date() -> Composite:
    """DateTimeFormatter.ISO_LOCAL_DATE."""
    return _seq(_n(F.YEAR, 4, 10, EXCEEDS_PAD), "-", _two(F.MONTH_OF_YEAR), "-", _two(F.DAY_OF_MONTH))


def _iso_week_date(week_min: int = 2) -> Composite:
    """ISO_WEEK_DATE (case-insensitive, week of 2 digits) or WEEK_DATE_FORMATTER (week of 1..2)."""
    week = _week("w", F.ISO_WEEK_OF_WEEK_BASED_YEAR, week_min, 2, NOT_NEGATIVE)
    year = _week("Y", F.ISO_WEEK_BASED_YEAR, 4, 10, EXCEEDS_PAD)
    day = _fixed(F.DAY_OF_WEEK, 1)
    if week_min == 2:
        return _seq(CaseInsensitive(), year, "-W", week, "-", day)
    return _seq(year, "-W", week, "-", day)


def _basic_week_date(strict: bool, printer: bool = False) -> Composite:
    """(STRICT_)BASIC_WEEK_DATE_FORMATTER / _PRINTER: yyyyWwwe on IsoFields."""
    if printer:
        year = _week("Y", F.ISO_WEEK_BASED_YEAR, 4, 10, NORMAL)
        week = _week("w", F.ISO_WEEK_OF_WEEK_BASED_YEAR, 2, 2, NEVER)
    else:
        year = (
            _week("Y", F.ISO_WEEK_BASED_YEAR, 4, 4, NOT_NEGATIVE)
            if strict
            else _week("Y", F.ISO_WEEK_BASED_YEAR)
        )
        week = _week("w", F.ISO_WEEK_OF_WEEK_BASED_YEAR, 1, 2, NEVER)
    return _seq(year, "W", week, _n(F.DAY_OF_WEEK))


def _weekyear_week() -> Composite:
    """STRICT_WEEKYEAR_WEEK_FORMATTER on WeekFields.ISO."""
    return _seq(
        _week("Y", F.WEEK_BASED_YEAR, 4, 10, EXCEEDS_PAD),
        "-W",
        _week("w", F.WEEK_OF_WEEK_BASED_YEAR, 2, 2, NOT_NEGATIVE),
    )


def _sdot(frac_min: int, nanos: bool) -> Composite:
    """STRICT_DATE_OPTIONAL_TIME_FORMATTER (and its _WITH_NANOS variant, seconds mandatory)."""
    b = Builder().append(_ymd(4))
    b.optional_start().literal("T")
    if nanos:
        b.append(_hms())
    else:
        b.optional_start().value(_two(F.HOUR_OF_DAY))
        b.optional_start().literal(":").value(_two(F.MINUTE_OF_HOUR))
        b.optional_start().literal(":").value(_two(F.SECOND_OF_MINUTE))
    _opt(b, _frac(frac_min, 9))
    _opt(b, ",", _frac(frac_min, 9, False))
    if not nanos:
        b.optional_end().optional_end()
    _opt(b, ZoneId())
    _opt(b, _no_colon())
    return b.build()


def _iso8601() -> Composite:
    b = Builder().append(_ymd(4))
    b.optional_start().literal("T")
    b.optional_start().value(_two(F.HOUR_OF_DAY))
    b.optional_start().literal(":").value(_two(F.MINUTE_OF_HOUR))
    b.optional_start().literal(":").value(_two(F.SECOND_OF_MINUTE))
    _opt(b, _frac(1, 9))
    _opt(b, ",", _frac(1, 9, False))
    b.optional_end().optional_end().optional_end()
    _opt(b, ZoneId())
    _opt(b, _no_colon())
    return b.build()


def _sdot_printer(frac_max: int) -> Composite:
    """STRICT_DATE_OPTIONAL_TIME_PRINTER (3..3) / _PRINTER_NANOS (3..9)."""
    b = Builder().append(_ymd(9)).literal("T")
    b.optional_start().value(_two(F.HOUR_OF_DAY))
    b.optional_start().literal(":").value(_two(F.MINUTE_OF_HOUR))
    b.optional_start().literal(":").value(_two(F.SECOND_OF_MINUTE))
    _opt(b, _frac(3, frac_max))
    b.optional_end()
    _opt(b, _colon())
    return b.build()


def _date_optional_time() -> Composite:
    b = Builder().append(_lenient_date())
    b.optional_start().literal("T")
    b.optional_start().value(_n(F.HOUR_OF_DAY, 1, 2, NOT_NEGATIVE))
    b.optional_start().literal(":").value(_n(F.MINUTE_OF_HOUR, 1, 2, NOT_NEGATIVE))
    _opt(b, ":", _n(F.SECOND_OF_MINUTE, 1, 2, NOT_NEGATIVE))
    _opt(b, _frac(1, 9))
    _opt(b, ",", _frac(1, 9, False))
    _opt(b, ZoneId())
    _opt(b, _no_colon())
    return b.build()


def _with_seconds_fraction(head: Composite, frac_min: int, lenient: bool) -> Composite:
    """head, then an optional `:ss` with its fraction (DATE_TIME_FORMATTER, the ordinal date times)."""
    b = Builder().append(head)
    second = _n(F.SECOND_OF_MINUTE, 1, 2, NOT_NEGATIVE) if lenient else _two(F.SECOND_OF_MINUTE)
    _opt(b, ":", second, _frac(frac_min, 9))
    return b.build()


@dataclass(slots=True)
class _UtcPrinter(Composite):
    """A printer built `.withZone(ZoneOffset.UTC)` (basic_date): the value is moved to UTC first."""

    def format(self, dt: JDateTime, out: list[str]) -> None:
        Composite.format(self, dt.with_zone_same_instant(UTC), out)


# -- formatters --------------------------------------------------------------------------------


def _p(tree: Composite, style: str = STRICT, zone: object = None) -> JavaParser:
    return JavaParser(tree, style, ISO, zone=UTC if zone else None)


def _fmt(name: str, printer: Composite, *parsers: JavaParser, iso_twin: bool = False) -> EsDateFormatter:
    """A JavaDateFormatter; `iso_twin` adds the Iso8601DateTimeParser ES tries first."""
    found = tuple(parsers) or (_p(printer),)
    return EsDateFormatter(name, printer, (found[0], *found) if iso_twin else found)


def _zoned(name: str, printer_base: Composite, parser_base: Composite) -> EsDateFormatter:
    """The common shape: printer with `+HH:MM`/Z, parsers with a zone id, then with `+HHmm`/Z."""
    return _fmt(
        name,
        _seq(printer_base, _colon()),
        _p(_seq(parser_base, ZoneId())),
        _p(_seq(parser_base, _no_colon())),
    )


def _smart(pattern: str) -> JavaParser:
    return _p(_pattern(pattern), SMART)


def _time_prefix() -> Composite:
    """TIME_PREFIX: H:m:s of 1..2 digits each and a mandatory fraction."""
    return _seq(_hms_lenient(), _frac(1, 9))


def _strict_time(fraction: bool, printer: bool = False) -> Composite:
    return _seq(_hms(), _frac(3, 3) if printer else _frac(1, 9)) if fraction else _hms()


def _basic_time(printer: bool) -> Composite:
    return _seq(_basic_hms(), _frac(3, 3) if printer else _frac(1, 9))


def _basic_ymd(printer: bool) -> Composite:
    return _seq(_n(F.YEAR, 4, 10 if printer else 4), _two(F.MONTH_OF_YEAR), _two(F.DAY_OF_MONTH))


def _strict_ordinal(printer: bool) -> Composite:
    head = _seq(_n(F.YEAR, 4, 4, EXCEEDS_PAD), "-", _fixed(F.DAY_OF_YEAR, 3), "T", _pattern("HH:mm"))
    return _with_seconds_fraction(head, 3 if printer else 1, False)


def _ordinal_date(printer: bool) -> Composite:
    day = _fixed(F.DAY_OF_YEAR, 3) if printer else _n(F.DAY_OF_YEAR, 1, 3, NOT_NEGATIVE)
    return _seq(_n(F.YEAR, 4, 10, EXCEEDS_PAD), "-", day)


def _strict_ordinal_no_millis() -> Composite:
    return _seq(_n(F.YEAR, 4, 4, EXCEEDS_PAD), "-", _fixed(F.DAY_OF_YEAR, 3), "T", _hms())


def _week_printer(time: Composite) -> Composite:
    return _seq(_iso_week_date(), "T", time, _colon())


def _build_all() -> dict[str, Callable[[], EsDateFormatter]]:
    sdot_printer = _sdot_printer(3)
    date_time_prefix = _seq(_lenient_date(), "T", _hm_lenient())
    dtp_b = Builder().append(date_time_prefix)
    _opt(dtp_b, ":", _n(F.SECOND_OF_MINUTE, 1, 2, NOT_NEGATIVE))
    date_time_no_secs = dtp_b.build()
    week_year = _week("Y", F.WEEK_BASED_YEAR)
    week_day = _week("e", F.LOCALIZED_DAY_OF_WEEK)
    strict_weekyear = _seq(_week("Y", F.WEEK_BASED_YEAR, 4, 10, EXCEEDS_PAD))
    ymd_t_hms_millis = _seq(_ymd(4), "T", _strict_time(True, True))
    table: dict[str, Callable[[], EsDateFormatter]] = {
        "iso8601": lambda: _fmt("iso8601", sdot_printer, _p(_iso8601()), iso_twin=True),
        "strict_date_optional_time": lambda: _fmt(
            "strict_date_optional_time", sdot_printer, _p(_sdot(1, False)), iso_twin=True
        ),
        "strict_date_optional_time_nanos": lambda: _fmt(
            "strict_date_optional_time_nanos", _sdot_printer(9), _p(_sdot(1, True)), iso_twin=True
        ),
        "date_optional_time": lambda: _fmt("date_optional_time", sdot_printer, _p(_date_optional_time())),
        # basic formats
        "basic_time_no_millis": lambda: _zoned("basic_time_no_millis", _basic_hms(), _basic_hms()),
        "basic_time": lambda: _zoned("basic_time", _basic_time(True), _basic_time(False)),
        "basic_t_time": lambda: _zoned(
            "basic_t_time", _seq("T", _basic_time(True)), _seq("T", _basic_time(False))
        ),
        "basic_t_time_no_millis": lambda: _zoned(
            "basic_t_time_no_millis", _seq("T", _basic_hms()), _seq("T", _basic_hms())
        ),
        "basic_date": lambda: _fmt(
            "basic_date",
            _UtcPrinter([_basic_ymd(True)], False),
            _p(
                _seq(
                    _n(F.YEAR, 1, 4),
                    _n(F.MONTH_OF_YEAR, 1, 2, NOT_NEGATIVE),
                    _n(F.DAY_OF_MONTH, 1, 2, NOT_NEGATIVE),
                ),
                zone=True,
            ),
        ),
        "basic_date_time": lambda: _zoned(
            "basic_date_time",
            _seq(_basic_ymd(True), "T", _basic_time(True)),
            _seq(_basic_ymd(False), "T", _basic_time(False)),
        ),
        "basic_date_time_no_millis": lambda: _zoned(
            "basic_date_time_no_millis",
            _seq(_basic_ymd(True), "T", _basic_hms()),
            _seq(_basic_ymd(False), "T", _basic_hms()),
        ),
        "basic_ordinal_date": lambda: _fmt("basic_ordinal_date", _pattern("uuuuDDD"), _smart("uuuuDDD")),
        "basic_ordinal_date_time": lambda: _zoned(
            "basic_ordinal_date_time",
            _seq(_pattern("yyyyDDD"), _seq("T", _basic_time(True))),
            _seq(_pattern("yyyyDDD"), _seq("T", _basic_time(False))),
        ),
        "basic_ordinal_date_time_no_millis": lambda: _zoned(
            "basic_ordinal_date_time_no_millis",
            _seq(_pattern("uuuuDDD"), "T", _basic_hms()),
            _seq(_pattern("uuuuDDD"), "T", _basic_hms()),
        ),
        "basic_week_date": lambda: _fmt(
            "basic_week_date", _basic_week_date(True, True), _p(_basic_week_date(False))
        ),
        "strict_basic_week_date": lambda: _fmt(
            "strict_basic_week_date", _basic_week_date(True, True), _p(_basic_week_date(True))
        ),
        "basic_week_date_time": lambda: _fmt(
            "basic_week_date_time",
            _seq(_basic_week_date(True, True), _pattern("'T'HHmmss.SSSX")),
            _p(_seq(_basic_week_date(False), _seq("T", _basic_time(False)), ZoneId())),
            _p(_seq(_basic_week_date(False), _seq("T", _basic_time(False)), _no_colon())),
        ),
        "strict_basic_week_date_time": lambda: _fmt(
            "strict_basic_week_date_time",
            _seq(_basic_week_date(True, True), _pattern("'T'HHmmss.SSSX")),
            _p(_seq(_basic_week_date(True), "T", _basic_hms(), _frac(1, 9), ZoneId())),
            _p(_seq(_basic_week_date(True), "T", _basic_hms(), _frac(1, 9), _no_colon())),
        ),
        "basic_week_date_time_no_millis": lambda: _fmt(
            "basic_week_date_time_no_millis",
            _seq(_basic_week_date(True, True), _pattern("'T'HHmmssX")),
            _p(_seq(_basic_week_date(False), "T", _basic_hms(), ZoneId())),
            _p(_seq(_basic_week_date(False), "T", _basic_hms(), _no_colon())),
        ),
        "strict_basic_week_date_time_no_millis": lambda: _zoned(
            "strict_basic_week_date_time_no_millis",
            _seq(_basic_week_date(True, True), "T", _basic_hms()),
            _seq(_basic_week_date(True, True), "T", _basic_hms()),
        ),
        # dates, hours, minutes...
        "date": lambda: _fmt("date", _iso_local_date(), _p(_lenient_date())),
        "strict_date": lambda: _fmt("strict_date", _iso_local_date(), _p(_iso_local_date(), LENIENT)),
        "strict_year_month_day": lambda: _fmt("strict_year_month_day", _ymd(4)),
        "year_month_day": lambda: _fmt(
            "year_month_day",
            _ymd(4),
            _p(_seq(_n(F.YEAR), "-", _n(F.MONTH_OF_YEAR), "-", _n(F.DAY_OF_MONTH))),
        ),
        "strict_year_month": lambda: _fmt(
            "strict_year_month",
            _seq(_n(F.YEAR, 4, 4, EXCEEDS_PAD), "-", _two(F.MONTH_OF_YEAR)),
            iso_twin=True,
        ),
        "year_month": lambda: _fmt(
            "year_month",
            _seq(_n(F.YEAR, 4, 10, EXCEEDS_PAD), "-", _two(F.MONTH_OF_YEAR)),
            _p(_seq(_n(F.YEAR), "-", _n(F.MONTH_OF_YEAR))),
        ),
        "strict_year": lambda: _fmt("strict_year", _seq(_n(F.YEAR, 4, 4, EXCEEDS_PAD)), iso_twin=True),
        "year": lambda: _fmt("year", _seq(_n(F.YEAR))),
        "date_hour": lambda: _fmt(
            "date_hour",
            _pattern("uuuu-MM-dd'T'HH"),
            _p(_seq(_lenient_date(), "T", _n(F.HOUR_OF_DAY, 1, 2, NOT_NEGATIVE))),
        ),
        "strict_date_hour": lambda: _fmt(
            "strict_date_hour", _pattern("uuuu-MM-dd'T'HH"), _smart("uuuu-MM-dd'T'HH")
        ),
        "date_hour_minute": lambda: _fmt(
            "date_hour_minute", _pattern("uuuu-MM-dd'T'HH:mm"), _p(_seq(_lenient_date(), "T", _hm_lenient()))
        ),
        "strict_date_hour_minute": lambda: _fmt(
            "strict_date_hour_minute", _pattern("uuuu-MM-dd'T'HH:mm"), _smart("uuuu-MM-dd'T'HH:mm")
        ),
        "date_hour_minute_second": lambda: _fmt(
            "date_hour_minute_second",
            _pattern("uuuu-MM-dd'T'HH:mm:ss"),
            _p(_seq(_lenient_date(), "T", _hms_lenient())),
        ),
        "strict_date_hour_minute_second": lambda: _fmt(
            "strict_date_hour_minute_second",
            _pattern("uuuu-MM-dd'T'HH:mm:ss"),
            _smart("uuuu-MM-dd'T'HH:mm:ss"),
            iso_twin=True,
        ),
        "date_hour_minute_second_millis": lambda: _fmt(
            "date_hour_minute_second_millis",
            ymd_t_hms_millis,
            _p(_seq(_lenient_date(), "T", _hms_lenient(), _frac(1, 3))),
        ),
        "date_hour_minute_second_fraction": lambda: _fmt(
            "date_hour_minute_second_fraction",
            ymd_t_hms_millis,
            _p(_seq(_lenient_date(), "T", _time_prefix())),
        ),
        "strict_date_hour_minute_second_millis": lambda: _fmt(
            "strict_date_hour_minute_second_millis",
            ymd_t_hms_millis,
            _p(_seq(_ymd(4), "T", _strict_time(True))),
            iso_twin=True,
        ),
        "strict_date_hour_minute_second_fraction": lambda: _fmt(
            "strict_date_hour_minute_second_fraction",
            ymd_t_hms_millis,
            _p(_seq(_ymd(4), "T", _strict_time(True))),
            iso_twin=True,
        ),
        "date_time": lambda: _fmt(
            "date_time",
            sdot_printer,
            _p(_seq(_with_seconds_fraction(_seq(_lenient_date(), "T", _hm_lenient()), 1, True), _colon())),
            _p(_seq(_with_seconds_fraction(_seq(_lenient_date(), "T", _hm_lenient()), 1, True), _no_colon())),
        ),
        "strict_date_time": lambda: _fmt(
            "strict_date_time",
            _seq(_ymd(4), "T", _hms(), _frac(3, 9), _colon()),
            _p(_seq(_ymd(4), "T", _hms(), _opt_frac(), ZoneId())),
            _p(_seq(_ymd(4), "T", _hms(), _opt_frac(), _no_colon())),
            iso_twin=True,
        ),
        "date_time_no_millis": lambda: _fmt(
            "date_time_no_millis",
            _seq(_iso_local_date(), "T", _pattern("HH:mm"), ":", _two(F.SECOND_OF_MINUTE), ZoneId()),
            _p(_seq(date_time_no_secs, _colon())),
            _p(_seq(date_time_no_secs, _no_colon())),
            _p(_seq(date_time_no_secs, _optional(ZoneId()))),
            _p(_seq(date_time_no_secs, _optional(_no_colon()))),
        ),
        "strict_date_time_no_millis": lambda: _fmt(
            "strict_date_time_no_millis",
            _seq(_ymd(4), "T", _hms(), _colon()),
            _p(_seq(_ymd(4), "T", _hms(), ZoneId())),
            _p(_seq(_ymd(4), "T", _hms(), _no_colon())),
            iso_twin=True,
        ),
        "hour": lambda: _fmt("hour", _pattern("HH"), _p(_seq(_n(F.HOUR_OF_DAY, 1, 2, NOT_NEGATIVE)))),
        "strict_hour": lambda: _fmt("strict_hour", _pattern("HH"), _smart("HH")),
        "hour_minute": lambda: _fmt("hour_minute", _pattern("HH:mm"), _p(_hm_lenient())),
        "strict_hour_minute": lambda: _fmt("strict_hour_minute", _pattern("HH:mm"), _smart("HH:mm")),
        "hour_minute_second": lambda: _fmt("hour_minute_second", _hms(), _p(_hms_lenient())),
        "strict_hour_minute_second": lambda: _fmt("strict_hour_minute_second", _hms()),
        "hour_minute_second_millis": lambda: _fmt(
            "hour_minute_second_millis", _strict_time(True, True), _p(_seq(_hms_lenient(), _frac(1, 3)))
        ),
        "hour_minute_second_fraction": lambda: _fmt(
            "hour_minute_second_fraction", _strict_time(True, True), _p(_time_prefix())
        ),
        "strict_hour_minute_second_millis": lambda: _fmt(
            "strict_hour_minute_second_millis", _strict_time(True, True), _p(_strict_time(True))
        ),
        "strict_hour_minute_second_fraction": lambda: _fmt(
            "strict_hour_minute_second_fraction", _strict_time(True, True), _p(_strict_time(True))
        ),
        # ordinal dates
        "ordinal_date": lambda: _fmt("ordinal_date", _ordinal_date(True), _p(_ordinal_date(False))),
        "strict_ordinal_date": lambda: _fmt(
            "strict_ordinal_date",
            _seq(CaseInsensitive(), _n(F.YEAR, 4, 4, EXCEEDS_PAD), "-", _fixed(F.DAY_OF_YEAR, 3)),
        ),
        "ordinal_date_time": lambda: _fmt(
            "ordinal_date_time",
            _seq(_strict_ordinal(True), _colon()),
            _p(
                _seq(
                    _with_seconds_fraction(_seq(_ordinal_date(False), "T", _hm_lenient()), 1, True), ZoneId()
                )
            ),
            _p(
                _seq(
                    _with_seconds_fraction(_seq(_ordinal_date(False), "T", _hm_lenient()), 1, True),
                    _no_colon(),
                )
            ),
        ),
        "strict_ordinal_date_time": lambda: _zoned(
            "strict_ordinal_date_time", _strict_ordinal(True), _strict_ordinal(False)
        ),
        "ordinal_date_time_no_millis": lambda: _fmt(
            "ordinal_date_time_no_millis",
            _seq(_strict_ordinal_no_millis(), _colon()),
            _p(_seq(_ordinal_date(False), "T", _hms_lenient(), ZoneId())),
            _p(_seq(_ordinal_date(False), "T", _hms_lenient(), _no_colon())),
        ),
        "strict_ordinal_date_time_no_millis": lambda: _zoned(
            "strict_ordinal_date_time_no_millis", _strict_ordinal_no_millis(), _strict_ordinal_no_millis()
        ),
        # times
        "time": lambda: _fmt(
            "time",
            _seq(_strict_time(True, True), _colon()),
            _p(_seq(_time_prefix(), ZoneId())),
            _p(_seq(_time_prefix(), _no_colon())),
        ),
        "strict_time": lambda: _zoned("strict_time", _strict_time(True, True), _strict_time(True)),
        "time_no_millis": lambda: _fmt(
            "time_no_millis",
            _seq(_hms(), _colon()),
            _p(_seq(_hms_lenient(), ZoneId())),
            _p(_seq(_hms_lenient(), _no_colon())),
        ),
        "strict_time_no_millis": lambda: _zoned("strict_time_no_millis", _hms(), _hms()),
        "t_time": lambda: _fmt(
            "t_time",
            _seq("T", _strict_time(True, True), _colon()),
            _p(_seq("T", _time_prefix(), ZoneId())),
            _p(_seq("T", _time_prefix(), _no_colon())),
        ),
        "strict_t_time": lambda: _zoned(
            "strict_t_time", _seq("T", _strict_time(True, True)), _seq("T", _strict_time(True))
        ),
        "t_time_no_millis": lambda: _fmt(
            "t_time_no_millis",
            _seq("T", _hms(), _colon()),
            _p(_seq("T", _hms_lenient(), ZoneId())),
            _p(_seq("T", _hms_lenient(), _no_colon())),
        ),
        "strict_t_time_no_millis": lambda: _zoned(
            "strict_t_time_no_millis", _seq("T", _hms()), _seq("T", _hms())
        ),
        # ISO week dates (IsoFields)
        "week_date": lambda: _fmt("week_date", _iso_week_date(), _p(_iso_week_date(1))),
        "strict_week_date": lambda: _fmt("strict_week_date", _iso_week_date()),
        "week_date_time": lambda: _fmt(
            "week_date_time",
            _week_printer(_strict_time(True, True)),
            _p(_seq(_iso_week_date(1), "T", _time_prefix(), ZoneId())),
            _p(_seq(_iso_week_date(1), "T", _time_prefix(), _no_colon())),
        ),
        "strict_week_date_time": lambda: _zoned(
            "strict_week_date_time",
            _seq(_iso_week_date(), "T", _strict_time(True, True)),
            _seq(_iso_week_date(), "T", _strict_time(True)),
        ),
        "week_date_time_no_millis": lambda: _fmt(
            "week_date_time_no_millis",
            _week_printer(_hms()),
            _p(_seq(_iso_week_date(1), "T", _hms_lenient(), ZoneId())),
            _p(_seq(_iso_week_date(1), "T", _hms_lenient(), _no_colon())),
        ),
        "strict_week_date_time_no_millis": lambda: _zoned(
            "strict_week_date_time_no_millis",
            _seq(_iso_week_date(), "T", _hms()),
            _seq(_iso_week_date(), "T", _hms()),
        ),
        # week-based years (WeekFields.ISO)
        "weekyear": lambda: _fmt("weekyear", _seq(week_year)),
        "week_year": lambda: _fmt("week_year", _seq(week_year)),
        "strict_weekyear": lambda: _fmt("strict_weekyear", strict_weekyear),
        "weekyear_week": lambda: _fmt(
            "weekyear_week",
            _weekyear_week(),
            _p(_seq(week_year, "-W", _week("w", F.WEEK_OF_WEEK_BASED_YEAR))),
        ),
        "strict_weekyear_week": lambda: _fmt("strict_weekyear_week", _weekyear_week()),
        "weekyear_week_day": lambda: _fmt(
            "weekyear_week_day",
            _seq(_weekyear_week(), "-", week_day),
            _p(_seq(week_year, "-W", _week("w", F.WEEK_OF_WEEK_BASED_YEAR), "-", week_day)),
        ),
        "strict_weekyear_week_day": lambda: _fmt(
            "strict_weekyear_week_day", _seq(_weekyear_week(), "-", week_day)
        ),
    }
    return table


def _opt_frac() -> Composite:
    return _optional(_frac(1, 9))


def _optional(part: Number | Fraction | Offset | ZoneId) -> Composite:
    b = Builder()
    _opt(b, part)
    return b.build()


# -- epoch formats -----------------------------------------------------------------------------

_EPOCH = {
    "epoch_millis": (re.compile(r"(-)?(\d{1,19})(?:\.(\d{0,6}))?"), 6),
    "epoch_second": (re.compile(r"(-)?(\d{1,19})(?:\.(\d{0,9}))?"), 9),
}


@dataclass(frozen=True, slots=True)
class EpochParser:
    """EpochTime's parsers: `[-]digits[.fraction]` giving an instant (no date fields)."""

    name: str

    def try_parse(self, text: str) -> Parsed | None:
        regex, scale = _EPOCH[self.name]
        m = regex.fullmatch(text)
        if m is None:
            return None
        sign = -1 if m.group(1) else 1
        whole = int(m.group(2))
        frac = int((m.group(3) or "").ljust(scale, "0") or "0")
        if self.name == "epoch_millis":
            nanos = sign * (whole * 1_000_000 + frac)
        else:
            nanos = sign * (whole * 1_000_000_000 + frac)
        seconds, nano = divmod(nanos, 1_000_000_000)
        return Parsed({F.INSTANT_SECONDS: seconds, F.NANO_OF_SECOND: nano})

    def parse(self, text: str) -> Parsed:
        raise AssertionError("epoch formats always have two parsers")


class EpochPrinter(Composite):
    def __init__(self, name: str) -> None:
        super().__init__([], False)
        self.millis = name == "epoch_millis"

    def format(self, dt: JDateTime, out: list[str]) -> None:
        seconds = dt.epoch_second()
        if self.millis:
            total_nanos = seconds * 1_000_000_000 + dt.nano
            millis, rest = divmod(total_nanos, 1_000_000)
            out.append(str(millis))
            if rest:
                out.append("." + f"{rest:06d}".rstrip("0"))
        else:
            out.append(str(seconds))
            if dt.nano:
                out.append("." + f"{dt.nano:09d}".rstrip("0"))


_BUILDERS = _build_all()
_BUILDERS["epoch_millis"] = lambda: EsDateFormatter(
    "epoch_millis", EpochPrinter("epoch_millis"), (EpochParser("epoch_millis"), EpochParser("epoch_millis"))
)
_BUILDERS["epoch_second"] = lambda: EsDateFormatter(
    "epoch_second", EpochPrinter("epoch_second"), (EpochParser("epoch_second"), EpochParser("epoch_second"))
)


@lru_cache(maxsize=128)
def named_formatter(name: str) -> EsDateFormatter | None:
    """The built-in format called `name`, None if `name` is not a built-in (then it is a pattern)."""
    builder = _BUILDERS.get(name)
    return None if builder is None else builder()


__all__ = ["Parser", "named_formatter"]
