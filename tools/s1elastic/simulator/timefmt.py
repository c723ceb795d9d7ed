"""Time as the simulator keeps it (integer microseconds since the epoch, UTC) and as the API writes
and reads it (ISO-8601 with microseconds and `Z`)."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from functools import lru_cache

US = 1_000_000
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


@lru_cache(maxsize=4096)
def _day(days: int) -> str:
    return (EPOCH + timedelta(days=days)).strftime("%Y-%m-%d")


@lru_cache(maxsize=1 << 15)
def _second(seconds: int) -> str:
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{_day(days)}T{hours:02d}:{minutes:02d}:{secs:02d}"


def iso_us(us: int) -> str:
    """`2022-12-20T13:54:53.009117Z`: the Management API's response format."""
    seconds, frac = divmod(us, US)
    return f"{_second(seconds)}.{frac:06d}Z"


def iso_s(us: int) -> str:
    """Second precision with `Z` (`2023-04-28T07:15:57Z`), as some fields carry it."""
    seconds = us // US
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{_day(days)}T{hours:02d}:{minutes:02d}:{secs:02d}Z"


def to_us(value: datetime) -> int:
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    delta = value - EPOCH
    return (delta.days * 86400 + delta.seconds) * US + delta.microseconds


def from_us(us: int) -> datetime:
    return EPOCH + timedelta(microseconds=us)


_FRACTION = re.compile(r"(\.\d+)")


def parse_param_time(text: str) -> int:
    """A time filter value as collectors send it, in microseconds.

    Accepted (all seen in production collectors, sentinelone-api.md §2): ISO-8601 with `Z` or an
    offset, with or without a fraction of any length (nanoseconds are truncated), and epoch
    milliseconds as digits (the form the API's `__between` filters use; accepting it on the
    `__gt/__gte/__lt/__lte` filters is an assumption). Raises ValueError otherwise.
    """
    text = text.strip()
    if text.isdigit():
        return int(text) * 1000
    if not text or not text[0].isdigit():
        raise ValueError(text)
    normalised = text[:-1] + "+00:00" if text.endswith(("Z", "z")) else text
    match = _FRACTION.search(normalised)
    if match is not None and len(match.group(1)) != 7:
        digits = match.group(1)[1:7].ljust(6, "0")
        normalised = normalised[: match.start()] + "." + digits + normalised[match.end() :]
    value = datetime.fromisoformat(normalised)
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return to_us(value)


_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)?\s*$")
_UNITS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0, "w": 604800.0, None: 1.0}


def parse_duration(text: str) -> float:
    """`300s`, `0.5s`, `250ms`, `5m`, `2h`, `30d`, or a bare number of seconds, in seconds."""
    match = _DURATION.match(text)
    if match is None:
        raise ValueError(f"not a duration: {text!r} (expected e.g. 500ms, 30s, 5m, 2h, 7d)")
    return float(match.group(1)) * _UNITS[match.group(2)]


_RATE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(?:/\s*(s|sec|m|min|h|hour))?\s*$")
_PER = {None: 1.0, "s": 1.0, "sec": 1.0, "m": 60.0, "min": 60.0, "h": 3600.0, "hour": 3600.0}


def parse_rate(text: str) -> float:
    """`10/s`, `600/m`, `2/h` or a bare number (per second), in events per second."""
    match = _RATE.match(text)
    if match is None:
        raise ValueError(f"not a rate: {text!r} (expected e.g. 10/s, 600/m, 2/h)")
    return float(match.group(1)) / _PER[match.group(2)]
