"""Realistic sessions for the export tests: a nursing home's HMS group at work.

All times are fixed UTC datetimes, so the exports (rendered in the sessions' zone, Europe/Oslo,
a Session's default) never change. The building blocks (`utc`, `minutes`, `agenda`, ...) are
in session_builders and importable from here too.
"""

from __future__ import annotations

import datetime as dt

from agendas.model import IgloLevel, NoteKind
from store.export.progress import PlanEntry
from store.model import NoteStatus, Roles, Session, SummaryItem
from tests.export.session_builders import (
    OSLO,
    NoteBook,
    agenda,
    builtin_library,
    minutes,
    utc,
    walk,
)

__all__ = [
    "NOW",
    "OSLO",
    "agenda",
    "apu_mote_2",
    "builtin_library",
    "minutes",
    "starte_plan",
    "statusmote",
    "tiltaksmote",
    "utc",
]


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
