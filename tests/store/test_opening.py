"""Opening a session for a seat: who gets the facilitator's seat, and what comes from before."""

from __future__ import annotations

import datetime as dt

import pytest

from agendas.library import resolve_agenda
from agendas.model import NoteKind
from store.errors import StoreError
from store.model import Note, SummaryItem, new_note_id
from store.opening import Opening, open_meeting
from store.seat_lease import claim_facilitator_seat
from store.sessions import SessionStore

DAY = dt.date(2026, 11, 23)
AT = dt.datetime(2026, 11, 23, 9, tzinfo=dt.UTC)


def _status_then_tiltak(store: SessionStore) -> tuple[str, str]:
    """A Statusmøte with a summary and an open tiltak, and the Tiltaksmøte that follows it."""
    first = store.create_session(resolve_agenda("statusmote"), title="Status", date=DAY)
    store.add_note(first.id, Note(new_note_id(), NoteKind.TILTAK, "Faste pauser", 1, 1, AT))
    store.save_summary(first.id, [SummaryItem("Lite tid til pauser", topic="Arbeidsmengde")])
    second = store.create_session(
        resolve_agenda("tiltaksmote"), title="Tiltak", date=DAY, follows=first.id
    )
    return first.id, second.id


def _release(*openings: Opening) -> None:
    for opening in openings:
        if opening.lease is not None:
            opening.lease.release()


def test_the_facilitator_gets_the_seat_and_a_second_window_the_minute_takers(
    store: SessionStore,
) -> None:
    session = store.create_session(resolve_agenda("hora"), title="HØRA", date=DAY)
    first = open_meeting(store, session.id, "facilitator", start=True)
    second = open_meeting(store, session.id, "facilitator", start=True)
    try:
        assert (first.seat, first.start, first.seat_taken) == ("facilitator", True, False)
        assert first.lease is not None
        # The seat is held: the second window takes notes and does not start the clock.
        assert (second.seat, second.start, second.seat_taken) == ("referent", False, True)
        assert second.lease is None
    finally:
        _release(first, second)
    again = open_meeting(store, session.id, "facilitator", start=False)
    assert again.seat == "facilitator"  # freed when the first window closed
    _release(again)


def test_a_following_meeting_carries_the_summary_and_the_open_tiltak(
    store: SessionStore,
) -> None:
    first_id, second_id = _status_then_tiltak(store)
    opening = open_meeting(store, second_id, "facilitator", start=True)
    _release(opening)
    assert opening.context == ["Arbeidsmengde: Lite tid til pauser"]
    assert [(s.id, n.text) for s, n in opening.actions] == [(first_id, "Faste pauser")]


def test_the_minute_taker_is_not_asked_to_review_tiltak(store: SessionStore) -> None:
    _, second_id = _status_then_tiltak(store)
    opening = open_meeting(store, second_id, "referent", start=False)
    assert opening.context and opening.actions == [] and opening.lease is None


def test_a_session_that_cannot_be_read_raises_and_holds_no_seat(store: SessionStore) -> None:
    session = store.create_session(resolve_agenda("hora"), title="HØRA", date=DAY)
    assert store.root is not None
    (store.root / "sessions" / session.id / "session.json").write_text("{ not json")
    with pytest.raises(StoreError):
        open_meeting(store, session.id, "facilitator", start=True)
    with pytest.raises(StoreError):
        open_meeting(store, "nosuch", "facilitator", start=True)
    lease = claim_facilitator_seat(store.root / "sessions" / session.id)
    assert lease is not None  # the failed openings left the seat free
    lease.release()
