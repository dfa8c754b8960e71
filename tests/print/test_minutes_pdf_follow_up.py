"""The printed minutes carry what the Markdown minutes carry: the roles, the rounds, the
parking lot and re-planned steps."""

from __future__ import annotations

import dataclasses

from agendas.model import NoteKind
from store.export.print_minutes import print_minutes
from store.export.typst_source import render_typst
from store.model import Event, EventType, Note, NoteStatus, Session, new_note_id
from store.typst_pdf import compile_pdf
from tests.export.sessions import NOW, statusmote, utc
from tests.print.pdf import all_text, squash


def _text(session: Session) -> str:
    pdf = compile_pdf(render_typst(print_minutes(session, NOW)), NOW)
    return all_text(pdf)


def test_roles_rounds_and_the_parking_lot_are_printed() -> None:
    base = statusmote()
    at = utc(2026, 3, 3, 13, 30)
    notes = (
        *[dataclasses.replace(n, round_name="Dagvakt") for n in base.notes],
        Note(new_note_id(), NoteKind.UTFORDRING, "Alene på kveldsvakt", 1, 1, at,
             round_name="Kveldsvakt"),
        Note(new_note_id(), NoteKind.PARKERING, "Bemanning i julen", 1, None, at,
             status=NoteStatus.FORKASTET, round_name="Kveldsvakt"),
    )  # fmt: skip
    session = dataclasses.replace(base, notes=notes, rounds=("Dagvakt", "Kveldsvakt"))
    text = _text(session)
    assert squash("Møteleder: –") in text and squash("Referent: –") in text
    assert squash("Runder: Dagvakt, Kveldsvakt") in text
    assert squash("Alene på kveldsvakt (Kveldsvakt)") in text
    assert squash("Parkeringsplass") in text and squash("Bemanning i julen") in text
    assert squash("droppet") in text


def test_a_replanned_step_shows_planned_and_replanned() -> None:
    base = statusmote()
    cut = Event(EventType.REPLANNED, base.events[0].at, step=len(base.agenda.steps) - 1, minutes=-4)
    session = dataclasses.replace(base, events=(*base.events[:1], cut, *base.events[1:]))
    last = base.agenda.steps[-1].duration.planned
    assert squash(f"{last} → {last - 4}") in _text(session)
