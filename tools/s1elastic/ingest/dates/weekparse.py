"""DateTimeFormatterBuilder.WeekBasedFieldPrinterParser: the `Y`, `w`, `W`, `e` and `c` pattern letters.

Like the JDK, the node takes part in adjacent value parsing with the widths the pattern letter
gives (`ww` is fixed at 2, `e` at 1, `YYYY` is 4..19) but parses and prints through the number
printer-parser the letter stands for (`e` reads up to 2 digits, `YY` is reduced to base 2000).
Parsing stores the raw week fields; `resolve` applies the parser's locale's week definition.
Printing uses the node's own definition, the one of the locale the pattern was compiled for:
Elasticsearch's printers use Locale.ROOT, which is Sunday-first with 1 minimal day under the JDK
23+ CLDR data Elasticsearch 8.16+ runs with (ISO in 8.15 and earlier, through Elasticsearch's own
calendar data provider).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from s1elastic.ingest.dates import fields as F
from s1elastic.ingest.dates.printparse import EXCEEDS_PAD, NORMAL, NOT_NEGATIVE, Number, ParseContext, Reduced
from s1elastic.ingest.dates.temporal import JDateTime
from s1elastic.ingest.dates.weeks import ISO, WeekDef

_FIELDS = {
    "Y": F.WEEK_BASED_YEAR,
    "w": F.WEEK_OF_WEEK_BASED_YEAR,
    "W": F.WEEK_OF_MONTH,
    "e": F.LOCALIZED_DAY_OF_WEEK,
    "c": F.LOCALIZED_DAY_OF_WEEK,  # `c` (count 1) is the same node as `e`
}


@dataclass(slots=True)
class WeekValue(Number):
    """One week-based letter: `w`/`e` parse with the widths the builder sees, `Y` with its own."""

    letter: str = "w"
    count: int = 1
    week: WeekDef = ISO

    def _delegate(self) -> Number:
        if self.letter == "Y":
            if self.count == 2:
                return Reduced(self.fld, 2, 2, NOT_NEGATIVE, self.subsequent)
            sign = NORMAL if self.count < 4 else EXCEEDS_PAD
            return Number(self.fld, self.count, 19, sign, self.subsequent)
        return Number(self.fld, self.min_width, self.max_width, NOT_NEGATIVE, self.subsequent)

    def parse(self, ctx: ParseContext, text: str, pos: int) -> int:
        return self._delegate().parse(ctx, text, pos)

    def value_of(self, dt: JDateTime) -> int:
        return week_field_value(self.letter, self.week, dt)

    def format(self, dt: JDateTime, out: list[str]) -> None:
        value = self.value_of(dt)
        delegate = self._delegate()
        if isinstance(delegate, Reduced):
            out.append(f"{abs(value) % 100:02d}")
            return
        probe = _Fixed(delegate.fld, delegate.min_width, delegate.max_width, delegate.sign, value=value)
        probe.format(dt, out)


@dataclass(slots=True)
class _Fixed(Number):
    """A number printer for an already computed value."""

    value: int = 0

    def value_of(self, dt: JDateTime) -> int:
        return self.value


def week_field_value(letter: str, week: WeekDef, dt: JDateTime) -> int:
    """The value of week field `letter` (Y, w, W, else the localized day) for `dt`, any year: the
    calendar repeats every 400 years, so the date is moved into 2000..2399 to compute it."""
    shift = dt.year - (dt.year % 400 + 2000)
    d = date(dt.year - shift, dt.month, dt.day)
    if letter == "Y":
        return week.week_based_year(d) + shift
    if letter == "w":
        return week.week_of_week_based_year(d)
    if letter == "W":
        return week.week_of_month(d)
    return week.localized_dow(d.isoweekday())


def week_value(letter: str, count: int, week: WeekDef = ISO) -> WeekValue:
    """The node appendPattern adds for `count` repetitions of Y, w, W, e or c (counts already checked)."""
    if letter == "Y":
        max_width = 2 if count == 2 else 19
    elif letter == "w":
        max_width = 2
    else:
        max_width = count
    return WeekValue(_FIELDS[letter], count, max_width, NOT_NEGATIVE, 0, letter, count, week)
