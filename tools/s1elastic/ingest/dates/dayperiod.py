"""The `B` pattern letter (DateTimeFormatterBuilder.DayPeriodPrinterParser, JDK 16+).

Day periods are CLDR's: Locale.ROOT (Elasticsearch's printers) only knows AM and PM; English
(the date processor's default parsing locale, and the texts this engine uses for every other
locale) adds midnight, noon, morning, afternoon, evening and night. Facts checked on Temurin 25
with -Djava.locale.providers=CLDR: printing picks the shortest period holding the time (for
English, 00:01 is "in the morning"), strict parsing takes the longest matching text, and
resolution checks an hour of day against the period or moves a clock hour (`h`) into it.
"""

from __future__ import annotations

from dataclasses import dataclass

from s1elastic.ingest.dates import fields as F
from s1elastic.ingest.dates.printparse import ParseContext
from s1elastic.ingest.dates.temporal import JDateTime
from s1elastic.ingest.errors import DateTimeException

# period index (Calendar.AM_PM name index) -> (from, to) in minutes of the day
_RANGES = {0: (0, 720), 1: (720, 1440), 2: (0, 0), 3: (720, 720), 4: (0, 720), 6: (720, 1080),
           8: (1080, 1260), 10: (1260, 1440)}  # fmt: skip
_ENGLISH = {0: "AM", 1: "PM", 2: "midnight", 3: "noon", 4: "in the morning", 6: "in the afternoon",
            8: "in the evening", 10: "at night"}  # fmt: skip
_TEXTS = {
    ("ROOT", "SHORT"): {0: "AM", 1: "PM"},
    ("ROOT", "FULL"): {0: "AM", 1: "PM"},
    ("ROOT", "NARROW"): {0: "AM", 1: "PM"},
    ("en", "SHORT"): _ENGLISH,
    ("en", "FULL"): _ENGLISH,
    ("en", "NARROW"): {**_ENGLISH, 0: "a", 1: "p", 2: "mi", 3: "n"},
}


def includes(index: int, minute: int) -> bool:
    """DayPeriod.includes."""
    start, end = _RANGES[index]
    if start == 0 and end == 0 and minute == 1440:
        return True
    return (
        (start == minute == end)
        or start <= minute < end
        or (start > end and (start <= minute or end > minute))
    )


def describe(index: int) -> str:
    """DayPeriod.toString: DayPeriod(12:00-18:00), DayPeriod(00:00)."""
    start, end = _RANGES[index]
    text = f"DayPeriod({start // 60:02d}:{start % 60:02d}"
    return text + (")" if start == end else f"-{end // 60:02d}:{end % 60:02d})")


def _period_at(english: bool, minute: int) -> int:
    """The shortest period holding `minute` (Temurin's choice between equal ones: morning over AM)."""
    if not english:
        return minute // 720
    for index in (2, 3, 8, 10, 6, 4):  # shortest first
        if includes(index, minute):
            return index
    return minute // 720


@dataclass(slots=True)
class DayPeriodText:
    """appendDayPeriodText(style): `B` SHORT, `BBBB` FULL, `BBBBB` NARROW."""

    style: str
    root: bool

    @property
    def table(self) -> dict[int, str]:
        return _TEXTS[("ROOT" if self.root else "en", self.style)]

    def format(self, dt: JDateTime, out: list[str]) -> None:
        out.append(self.table[_period_at(not self.root, dt.hour * 60 + dt.minute)])

    def parse(self, ctx: ParseContext, text: str, pos: int) -> int:
        if pos > len(text):
            return ~pos
        for index, name in sorted(self.table.items(), key=lambda item: -len(item[1])):
            if text.startswith(name, pos):
                ctx.fields[F.DAY_PERIOD] = index
                return pos + len(name)
        return ~pos


def apply_to_clock_hour(fv: dict[F.Field, int], period: int, style: str) -> None:
    """Parsed.resolveTimeFields: an hour of am/pm (`h`, `K`) moves into the day period."""
    hoap = fv.pop(F.HOUR_OF_AMPM)
    if style != "LENIENT":
        F.HOUR_OF_AMPM.check(hoap)
    moh = fv.get(F.MINUTE_OF_HOUR, 0) % 60
    hod = hoap + (12 if includes(period, (hoap % 12 + 12) * 60 + moh) else 0)
    old = fv.get(F.HOUR_OF_DAY)
    fv[F.HOUR_OF_DAY] = hod
    if old is not None and old != hod:
        raise DateTimeException(
            f"Conflict found: {F.HOUR_OF_DAY} {old} differs from {F.HOUR_OF_DAY} {hod} while resolving  {F.HOUR_OF_AMPM}"
        )


def check_hour(period: int, hod: int, moh: int) -> None:
    """Parsed.resolveTimeLenient: an hour of day must lie in the parsed day period."""
    if not includes(period, hod * 60 + moh):
        raise DateTimeException(
            f"Conflict found: Resolved time {hod:02d}:{moh:02d} conflicts with {describe(period)}"
        )
