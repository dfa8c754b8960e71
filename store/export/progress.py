"""The Starte meeting's progress plan (fremdriftsplan): workshops and planning meetings.

The plan is a list of PlanEntry records (defined in store.model, stored with the session and
re-exported here); this module proposes a default plan and renders it as a Markdown table, and
store.export.ics and store.export.invitation turn it into a calendar and an e-mail.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from store.clock import format_clock, format_date
from store.export.escape import escape_cell
from store.export.labels import Lang, labels_for
from store.export.notes import optional_cell
from store.export.text import join_blocks, markdown_table
from store.model import EntryKind, PlanEntry

#: The four Oss og vårt workshops, in their order.
WORKSHOPS = ("Utforske", "Utdype", "Skape", "Teste")

#: The default plan's rhythm: a workshop every two weeks, the first two weeks after the meeting.
WORKSHOP_SPACING = dt.timedelta(weeks=2)
#: The HMS group's planning meeting (local time, minutes) just before each workshop.
PLANNING_TIME, PLANNING_MINUTES = dt.time(13, 0), 30
#: The workshop itself (local time, minutes).
WORKSHOP_TIME, WORKSHOP_MINUTES = dt.time(14, 0), 60

__all__ = [
    "PLANNING_MINUTES",
    "PLANNING_TIME",
    "WORKSHOPS",
    "WORKSHOP_MINUTES",
    "WORKSHOP_SPACING",
    "WORKSHOP_TIME",
    "EntryKind",
    "PlanEntry",
    "chronological",
    "default_plan",
    "render_progress_plan",
]


def default_plan(start: dt.date, tz: dt.tzinfo) -> tuple[PlanEntry, ...]:
    """The Starte plan skeleton: a planning meeting and its workshop every two weeks after start.

    Planning meetings at 13:00 (30 min), workshops at 14:00 (60 min) in ``tz``; leaders empty.
    """
    plan: list[PlanEntry] = []
    for number, what in enumerate(WORKSHOPS, start=1):
        day = start + WORKSHOP_SPACING * number
        planning = dt.datetime.combine(day, PLANNING_TIME, tzinfo=tz)
        workshop = dt.datetime.combine(day, WORKSHOP_TIME, tzinfo=tz)
        plan.append(PlanEntry(what, planning, kind="planleggingsmøte", minutes=PLANNING_MINUTES))
        plan.append(PlanEntry(what, workshop, kind="verksted", minutes=WORKSHOP_MINUTES))
    return tuple(plan)


def chronological(entries: Sequence[PlanEntry]) -> list[PlanEntry]:
    """The entries sorted by start time (entries at the same time keep their order)."""
    return sorted(entries, key=lambda entry: entry.start)


def render_progress_plan(entries: Sequence[PlanEntry], *, tz: dt.tzinfo, lang: Lang = "nb") -> str:
    """The progress plan as a Markdown table (Hva | Type | Dato | Tid | Leder), by date.

    Dates and times are shown in `tz` (the session's zone, see store.clock.session_zone).
    """
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
