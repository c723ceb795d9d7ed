"""Output formats compiled to one `str.format` template over a Local.

Covers printers made of literals, the date and time numbers, fractions of a second, offsets and
month/day/AM-PM names (the texts of the printer's locale) (the default `yyyy-MM-dd'T'HH:mm:ss.SSSXXX` among them), with
the general printers' exact rules: zero padding to the minimum width, fractions truncated,
offsets written by the general `format_offset` itself. A value the template cannot write exactly
(a year outside 1..9999 or wider than the field) answers None: the general printer then writes it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from operator import itemgetter

from s1elastic.ingest.dates import fields as F
from s1elastic.ingest.dates.fast.civil import Local, epoch_of
from s1elastic.ingest.dates.printparse import (
    ALWAYS,
    EXCEEDS_PAD,
    Composite,
    Fraction,
    Literal,
    Number,
    Offset,
    Reduced,
    Text,
    format_offset,
)

FastPrint = Callable[[Local], str | None]
_Extra = Callable[[Local], object]
_INDEX = {
    F.YEAR: 0,
    F.YEAR_OF_ERA: 0,
    F.MONTH_OF_YEAR: 1,
    F.DAY_OF_MONTH: 2,
    F.HOUR_OF_DAY: 3,
    F.MINUTE_OF_HOUR: 4,
    F.SECOND_OF_MINUTE: 5,
}


class _Unsupported(Exception):
    """The printer has a piece the template does not do."""


class _Template:
    """A %-format string, which Local items feed it, and the extra values computed from a Local."""

    def __init__(self) -> None:
        self.text: list[str] = []
        self.args: list[int] = []  # indexes into (*local, *extras)
        self.extras: list[_Extra] = []
        self.year_limit = 10_000
        self.divisor = 0  # of the last fixed-width fraction
        self.offset: _Extra | None = None  # the last offset printer

    def literal(self, text: str) -> None:
        self.text.append(text.replace("%", "%%"))

    def item(self, index: int, spec: str = "s") -> None:
        self.text.append("%" + spec)
        self.args.append(index)

    def extra(self, fn: _Extra, spec: str = "s") -> None:
        self.extras.append(fn)
        self.item(8 + len(self.extras) - 1, spec)


def _fraction(part: Fraction) -> Callable[[int], str]:
    """FractionPrinterParser.format for nanos: trailing zeros dropped, then min/max widths."""
    low, high, point = part.min_width, part.max_width, "." if part.decimal_point else ""

    def fraction(n: int) -> str:
        text = f"{n:09d}".rstrip("0")
        if not text:
            return point + "0" * low if low > 0 else ""
        width = min(max(len(text), low), high)
        return point + text[:width].ljust(width, "0")

    return fraction


def _offset(part: Offset) -> _Extra:
    cache: dict[int, str] = {}
    kind, colon, no_offset = part.kind, part.colon, part.no_offset

    def offset(t: Local) -> str:
        text = cache.get(t[7])
        if text is None:
            if len(cache) > 512:
                cache.clear()
            text = cache[t[7]] = format_offset(t[7], kind, colon, no_offset)
        return text

    return offset


def _number(tpl: _Template, part: Number) -> None:
    fld = part.fld
    plus = "+" if part.sign == ALWAYS else ""
    if isinstance(part, Reduced):
        if type(part) is not Reduced or fld not in (F.YEAR, F.YEAR_OF_ERA):
            raise _Unsupported("reduced")
        mod = 10**part.max_width
        tpl.literal(plus)
        tpl.extra(lambda t: t[0] % mod, f"0{part.min_width}d")
        return
    if type(part) is not Number:
        raise _Unsupported("localized number")
    if fld in (F.YEAR, F.YEAR_OF_ERA):
        limit = 10**part.max_width
        if part.sign == EXCEEDS_PAD and part.min_width < 19:
            limit = min(limit, 10**part.min_width)
        tpl.year_limit = min(tpl.year_limit, limit)
    elif part.max_width < 2 or part.sign == EXCEEDS_PAD:
        raise _Unsupported("narrow or padded field")
    tpl.literal(plus)
    if fld is F.CLOCK_HOUR_OF_AMPM:
        tpl.extra(lambda t: t[3] % 12 or 12, f"0{part.min_width}d")
        return
    index = _INDEX.get(fld)
    if index is None:
        raise _Unsupported(f"field {fld}")
    tpl.item(index, f"0{part.min_width}d")


def _part(tpl: _Template, part: object) -> None:
    if isinstance(part, Literal):
        tpl.literal(part.text)
    elif isinstance(part, Number):
        _number(tpl, part)
    elif type(part) is Fraction:
        if part.fld is not F.NANO_OF_SECOND or part.scale != 9 or part.max_width > 9:
            raise _Unsupported("fraction")
        if part.min_width == part.max_width:  # a fixed number of digits, zeros kept
            divisor = 10 ** (9 - part.max_width)
            tpl.literal("." if part.decimal_point else "")
            tpl.extra(lambda t: t[6] // divisor, f"0{part.max_width}d")
            tpl.divisor = divisor
        else:
            fraction = _fraction(part)
            tpl.extra(lambda t: fraction(t[6]))
    elif type(part) is Offset:
        tpl.offset = _offset(part)
        tpl.extra(tpl.offset)
    elif type(part) is Text:
        table = part.printed
        if part.fld is F.MONTH_OF_YEAR:
            tpl.extra(lambda t: table[t[1]])
        elif part.fld is F.DAY_OF_WEEK:
            tpl.extra(lambda t: table[date(t[0], t[1], t[2]).isoweekday()])
        elif part.fld is F.AMPM_OF_DAY:
            tpl.extra(lambda t: table[t[3] // 12])
        else:
            raise _Unsupported("text")
    elif type(part) is Composite:  # printing ignores optional sections: every field is there
        for inner in part.parts:
            _part(tpl, inner)
    else:
        raise _Unsupported(type(part).__name__)


def _epoch_printer(millis: bool) -> FastPrint:
    """EpochTime's printer: epoch milliseconds (or seconds), then the remaining fraction if any."""

    def print_epoch(t: Local) -> str | None:
        y, mo, d, h, mi, s, n, offset = t
        if not 1 <= y <= 9999:
            return None
        seconds = epoch_of(y, mo, d, h, mi, s, offset)
        if millis:
            whole, rest = divmod(seconds * 1_000_000_000 + n, 1_000_000)
            return f"{whole}.{rest:06d}".rstrip("0") if rest else str(whole)
        return f"{seconds}.{n:09d}".rstrip("0") if n else str(seconds)

    return print_epoch


MILLIS_TEMPLATE = "%04d-%02d-%02dT%02d:%02d:%02d.%03d%s"


def millis_offset_text(tree: Composite) -> Callable[[int], str] | None:
    """For an output format that writes `yyyy-MM-ddTHH:mm:ss.SSS` then the offset (the date
    processor's default), what it writes for an offset in seconds; None for any other format.

    Such a printer writes 4-digit years 1..9999 digit for digit, so the fast converter can copy
    the fields of an ISO text it has validated instead of printing them.
    """
    tpl = _Template()
    try:
        if type(tree) is not Composite:
            return None
        _part(tpl, tree)
    except _Unsupported:
        return None
    offset = tpl.offset
    if (
        "".join(tpl.text) != MILLIS_TEMPLATE
        or tpl.args != [0, 1, 2, 3, 4, 5, 8, 9]
        or tpl.divisor != 1_000_000
        or tpl.year_limit != 10_000
        or offset is None
        or tpl.extras[1] is not offset
    ):
        return None
    return lambda seconds: str(offset((0, 0, 0, 0, 0, 0, 0, seconds)))


def fast_printer(tree: Composite) -> FastPrint | None:
    """The template printer of an output format's printer tree, None when it has other pieces."""
    from s1elastic.ingest.dates.named import EpochPrinter

    if type(tree) is EpochPrinter:
        return _epoch_printer(tree.millis)
    tpl = _Template()
    try:
        if type(tree) is not Composite:
            raise _Unsupported("special printer")
        _part(tpl, tree)
    except _Unsupported:
        return None
    template = "".join(tpl.text)
    limit, extras = tpl.year_limit, tuple(tpl.extras)
    args = tuple(tpl.args)
    pick: Callable[[tuple[object, ...]], tuple[object, ...]]
    if len(args) > 1:
        pick = itemgetter(*args)
    else:
        pick = lambda row: tuple(row[i] for i in args)  # noqa: E731
    offset = tpl.offset
    if tpl.args == [0, 1, 2, 3, 4, 5, 8, 9] and tpl.divisor and offset is extras[1]:
        # year to second in order, a fixed fraction, an offset: the default output format's shape
        divisor = tpl.divisor

        def print_default(t: Local) -> str | None:
            y, mo, d, h, mi, s, n, _ = t
            if not 1 <= y < limit:
                return None
            return template % (y, mo, d, h, mi, s, n // divisor, offset(t))

        return print_default
    if len(extras) == 2:
        first, second = extras

        def print_two(t: Local) -> str | None:
            if not 1 <= t[0] < limit:
                return None
            return template % pick((*t, first(t), second(t)))

        return print_two

    def print_any(t: Local) -> str | None:
        if not 1 <= t[0] < limit:
            return None
        return template % pick((*t, *[extra(t) for extra in extras]))

    return print_any
