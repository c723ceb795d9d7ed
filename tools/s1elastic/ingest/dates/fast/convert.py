"""The date processor's whole job in one step: input text to output text, or None when unsure.

`fast_converter` chains the formats' fast parsers and the output's fast printer exactly as the
processor's fast path always did (the first format that parses wins, the first doubt answers
None). In front of them, a `Z` instant read by an ISO format into a zone at offset 0 and written
by the default `yyyy-MM-ddTHH:mm:ss.SSSXXX`-shaped output is rewritten from its own digits
(`iso.utc_instant_rewriter`): no integers, no calendar, no printing.
"""

from __future__ import annotations

from collections.abc import Callable

from s1elastic.ingest.dates.fast import FAIL, fast_parser
from s1elastic.ingest.dates.fast.iso import utc_instant_rewriter
from s1elastic.ingest.dates.fast.printer import fast_printer, millis_offset_text
from s1elastic.ingest.dates.zones import Zone

Convert = Callable[[str], str | None]
_SPECIAL = ("ISO8601", "UNIX", "UNIX_MS", "TAI64N")


def _elements(fmt: str) -> list[str]:
    """The `||` elements of a processor format as the fast parsers see them."""
    if fmt in _SPECIAL:
        return [fmt]
    text = fmt[1:] if fmt.startswith("8") else fmt
    return (text[1:] if text.startswith("8") else text).split("||")


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
