"""Text lines for `plansje sessions`: id, date, agenda id, title and state, in columns."""

from __future__ import annotations

from collections.abc import Sequence

from store.language import TABLE, t
from store.model import SessionInfo

TITLE_WIDTH = 40


def _cut(text: str, width: int) -> str:
    """`text`, cut to `width` characters with an ellipsis."""
    return text if len(text) <= width else text[: width - 1] + "…"


def state_text(info: SessionInfo) -> str:
    """The state in the UI language; a broken session says why."""
    if info.broken:
        return t("cli.sessions.broken", error=info.error)
    key = f"state.{info.state}"
    return t(key) if key in TABLE else info.state


def format_session_lines(infos: Sequence[SessionInfo]) -> list[str]:
    """One aligned line per session: `id  date  agenda_id  title  state`."""
    rows = [
        (
            info.id,
            "" if info.date is None else info.date.isoformat(),
            info.agenda_id,
            _cut(info.title or (t("cli.sessions.unreadable") if info.broken else ""), TITLE_WIDTH),
            state_text(info),
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
