"""Elasticsearch's built-in date formats (DateFormatters.forPattern), built from printer-parsers.

Only the formats pipelines commonly use are defined; every other built-in name is refused with
UnsupportedPatternError rather than being misread as a Java pattern. Formats that Elasticsearch
backs with several parsers fail with the generic `Failed to parse with all enclosed parsers`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from s1elastic.ingest.dates import fields as F
from s1elastic.ingest.dates.formatter import EsDateFormatter, JavaParser, Parser
from s1elastic.ingest.dates.pattern import UnsupportedPatternError
from s1elastic.ingest.dates.printparse import (
    EXCEEDS_PAD,
    NORMAL,
    NOT_NEGATIVE,
    Builder,
    Composite,
    Fraction,
    Number,
    Offset,
    ZoneId,
)
from s1elastic.ingest.dates.resolve import Parsed
from s1elastic.ingest.dates.temporal import JDateTime


def _ymd(year_min: int = 4, year_max: int = 4, sign: str = EXCEEDS_PAD) -> Composite:
    b = Builder().value(Number(F.YEAR, year_min, year_max, sign))
    b.optional_start().literal("-").value(Number(F.MONTH_OF_YEAR, 2, 2, NOT_NEGATIVE))
    b.optional_start().literal("-").value(Number(F.DAY_OF_MONTH, 2, 2, NOT_NEGATIVE))
    return b.build()


def _two(fld: F.Field) -> Number:
    return Number(fld, 2, 2, NOT_NEGATIVE)


def _hms() -> Composite:
    b = Builder().value(_two(F.HOUR_OF_DAY)).literal(":").value(_two(F.MINUTE_OF_HOUR))
    return b.literal(":").value(_two(F.SECOND_OF_MINUTE)).build()


def _no_colon() -> Offset:
    return Offset("+HHmm", "Z")


def _strict_date_optional_time_printer(frac_max: int) -> Composite:
    b = Builder().append(_ymd(4, 9)).literal("T")
    b.optional_start().value(_two(F.HOUR_OF_DAY))
    b.optional_start().literal(":").value(_two(F.MINUTE_OF_HOUR))
    b.optional_start().literal(":").value(_two(F.SECOND_OF_MINUTE))
    b.optional_start().append(Fraction(F.NANO_OF_SECOND, 3, frac_max, True)).optional_end()
    b.optional_end()
    b.optional_start().append(Offset("+HH:MM", "Z")).optional_end()
    return b.build()


def _frac_both(b: Builder) -> None:
    b.optional_start().append(Fraction(F.NANO_OF_SECOND, 1, 9, True)).optional_end()
    b.optional_start().literal(",").append(Fraction(F.NANO_OF_SECOND, 1, 9, False)).optional_end()


def _zones(b: Builder) -> None:
    b.optional_start().append(ZoneId()).optional_end()
    b.optional_start().append(_no_colon()).optional_end()


def _strict_date_optional_time() -> Composite:
    b = Builder().append(_ymd())
    b.optional_start().literal("T")
    b.optional_start().value(_two(F.HOUR_OF_DAY))
    b.optional_start().literal(":").value(_two(F.MINUTE_OF_HOUR))
    b.optional_start().literal(":").value(_two(F.SECOND_OF_MINUTE))
    _frac_both(b)
    b.optional_end().optional_end()
    _zones(b)
    return b.build()


def _strict_date_optional_time_nanos() -> Composite:
    b = Builder().append(_ymd())
    b.optional_start().literal("T").append(_hms())
    _frac_both(b)
    _zones(b)
    return b.build()


def _iso8601() -> Composite:
    b = Builder().append(_ymd())
    b.optional_start().literal("T")
    b.optional_start().value(_two(F.HOUR_OF_DAY))
    b.optional_start().literal(":").value(_two(F.MINUTE_OF_HOUR))
    b.optional_start().literal(":").value(_two(F.SECOND_OF_MINUTE))
    _frac_both(b)
    b.optional_end().optional_end().optional_end()
    _zones(b)
    return b.build()


def _date_optional_time() -> Composite:
    date = Builder().value(Number(F.YEAR, 1, 9, NORMAL))
    date.optional_start().literal("-").value(Number(F.MONTH_OF_YEAR, 1, 2, NOT_NEGATIVE))
    date.optional_start().literal("-").value(Number(F.DAY_OF_MONTH, 1, 2, NOT_NEGATIVE))
    b = Builder().append(date.build())
    b.optional_start().literal("T")
    b.optional_start().value(Number(F.HOUR_OF_DAY, 1, 2, NOT_NEGATIVE))
    b.optional_start().literal(":").value(Number(F.MINUTE_OF_HOUR, 1, 2, NOT_NEGATIVE))
    b.optional_start().literal(":").value(Number(F.SECOND_OF_MINUTE, 1, 2, NOT_NEGATIVE)).optional_end()
    _frac_both(b)
    _zones(b)
    return b.build()


def _strict_date_time(with_fraction: bool, zone: str) -> Composite:
    b = Builder().append(_ymd()).literal("T").append(_hms())
    if with_fraction:
        b.optional_start().append(Fraction(F.NANO_OF_SECOND, 1, 9, True)).optional_end()
    b.append(ZoneId() if zone == "id" else _no_colon())
    return b.build()


def _strict_date_time_printer(with_fraction: bool) -> Composite:
    b = Builder().append(_ymd()).literal("T").append(_hms())
    if with_fraction:
        b.append(Fraction(F.NANO_OF_SECOND, 3, 9, True))
    return b.append(Offset("+HH:MM", "Z")).build()


def _basic_date(year_max: int) -> Builder:
    b = Builder().value(Number(F.YEAR, 4, year_max, NORMAL))
    return b.value(_two(F.MONTH_OF_YEAR)).value(_two(F.DAY_OF_MONTH))


def _basic_time(fraction: tuple[int, int] | None) -> Composite:
    b = Builder().literal("T").value(_two(F.HOUR_OF_DAY)).value(_two(F.MINUTE_OF_HOUR))
    b.value(_two(F.SECOND_OF_MINUTE))
    if fraction is not None:
        b.append(Fraction(F.NANO_OF_SECOND, fraction[0], fraction[1], True))
    return b.build()


def _basic_date_time(millis: bool, zone: str | None) -> Composite:
    b = Builder().append(_basic_date(4 if zone else 10).build())
    b.append(_basic_time(((1, 9) if zone else (3, 3)) if millis else None))
    if zone == "id":
        b.append(ZoneId())
    elif zone == "nocolon":
        b.append(_no_colon())
    else:
        b.append(Offset("+HH:MM", "Z"))
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


def _single(name: str, printer: Composite, parser: Composite | None = None) -> EsDateFormatter:
    return EsDateFormatter(name, printer, (JavaParser(parser or printer),))


def _multi(name: str, printer: Composite, *parsers: Composite) -> EsDateFormatter:
    return EsDateFormatter(name, printer, tuple(JavaParser(p) for p in parsers))


def _with_iso_twin(name: str, printer: Composite, parser: Composite) -> EsDateFormatter:
    """ES tries its fast Iso8601Parser before the java.time one; both accept the same inputs here."""
    return EsDateFormatter(name, printer, (JavaParser(parser), JavaParser(parser)))


_BUILDERS: dict[str, Callable[[], EsDateFormatter]] = {
    "iso8601": lambda: _with_iso_twin("iso8601", _strict_date_optional_time_printer(3), _iso8601()),
    "strict_date_optional_time": lambda: _with_iso_twin(
        "strict_date_optional_time", _strict_date_optional_time_printer(3), _strict_date_optional_time()
    ),
    "strict_date_optional_time_nanos": lambda: _with_iso_twin(
        "strict_date_optional_time_nanos",
        _strict_date_optional_time_printer(9),
        _strict_date_optional_time_nanos(),
    ),
    "date_optional_time": lambda: _single(
        "date_optional_time", _strict_date_optional_time_printer(3), _date_optional_time()
    ),
    "strict_date_time": lambda: _multi(
        "strict_date_time",
        _strict_date_time_printer(True),
        _strict_date_time(True, "id"),
        _strict_date_time(True, "id"),
        _strict_date_time(True, "nocolon"),
    ),
    "strict_date_time_no_millis": lambda: _multi(
        "strict_date_time_no_millis",
        _strict_date_time_printer(False),
        _strict_date_time(False, "id"),
        _strict_date_time(False, "id"),
        _strict_date_time(False, "nocolon"),
    ),
    "basic_date_time": lambda: _multi(
        "basic_date_time",
        _basic_date_time(True, None),
        _basic_date_time(True, "id"),
        _basic_date_time(True, "nocolon"),
    ),
    "basic_date_time_no_millis": lambda: _multi(
        "basic_date_time_no_millis",
        _basic_date_time(False, None),
        _basic_date_time(False, "id"),
        _basic_date_time(False, "nocolon"),
    ),
    "strict_year_month_day": lambda: _single("strict_year_month_day", _ymd()),
    "strict_year_month": lambda: _with_iso_twin(
        "strict_year_month",
        Builder().value(Number(F.YEAR, 4, 4, EXCEEDS_PAD)).literal("-").value(_two(F.MONTH_OF_YEAR)).build(),
        Builder().value(Number(F.YEAR, 4, 4, EXCEEDS_PAD)).literal("-").value(_two(F.MONTH_OF_YEAR)).build(),
    ),
    "strict_year": lambda: _with_iso_twin(
        "strict_year",
        Builder().value(Number(F.YEAR, 4, 4, EXCEEDS_PAD)).build(),
        Builder().value(Number(F.YEAR, 4, 4, EXCEEDS_PAD)).build(),
    ),
    "strict_hour_minute_second": lambda: _single("strict_hour_minute_second", _hms()),
    "epoch_millis": lambda: EsDateFormatter(
        "epoch_millis",
        EpochPrinter("epoch_millis"),
        (EpochParser("epoch_millis"), EpochParser("epoch_millis")),
    ),
    "epoch_second": lambda: EsDateFormatter(
        "epoch_second",
        EpochPrinter("epoch_second"),
        (EpochParser("epoch_second"), EpochParser("epoch_second")),
    ),
}

_OTHER_NAMES = [
    "basic_date",
    "basic_ordinal_date",
    "basic_ordinal_date_time",
    "basic_ordinal_date_time_no_millis",
    "basic_time",
    "basic_time_no_millis",
    "basic_t_time",
    "basic_t_time_no_millis",
    "basic_week_date",
    "basic_week_date_time",
    "basic_week_date_time_no_millis",
    "date",
    "date_hour",
    "date_hour_minute",
    "date_hour_minute_second",
    "date_hour_minute_second_fraction",
    "date_hour_minute_second_millis",
    "date_time",
    "date_time_no_millis",
    "hour",
    "hour_minute",
    "hour_minute_second",
    "hour_minute_second_fraction",
    "hour_minute_second_millis",
    "ordinal_date",
    "ordinal_date_time",
    "ordinal_date_time_no_millis",
    "time",
    "time_no_millis",
    "t_time",
    "t_time_no_millis",
    "week_date",
    "week_date_time",
    "week_date_time_no_millis",
    "weekyear",
    "week_year",
    "weekyear_week",
    "weekyear_week_day",
    "year",
    "year_month",
    "year_month_day",
    "strict_basic_week_date",
    "strict_basic_week_date_time",
    "strict_basic_week_date_time_no_millis",
    "strict_date",
    "strict_date_hour",
    "strict_date_hour_minute",
    "strict_date_hour_minute_second",
    "strict_date_hour_minute_second_fraction",
    "strict_date_hour_minute_second_millis",
    "strict_hour",
    "strict_hour_minute",
    "strict_hour_minute_second_fraction",
    "strict_hour_minute_second_millis",
    "strict_ordinal_date",
    "strict_ordinal_date_time",
    "strict_ordinal_date_time_no_millis",
    "strict_time",
    "strict_time_no_millis",
    "strict_t_time",
    "strict_t_time_no_millis",
    "strict_week_date",
    "strict_week_date_time",
    "strict_week_date_time_no_millis",
    "strict_weekyear",
    "strict_weekyear_week",
    "strict_weekyear_week_day",
]


@lru_cache(maxsize=64)
def named_formatter(name: str) -> EsDateFormatter | None:
    """The built-in format called `name`, None if `name` is not a built-in (then it is a pattern)."""
    builder = _BUILDERS.get(name)
    if builder is not None:
        return builder()
    if name in _OTHER_NAMES:
        raise UnsupportedPatternError(f"built-in date format [{name}] is not supported by this engine")
    return None


__all__ = ["Parser", "named_formatter"]
