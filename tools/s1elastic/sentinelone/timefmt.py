"""Timestamps as the Management API writes and accepts them (ISO-8601 UTC, microseconds, `Z`)."""

from __future__ import annotations

from datetime import UTC, datetime


def parse_timestamp(text: str) -> datetime:
    """`2022-12-20T13:54:53.009117Z` (or any ISO-8601 form) as an aware UTC datetime."""
    value = datetime.fromisoformat(text)
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def format_timestamp(value: datetime) -> str:
    """The filter format collectors send: `%Y-%m-%dT%H:%M:%S.%fZ` in UTC."""
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
