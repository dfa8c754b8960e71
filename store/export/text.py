"""Small formatting helpers shared by the exports: dates, clock times, minutes, tables."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from zoneinfo import ZoneInfo

#: The default timezone for clock times in exports.
OSLO = ZoneInfo("Europe/Oslo")


def format_date(day: dt.date) -> str:
    """A date the Norwegian way: dd.mm.yyyy."""
    return f"{day.day:02d}.{day.month:02d}.{day.year:04d}"


def format_clock(moment: dt.datetime, tz: dt.tzinfo) -> str:
    """A wall-clock time as HH:MM in the given timezone."""
    local = moment.astimezone(tz)
    return f"{local.hour:02d}:{local.minute:02d}"


def local_date(moment: dt.datetime, tz: dt.tzinfo) -> dt.date:
    """The calendar date of an instant in the given timezone."""
    return moment.astimezone(tz).date()


def whole_minutes(delta: dt.timedelta) -> int:
    """A duration in whole minutes, rounded half up (negative durations symmetrically)."""
    seconds = delta.total_seconds()
    sign = -1 if seconds < 0 else 1
    return sign * int((abs(seconds) + 30) // 60)


def minutes_range(planned: int, limit: int) -> str:
    """A planned duration: "15 min", or "15–20 min" when the limit is above the plan."""
    return f"{planned} min" if limit <= planned else f"{planned}–{limit} min"


def signed_minutes(minutes: int) -> str:
    """A deviation in minutes with its sign: "+3 min", "−2 min", "±0 min"."""
    if minutes > 0:
        return f"+{minutes} min"
    if minutes < 0:
        return f"−{-minutes} min"
    return "±0 min"


def markdown_table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> list[str]:
    """The lines of a GFM table; cells must already be escaped (see escape_cell)."""
    lines = [_row(header), _row(["---"] * len(header))]
    for row in rows:
        if len(row) != len(header):
            raise ValueError(f"table row has {len(row)} cells, header has {len(header)}")
        lines.append(_row(row))
    return lines


def _row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def join_blocks(blocks: Iterable[Sequence[str] | str]) -> str:
    """A Markdown document from blocks (a line or a list of lines), one blank line between."""
    parts = ["\n".join(block) if not isinstance(block, str) else block for block in blocks]
    return "\n\n".join(part for part in parts if part) + "\n"
