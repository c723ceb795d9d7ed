"""ISO 8601 family (ISO8601, iso8601, strict_date_optional_time[_nanos], date_optional_time).

One regex covers the shapes logs use: `yyyy-MM-dd`, then optionally `THH[:mm[:ss[.f]]]` with
1-9 fraction digits (`.` or `,`) and `Z`, `±HH`, `±HHmm` or `±HH:mm`. Anything else, and any
value out of range, is left to the general path. A text that cannot even start like a date
(`superset` does not match) is a certain failure: the zone parsers (the only ones that raise)
are never reached without a `T` after a well-formed date.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from s1elastic.ingest.dates.fast.civil import ZoneView, month_length
from s1elastic.ingest.dates.fast.outcome import FAIL, Outcome, SubParser

_SHAPE = re.compile(
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})"
    r"(?:T([0-9]{2})(?::([0-9]{2})(?::([0-9]{2})(?:[.,]([0-9]{1,9}))?)?)?"
    r"(Z|[+-][0-9]{2}(?::?[0-9]{2})?)?)?"
)
# Every text the general parsers accept matches these (year, -MM, -dd, then T and anything).
_STRICT_SUPERSET = re.compile(r"[+-]?[0-9]{0,4}(?:-[0-9]{2}(?:-[0-9]{2})?)?(?:T.*)?", re.DOTALL)
_LENIENT_SUPERSET = re.compile(
    r"[+-]?[0-9]{0,9}(?:-[+-]?[0-9]{0,2}(?:-[+-]?[0-9]{0,2})?)?(?:T.*)?", re.DOTALL
)
_SCALE = (0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1000, 100, 10, 1)

# name -> (zone allowed after the hour alone, seconds required when a time is given, superset)
_VARIANTS = {
    "iso8601": (True, False, _STRICT_SUPERSET),
    "strict_date_optional_time": (True, False, _STRICT_SUPERSET),
    "strict_date_optional_time_nanos": (True, True, _STRICT_SUPERSET),
    "date_optional_time": (False, False, _LENIENT_SUPERSET),
}


ISO_NAMES = frozenset(_VARIANTS)
_OFFSETS: dict[str, int | None] = {}


def _offset(text: str) -> int | None:
    """Seconds of `Z`, `±HH`, `±HHmm`, `±HH:mm` (remembered: logs repeat a few offsets)."""
    if text in _OFFSETS:
        return _OFFSETS[text]
    if len(_OFFSETS) >= 512:
        _OFFSETS.clear()
    value = _OFFSETS[text] = _offset_of(text)
    return value


def _offset_of(text: str) -> int | None:
    """None when out of range: the general path decides (and raises)."""
    if text == "Z":
        return 0
    h = int(text[1:3])
    m = int(text[-2:]) if len(text) > 3 else 0
    if m > 59:
        return None
    total = h * 3600 + m * 60
    if total > 64800:
        return None
    return -total if text[0] == "-" else total


def iso_parser(name: str, view: ZoneView) -> SubParser | None:
    """The fast parser of a named ISO format, None when `name` is not one."""
    variant = _VARIANTS.get(name)
    if variant is None:
        return None
    zone_after_hour, need_seconds, superset = variant
    fullmatch = _SHAPE.fullmatch
    local, at_offset = view.local, view.at_offset

    def parse(text: str) -> Outcome:
        m = fullmatch(text)
        if m is None:
            return FAIL if superset.fullmatch(text) is None else None
        ys, mos, ds, hs, mis, ss, fs, zs = m.groups()
        y, mo, d = int(ys), int(mos), int(ds)
        if not 1 <= mo <= 12 or d < 1 or (d > 28 and d > month_length(y, mo)):
            return None
        if hs is None:
            return local(y, mo, d, 0, 0, 0, 0)
        h = int(hs)
        mi = s = n = 0
        if mis is not None:
            mi = int(mis)
            if ss is not None:
                s = int(ss)
                if fs is not None:
                    n = int(fs) * _SCALE[len(fs)]
            elif need_seconds:
                return None
        elif need_seconds or (zs is not None and not zone_after_hour):
            return None
        if h > 23 or mi > 59 or s > 59:
            return None
        if zs is None:
            return local(y, mo, d, h, mi, s, n)
        offset = 0 if zs == "Z" else _offset(zs)
        if offset is None:
            return None
        return at_offset(y, mo, d, h, mi, s, n, offset)

    return SubParser(parse, True)


# `yyyy-MM-ddTHH:mm:ss[.f]Z` with every field in range: days 29 and 30 only after months other
# than February, 31 only after the long months (February 29 is left to the parser and printer);
# years 0000, 0001 and 9999 are left to the general path, as the fast calendar does
# (fast.civil.MIN_YEAR/MAX_YEAR).
_UTC_INSTANT = re.compile(
    r"(?!000[01]|9999)[0-9]{4}-(?:0[1-9]|1[0-2])-"
    r"(?:0[1-9]|1[0-9]|2[0-8]|(?<=0[13-9]-|1[0-2]-)(?:29|30)|(?<=0[13578]-|1[02]-)31)"
    r"T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:[.,][0-9]{1,9})?Z"
)


def utc_instant_rewriter(
    name: str, utc_text: str, otherwise: Callable[[str], str | None]
) -> Callable[[str], str | None] | None:
    """Text to output text for a `Z` instant parsed by ISO format `name` into a zone at offset 0
    and written by a `yyyy-MM-ddTHH:mm:ss.SSS<offset>` printer (`utc_text` = its offset 0).

    The fields stay what the text says, so the output is the text's own digits with the fraction
    cut or padded to 3 (the default output of a `...123Z` input is the input itself). Any other
    text is handed to `otherwise` (the format's parser and the output's printer). None when
    `name` is not an ISO format.
    """
    if name not in _VARIANTS:
        return None
    fullmatch = _UTC_INSTANT.fullmatch
    identity = utc_text == "Z"

    def rewrite(text: str) -> str | None:
        if fullmatch(text) is None:
            return otherwise(text)
        size = len(text)
        if size == 24 and identity and text[19] == ".":
            return text
        if size == 20:
            return text[:19] + ".000" + utc_text
        return text[:19] + "." + (text[20:-1] + "00")[:3] + utc_text

    return rewrite
