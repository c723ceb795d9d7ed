"""Compile a java.time.format.DateTimeFormatter pattern (`yyyy-MM-dd'T'HH:mm:ss.SSSXXX`).

Follows DateTimeFormatterBuilder.appendPattern letter by letter (JDK 19+, which Elasticsearch 8.x
and 9.x bundle), with the JDK's error texts for invalid patterns. `B` (day periods) and `v`
(generic zone names) are done too (`dayperiod`, `ZoneText`). `UnsupportedPatternError` remains
for a valid letter this engine would not implement (none at present).
"""

from __future__ import annotations

from s1elastic.ingest.dates import fields as F
from s1elastic.ingest.dates.dayperiod import DayPeriodText
from s1elastic.ingest.dates.printparse import (
    EXCEEDS_PAD,
    NORMAL,
    NOT_NEGATIVE,
    OFFSET_PATTERNS,
    Builder,
    Composite,
    Fraction,
    LocalizedOffset,
    Number,
    Offset,
    Reduced,
    Text,
    ZoneId,
    ZoneText,
)
from s1elastic.ingest.dates.weekparse import week_value
from s1elastic.ingest.dates.weeks import WeekDef, week_def_for
from s1elastic.ingest.errors import IllegalArgumentException


class UnsupportedPatternError(Exception):
    """A valid Java pattern letter this engine does not implement."""


_NUMERIC = {
    "d": F.DAY_OF_MONTH,
    "H": F.HOUR_OF_DAY,
    "k": F.CLOCK_HOUR_OF_DAY,
    "K": F.HOUR_OF_AMPM,
    "h": F.CLOCK_HOUR_OF_AMPM,
    "m": F.MINUTE_OF_HOUR,
    "s": F.SECOND_OF_MINUTE,
}
_UNSUPPORTED: set[str] = set()  # valid letters this engine does not implement
_KNOWN = set("GyuMLDdEecaHkKhmsSAnNgzZXxVOYwWQqFBv") | _UNSUPPORTED


def _too_many(letter: str) -> IllegalArgumentException:
    return IllegalArgumentException(f"Too many pattern letters: {letter}")


def _text_style(count: int, letter: str) -> str:
    if count <= 3:
        return "SHORT"
    if count == 4:
        return "FULL"
    if count == 5:
        return "NARROW"
    raise _too_many(letter)


def _wide(fld: F.Field, count: int, sign: str) -> Number:
    """appendValue(field, count, 19, sign) with its width check."""
    if count > 19:
        raise IllegalArgumentException(f"The minimum width must be from 1 to 19 inclusive but was {count}")
    return Number(fld, count, 19, sign)


def _field(b: Builder, letter: str, count: int, root: bool, week: WeekDef) -> None:
    if letter in ("y", "u"):
        fld = F.YEAR_OF_ERA if letter == "y" else F.YEAR
        if count == 2:
            b.value(Reduced(fld, 2, 2, NOT_NEGATIVE))
        elif count < 4:
            b.value(Number(fld, count, 19, NORMAL))
        else:
            b.value(_wide(fld, count, EXCEEDS_PAD))
    elif letter in ("Q", "q"):
        if count == 1:
            b.value(Number(F.QUARTER_OF_YEAR, 1, 19, NORMAL))
        elif count == 2:
            b.value(Number(F.QUARTER_OF_YEAR, 2, 2, NOT_NEGATIVE))
        else:
            b.append(Text(F.QUARTER_OF_YEAR, _text_style(count, letter), letter == "q", root))
    elif letter == "c":
        if count == 1:
            b.value(week_value("c", 1, week))
        elif count == 2:
            raise IllegalArgumentException('Invalid pattern "cc"')
        else:
            b.append(Text(F.DAY_OF_WEEK, _text_style(count, letter), True, root))
    elif letter in ("F", "W"):
        if count > 1:
            raise _too_many(letter)
        b.value(Number(F.ALIGNED_WEEK_OF_MONTH, 1, 19, NORMAL) if letter == "F" else week_value("W", 1, week))
    elif letter == "g":
        b.value(_wide(F.MODIFIED_JULIAN_DAY, count, NORMAL))
    elif letter == "N":
        b.value(_wide(F.NANO_OF_DAY, count, NOT_NEGATIVE))
    elif letter in ("M", "L"):
        if count == 1:
            b.value(Number(F.MONTH_OF_YEAR, 1, 19, NORMAL))
        elif count == 2:
            b.value(Number(F.MONTH_OF_YEAR, 2, 2, NOT_NEGATIVE))
        else:
            b.append(Text(F.MONTH_OF_YEAR, _text_style(count, letter), letter == "L", root))
    elif letter == "G":
        b.append(Text(F.ERA, _text_style(count, letter), False, root))
    elif letter == "E":
        b.append(Text(F.DAY_OF_WEEK, _text_style(count, letter), False, root))
    elif letter == "e":
        if count <= 2:
            b.value(week_value("e", count, week))
        else:
            b.append(Text(F.DAY_OF_WEEK, _text_style(count, letter), False, root))
    elif letter == "Y":
        b.value(week_value("Y", count, week))
    elif letter == "w":
        if count > 2:
            raise _too_many(letter)
        b.value(week_value("w", count, week))
    elif letter == "a":
        if count != 1:
            raise _too_many(letter)
        b.append(Text(F.AMPM_OF_DAY, "SHORT", False, root))
    elif letter == "D":
        if count == 1:
            b.value(Number(F.DAY_OF_YEAR, 1, 19, NORMAL))
        elif count <= 3:
            b.value(Number(F.DAY_OF_YEAR, count, 3, NOT_NEGATIVE))
        else:
            raise _too_many(letter)
    elif letter == "S":
        if count > 9:
            raise IllegalArgumentException(f"Minimum width must be from 0 to 9 inclusive but was {count}")
        b.value(Fraction(F.NANO_OF_SECOND, count, count, False))
    elif letter == "A":
        b.value(_wide(F.MILLI_OF_DAY, count, NOT_NEGATIVE))
    elif letter == "n":
        b.value(_wide(F.NANO_OF_SECOND, count, NOT_NEGATIVE))
    else:
        fld = _NUMERIC[letter]
        if count == 1:
            b.value(Number(fld, 1, 19, NORMAL))
        elif count == 2:
            b.value(Number(fld, 2, 2, NOT_NEGATIVE))
        else:
            raise _too_many(letter)


def _zone_letter(b: Builder, letter: str, count: int, root: bool) -> None:
    if letter == "V":
        if count != 2:
            raise IllegalArgumentException(f"Pattern letter count must be 2: {letter}")
        b.append(ZoneId())
    elif letter == "z":
        if count > 4:
            raise _too_many(letter)
        b.append(ZoneText(count == 4, root))
    elif letter == "v":
        b.append(ZoneText(count == 4, root, generic=True))
    elif letter == "Z":
        if count < 4:
            b.append(Offset("+HHMM", "+0000"))
        elif count == 4:
            b.append(LocalizedOffset(True))
        elif count == 5:
            b.append(Offset("+HH:MM:ss", "Z"))
        else:
            raise _too_many(letter)
    elif letter == "O":
        if count == 1:
            b.append(LocalizedOffset(False))
        elif count == 4:
            b.append(LocalizedOffset(True))
        else:
            raise IllegalArgumentException(f"Pattern letter count must be 1 or 4: {letter}")
    elif letter == "X":
        if count > 5:
            raise _too_many(letter)
        b.append(Offset(OFFSET_PATTERNS[count + (0 if count == 1 else 1)], "Z"))
    elif letter == "x":
        if count > 5:
            raise _too_many(letter)
        zero = "+00" if count == 1 else ("+0000" if count % 2 == 0 else "+00:00")
        b.append(Offset(OFFSET_PATTERNS[count + (0 if count == 1 else 1)], zero))


def compile_pattern(pattern: str, locale: str = "") -> Composite:
    """appendPattern(pattern).toFormatter(locale): the printer-parser tree, or the JDK's
    IllegalArgumentException.

    `locale` is a normalized tag, "" for Locale.ROOT (DateFormatter.forPattern's locale): it picks
    the texts (ROOT's CLDR texts or English) and the week definition of `Y`, `w`, `W`, `e`, `c`.
    """
    root = locale == ""
    week = week_def_for(locale)
    b = Builder()
    pos = 0
    n = len(pattern)
    while pos < n:
        cur = pattern[pos]
        if "A" <= cur <= "Z" or "a" <= cur <= "z":
            start = pos
            pos += 1
            while pos < n and pattern[pos] == cur:
                pos += 1
            count = pos - start
            if cur == "p":  # padNext(count) for the letters that follow
                if pos >= n or not ("A" <= pattern[pos] <= "Z" or "a" <= pattern[pos] <= "z"):
                    raise IllegalArgumentException(
                        f"Pad letter 'p' must be followed by valid pad pattern: {pattern}"
                    )
                b.pad_next(count)
                cur = pattern[pos]
                start = pos
                while pos < n and pattern[pos] == cur:
                    pos += 1
                count = pos - start
            if cur not in _KNOWN:
                raise IllegalArgumentException(f"Unknown pattern letter: {cur}")
            if (cur == "v" and count not in (1, 4)) or (cur == "B" and count not in (1, 4, 5)):
                raise IllegalArgumentException(f"Wrong number of pattern letters: {cur}")
            if cur in _UNSUPPORTED:
                raise UnsupportedPatternError(
                    f"pattern letter [{cur}] in [{pattern}] is valid in Java but not supported by this engine"
                )
            if cur == "B":
                b.append(DayPeriodText({1: "SHORT", 4: "FULL"}.get(count, "NARROW"), root))
            elif cur in "VzZOXxv":
                _zone_letter(b, cur, count, root)
            else:
                _field(b, cur, count, root, week)
            continue
        if cur == "'":
            start = pos
            pos += 1
            while pos < n:
                if pattern[pos] == "'":
                    if pos + 1 < n and pattern[pos + 1] == "'":
                        pos += 1
                    else:
                        break
                pos += 1
            if pos >= n:
                raise IllegalArgumentException(f"Pattern ends with an incomplete string literal: {pattern}")
            text = pattern[start + 1 : pos]
            b.literal("'" if text == "" else text.replace("''", "'"))
            pos += 1
            continue
        if cur == "[":
            b.optional_start()
        elif cur == "]":
            if not b.nested:
                raise IllegalArgumentException("Pattern invalid as it contains ] without previous [")
            b.optional_end()
        elif cur in "{}#":
            raise IllegalArgumentException(f"Pattern includes reserved character: '{cur}'")
        else:
            b.literal(cur)
        pos += 1
    return b.build()
