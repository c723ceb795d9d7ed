"""Fast paths for the date processors, chosen when a pipeline is loaded.

The general implementation (`dates.ingest`, `dates.formatter`) stays the source of truth. A fast
parser answers a `Local` only when it is certain the general path gives the same date, FAIL only
when it is certain the general path refuses the text, and None otherwise; the caller then runs
the general path, so results and error messages never differ. `fast_printer` does the same for
output formats (None = let the general printer write it).
"""

from __future__ import annotations

from collections.abc import Callable

from s1elastic.ingest.dates.fast.civil import Local, ZoneView
from s1elastic.ingest.dates.fast.epoch import epoch_parser, unix_ms_parser, unix_parser
from s1elastic.ingest.dates.fast.iso import iso_parser
from s1elastic.ingest.dates.fast.outcome import FAIL, FastParse, Outcome, SubParser, combine
from s1elastic.ingest.dates.fast.pattern import pattern_parser
from s1elastic.ingest.dates.fast.printer import FastPrint, fast_printer
from s1elastic.ingest.dates.zones import Zone

__all__ = ["FAIL", "FastParse", "FastPrint", "Local", "Outcome", "fast_parser", "fast_printer"]


def _element(element: str, view: ZoneView, locale: str, year_source: Callable[[], int]) -> SubParser | None:
    from s1elastic.ingest.dates.named import named_formatter
    from s1elastic.ingest.dates.pattern import compile_pattern

    if named_formatter(element) is not None:
        return iso_parser(element, view) or epoch_parser(element, view)
    return pattern_parser(compile_pattern(element, locale), view, locale, year_source)


def fast_parser(fmt: str, zone: Zone, locale: str, year_source: Callable[[], int]) -> FastParse | None:
    """The fast twin of `date_function(fmt, zone, locale, year_source)`, None when there is none."""
    from s1elastic.ingest.dates.formatter import for_pattern

    view = ZoneView(zone)
    if fmt == "ISO8601":
        sub = iso_parser("iso8601", view)
        return None if sub is None else sub.parse
    if fmt == "UNIX":
        return unix_parser(view).parse
    if fmt == "UNIX_MS":
        return unix_ms_parser(view).parse
    if fmt == "TAI64N":
        return None
    text = fmt[1:] if fmt.startswith("8") else fmt
    try:
        for_pattern(text)  # the general path reports invalid and unsupported formats itself
    except Exception:
        return None
    if text.startswith("8"):
        text = text[1:]
    subs = []
    for element in text.split("||"):
        sub = _element(element, view, locale, year_source)
        if sub is None:
            return None
        subs.append(sub)
    return combine(subs)
