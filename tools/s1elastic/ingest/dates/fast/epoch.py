"""Epoch formats: the processor's UNIX and UNIX_MS, and the named epoch_millis / epoch_second.

Each computes the instant with the general code's own arithmetic (same float rounding for UNIX),
then places it in the zone with integer arithmetic. A text the general syntax check refuses is a
certain (clean) failure; long numbers and far instants are left to the general path.
"""

from __future__ import annotations

import re

from s1elastic.ingest.dates.fast.civil import ZoneView
from s1elastic.ingest.dates.fast.outcome import FAIL, Outcome, SubParser
from s1elastic.ingest.dates.javanum import DOUBLE_SYNTAX, java_long_cast, java_trim

_UNIX = re.compile(r"-?[0-9]{1,12}(?:\.[0-9]{1,9})?")
_UNIX_MS = re.compile(r"[+-]?[0-9]{1,18}")
_LONG_SYNTAX = re.compile(r"[+-]?[0-9]+")
_EPOCH_FAST = re.compile(r"(-)?([0-9]{1,15})(?:\.([0-9]{0,9}))?")
# EpochParser's own syntax (unicode digits included): what it refuses, it refuses cleanly.
_EPOCH_SYNTAX = {
    "epoch_millis": re.compile(r"-?\d{1,19}(?:\.\d{0,6})?"),
    "epoch_second": re.compile(r"-?\d{1,19}(?:\.\d{0,9})?"),
}
EPOCH_NAMES = frozenset(_EPOCH_SYNTAX)


def unix_parser(view: ZoneView) -> SubParser:
    """UNIX: (long) (Double.parseDouble(text) * 1000) milliseconds."""
    instant = view.instant

    def parse(text: str) -> Outcome:
        if _UNIX.fullmatch(text) is None:
            return FAIL if DOUBLE_SYNTAX.fullmatch(java_trim(text)) is None else None
        seconds, ms = divmod(java_long_cast(float(text) * 1000.0), 1000)
        return instant(seconds, ms * 1_000_000)

    return SubParser(parse, True)


def unix_ms_parser(view: ZoneView) -> SubParser:
    """UNIX_MS: Long.parseLong(text) milliseconds."""
    instant = view.instant

    def parse(text: str) -> Outcome:
        if _UNIX_MS.fullmatch(text) is None:
            return FAIL if _LONG_SYNTAX.fullmatch(text) is None else None
        seconds, ms = divmod(int(text), 1000)
        return instant(seconds, ms * 1_000_000)

    return SubParser(parse, True)


def epoch_parser(name: str, view: ZoneView) -> SubParser | None:
    """epoch_millis / epoch_second (EpochTime): `[-]digits[.fraction]`, None for other names."""
    syntax = _EPOCH_SYNTAX.get(name)
    if syntax is None:
        return None
    millis = name == "epoch_millis"
    digits, unit = (6, 1_000_000) if millis else (9, 1_000_000_000)
    instant = view.instant

    def parse(text: str) -> Outcome:
        m = _EPOCH_FAST.fullmatch(text)
        if m is None or (m.group(3) is not None and len(m.group(3)) > digits):
            return FAIL if syntax.fullmatch(text) is None else None
        sign, whole, frac = m.groups()
        nanos = int(whole) * unit + int((frac or "").ljust(digits, "0") or "0")
        seconds, nano = divmod(-nanos if sign else nanos, 1_000_000_000)
        return instant(seconds, nano)

    return SubParser(parse, True)
