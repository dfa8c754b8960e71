"""Note helpers shared by the exports: ordering, attribution and tiltak cells."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable

from agendas.model import NoteKind
from store.clock import format_date, minutes_range, whole_minutes
from store.export.escape import escape_cell, escape_inline
from store.export.labels import Labels
from store.model import Note, Session
from store.tiltak_status import is_overdue
from store.timing import StepTiming

#: Shown in a table cell that has no value.
EMPTY_CELL = "–"

#: Kinds that the minutes list under their own headings rather than inside each step.
OWN_SECTION_KINDS = (NoteKind.VEDTAK, NoteKind.TILTAK, NoteKind.SPORSMAL, NoteKind.PARKERING)


def notes_by_step(session: Session) -> dict[int, list[Note]]:
    """The session's live notes per step index, each list in creation order."""
    by_step: dict[int, list[Note]] = defaultdict(list)
    for note in session.live_notes:
        by_step[note.step].append(note)
    return by_step


def by_rank(notes: Iterable[Note]) -> list[Note]:
    """Ranked notes first (rank 1, 2, ...), then the unranked ones in their given order."""
    return sorted(notes, key=lambda note: (note.rank is None, note.rank or 0))


def group_order(group: int | None) -> tuple[bool, int]:
    """Sort key for groups: Gruppe 1, Gruppe 2, ..., then Plenum."""
    return (group is None, group or 0)


def by_group(notes: Iterable[Note]) -> list[tuple[int | None, list[Note]]]:
    """The notes split per group (Gruppe 1, 2, ..., Plenum), each list ordered by rank."""
    groups: dict[int | None, list[Note]] = defaultdict(list)
    for note in notes:
        groups[note.group].append(note)
    return [(group, by_rank(groups[group])) for group in sorted(groups, key=group_order)]


def note_text(note: Note, labels: Labels) -> str:
    """A note's escaped text, prefixed with its rank ("**Nr. 1:**") when it has one, and
    followed by its round ("*(Kveldsvakt)*") in the minutes of a meeting held in rounds."""
    text = escape_inline(note.text)
    if note.round_name:
        text += f" *({escape_inline(note.round_name)})*"
    if note.rank is None:
        return text
    return f"**{labels.rank.format(n=note.rank)}:** {text}"


def attribution(note: Note, labels: Labels, step_number: int | None = None) -> str:
    """Where a note came from ("Gruppe 2, sak 3" or "Plenum"), never who wrote it."""
    where = labels.group_label(note.group)
    return where if step_number is None else f"{where}, {labels.item} {step_number}"


def status_cell(note: Note, today: dt.date, labels: Labels) -> str:
    """A tiltak's status for a table cell, with the overdue mark when the frist has passed."""
    status = labels.status[note.status]
    return f"{status} · {labels.overdue}" if is_overdue(note, today) else status


def optional_cell(text: str) -> str:
    """Escaped user text for a table cell, or a dash when it is empty."""
    escaped = escape_cell(text)
    return escaped or EMPTY_CELL


def iglo_cell(note: Note, labels: Labels) -> str:
    """A tiltak's IGLO level for a table cell."""
    return EMPTY_CELL if note.iglo is None else labels.iglo[note.iglo]


def deadline_cell(note: Note) -> str:
    """A tiltak's frist as dd.mm.yyyy, or a dash."""
    return EMPTY_CELL if note.frist is None else format_date(note.frist)


def planned_text(timing: StepTiming) -> str:
    """A step's plan: `45 min`, `15–20 min`, or `45 → 38 min` when re-planned to hold the end."""
    text = minutes_range(whole_minutes(timing.planned), whole_minutes(timing.limit))
    before = whole_minutes(timing.planned - timing.replanned)
    return f"{before} → {text}" if timing.replanned else text
