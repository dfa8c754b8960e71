"""Where a tiltak stands: its status, whether it had an effect, and the dated follow-ups.

Arbeidstilsynet's advice on tiltak: give each one a date for a new review that asks two
questions, was it carried out and did it have an effect. A note keeps its current answers
(status, effect, next review) and a history of every follow-up, dated; who made a change is
not recorded. A question (spørsmål) uses the same status: GJENNOMFORT means answered.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from store.model import Note


class NoteStatus(StrEnum):
    """The status of a tiltak (for a question: GJENNOMFORT is answered)."""

    IKKE_STARTET = "ikke startet"
    PABEGYNT = "påbegynt"
    GJENNOMFORT = "gjennomført"
    FORKASTET = "forkastet"

    @property
    def closed(self) -> bool:
        """True when nothing more is to be done: carried out or dropped."""
        return self in (NoteStatus.GJENNOMFORT, NoteStatus.FORKASTET)


#: Status values written by earlier releases (schema 1 and 2), read as today's statuses.
LEGACY_STATUS = {
    "åpen": NoteStatus.IKKE_STARTET,
    "pågår": NoteStatus.PABEGYNT,
    "ferdig": NoteStatus.GJENNOMFORT,
}


def status_from_text(value: str) -> NoteStatus:
    """The status stored as `value` (today's values or an earlier release's); ValueError else."""
    legacy = LEGACY_STATUS.get(value)
    return legacy if legacy is not None else NoteStatus(value)


class Effect(StrEnum):
    """Did the tiltak have the effect it was meant to have?"""

    JA = "ja"
    DELVIS = "delvis"
    NEI = "nei"


@dataclass(frozen=True, slots=True)
class FollowUp:
    """One follow-up of a tiltak, dated: its status, effect (with a comment) and next review."""

    at: dt.datetime
    status: NoteStatus
    effect: Effect | None = None
    effect_note: str = ""
    review_on: dt.date | None = None


def is_overdue(note: Note, today: dt.date) -> bool:
    """True for a tiltak whose frist has passed and that is neither carried out nor dropped."""
    return note.frist is not None and note.frist < today and not note.status.closed


#: The note fields a follow-up answers; changing any of them records a dated FollowUp.
FOLLOW_UP_FIELDS = frozenset({"status", "effect", "effect_note", "review_on"})


def with_follow_up(note: Note, fields: dict[str, Any], at: dt.datetime) -> dict[str, Any]:
    """`fields` (checked changes to `note`), plus the note's history with a FollowUp dated `at`
    when they answer a follow-up question differently than before."""
    asked = {name: value for name, value in fields.items() if name in FOLLOW_UP_FIELDS}
    if all(getattr(note, name) == value for name, value in asked.items()):
        return fields
    answers = {name: fields.get(name, getattr(note, name)) for name in FOLLOW_UP_FIELDS}
    return {**fields, "history": (*note.history, FollowUp(at=at, **answers))}
