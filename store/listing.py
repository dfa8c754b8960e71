"""Deprecated: the `plansje sessions` lines live in tui.session_lines (remove with its import)."""

from __future__ import annotations

from collections.abc import Sequence

from store.model import SessionInfo

TITLE_WIDTH = 40


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def format_session_lines(infos: Sequence[SessionInfo]) -> list[str]:
    """One aligned line per session: ``id  date  agenda_id  title  state`` (broken ones say why)."""
    rows = [
        (
            info.id,
            "" if info.date is None else info.date.isoformat(),
            info.agenda_id,
            _cut(info.title or ("(kan ikke leses)" if info.broken else ""), TITLE_WIDTH),
            info.state if not info.broken else f"broken: {info.error}",
        )
        for info in infos
    ]
    if not rows:
        return []
    widths = [max(len(row[column]) for row in rows) for column in range(4)]
    return [
        "  ".join(cell.ljust(width) for cell, width in zip(row[:4], widths, strict=True))
        + "  "
        + row[4]
        for row in rows
    ]
