"""Following a tiltak up: status, effect and next review, each change kept with its date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from agendas.model import Agenda, NoteKind
from store.errors import InvalidInput
from store.model import Effect, NoteStatus
from store.sessions import SessionStore
from tests.store.helpers import T0, FakeClock, note


def _tiltak(store: SessionStore, agenda: Agenda) -> tuple[str, str]:
    session = store.create_session(agenda, title="Tiltak", date=T0.date())
    added = store.add_note(session.id, note(kind=NoteKind.TILTAK, text="Faste pauser"))
    return session.id, added.id


def test_each_follow_up_is_kept_with_its_date(tmp_path: Path, agenda: Agenda) -> None:
    clock = FakeClock()
    store = SessionStore.open(tmp_path / "store", clock=clock)
    session_id, note_id = _tiltak(store, agenda)
    clock.advance(60 * 24 * 30)
    store.update_note(session_id, note_id, status="påbegynt", review_on="2027-01-15")
    clock.advance(60 * 24 * 45)
    store.update_note(
        session_id, note_id, status=NoteStatus.GJENNOMFORT, effect="delvis", effect_note="Bedre"
    )
    store.update_note(session_id, note_id, status=NoteStatus.GJENNOMFORT)  # no change: no entry
    store.update_note(session_id, note_id, text="Faste pauser hver vakt")  # not a follow-up

    tiltak = SessionStore.open(tmp_path / "store").load(session_id).notes[0]
    assert (tiltak.status, tiltak.effect, tiltak.effect_note) == (
        NoteStatus.GJENNOMFORT,
        Effect.DELVIS,
        "Bedre",
    )
    assert tiltak.review_on == dt.date(2027, 1, 15)
    assert [(f.at.date(), f.status, f.effect, f.review_on) for f in tiltak.history] == [
        (dt.date(2026, 4, 9), NoteStatus.PABEGYNT, None, dt.date(2027, 1, 15)),
        (dt.date(2026, 5, 24), NoteStatus.GJENNOMFORT, Effect.DELVIS, dt.date(2027, 1, 15)),
    ]


def test_two_seats_changing_one_tiltak_lose_no_update(tmp_path: Path, agenda: Agenda) -> None:
    first = SessionStore.open(tmp_path / "store", clock=FakeClock())
    session_id, note_id = _tiltak(first, agenda)
    second = SessionStore.open(tmp_path / "store", clock=FakeClock())
    second.load(session_id)  # the second seat has the note in memory before the first writes
    first.update_note(session_id, note_id, status=NoteStatus.PABEGYNT)
    second.update_note(session_id, note_id, effect=Effect.JA)
    first.update_note(session_id, note_id, ansvarlig="Avdelingsleder")

    tiltak = SessionStore.open(tmp_path / "store").load(session_id).notes[0]
    assert (tiltak.status, tiltak.effect, tiltak.ansvarlig) == (
        NoteStatus.PABEGYNT,
        Effect.JA,
        "Avdelingsleder",
    )
    assert [(f.status, f.effect) for f in tiltak.history] == [
        (NoteStatus.PABEGYNT, None),
        (NoteStatus.PABEGYNT, Effect.JA),
    ]


@pytest.mark.parametrize(
    "change", [{"status": "kanskje"}, {"effect": "mye"}, {"review_on": "neste uke"}]
)
def test_an_unknown_answer_is_refused(
    store: SessionStore, agenda: Agenda, change: dict[str, str]
) -> None:
    session_id, note_id = _tiltak(store, agenda)
    with pytest.raises(InvalidInput):
        store.update_note(session_id, note_id, **change)
    assert store.load(session_id).notes[0].history == ()


def test_closed_means_carried_out_or_dropped() -> None:
    assert {status for status in NoteStatus if status.closed} == {
        NoteStatus.GJENNOMFORT,
        NoteStatus.FORKASTET,
    }
