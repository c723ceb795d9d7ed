"""The printer-parsers of java.time.format.DateTimeFormatterBuilder, re-implemented.

Java patterns and Elasticsearch's named formats are both built from these pieces, so parsing
follows the JDK step by step: strict, case-sensitive matching; numbers with sign styles and
"adjacent value parsing" (a variable-width number followed by fixed-width ones reserves their
digits: `yyyyMMdd`); optional sections that roll back; offsets and zone ids. A parse returns the
next position, or the bitwise complement of the error position (`~pos`), as the JDK does.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Protocol

from s1elastic.ingest.dates import fields as F
from s1elastic.ingest.dates.temporal import JDateTime
from s1elastic.ingest.dates.zone_names import is_daylight, match_zone_name, prefix_tree, zone_names
from s1elastic.ingest.dates.zones import (
    UTC,
    Zone,
    available_region_ids,
    offset_zone,
    zone_of,
    zone_with_prefix,
)
from s1elastic.ingest.errors import ClassCastException, DateTimeException

# -- contexts ----------------------------------------------------------------------------------


class ParseContext:
    """DateTimeParseContext: the fields parsed so far, a zone if one was parsed, and whether
    literals match case-insensitively (parseCaseInsensitive; optional sections do not undo it)."""

    __slots__ = ("fields", "insensitive", "zone")

    def __init__(self) -> None:
        self.fields: dict[F.Field, int] = {}
        self.zone: Zone | None = None
        self.insensitive = False

    def set_field(self, fld: F.Field, value: int, error_pos: int, success_pos: int) -> int:
        old = self.fields.get(fld)
        self.fields[fld] = value
        return ~error_pos if old is not None and old != value else success_pos

    def snapshot(self) -> tuple[dict[F.Field, int], Zone | None]:
        return dict(self.fields), self.zone

    def restore(self, state: tuple[dict[F.Field, int], Zone | None]) -> None:
        self.fields, self.zone = state


class PrinterParser(Protocol):
    def parse(self, ctx: ParseContext, text: str, pos: int) -> int: ...

    def format(self, dt: JDateTime, out: list[str]) -> None: ...


# -- literals ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Literal:
    text: str

    def parse(self, ctx: ParseContext, text: str, pos: int) -> int:
        if pos > len(text):
            return ~pos
        end = pos + len(self.text)
        if text.startswith(self.text, pos):
            return end
        if ctx.insensitive and _equals_ignore_case(text[pos:end], self.text):
            return end
        return ~pos

    def format(self, dt: JDateTime, out: list[str]) -> None:
        out.append(self.text)


def _equals_ignore_case(a: str, b: str) -> bool:
    """DateTimeParseContext.charEqualsIgnoreCase over two equally long texts."""
    return len(a) == len(b) and all(
        x == y or x.upper() == y.upper() or x.lower() == y.lower() for x, y in zip(a, b, strict=True)
    )


@dataclass(frozen=True, slots=True)
class CaseInsensitive:
    """SettingsParser INSENSITIVE (parseCaseInsensitive): later literals ignore case."""

    def parse(self, ctx: ParseContext, text: str, pos: int) -> int:
        ctx.insensitive = True
        return pos

    def format(self, dt: JDateTime, out: list[str]) -> None:
        return None


# -- numbers -----------------------------------------------------------------------------------

NORMAL, ALWAYS, NEVER, NOT_NEGATIVE, EXCEEDS_PAD = "NORMAL", "ALWAYS", "NEVER", "NOT_NEGATIVE", "EXCEEDS_PAD"
_EXCEED_POINTS = [0] + [10**i for i in range(1, 11)]


def _sign_parse_ok(style: str, positive: bool, fixed: bool) -> bool:
    """SignStyle.parse for a strict context."""
    if style == NORMAL:
        return not positive
    return style in (ALWAYS, EXCEEDS_PAD)


@dataclass(slots=True)
class Number:
    """NumberPrinterParser. subsequent = -1 means fixed width (adjacent parsing)."""

    fld: F.Field
    min_width: int
    max_width: int
    sign: str
    subsequent: int = 0

    def is_fixed(self) -> bool:
        return self.subsequent == -1 or (
            self.subsequent > 0 and self.min_width == self.max_width and self.sign == NOT_NEGATIVE
        )

    def parse(self, ctx: ParseContext, text: str, pos: int) -> int:
        length = len(text)
        if pos == length:
            return ~pos
        ch = text[pos]
        negative = positive = False
        eff_min = self.min_width
        if ch == "+":
            if not _sign_parse_ok(self.sign, True, self.min_width == self.max_width):
                return ~pos
            positive = True
            pos += 1
        elif ch == "-":
            if not _sign_parse_ok(self.sign, False, self.min_width == self.max_width):
                return ~pos
            negative = True
            pos += 1
        elif self.sign == ALWAYS:
            return ~pos
        min_end = pos + eff_min  # counted after the sign, as the JDK does
        if min_end > length:
            return ~pos
        eff_max = self.max_width + max(self.subsequent, 0)
        total = 0
        p = pos
        for pass_no in range(2):
            max_end = min(p + eff_max, length)
            while p < max_end:
                c = text[p]
                p += 1
                if not ("0" <= c <= "9"):
                    p -= 1
                    if p < min_end:
                        return ~pos
                    break
                total = total * 10 + (ord(c) - 48)
            if self.subsequent > 0 and pass_no == 0:
                parse_len = p - pos
                eff_max = max(eff_min, parse_len - self.subsequent)
                p = pos
                total = 0
            else:
                break
        if negative:
            if total == 0:
                return ~(pos - 1)
            total = -total
        elif self.sign == EXCEEDS_PAD:
            parse_len = p - pos
            if positive:
                if parse_len <= self.min_width:
                    return ~(pos - 1)
            elif parse_len > self.min_width:
                return ~pos
        return self.set_value(ctx, total, pos, p)

    def set_value(self, ctx: ParseContext, value: int, error_pos: int, success_pos: int) -> int:
        return ctx.set_field(self.fld, value, error_pos, success_pos)

    def value_of(self, dt: JDateTime) -> int:
        return dt.get(self.fld)

    def format(self, dt: JDateTime, out: list[str]) -> None:
        value = self.value_of(dt)
        digits = str(abs(value))
        if len(digits) > self.max_width:
            raise DateTimeException(
                f"Field {self.fld} cannot be printed as the value {value} exceeds the maximum print width of "
                f"{self.max_width}"
            )
        if value >= 0:
            if (
                self.sign == EXCEEDS_PAD and self.min_width < 19 and value >= _EXCEED_POINTS[self.min_width]
            ) or (self.sign == ALWAYS):
                out.append("+")
        else:
            if self.sign == NOT_NEGATIVE:
                raise DateTimeException(
                    f"Field {self.fld} cannot be printed as the value {value} cannot be negative according to the "
                    "SignStyle"
                )
            if self.sign != NEVER:
                out.append("-")
        out.append(digits.rjust(self.min_width, "0"))


@dataclass(slots=True)
class Reduced(Number):
    """ReducedPrinterParser for `yy`/`uu`: two digits relative to the base year 2000."""

    base: int = 2000

    def set_value(self, ctx: ParseContext, value: int, error_pos: int, success_pos: int) -> int:
        if success_pos - error_pos == self.min_width and value >= 0:
            rng = _EXCEED_POINTS[self.min_width]
            base_part = self.base - self.base % rng
            value = base_part + value if self.base > 0 else base_part - value
            if value < self.base:
                value += rng
        return ctx.set_field(self.fld, value, error_pos, success_pos)

    def value_of(self, dt: JDateTime) -> int:
        return abs(dt.get(self.fld)) % _EXCEED_POINTS[self.max_width]


@dataclass(slots=True)
class Fraction:
    """FractionPrinterParser on NANO_OF_SECOND (or the ES nanos-of-milli field): printing truncates."""

    fld: F.Field
    min_width: int
    max_width: int
    decimal_point: bool
    subsequent: int = 0
    scale: int = 9  # digits of the field's full range (9 for nanos, 6 for nanos-of-milli)

    def parse(self, ctx: ParseContext, text: str, pos: int) -> int:
        eff_min, eff_max = self.min_width, self.max_width
        length = len(text)
        if pos != length and self.decimal_point:
            if text[pos] != ".":
                return ~pos if eff_min > 0 else pos
            pos += 1
        min_end = pos + eff_min
        if min_end > length:
            return ~pos
        max_end = min(pos + eff_max, length)
        total = 0
        p = pos
        while p < max_end:
            c = text[p]
            p += 1
            if not ("0" <= c <= "9"):
                if p < min_end:
                    return ~pos
                p -= 1
                break
            total = total * 10 + (ord(c) - 48)
        digits = p - pos
        value = (
            total * 10 ** (self.scale - digits)
            if digits <= self.scale
            else total // 10 ** (digits - self.scale)
        )
        return ctx.set_field(self.fld, value, pos, p)

    def format(self, dt: JDateTime, out: list[str]) -> None:
        value = dt.get(self.fld)
        text = f"{value:0{self.scale}d}".rstrip("0")
        if not text:
            if self.min_width > 0:
                if self.decimal_point:
                    out.append(".")
                out.append("0" * self.min_width)
            return
        width = min(max(len(text), self.min_width), self.max_width)
        if self.decimal_point:
            out.append(".")
        out.append(text[:width].ljust(width, "0"))


# -- texts -------------------------------------------------------------------------------------


@dataclass(slots=True)
class Text:
    """TextPrinterParser: month/day names, AM/PM, eras; strict parsing matches the longest text first."""

    fld: F.Field
    style: str
    standalone: bool = False  # `L`, `q`, `c`: only ROOT's quarters differ (see fields.text_table)
    root: bool = False  # Locale.ROOT's CLDR texts; else English (the formatter's locale)
    table: dict[int, str] = field(init=False)
    printed: dict[int, str] = field(init=False)
    by_length: list[tuple[str, int]] = field(init=False)

    def __post_init__(self) -> None:
        self.table = F.text_table(self.fld, self.style, self.standalone, self.root)
        self.printed = self.table
        # A text shared by several values (narrow `M` is March and May) parses as the last one,
        # as the JDK's reverse lookup map keeps the last value put.
        reverse = {t: v for v, t in sorted(self.table.items())}
        self.by_length = sorted(reverse.items(), key=lambda tv: -len(tv[0]))

    def parse(self, ctx: ParseContext, text: str, pos: int) -> int:
        if pos > len(text):
            return ~pos
        for name, value in self.by_length:
            if text.startswith(name, pos):
                return ctx.set_field(self.fld, value, pos, pos + len(name))
        return ~pos

    def format(self, dt: JDateTime, out: list[str]) -> None:
        out.append(self.printed[dt.get(self.fld)])


# -- offsets and zones -------------------------------------------------------------------------

OFFSET_PATTERNS = (
    "+HH", "+HHmm", "+HH:mm", "+HHMM", "+HH:MM", "+HHMMss", "+HH:MM:ss", "+HHMMSS", "+HH:MM:SS",
    "+HHmmss", "+HH:mm:ss", "+H", "+Hmm", "+H:mm", "+HMM", "+H:MM", "+HMMss", "+H:MM:ss", "+HMMSS",
    "+H:MM:SS", "+Hmmss", "+H:mm:ss",
)  # fmt: skip


def _two_digits(text: str, pos: int) -> int | None:
    if pos + 2 > len(text):
        return None
    a, b = text[pos], text[pos + 1]
    if not ("0" <= a <= "9" and "0" <= b <= "9"):
        return None
    return (ord(a) - 48) * 10 + ord(b) - 48


@dataclass(slots=True)
class Offset:
    """OffsetIdPrinterParser (`appendOffset(pattern, noOffsetText)`), strict parsing."""

    pattern: str
    no_offset: str
    kind: int = field(init=False)

    def __post_init__(self) -> None:
        self.kind = OFFSET_PATTERNS.index(self.pattern)

    @property
    def colon(self) -> bool:
        return ":" in self.pattern

    def parse(self, ctx: ParseContext, text: str, pos: int) -> int:
        length = len(text)
        n = len(self.no_offset)
        if n == 0:
            if pos == length:
                return ctx.set_field(F.OFFSET_SECONDS, 0, pos, pos)
        else:
            if pos == length:
                return ~pos
            if text.startswith(self.no_offset, pos) or (
                ctx.insensitive and _equals_ignore_case(text[pos : pos + n], self.no_offset)
            ):
                return ctx.set_field(F.OFFSET_SECONDS, 0, pos, pos + n)
        sign = text[pos] if pos < length else ""
        if sign in ("+", "-"):
            result = self._parse_signed(text, pos + 1)
            if result is not None:
                end, h, m, s = result
                if h > 23 or m > 59 or s > 59:
                    raise DateTimeException("Value out of range: Hour[0-23], Minute[0-59], Second[0-59]")
                total = (h * 3600 + m * 60 + s) * (-1 if sign == "-" else 1)
                return ctx.set_field(F.OFFSET_SECONDS, total, pos, end)
        if n == 0:
            return ctx.set_field(F.OFFSET_SECONDS, 0, pos, pos)
        return ~pos

    def _digits(self, text: str, pos: int, colon: bool) -> tuple[int, int] | None:
        if colon:
            if pos >= len(text) or text[pos] != ":":
                return None
            pos += 1
        value = _two_digits(text, pos)
        if value is None or value > 59:
            return None
        return value, pos + 2

    def _parse_signed(self, text: str, pos: int) -> tuple[int, int, int, int] | None:
        kind = self.kind
        padded = kind < 11
        if padded:
            hour = _two_digits(text, pos)
            if hour is None:
                return None
            pos += 2
        else:
            if pos >= len(text) or not text[pos].isdigit():
                return None
            hour = ord(text[pos]) - 48
            pos += 1
            if pos < len(text) and text[pos].isdigit():
                hour = hour * 10 + ord(text[pos]) - 48
                pos += 1
        base = kind % 11
        minute = second = 0
        if base == 0:
            return pos, hour, 0, 0
        mandatory_minutes = base in (3, 4, 5, 6, 7, 8)
        got = self._digits(text, pos, self.colon)
        if got is None:
            if mandatory_minutes:
                return None
            return pos, hour, 0, 0
        minute, pos = got
        if base in (5, 6, 9, 10) or base in (7, 8):
            got = self._digits(text, pos, self.colon)
            if got is None:
                if base in (7, 8):
                    return None
            else:
                second, pos = got
        return pos, hour, minute, second

    def format(self, dt: JDateTime, out: list[str]) -> None:
        out.append(format_offset(dt.offset, self.kind, self.colon, self.no_offset))


def format_offset(total: int, kind: int, colon: bool, no_offset: str) -> str:
    if total == 0:
        return no_offset
    ah = abs(total // 3600 if total >= 0 else -((-total) // 3600)) % 100
    am = abs((abs(total) // 60) % 60)
    asec = abs(abs(total) % 60)
    out = ["-" if total < 0 else "+"]
    if kind < 11 or ah >= 10:
        out.append(f"{ah:02d}")
    else:
        out.append(str(ah))
    output = ah
    base = kind % 11
    sep = ":" if colon else ""
    if (3 <= base <= 8) or (base >= 9 and asec > 0) or (base >= 1 and am > 0):
        out.append(f"{sep}{am:02d}")
        output += am
        if base in (7, 8) or (base >= 5 and asec > 0):
            out.append(f"{sep}{asec:02d}")
            output += asec
    if output == 0:
        return no_offset
    return "".join(out)


@dataclass(slots=True)
class LocalizedOffset:
    """LocalizedOffsetIdPrinterParser (`O`, `OOOO`, `ZZZZ`): GMT, GMT+8, GMT+08:00."""

    full: bool

    def format(self, dt: JDateTime, out: list[str]) -> None:
        total = dt.offset
        out.append("GMT")
        if total == 0:
            return
        a = abs(total)
        h, m, s = a // 3600, (a // 60) % 60, a % 60
        out.append("-" if total < 0 else "+")
        if self.full:
            out.append(f"{h:02d}:{m:02d}" + (f":{s:02d}" if s else ""))
        else:
            out.append(str(h))
            if m or s:
                out.append(f":{m:02d}")
                if s:
                    out.append(f":{s:02d}")

    def parse(self, ctx: ParseContext, text: str, pos: int) -> int:
        if not text.startswith("GMT", pos):
            return ~pos
        p = pos + 3
        if p >= len(text) or text[p] not in "+-":
            return ctx.set_field(F.OFFSET_SECONDS, 0, pos, p)
        negative = text[p] == "-"
        p += 1
        if self.full:
            h = _two_digits(text, p)
            if h is None or p + 2 >= len(text) or text[p + 2] != ":":
                return ~pos
            m = _two_digits(text, p + 3)
            if m is None:
                return ~pos
            p += 5
            s = 0
            if p < len(text) and text[p] == ":":
                got = _two_digits(text, p + 1)
                if got is None:
                    return ~pos
                s, p = got, p + 3
        else:
            if p >= len(text) or not text[p].isdigit():
                return ~pos
            h = ord(text[p]) - 48
            p += 1
            if p < len(text) and text[p].isdigit():
                h = h * 10 + ord(text[p]) - 48
                p += 1
            m = s = 0
            if p < len(text) and text[p] == ":":
                got = _two_digits(text, p + 1)
                if got is None:
                    return ~pos
                m, p = got, p + 3
                if p < len(text) and text[p] == ":":
                    got = _two_digits(text, p + 1)
                    if got is None:
                        return ~pos
                    s, p = got, p + 3
        total = h * 3600 + m * 60 + s
        return ctx.set_field(F.OFFSET_SECONDS, -total if negative else total, pos, p)


_ID_Z = Offset("+HH:MM:ss", "Z")
_ID_ZERO = Offset("+HH:MM:ss", "0")


@lru_cache(maxsize=2)
def _id_tree(insensitive: bool) -> tuple[dict[str, str | None], int]:
    """ZoneIdPrinterParser's prefix tree of the region ids, flattened (see `zone_names._tree`)."""
    ids = sorted(available_region_ids())
    table = prefix_tree({(i.lower() if insensitive else i): i for i in ids})
    return table, max(map(len, ids))


def _match_name(
    text: str, pos: int, insensitive: bool, names: tuple[bool, bool] | None
) -> tuple[str | None, int]:
    """The zone and end of the JDK's prefix-tree match at `pos`: the deepest tree node the text
    starts with (a branching node has no zone); region ids, or for ZoneText the locale's names too."""
    if names is not None:
        return match_zone_name(text, pos, names[0], names[1], insensitive)
    table, longest = _id_tree(insensitive)
    end = min(len(text), pos + longest)
    while end > pos:
        key = text[pos:end].lower() if insensitive else text[pos:end]
        if key in table:
            return table[key], end
        end -= 1
    return None, pos


def _char_equals(ctx: ParseContext, a: str, b: str) -> bool:
    return a == b or (ctx.insensitive and _equals_ignore_case(a, b))


def parse_zone_id(ctx: ParseContext, text: str, pos: int, names: tuple[bool, bool] | None = None) -> int:
    """ZoneIdPrinterParser.parse (or ZoneTextPrinterParser's, with its `names` table): offsets,
    UTC/GMT/UT prefixes, then region ids or names (`names`: root, full), or Z."""
    length = len(text)
    if pos >= length:
        return ~pos
    ch = text[pos]
    if ch in "+-":
        return _parse_offset_based(ctx, text, pos, pos, _ID_Z)
    if length >= pos + 2:
        nxt = text[pos + 1]
        if _char_equals(ctx, ch, "U") and _char_equals(ctx, nxt, "T"):
            if length >= pos + 3 and _char_equals(ctx, text[pos + 2], "C"):
                if length > pos + 3 and text[pos + 3] == "\u2212":  # JDK 23+: UTC with a MINUS SIGN
                    text = f"{text[: pos + 3]}-{text[pos + 4 :]}"
                return _parse_offset_based(ctx, text, pos, pos + 3, _ID_ZERO)
            return _parse_offset_based(ctx, text, pos, pos + 2, _ID_ZERO)
        if (
            _char_equals(ctx, ch, "G")
            and length >= pos + 3
            and _char_equals(ctx, nxt, "M")
            and _char_equals(ctx, text[pos + 2], "T")
        ):
            if length >= pos + 4 and _char_equals(ctx, text[pos + 3], "0"):
                ctx.zone = zone_of("GMT0")
                return pos + 4
            return _parse_offset_based(ctx, text, pos, pos + 3, _ID_ZERO)
    zone_id, end = _match_name(text, pos, ctx.insensitive, names)
    if zone_id is None:
        if _char_equals(ctx, ch, "Z"):
            ctx.zone = UTC
            return pos + 1
        return ~pos
    ctx.zone = zone_of(zone_id)
    return end


def _parse_offset_based(ctx: ParseContext, text: str, prefix_pos: int, pos: int, parser: Offset) -> int:
    prefix = text[prefix_pos:pos].upper()
    if pos >= len(text) or text[pos] == "0" or _char_equals(ctx, text[pos], "Z"):
        ctx.zone = zone_of(prefix) if prefix else UTC
        return pos
    sub = ParseContext()
    end = parser.parse(sub, text, pos)
    if end < 0:
        if parser is _ID_Z:
            return ~prefix_pos
        ctx.zone = zone_of(prefix)
        return pos
    try:
        ctx.zone = zone_with_prefix(prefix, offset_zone(sub.fields[F.OFFSET_SECONDS]))
    except DateTimeException:
        return ~prefix_pos  # an offset beyond +-18:00 is no zone id: the JDK reports a parse failure
    return end


@dataclass(slots=True)
class ZoneId:
    """appendZoneId / appendZoneOrOffsetId (`VV`): prints and parses the zone id."""

    def parse(self, ctx: ParseContext, text: str, pos: int) -> int:
        return parse_zone_id(ctx, text, pos)

    def format(self, dt: JDateTime, out: list[str]) -> None:
        out.append(dt.zone.id)


@dataclass(slots=True)
class ZoneText:
    """appendZoneText (`z`, `zzzz`) and appendGenericZoneText (`v`, `vvvv`), Locale.ROOT (`root`) or English.

    Prints the JDK's names (`zone_names`, frozen from Temurin 25): the daylight or standard name as
    the zone's rules say at the instant, the generic name for `v`; offsets and ids without names
    (`+01:00`, `UTC+01:00`, `UT`) print their id. Parses as ZoneTextPrinterParser does: offsets and
    UTC/GMT/UT prefixes first, then the longest region id or name of the locale's table (short names
    for `z`/`v`, long ones for `zzzz`/`vvvv`; a name parses to its metazone's zone, so "CEST" is
    Europe/Paris), case-insensitively after parseCaseInsensitive. Other languages use English.
    """

    full: bool
    root: bool = False
    generic: bool = False

    def parse(self, ctx: ParseContext, text: str, pos: int) -> int:
        return parse_zone_id(ctx, text, pos, (self.root, self.full))

    def format(self, dt: JDateTime, out: list[str]) -> None:
        zone = dt.zone
        names = None if zone.is_offset else zone_names(zone.id, self.root)
        if names is None:
            # ids the JDK has no names for print themselves; a region our tz data has and the
            # JDK's lacks gets the GMT format CLDR derives
            out.append(zone.id if zone.offset is not None else _gmt_format(dt.offset))
            return
        if self.generic:
            out.append(names[5 if self.full else 4])
            return
        daylight = is_daylight(zone, dt.epoch_second())
        out.append(names[(2 if self.full else 0) + daylight])


def _gmt_format(total: int) -> str:
    """The localized GMT format CLDR's root locale prints: GMT, GMT+01:00, GMT-03:30."""
    if total == 0:
        return "GMT"
    a = abs(total)
    text = f"GMT{'-' if total < 0 else '+'}{a // 3600:02d}:{a // 60 % 60:02d}"
    return text + (f":{a % 60:02d}" if a % 60 else "")


# -- padding -----------------------------------------------------------------------------------


@dataclass(slots=True)
class Pad:
    """PadPrinterParserDecorator (`p` in a pattern): the next element padded with spaces to `width`.

    Strict parsing takes exactly `width` characters: leading spaces, then the element, which must
    end at the width. Its error position is the JDK's: the start plus the absolute position after
    the spaces (JDK quirk, kept).
    """

    inner: PrinterParser
    width: int

    def parse(self, ctx: ParseContext, text: str, pos: int) -> int:
        length = len(text)
        if pos >= length:
            return ~pos
        end = pos + self.width
        if end > length:
            return ~pos
        p = pos
        while p < end and text[p] == " ":
            p += 1
        result = self.inner.parse(ctx, text[:end], p)
        if result != end:
            return ~(pos + p)
        return result

    def format(self, dt: JDateTime, out: list[str]) -> None:
        mine: list[str] = []
        self.inner.format(dt, mine)
        text = "".join(mine)
        if len(text) > self.width:
            raise DateTimeException(
                f"Cannot print as output of {len(text)} characters exceeds pad width of {self.width}"
            )
        out.append(text.rjust(self.width))


_PAD_CAST = (
    "class java.time.format.DateTimeFormatterBuilder$PadPrinterParserDecorator cannot be cast to class "
    "java.time.format.DateTimeFormatterBuilder$NumberPrinterParser "
    "(java.time.format.DateTimeFormatterBuilder$PadPrinterParserDecorator and "
    "java.time.format.DateTimeFormatterBuilder$NumberPrinterParser are in module java.base of loader 'bootstrap')"
)


# -- composition -------------------------------------------------------------------------------


@dataclass(slots=True)
class Composite:
    """CompositePrinterParser; an optional one restores the context when any part fails."""

    parts: list[PrinterParser]
    optional: bool

    def parse(self, ctx: ParseContext, text: str, pos: int) -> int:
        if self.optional:
            state = ctx.snapshot()
            p = pos
            for part in self.parts:
                p = part.parse(ctx, text, p)
                if p < 0:
                    ctx.restore(state)
                    return pos
            return p
        for part in self.parts:
            pos = part.parse(ctx, text, pos)
            if pos < 0:
                return pos
        return pos

    def format(self, dt: JDateTime, out: list[str]) -> None:
        for part in self.parts:
            part.format(dt, out)


class Builder:
    """DateTimeFormatterBuilder: append pieces, nested optional sections, adjacent value parsing."""

    def __init__(self) -> None:
        self._stack: list[tuple[list[PrinterParser], int]] = [([], -1)]
        self._pad_next = 0

    @property
    def _active(self) -> list[PrinterParser]:
        return self._stack[-1][0]

    def _set_value_index(self, index: int) -> None:
        parts, _ = self._stack[-1]
        self._stack[-1] = (parts, index)

    def pad_next(self, width: int) -> Builder:
        """padNext(width): the next element appended is padded with spaces; it ends adjacent value parsing."""
        self._pad_next = width
        self._set_value_index(-1)
        return self

    def _append_internal(self, pp: PrinterParser) -> int:
        if self._pad_next > 0:
            pp = Pad(pp, self._pad_next)
            self._pad_next = 0
        self._active.append(pp)
        self._set_value_index(-1)
        return len(self._active) - 1

    def append(self, pp: PrinterParser) -> Builder:
        self._append_internal(pp)
        return self

    def value(self, pp: Number | Fraction) -> Builder:
        """appendValue(NumberPrinterParser) with the JDK's adjacent-parsing bookkeeping."""
        parts, active_index = self._stack[-1]
        if active_index >= 0:
            base = parts[active_index]
            if not isinstance(base, Number | Fraction):  # a padded value: the JDK's failing cast
                raise ClassCastException(_PAD_CAST)
            if pp.min_width == pp.max_width and (isinstance(pp, Fraction) or pp.sign == NOT_NEGATIVE):
                if base.subsequent != -1:
                    base.subsequent += pp.max_width
                pp.subsequent = -1
                self._append_internal(pp)
                self._set_value_index(active_index)
            else:
                base.subsequent = -1
                self._set_value_index(self._append_internal(pp))
        else:
            self._set_value_index(self._append_internal(pp))
        return self

    def literal(self, text: str) -> Builder:
        return self.append(Literal(text))

    def optional_start(self) -> Builder:
        self._set_value_index(-1)
        self._stack.append(([], -1))
        return self

    def optional_end(self) -> Builder:
        if len(self._stack) == 1:
            raise IllegalStateError(
                "Cannot call optionalEnd() as there was no previous call to optionalStart()"
            )
        parts, _ = self._stack.pop()
        if parts:
            self._append_internal(Composite(parts, True))
        return self

    @property
    def nested(self) -> bool:
        return len(self._stack) > 1

    def build(self) -> Composite:
        while len(self._stack) > 1:
            self.optional_end()
        return Composite(self._active, False)


class IllegalStateError(Exception):
    """optionalEnd without optionalStart (a bug in a built-in definition, never user input)."""
