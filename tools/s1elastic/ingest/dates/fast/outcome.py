"""What a fast parser answers: a Local (certain success), FAIL (certain failure) or None (unsure).

`None` sends the document down the general path, which is the source of truth for everything it
does, including every error message. FAIL is only answered when the general parser provably
rejects the text; `clean` tells whether it would do so without raising (which matters inside
`a||b`, where only a clean refusal lets the next format be tried).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Final, Literal

from s1elastic.ingest.dates.fast.civil import Local

FAIL: Final = False
Outcome = Local | Literal[False] | None
FastParse = Callable[[str], Outcome]


@dataclass(frozen=True, slots=True)
class SubParser:
    """The fast parser of one `||` element; `clean` = a FAIL is a refusal without an exception."""

    parse: FastParse
    clean: bool


def combine(subs: list[SubParser]) -> FastParse:
    """DateFormatter for `a||b||...`: the first element that parses wins."""
    if len(subs) == 1:
        return subs[0].parse
    parts = tuple((s.parse, s.clean) for s in subs)

    def parse(text: str) -> Outcome:
        unclean = False
        for sub, clean in parts:
            result = sub(text)
            if result is FAIL:
                unclean = unclean or not clean
                continue
            if result is None or unclean:
                return None
            return result
        return FAIL

    return parse
