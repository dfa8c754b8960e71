"""Building blocks of the export tests' sessions: fixed UTC instants, the built-in library,
the minutes as `plansje export` renders them, a meeting's event walk and a note book."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Unpack
from zoneinfo import ZoneInfo

from agendas.library import Library, builtin_agendas
from agendas.model import Agenda, NoteKind
from store.export import render_minutes
from store.export.labels import Lang
from store.model import Event, EventType, Note, Session
from tests.note_fields import NoteExtras

UTC = dt.UTC
OSLO = ZoneInfo("Europe/Oslo")


def builtin_library() -> Library:
    """The built-in agendas only, so that a user's own agendas never change a golden file."""
    return Library({agenda.id: agenda for agenda in builtin_agendas()}, ())


def minutes(
    session: Session, now: dt.datetime, *, lang: Lang = "nb", previous: Session | None = None
) -> str:
    """The minutes as `plansje export` renders them: the next meeting named by the library."""
    next_id = session.agenda.next
    found = builtin_library().get(next_id) if next_id else None
    title = found.title if found is not None else None
    return render_minutes(session, now, lang=lang, next_title=title, previous=previous)


def agenda(agenda_id: str) -> Agenda:
    """A built-in agenda by id."""
    found = builtin_library().get(agenda_id)
    assert found is not None, agenda_id
    return found


def utc(year: int, month: int, day: int, hour: int, minute: int = 0) -> dt.datetime:
    """A fixed UTC instant."""
    return dt.datetime(year, month, day, hour, minute, tzinfo=UTC)


def walk(
    start: dt.datetime, *step_minutes: int, pause: tuple[int, int] | None = None
) -> tuple[Event, ...]:
    """Events of a meeting that enters each step in turn after the given minutes, then ends.

    `pause` = (minutes after the start, length) inserts a pause (those minutes are not
    counted in the step it falls in; later steps shift by its length).
    """
    events = [Event(EventType.STARTED, start, step=0)]
    clock = start
    pause_at = None if pause is None else start + dt.timedelta(minutes=pause[0])
    for index, minutes in enumerate(step_minutes):
        end = clock + dt.timedelta(minutes=minutes)
        if pause_at is not None and pause is not None and clock <= pause_at < end:
            events.append(Event(EventType.PAUSED, pause_at))
            resumed = pause_at + dt.timedelta(minutes=pause[1])
            events.append(Event(EventType.RESUMED, resumed))
            end += dt.timedelta(minutes=pause[1])
        if index + 1 < len(step_minutes):
            events.append(Event(EventType.STEP_ENTERED, end, step=index + 1))
        else:
            events.append(Event(EventType.ENDED, end))
        clock = end
    return tuple(events)


@dataclass
class NoteBook:
    """Collects notes with ids n1, n2, ... and creation times one minute apart."""

    start: dt.datetime
    notes: list[Note] = field(default_factory=list)

    def add(
        self, kind: NoteKind, text: str, step: int, group: int | None, **extra: Unpack[NoteExtras]
    ) -> str:
        """Add a note and return its id."""
        note_id = f"n{len(self.notes) + 1}"
        created = self.start + dt.timedelta(minutes=len(self.notes))
        self.notes.append(Note(note_id, kind, text, step, group, created, **extra))
        return note_id
