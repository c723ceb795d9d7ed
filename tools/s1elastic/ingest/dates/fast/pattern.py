"""Java patterns made of numbers, English texts, literals and offsets, compiled to one regex.

The general parser reads a pattern's pieces strictly left to right without backtracking: fixed
width numbers take exactly their width, variable ones take every digit (less the digits that
adjacent fixed-width fields reserve), texts take the longest name first. The regex built here
accepts a subset of that: atomic groups and digit look-aheads make it choose what the general
parser chooses, or fail (then the general path decides). Values are range-checked as
Parsed.resolve and DateFormatters.from would check them; anything doubtful answers None.

A second, looser regex is a superset of what the general parser can accept; a text that misses it
is a certain failure. Optional sections, zone ids and zone names, week fields, eras and the other
rare letters get no fast parser at all.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from s1elastic.ingest.dates import fields as F
from s1elastic.ingest.dates.fast.civil import ZoneView, month_length
from s1elastic.ingest.dates.fast.outcome import FAIL, Outcome, SubParser
from s1elastic.ingest.dates.printparse import (
    EXCEEDS_PAD,
    NORMAL,
    NOT_NEGATIVE,
    Composite,
    Fraction,
    Literal,
    Number,
    Offset,
    Reduced,
    Text,
)

_SLOTS = {
    F.YEAR_OF_ERA: "year",
    F.YEAR: "year",
    F.MONTH_OF_YEAR: "month",
    F.DAY_OF_MONTH: "day",
    F.HOUR_OF_DAY: "hour",
    F.CLOCK_HOUR_OF_AMPM: "clock",
    F.AMPM_OF_DAY: "ampm",
    F.MINUTE_OF_HOUR: "minute",
    F.SECOND_OF_MINUTE: "second",
    F.NANO_OF_SECOND: "nano",
    F.DAY_OF_WEEK: "dow",
}
_VARIABLE_MAX = 9  # digits a variable-width field may have on the fast path
# Offset kinds (index in OFFSET_PATTERNS) -> regex of the signed form. Possessive optional parts
# always take two digits; where the general parser would leave them (over 59) the value is None.
_OFFSET_REGEX = {
    1: r"[+-][0-9]{2}(?:[0-9]{2})?+",
    3: r"[+-][0-9]{4}",
    4: r"[+-][0-9]{2}:[0-9]{2}",
    5: r"[+-][0-9]{4}(?:[0-9]{2})?+",
    6: r"[+-][0-9]{2}:[0-9]{2}(?::[0-9]{2})?+",
}
# Texts are taken from the tree, compiled for the locale: ROOT's CLDR texts ("") or English ones.
_ENGLISH = re.compile(r"(?:en(?:-.*)?)?", re.DOTALL)


class _Unsupported(Exception):
    """The pattern has a piece the fast path does not do."""


@dataclass(slots=True)
class _Plan:
    """What compiling a pattern found: the regex text, the superset text and the group slots."""

    fast: list[str] = field(default_factory=list)
    superset: list[str] = field(default_factory=list)
    slots: dict[str, int] = field(default_factory=dict)
    converters: dict[str, Callable[[str], int]] = field(default_factory=dict)
    offset: Callable[[str], int | None] | None = None
    year_field: F.Field | None = None
    groups: int = 0
    pending: int | None = None  # digits still reserved by a variable-width field's adjacent run
    clean: bool = True  # no piece can raise while parsing

    def group(self, slot: str, regex: str, convert: Callable[[str], int] | None = None) -> None:
        if slot in self.slots:
            raise _Unsupported(f"field {slot} twice")
        self.slots[slot] = self.groups
        self.groups += 1
        self.fast.append(f"({regex})")
        if convert is not None:
            self.converters[slot] = convert

    def end_run(self) -> None:
        self.fast.append("(?![0-9])")
        self.pending = None

    def fixed_digits(self, width: int) -> None:
        if self.pending is not None:
            self.pending -= width
            if self.pending < 0:
                raise _Unsupported("adjacent run")
            if self.pending == 0:
                self.end_run()


def _offset_value(no_offset: str) -> Callable[[str], int | None]:
    cache: dict[str, int | None] = {}

    def cached(token: str) -> int | None:
        if token in cache:
            return cache[token]
        if len(cache) >= 512:
            cache.clear()
        value = cache[token] = convert(token)
        return value

    def convert(token: str) -> int | None:
        if token == no_offset:
            return 0
        digits = token[1:].replace(":", "")
        h, m = int(digits[:2]), int(digits[2:4] or "0")
        s = int(digits[4:6] or "0")
        if m > 59 or s > 59:
            return None
        total = h * 3600 + m * 60 + s
        if total > 64800:
            return None
        return -total if token[0] == "-" else total

    return cached


def _number(plan: _Plan, part: Number) -> None:
    slot = _SLOTS.get(part.fld)
    if slot is None or slot in ("nano", "ampm", "dow"):
        raise _Unsupported(f"number field {part.fld}")
    if slot == "year":
        plan.year_field = part.fld
    fixed = part.min_width == part.max_width and part.sign == NOT_NEGATIVE  # exactly that many digits
    plan.superset.append(f"[0-9]{{{part.min_width}}}" if fixed else "[+-]?[0-9]*")
    if isinstance(part, Reduced):
        if type(part) is not Reduced or part.min_width != 2 or part.max_width != 2 or part.base != 2000:
            raise _Unsupported("reduced")
        plan.group(slot, "[0-9]{2}", lambda t: 2000 + int(t))
        plan.fixed_digits(2)
        return
    if type(part) is not Number:
        raise _Unsupported("localized number")
    if fixed:
        plan.group(slot, f"[0-9]{{{part.min_width}}}")
        plan.fixed_digits(part.min_width)
        return
    if plan.pending is not None:
        raise _Unsupported("variable field inside an adjacent run")
    if part.sign == EXCEEDS_PAD and part.min_width <= _VARIABLE_MAX:
        plan.group(slot, f"[0-9]{{{part.min_width}}}")
    elif part.sign == NORMAL and part.min_width <= _VARIABLE_MAX:
        plan.group(slot, f"[0-9]{{{part.min_width},{_VARIABLE_MAX}}}")
    else:
        raise _Unsupported("sign style")
    if part.subsequent > 0:
        plan.pending = part.subsequent
    else:
        plan.end_run()


def _part(plan: _Plan, part: object, english: bool) -> None:
    if isinstance(part, Literal):
        if plan.pending is not None:
            raise _Unsupported("literal inside an adjacent run")
        plan.fast.append(re.escape(part.text))
        plan.superset.append(re.escape(part.text))
    elif isinstance(part, Number):
        _number(plan, part)
    elif type(part) is Fraction:
        if part.fld is not F.NANO_OF_SECOND or part.decimal_point or part.scale != 9:
            raise _Unsupported("fraction")
        if part.min_width != part.max_width or part.max_width > 9:
            raise _Unsupported("fraction width")
        scale = 10 ** (9 - part.max_width)
        plan.group("nano", f"[0-9]{{{part.max_width}}}", lambda t: int(t) * scale)
        # FractionPrinterParser checks the minimum width one digit late (as the JDK does): one
        # digit fewer is accepted when a non-digit follows
        plan.superset.append(f"[0-9]{{{part.max_width - 1},{part.max_width}}}")
        plan.fixed_digits(part.max_width)
    elif type(part) is Text:
        slot = _SLOTS.get(part.fld)
        if not english or slot not in ("month", "dow", "ampm") or plan.pending is not None:
            raise _Unsupported("text")
        names = "|".join(re.escape(name) for name, _ in part.by_length)
        values = {name: value for name, value in part.by_length}
        plan.group(slot, f"(?>{names})", values.__getitem__)
        plan.superset.append(f"(?:{names})")
    elif type(part) is Offset:
        regex = _OFFSET_REGEX.get(part.kind)
        if regex is None or plan.pending is not None:
            raise _Unsupported("offset kind")
        no_offset = re.escape(part.no_offset)
        plan.group("offset", f"(?>{no_offset}|{regex})" if part.no_offset else regex)
        plan.offset = _offset_value(part.no_offset)
        plan.superset.append(f"(?:{no_offset}|[+-][\\d:]*)?")
        plan.clean = False
    elif type(part) is Composite and not part.optional:
        for inner in part.parts:
            _part(plan, inner, english)
    else:
        raise _Unsupported(type(part).__name__)


def _check_fields(plan: _Plan) -> None:
    """Only field sets whose resolution is simple: a full date (or none: year-less) and a time prefix."""
    slots = plan.slots
    if "year" in slots and not ("month" in slots and "day" in slots):
        raise _Unsupported("partial date")
    if ("clock" in slots) != ("ampm" in slots) or ("clock" in slots and "hour" in slots):
        raise _Unsupported("hour fields")
    time = ["clock" in slots or "hour" in slots, "minute" in slots, "second" in slots, "nano" in slots]
    if time != sorted(time, reverse=True):
        raise _Unsupported("time fields are not a prefix")


def pattern_parser(
    tree: Composite, view: ZoneView, locale: str, year_source: Callable[[], int]
) -> SubParser | None:
    """The fast parser of one Java pattern, None when the pattern has unsupported pieces."""
    plan = _Plan()
    try:
        for part in tree.parts:
            _part(plan, part, _ENGLISH.fullmatch(locale) is not None)
        if plan.pending is not None:
            raise _Unsupported("unterminated adjacent run")
        _check_fields(plan)
    except _Unsupported:
        return None
    return SubParser(_compile(plan, view, year_source), plan.clean)


def _compile(plan: _Plan, view: ZoneView, year_source: Callable[[], int]) -> Callable[[str], Outcome]:
    fullmatch = re.compile("".join(plan.fast), re.DOTALL).fullmatch
    superset = re.compile("".join(plan.superset), re.DOTALL).fullmatch
    slots, conv = plan.slots, plan.converters
    none = -1
    yi, moi, di = slots.get("year", none), slots.get("month", none), slots.get("day", none)
    hi, ci, ai = slots.get("hour", none), slots.get("clock", none), slots.get("ampm", none)
    mii, si, ni = slots.get("minute", none), slots.get("second", none), slots.get("nano", none)
    wi, oi = slots.get("dow", none), slots.get("offset", none)
    year_conv = conv.get("year", int)
    month_conv = conv.get("month", int)
    nano_conv = conv.get("nano", int)
    offset_conv = plan.offset or int
    ampm_conv = conv.get("ampm", int)
    dow_conv = conv.get("dow", int)
    check_dow = wi >= 0 and plan.year_field is F.YEAR  # yyyy (year-of-era) never resolves a date
    yearless = yi < 0
    local, at_offset = view.local, view.at_offset

    def parse(text: str) -> Outcome:
        m = fullmatch(text)
        if m is None:
            return FAIL if superset(text) is None else None
        g = m.groups()
        if yearless:
            y = year_source()
            d = int(g[di]) if di >= 0 else 1
            mo = month_conv(g[moi]) if moi >= 0 else 1
            if not (1 <= d <= 31 and 1 <= mo <= 12):
                return None
            d = min(d, month_length(y, mo))
        else:
            y, mo, d = year_conv(g[yi]), month_conv(g[moi]), int(g[di])
            if not 1 <= mo <= 12 or d < 1 or (d > 28 and d > month_length(y, mo)):
                return None
        if hi >= 0:
            h = int(g[hi])
        elif ci >= 0:
            clock = int(g[ci])
            if not 1 <= clock <= 12:
                return None
            h = ampm_conv(g[ai]) * 12 + (0 if clock == 12 else clock)
        else:
            h = 0
        mi = int(g[mii]) if mii >= 0 else 0
        s = int(g[si]) if si >= 0 else 0
        if h > 23 or mi > 59 or s > 59:
            return None
        n = nano_conv(g[ni]) if ni >= 0 else 0
        if check_dow and dow_conv(g[wi]) != _iso_weekday(y, mo, d):
            return None
        if oi < 0:
            return local(y, mo, d, h, mi, s, n)
        offset = offset_conv(g[oi])
        if offset is None:
            return None
        if yearless:  # the year-less fallback keeps the local fields and ignores the offset
            return local(y, mo, d, h, mi, s, n)
        return at_offset(y, mo, d, h, mi, s, n, offset)

    return parse


def _iso_weekday(y: int, mo: int, d: int) -> int:
    return date(y, mo, d).isoweekday()
