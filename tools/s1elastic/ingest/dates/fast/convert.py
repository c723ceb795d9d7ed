"""The date processor's whole job in one step: input text to output text, or None when unsure.

`fast_converter` chains the formats' fast parsers and the output's fast printer exactly as the
processor's fast path always did (the first format that parses wins, the first doubt answers
None). In front of them, a `Z` instant read by an ISO format into a zone at offset 0 and written
by the default `yyyy-MM-ddTHH:mm:ss.SSSXXX`-shaped output is rewritten from its own digits
(`iso.utc_instant_rewriter`): no integers, no calendar, no printing.

When no format depends on the current year (only ISO, epoch and UNIX formats), the last
answer is remembered, and processors with the same options share one converter: the same
instant written to several fields of a document (created, updated, identified...) is converted
once. Answers are strings, so a remembered answer is the very value the general path stores.
Only the last one is kept: a table of many would cost every new timestamp (nearly all of them
in a stream of events) a lookup, an insertion and its share of the evictions.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from s1elastic.ingest.dates.fast import FAIL, fast_parser
from s1elastic.ingest.dates.fast.epoch import EPOCH_NAMES
from s1elastic.ingest.dates.fast.iso import ISO_NAMES, utc_instant_rewriter
from s1elastic.ingest.dates.fast.printer import fast_printer, millis_offset_text
from s1elastic.ingest.dates.zones import Zone

Convert = Callable[[str], str | None]
_SPECIAL = ("ISO8601", "UNIX", "UNIX_MS", "TAI64N")
_SPECIAL_SET = frozenset(_SPECIAL)


def _elements(fmt: str) -> list[str]:
    """The `||` elements of a processor format as the fast parsers see them."""
    if fmt in _SPECIAL:
        return [fmt]
    text = fmt[1:] if fmt.startswith("8") else fmt
    return (text[1:] if text.startswith("8") else text).split("||")


def year_free(formats: tuple[str, ...]) -> bool:
    """True when no format can read the current year: every element is UNIX, UNIX_MS, TAI64N or a
    named ISO or epoch format (the fast path's Java pattern parsers may default the year)."""
    free = _SPECIAL_SET | ISO_NAMES | EPOCH_NAMES
    return all(fmt in free or all(e in free for e in _elements(fmt)) for fmt in formats)


def _first_element(fmt: str) -> str:
    return "iso8601" if fmt == "ISO8601" else _elements(fmt)[0]


def fast_converter(
    formats: tuple[str, ...], zone: Zone, locale: str, output: str, year_source: Callable[[], int]
) -> Convert | None:
    """Text -> what the processor stores for it (the output format's text), None when unsure.

    `output` is the output format's pattern; None is returned when its printer has no fast twin.
    """
    from s1elastic.ingest.dates.formatter import for_pattern

    tree = for_pattern(output).printer
    printer = fast_printer(tree)
    parsers = tuple(fast_parser(fmt, zone, locale, year_source) for fmt in formats)
    if printer is None or not parsers or parsers[0] is None:
        return None

    def convert(text: str) -> str | None:
        for parse in parsers:
            if parse is None:
                return None
            local = parse(text)
            if local is FAIL:
                continue
            if local is None:
                return None
            return printer(local)
        return None

    utc_text = millis_offset_text(tree)
    if utc_text is not None and zone.offset == 0:
        return utc_instant_rewriter(_first_element(formats[0]), utc_text(0), convert) or convert
    return convert


def remembering(convert: Convert) -> Convert:
    """`convert` that answers a text equal to the previous one with the previous answer.

    The pair is one tuple, replaced whole: threads sharing the converter never see one text with
    another's answer (at worst they convert again).
    """
    last: tuple[str | None, str | None] = (None, None)

    def remembered(text: str) -> str | None:
        nonlocal last
        seen = last
        if seen[0] == text:
            return seen[1]
        out = convert(text)
        last = (text, out)
        return out

    return remembered


@lru_cache(maxsize=64)
def shared_converter(formats: tuple[str, ...], zone: Zone, locale: str, output: str) -> Convert | None:
    """One remembering converter per set of options, for year-free formats only (else None):
    a year-less pattern's answer changes with the year, so it is never remembered."""
    if not year_free(formats):
        return None
    from s1elastic.ingest.dates.ingest import current_utc_year

    convert = fast_converter(formats, zone, locale, output, current_utc_year)
    return None if convert is None else remembering(convert)
