"""SessionStore behaviour, the same on TinyDB MemoryStorage and on disk."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import TypedDict, Unpack, cast

import pytest

from agendas.model import Agenda, IgloLevel, NoteKind
from store import sessions as sessions_module
from store.control import control_holder
from store.errors import AmbiguousSessionId, InvalidInput, NoteNotFound, SessionNotFound
from store.event_replay import start_events
from store.index import latest_unfinished
from store.model import Event, EventType, NoteStatus, Roles, Seat, SummaryItem
from store.sessions import SessionStore
from tests.store.helpers import FakeClock, at, note, stored_files
from tui.session_lines import format_session_lines

DAY = dt.date(2026, 3, 10)


class SessionOptions(TypedDict, total=False):
    """The keyword options of `SessionStore.create_session` besides title and date."""

    place: str
    roles: Roles
    groups: int
    follows: str | None
    names_recorded: bool
    zone: str | None


def new(
    store: SessionStore,
    agenda: Agenda,
    title: str = "Starte",
    *,
    date: dt.date = DAY,
    **kw: Unpack[SessionOptions],
) -> str:
    return store.create_session(agenda, title=title, date=date, **kw).id


def test_a_created_session_loads_back_with_its_frozen_agenda(
    store: SessionStore, agenda: Agenda
) -> None:
    created = store.create_session(
        agenda,
        title="Starte HMS",
        date=DAY,
        place="Møterom 2",
        roles=Roles(moteleder="Kari", referent=None),
        groups=3,
        names_recorded=True,
    )
    assert re.fullmatch(r"[a-z2-9]{6}", created.id)
    loaded = store.load(created.id)
    assert loaded == created
    assert loaded.agenda == agenda
    assert loaded.state == "new"


def test_ids_are_short_and_unique(store: SessionStore, agenda: Agenda) -> None:
    ids = {new(store, agenda) for _ in range(50)}
    assert len(ids) == 50
    assert all(len(sid) == 6 for sid in ids)


def test_a_unique_prefix_finds_a_session_and_an_ambiguous_one_is_refused(
    store: SessionStore, agenda: Agenda, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = iter(["abc234", "abc567", "xyz234"])
    monkeypatch.setattr(sessions_module, "new_session_id", lambda: next(made))
    for _ in range(3):
        new(store, agenda)
    assert store.load("xy").id == "xyz234"
    assert store.load("abc5").id == "abc567"
    with pytest.raises(AmbiguousSessionId, match="abc234, abc567"):
        store.load("abc")
    with pytest.raises(SessionNotFound, match="qqq"):
        store.load("qqq")
    assert store.load(" XYZ2 ").id == "xyz234"  # typed ids are forgiving about case
    for odd in ("", "../abc234", "abc/", "xyz234/../abc234"):
        with pytest.raises(SessionNotFound):
            store.load(odd)


def test_notes_are_saved_in_order_and_a_retried_add_is_a_no_op(
    store: SessionStore, agenda: Agenda
) -> None:
    sid = new(store, agenda)
    first, second = note(0, 1, "Første"), note(1, None, "Andre")
    assert store.add_note(sid, first) == first
    store.add_note(sid, second)
    store.add_note(sid, first)  # the retry of a save that had in fact succeeded
    loaded = store.load(sid)
    assert loaded.notes == (first, second)
    assert loaded.notes_for_group(1, None) == (second,)


def test_a_tiltak_keeps_all_its_fields(store: SessionStore, agenda: Agenda) -> None:
    sid = new(store, agenda)
    tiltak = note(
        2,
        2,
        "Fast ukemøte",
        kind=NoteKind.TILTAK,
        iglo=IgloLevel.LEDELSE,
        ansvarlig="Leder",
        ressurser="1 time i uka",
        frist=dt.date(2026, 6, 1),
        status=NoteStatus.PABEGYNT,
    )
    onske = note(2, 1, "Mer tid", kind=NoteKind.ONSKE, rank=1)
    store.add_note(sid, tiltak)
    store.add_note(sid, onske)
    assert store.load(sid).notes == (tiltak, onske)


def test_edits_and_soft_deletes_are_stored_and_a_restore_brings_a_note_back(
    store: SessionStore, agenda: Agenda
) -> None:
    sid = new(store, agenda)
    original = note(1, 1, "Skrivefeil")
    store.add_note(sid, original)
    cast(FakeClock, store.clock).advance(1)
    edited = store.update_note(sid, original.id, text="Rettet", kind="utfordring")
    assert edited.text == "Rettet"
    assert edited.kind is NoteKind.UTFORDRING
    assert edited.edited == at(1)
    assert store.load(sid).live_notes == (edited,)
    store.delete_note(sid, original.id)
    assert store.load(sid).live_notes == ()
    assert store.load(sid).note(original.id).deleted  # soft: still stored
    assert store.restore_note(sid, original.id) == edited
    assert store.restore_note(sid, original.id) == edited  # retried: no-op
    assert store.load(sid).live_notes == (edited,)
    with pytest.raises(NoteNotFound):
        store.restore_note(sid, "missing")


def test_an_edit_that_changes_nothing_writes_nothing(store: SessionStore, agenda: Agenda) -> None:
    sid = new(store, agenda)
    kept = note(0, 1, "Beholdes")
    store.add_note(sid, kept)
    token = stored_files(store, sid)
    assert store.update_note(sid, kept.id, text="Beholdes") == kept
    assert stored_files(store, sid) == token
    assert store.load(sid).live_notes == (kept,)


def test_bad_note_changes_are_refused_without_touching_the_session(
    store: SessionStore, agenda: Agenda
) -> None:
    sid = new(store, agenda)
    saved = note(0, 1)
    store.add_note(sid, saved)
    token = stored_files(store, sid)
    with pytest.raises(InvalidInput):
        store.add_note(sid, note(step=9))
    with pytest.raises(InvalidInput):
        store.update_note(sid, saved.id, created=at(5))
    with pytest.raises(InvalidInput):
        store.update_note(sid, saved.id, kind="sladder")
    with pytest.raises(NoteNotFound):
        store.update_note(sid, "missing", text="x")
    with pytest.raises(NoteNotFound):
        store.delete_note(sid, "missing")
    assert stored_files(store, sid) == token
    assert store.load(sid).notes == (saved,)


def test_events_drive_state_and_timing_and_duplicates_are_ignored(
    store: SessionStore, agenda: Agenda
) -> None:
    sid = new(store, agenda)
    start = Event(EventType.STARTED, at(0), step=0)
    store.record_event(sid, start)
    store.record_event(sid, start)
    store.record_event(sid, Event(EventType.STEP_ENTERED, at(12), step=1))
    store.record_event(sid, Event(EventType.PAUSED, at(15)))
    session = store.load(sid)
    assert len(session.events) == 3
    assert session.state == "paused"
    timing = session.timing(at(40))
    assert timing.steps[0].elapsed == dt.timedelta(minutes=12)
    assert timing.steps[1].elapsed == dt.timedelta(minutes=3)
    with pytest.raises(InvalidInput):
        store.record_event(sid, Event(EventType.STEP_ENTERED, at(16), step=4))
    with pytest.raises(InvalidInput):
        store.record_event(sid, Event(EventType.TIME_ADDED, at(16)))


def test_a_session_created_started_is_running_on_its_first_step_from_its_one_write(
    store: SessionStore, agenda: Agenda
) -> None:
    session = store.create_session(agenda, title="t", date=DAY, events=start_events(at(0)))
    assert session.state == "running"
    again = SessionStore.open(store.root).load(session.id)  # as another process reads it
    assert again.state == "running"
    assert again.timing(at(5)).current == 0
    assert again.timing(at(5)).steps[0].elapsed == dt.timedelta(minutes=5)
    bad = Event(EventType.STEP_ENTERED, at(0), step=len(agenda.steps))
    before = sorted(p.name for p in store.sessions_dir.iterdir())
    with pytest.raises(InvalidInput):
        store.create_session(agenda, title="t", date=DAY, events=(bad,))
    assert sorted(p.name for p in store.sessions_dir.iterdir()) == before  # no half session


def test_control_hand_over_is_stored_and_does_not_move_the_clock(
    store: SessionStore, agenda: Agenda
) -> None:
    sid = new(store, agenda)
    store.record_event(sid, Event(EventType.STARTED, at(0), step=0))
    assert control_holder(store.load(sid).events) is Seat.FACILITATOR
    store.record_event(sid, Event(EventType.CONTROL_GIVEN, at(5), seat=Seat.REFERENT))
    session = store.load(sid)
    assert control_holder(session.events) is Seat.REFERENT
    assert session.timing(at(20)).steps[0].elapsed == dt.timedelta(minutes=20)
    assert session.state == "running"
    store.record_event(sid, Event(EventType.CONTROL_GIVEN, at(9), seat=Seat.FACILITATOR))
    assert control_holder(store.load(sid).events) is Seat.FACILITATOR
    with pytest.raises(InvalidInput):
        store.record_event(sid, Event(EventType.CONTROL_GIVEN, at(10)))
    with pytest.raises(InvalidInput):
        store.record_event(sid, Event(EventType.PAUSED, at(10), seat=Seat.REFERENT))


def test_summary_is_replaced_as_a_whole(store: SessionStore, agenda: Agenda) -> None:
    sid = new(store, agenda)
    store.save_summary(sid, [SummaryItem("Travelt", "Arbeidsmengde", 1, ("a", "b"))])
    items = [SummaryItem("Godt miljø", order=2), SummaryItem("Mye støy", "Lyd", 1, ("c",))]
    store.save_summary(sid, items)
    assert store.load(sid).summary == (items[1], items[0])


def test_session_fields_can_be_changed(store: SessionStore, agenda: Agenda) -> None:
    first = new(store, agenda, "Statusmøte")
    second = new(store, agenda, "Tiltaksmøte")
    updated = store.update_session(
        second, title="Tiltak", place="Kantina", groups=4, follows=first, roles=Roles("Ola")
    )
    assert (updated.title, updated.place, updated.groups, updated.follows) == (
        "Tiltak",
        "Kantina",
        4,
        first,
    )
    assert updated.roles == Roles("Ola")
    assert store.load(second) == updated
    with pytest.raises(InvalidInput):
        store.update_session(second, notes=())
    with pytest.raises(InvalidInput):
        store.update_session(second, groups=0)


def test_list_shows_sessions_newest_first_with_their_state(
    store: SessionStore, agenda: Agenda
) -> None:
    old = new(store, agenda, "Gammel", date=dt.date(2026, 1, 5))
    store.record_event(old, Event(EventType.STARTED, at(0)))
    store.record_event(old, Event(EventType.ENDED, at(60)))
    other_agenda = dataclasses.replace(agenda, id="tiltaksmote")
    cast(FakeClock, store.clock).advance(1)
    running = new(store, other_agenda, "Pågår", date=dt.date(2026, 2, 1), follows=old)
    store.record_event(running, Event(EventType.STARTED, at(0)))
    cast(FakeClock, store.clock).advance(1)
    fresh = new(store, agenda, "Ny", date=dt.date(2026, 2, 1))  # same day, created later
    infos = store.list_sessions()
    assert [i.id for i in infos] == [fresh, running, old]
    assert [i.state for i in infos] == ["new", "running", "ended"]
    assert infos[1].follows == old
    assert infos[1].agenda_id == "tiltaksmote"
    latest = latest_unfinished(infos)
    assert latest is not None and latest.id == fresh
    for_agenda = next(i for i in store.list_sessions() if i.agenda_id == "tiltaksmote")
    assert for_agenda is not None and for_agenda.id == running
    lines = format_session_lines(infos)
    assert lines[2].split() == [old, "2026-01-05", "starte", "Gammel", "avsluttet"]
    assert len({len(line.rsplit("  ", 1)[0]) for line in lines}) == 1  # state column aligned


def test_change_token_moves_only_when_the_session_changes(
    store: SessionStore, agenda: Agenda
) -> None:
    sid = new(store, agenda)
    before = stored_files(store, sid)
    store.load(sid)
    store.list_sessions()
    assert stored_files(store, sid) == before
    store.add_note(sid, note())
    after = stored_files(store, sid)
    assert after != before
    store.update_session(sid, title="Nytt navn")
    assert stored_files(store, sid) != after
