"""Rounds: one meeting held for the day, evening and night shift ends in one set of minutes."""

from __future__ import annotations

import datetime as dt

from agendas.library import resolve_agenda
from agendas.model import NoteKind
from store.model import Note, NoteStatus, SummaryItem, new_note_id
from store.opening import open_meeting
from store.rounds import merged_rounds, rounds_of, start_round, whole_meeting
from store.sessions import SessionStore
from tui.export_command import render

DAY = dt.date(2026, 11, 23)
AT = dt.datetime(2026, 11, 23, 9, tzinfo=dt.UTC)


def _note(kind: NoteKind, text: str, group: int = 1) -> Note:
    return Note(new_note_id(), kind, text, 1, group, AT)


def _three_shifts(store: SessionStore) -> list[str]:
    """A Statusmøte held for the day, evening and night shift, a challenge in each."""
    day = store.create_session(
        resolve_agenda("statusmote"), title="Status 2. etg", date=DAY, place="Vaktrommet", groups=2
    )
    store.add_note(day.id, _note(NoteKind.UTFORDRING, "Lite tid til pauser"))
    evening = start_round(store, day.id, "Kveldsvakt", DAY)
    store.add_note(evening.id, _note(NoteKind.UTFORDRING, "Alene på vakt", 2))
    night = start_round(store, evening.id, " Nattevakt ", DAY + dt.timedelta(days=1))
    store.add_note(night.id, _note(NoteKind.UTFORDRING, "Tunge løft om natten"))
    return [day.id, evening.id, night.id]


def test_a_round_is_a_session_of_its_own_with_the_same_agenda_copy(store: SessionStore) -> None:
    day_id, evening_id, night_id = _three_shifts(store)
    day, night = store.load(day_id), store.load(night_id)
    assert (night.round_of, night.round_name) == (day_id, "Nattevakt")
    assert night.agenda == day.agenda and night.title == day.title
    assert (night.place, night.groups, night.date) == ("Vaktrommet", 2, DAY + dt.timedelta(days=1))
    assert [n.text for n in night.notes] == ["Tunge løft om natten"]  # its own notes
    assert night.events == () and night.state.value == "new"  # its own timer
    names = [(r.id, r.round_name) for r in rounds_of(store, night)]
    assert names == [(day_id, ""), (evening_id, "Kveldsvakt"), (night_id, "Nattevakt")]
    infos = {info.id: info for info in store.list_sessions()}
    assert infos[evening_id].round_of == day_id


def test_the_rounds_seen_as_one_meeting_mark_each_note_by_its_round(store: SessionStore) -> None:
    day_id, _, night_id = _three_shifts(store)
    store.save_summary(night_id, [SummaryItem("Lite tid og tunge løft", topic="Arbeidsmengde")])
    meeting = whole_meeting(store, store.load(day_id), "Dagvakt")
    assert meeting.rounds == ("Dagvakt", "Kveldsvakt", "Nattevakt")
    assert [(n.round_name, n.text) for n in meeting.notes] == [
        ("Dagvakt", "Lite tid til pauser"),
        ("Kveldsvakt", "Alene på vakt"),
        ("Nattevakt", "Tunge løft om natten"),
    ]
    assert [item.text for item in meeting.summary] == ["Lite tid og tunge løft"]
    alone = store.load(day_id)
    assert merged_rounds([alone], "Dagvakt") is alone


def test_the_minutes_cover_every_round(store: SessionStore) -> None:
    _, evening_id, _ = _three_shifts(store)
    text = render(store, store.load(evening_id), "minutes", AT, lang="nb")
    assert "- **Runder:** Første runde, Kveldsvakt, Nattevakt" in text
    assert "  - Alene på vakt *(Kveldsvakt)*" in text
    assert "  - Tunge løft om natten *(Nattevakt)*" in text
    assert "Lite tid til pauser" in text


def test_a_follow_up_meeting_continues_every_round(store: SessionStore) -> None:
    day_id, evening_id, _ = _three_shifts(store)
    tiltak = Note(new_note_id(), NoteKind.TILTAK, "Faste pauser", 1, 1, AT)
    store.add_note(evening_id, tiltak)
    store.save_summary(evening_id, [SummaryItem("Alene på vakt om kvelden")])
    follow = store.create_session(
        resolve_agenda("tiltaksmote"), title="Tiltak", date=DAY, follows=evening_id
    )
    opening = open_meeting(store, follow.id, "facilitator", start=True)
    assert opening.lease is not None
    opening.lease.release()
    assert opening.context == ["Alene på vakt om kvelden"]
    # The review writes to the round the tiltak was made in.
    assert [(s.id, n.text) for s, n in opening.actions] == [(evening_id, "Faste pauser")]
    store.update_note(evening_id, tiltak.id, status=NoteStatus.PABEGYNT)
    assert store.load(day_id).notes[0].status is NoteStatus.IKKE_STARTET
