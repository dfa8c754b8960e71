"""Realistic sessions for the export tests: a nursing home's HMS group at work.

All times are fixed UTC datetimes, so the exports (rendered in the sessions' zone, Europe/Oslo,
a Session's default) never change.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Unpack
from zoneinfo import ZoneInfo

from agendas.library import Library, builtin_agendas
from agendas.model import Agenda, IgloLevel, NoteKind
from store.export import render_minutes
from store.export.labels import Lang
from store.export.progress import PlanEntry
from store.model import Event, EventType, Note, NoteStatus, Roles, Session, SummaryItem
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


def statusmote() -> Session:
    """A Statusmøte: three groups' utfordringer, a deleted note and a stored summary."""
    book = NoteBook(utc(2026, 3, 3, 13, 5))
    u = NoteKind.UTFORDRING
    book.add(NoteKind.NOTAT, "Vi så filmene om arbeidsmengde og samarbeid på nytt.", 0, None)
    g1a = book.add(u, "Mye avbrytelser ved medisinutdeling", 1, 1)
    g1b = book.add(u, "Lite tid til å snakke med beboerne", 1, 1)
    g1c = book.add(u, "Uklart hvem som har ansvar for rapporten", 1, 1)
    g2a = book.add(u, "Mye avbrytelser ved medisinutdeling", 1, 2)
    g2b = book.add(u, "Tunge løft på nattevakt når vi er alene", 1, 2)
    g2c = book.add(u, "Mange vikarer som ikke kjenner rutinene", 1, 2)
    g3a = book.add(u, "mye  avbrytelser ved medisinutdeling", 1, 3)
    g3b = book.add(u, "Stress ved vaktbytte", 1, 3)
    g3c = book.add(u, "For lite tid til opplæring av nye", 1, 3)
    book.add(u, "Slettet: skal ikke vises", 1, 3, deleted=True)
    g3d = book.add(u, "Andre utfordringer: støy på vaktrommet", 1, 3)
    book.add(NoteKind.NOTAT, "Neste gang jobber vi med tiltak.", 2, None)
    book.add(NoteKind.SPORSMAL, "Kan vi få med tillitsvalgt på tiltaksmøtet?", 2, None)
    summary = (
        SummaryItem("Mange avbrytelser ved medisinutdeling", "Arbeidsmengde", 1, (g1a, g2a, g3a)),
        SummaryItem("For lite tid til beboerne og til opplæring", "Arbeidsmengde", 2, (g1b, g3c)),
        SummaryItem(
            "Uklart ansvar ved rapport og vaktbytte", "Samarbeid og rutiner", 3, (g1c, g3b)
        ),
        SummaryItem("Mange vikarer som ikke kjenner rutinene", "Samarbeid og rutiner", 4, (g2c,)),
        SummaryItem("Tunge løft når vi er alene på natt", "Fysiske belastninger", 5, (g2b,)),
        SummaryItem("Støy på vaktrommet", "", 6, (g3d,)),
    )
    return Session(
        id="s-status",
        agenda=agenda("statusmote"),
        title="Statusmøte",
        date=dt.date(2026, 3, 3),
        place="Personalrommet, 2. etasje",
        roles=Roles(),
        groups=3,
        follows=None,
        events=walk(utc(2026, 3, 3, 13, 0), 17, 78, 12, pause=(60, 5)),
        notes=tuple(book.notes),
        summary=summary,
        created=utc(2026, 3, 1, 9),
    )


def tiltaksmote() -> Session:
    """A Tiltaksmøte: 3 + 3 points per group, tiltak with IGLO fields, vedtak and a question."""
    book = NoteBook(utc(2026, 3, 17, 13, 20))
    keep, better = NoteKind.BEVARINGSPUNKT, NoteKind.FORBEDRINGSPUNKT
    for text in (
        "God støtte fra kollegaer på kveldsvakt",
        "Gode rutiner for overlevering",
        "Humor i hverdagen",
    ):
        book.add(keep, text, 1, 1)
    for text in (
        "Færre avbrytelser under medisinutdeling",
        "Bedre opplæring av vikarer",
        "Mer tid til beboerne",
    ):
        book.add(better, text, 1, 1)
    for text in (
        "Trygg ledelse som er tilgjengelig",
        "Godt samarbeid med sykepleierne",
        "Fleksibel turnus",
    ):
        book.add(keep, text, 1, 2)
    for text in (
        "Tydeligere ansvar ved vaktbytte",
        "Bedre hjelpemidler for tunge løft",
        "Mindre støy på vaktrommet",
    ):
        book.add(better, text, 1, 2)
    t = NoteKind.TILTAK
    book.add(
        t,
        "Rød vest under medisinutdeling, så vi ikke blir avbrutt",
        2,
        1,
        iglo=IgloLevel.GRUPPE,
        ansvarlig="Avdelingssykepleier",
        ressurser="Fire vester",
        frist=dt.date(2026, 4, 1),
    )
    book.add(
        t,
        "Fadderordning for nye vikarer",
        2,
        1,
        iglo=IgloLevel.ORGANISASJON,
        ansvarlig="Leder og HMS-gruppen",
        ressurser="1 time opplæring per vikar",
        frist=dt.date(2026, 6, 1),
        status=NoteStatus.PABEGYNT,
    )
    book.add(
        t,
        "Sjekkliste ved vaktbytte",
        2,
        2,
        iglo=IgloLevel.GRUPPE,
        ansvarlig="Fagutviklingssykepleier",
        frist=dt.date(2026, 4, 15),
        status=NoteStatus.GJENNOMFORT,
    )
    book.add(
        t,
        "Bestille ny takheis til rom 12",
        2,
        2,
        iglo=IgloLevel.LEDELSE,
        ansvarlig="Avdelingsleder",
        ressurser="Budsjett for hjelpemidler",
        frist=dt.date(2026, 5, 1),
    )
    book.add(t, "Ta opp støy på vaktrommet med teknisk avdeling", 2, None)
    book.add(NoteKind.VEDTAK, "HMS-gruppen setter opp handlingsplanen innen 1. april.", 2, None)
    book.add(NoteKind.VEDTAK, "Tiltakene følges opp på personalmøtet i mai.", 2, None)
    book.add(NoteKind.SPORSMAL, "Hvem betaler for nye hjelpemidler?", 2, 2)
    book.add(NoteKind.SPORSMAL, "Er vestene bestilt?", 2, 1, status=NoteStatus.GJENNOMFORT)
    return Session(
        id="s-tiltak",
        agenda=agenda("tiltaksmote"),
        title="Tiltaksmøte",
        date=dt.date(2026, 3, 17),
        place="Personalrommet, 2. etasje",
        roles=Roles(),
        groups=2,
        follows="s-status",
        events=walk(utc(2026, 3, 17, 13, 0), 18, 58, 34),
        notes=tuple(book.notes),
        summary=(),
        created=utc(2026, 3, 10, 9),
        checked=("after:0",),  # the plansjer are collected; the handlingsplan is not made yet
    )


def apu_mote_2() -> Session:
    """APU møte 2: ranked ønsker, tiltak on all four IGLO levels, names recorded."""
    book = NoteBook(utc(2026, 5, 5, 10, 10))
    book.add(NoteKind.ONSKE, "Et roligere vaktrom", 0, 3, rank=3)
    book.add(NoteKind.ONSKE, "Mer tid til beboerne i hverdagen", 0, 1, rank=1)
    book.add(NoteKind.ONSKE, "Bedre samarbeid mellom vaktene", 0, 2, rank=2)
    t = NoteKind.TILTAK
    book.add(
        t,
        "Hver ansatt setter av ti minutter per vakt til en samtale med en beboer",
        1,
        1,
        iglo=IgloLevel.INDIVID,
        ansvarlig="Alle ansatte",
        ressurser="Ingen ekstra",
        frist=dt.date(2026, 5, 15),
    )
    book.add(
        t,
        "Fast fordeling av oppgaver på morgenmøtet",
        1,
        1,
        iglo=IgloLevel.GRUPPE,
        ansvarlig="Teamleder på vakt",
        ressurser="10 minutter morgenmøte",
        frist=dt.date(2026, 5, 20),
    )
    book.add(
        t,
        "Gjennomgå turnusen for å få flere på jobb kl. 15–17",
        1,
        1,
        iglo=IgloLevel.LEDELSE,
        ansvarlig="Avdelingsleder",
        ressurser="Samtaler med tillitsvalgt",
        frist=dt.date(2026, 6, 15),
    )
    book.add(
        t,
        "Søke kommunen om midler til aktivitør",
        1,
        1,
        iglo=IgloLevel.ORGANISASJON,
        ansvarlig="Institusjonsleder",
        ressurser="Søknad, 2 dagsverk",
        frist=dt.date(2026, 9, 1),
    )
    book.add(
        t,
        "Felles overlappingsmøte ved vaktskifte",
        1,
        2,
        iglo=IgloLevel.GRUPPE,
        ansvarlig="Fagutviklingssykepleier",
        ressurser="15 minutter per vaktskifte",
        frist=dt.date(2026, 6, 1),
    )
    book.add(NoteKind.NOTAT, "Gruppe 1 og 2 har mange like forslag om vaktskiftet.", 2, None)
    book.add(NoteKind.VEDTAK, "Vi jobber først videre med ønsket om mer tid til beboerne.", 2, None)
    book.add(NoteKind.NOTAT, "Godt å bli hørt, men vi trenger oppfølging.", 3, None)
    return Session(
        id="s-apu2",
        agenda=agenda("apu-2"),
        title="APU møte 2, Solsiden sykehjem",
        date=dt.date(2026, 5, 5),
        place="Kantina",
        roles=Roles(moteleder="Kari Nordmann", referent="Ola Hansen"),
        groups=3,
        follows="s-apu1",
        events=walk(utc(2026, 5, 5, 10, 0), 22, 48, 17, 8),
        notes=tuple(book.notes),
        summary=(),
        created=utc(2026, 4, 20, 9),
        names_recorded=True,
    )


#: The "now" of the golden exports: after every meeting, some frister passed.
NOW = utc(2026, 4, 20, 12)


def starte_plan() -> list[PlanEntry]:
    """A Starte progress plan: four workshops, each after an HMS group planning meeting."""
    plan: list[PlanEntry] = []
    workshops = (
        ("Utforske", dt.datetime(2026, 4, 14, 13, 30, tzinfo=OSLO), "Kari og Ola"),
        ("Utdype", dt.datetime(2026, 5, 12, 13, 30, tzinfo=OSLO), "Ola"),
        ("Skape", dt.datetime(2026, 6, 9, 13, 30, tzinfo=OSLO), "Aisha og Kari"),
        ("Teste", dt.datetime(2026, 9, 8, 13, 30, tzinfo=OSLO), "Aisha"),
    )
    for what, start, leader in workshops:
        planning = start - dt.timedelta(days=7, hours=1)
        plan.append(PlanEntry(what, planning, "HMS-gruppen", "planleggingsmøte", 60))
        plan.append(PlanEntry(what, start, leader, "verksted", 90))
    return plan
