"""The Starte meeting's progress plan (fremdriftsplan): workshops and planning meetings.

The plan is a list of PlanEntry records; this module renders it as a Markdown table, and
store.export.ics and store.export.invitation turn it into a calendar and an e-mail.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, get_args

from store.export.escape import escape_cell
from store.export.labels import Lang, labels_for
from store.export.notes import optional_cell
from store.export.text import OSLO, format_clock, format_date, join_blocks, markdown_table

#: The two kinds of entry: a workshop with the staff, or the HMS group's planning meeting.
EntryKind = Literal["verksted", "planleggingsmøte"]

#: The four Oss og vårt workshops, in their order.
WORKSHOPS = ("Utforske", "Utdype", "Skape", "Teste")


@dataclass(frozen=True, slots=True)
class PlanEntry:
    """One dated activity of the progress plan: what, when (aware), who leads, how long."""

    what: str
    start: dt.datetime
    leader: str = ""
    kind: EntryKind = "verksted"
    minutes: int = 60

    def __post_init__(self) -> None:
        if self.start.tzinfo is None or self.start.utcoffset() is None:
            raise ValueError(f"PlanEntry.start must be timezone-aware, got {self.start!r}")
        if self.kind not in get_args(EntryKind):
            raise ValueError(f"PlanEntry.kind must be one of {get_args(EntryKind)}")
        if self.minutes <= 0:
            raise ValueError("PlanEntry.minutes must be positive")

    @property
    def end(self) -> dt.datetime:
        """When the activity ends: start plus its minutes."""
        return self.start + dt.timedelta(minutes=self.minutes)


def chronological(entries: Sequence[PlanEntry]) -> list[PlanEntry]:
    """The entries sorted by start time (entries at the same time keep their order)."""
    return sorted(entries, key=lambda entry: entry.start)


def render_progress_plan(
    entries: Sequence[PlanEntry], *, tz: dt.tzinfo = OSLO, lang: Lang = "nb"
) -> str:
    """The progress plan as a Markdown table (Hva | Type | Dato | Tid | Leder), by date."""
    labels = labels_for(lang)
    rows = [
        (
            escape_cell(entry.what),
            labels.entry_kinds[entry.kind],
            format_date(entry.start.astimezone(tz).date()),
            f"{format_clock(entry.start, tz)}–{format_clock(entry.end, tz)}",
            optional_cell(entry.leader),
        )
        for entry in chronological(entries)
    ]
    body = markdown_table(labels.progress_columns, rows) if rows else labels.no_entries
    return join_blocks([f"# {labels.progress_title}", body])
