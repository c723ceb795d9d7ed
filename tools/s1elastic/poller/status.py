"""`s1elastic status`: each console's and stream's health, cursor and lag, read from the state dir."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from s1elastic.poller.duration import format_duration
from s1elastic.poller.health import CONSOLE, read_board
from s1elastic.poller.state import StateError, StateStore
from s1elastic.sentinelone.timefmt import parse_timestamp


def status_rows(state_dir: Path, now: datetime) -> list[dict[str, Any]]:
    """One row per console and stream seen in the state dir or the health board."""
    store = StateStore(state_dir)
    board = {(h["console"], h["stream"]): h for h in read_board(state_dir)}
    keys = set(board)
    for console in store.consoles():
        keys.update((console, stream) for stream in store.streams(console))
    rows = []
    for console, stream in sorted(keys):
        health = board.get((console, stream), {})
        row: dict[str, Any] = {
            "console": console,
            "stream": "(console)" if stream == CONSOLE else stream,
            "status": health.get("status", "-"),
            "error_type": health.get("error_type"),
            "message": health.get("message"),
            "warnings": health.get("warnings") or [],
        }
        if stream != CONSOLE:
            try:
                state = store.load(console, stream)
            except StateError as exc:
                row["message"] = str(exc)
                state = None
            if state is not None:
                marks = [parse_timestamp(t) for t in (state.cursor, state.collected_until) if t]
                row.update(
                    cursor=state.cursor,
                    walking=state.walking,
                    documents=state.documents_total,
                    last_success=state.last_success,
                    lag=format_duration((now - max(marks)).total_seconds()) if marks else None,
                )
        rows.append(row)
    return rows


def render_status(rows: list[dict[str, Any]]) -> str:
    """A plain table for the terminal."""
    headers = ("console", "stream", "status", "cursor", "lag", "documents", "message")
    table = [headers]
    for row in rows:
        message = row.get("message") or ""
        if row.get("error_type"):
            message = f"[{row['error_type']}] {message}"
        if row.get("warnings"):
            message = "; ".join([message, *row["warnings"]]).strip("; ")
        table.append(
            (
                row["console"],
                row["stream"],
                row["status"] + (" (walking)" if row.get("walking") else ""),
                row.get("cursor") or "-",
                row.get("lag") or "-",
                str(row.get("documents", "-")),
                message,
            )
        )
    widths = [max(len(str(r[i])) for r in table) for i in range(len(headers) - 1)]
    lines = []
    for r in table:
        cells = [str(c).ljust(w) for c, w in zip(r[:-1], widths)]
        lines.append("  ".join([*cells, str(r[-1])]).rstrip())
    return "\n".join(lines)
