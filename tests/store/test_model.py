"""The session records and the frozen agenda copy."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from agendas.model import Agenda, Duration, GroupWork, NoteKind, Rounds, Step, Target
from agendas.serialize import agenda_from_dict, agenda_to_dict
from store.model import Event, EventType, Note, Roles, Session, new_note_id
from tests.store.helpers import at, make_agenda


def note(step: int, group: int | None, *, deleted: bool = False) -> Note:
    return Note(new_note_id(), NoteKind.NOTAT, "tekst", step, group, at(0), deleted=deleted)


def session(agenda: Agenda, notes: tuple[Note, ...], events: tuple[Event, ...] = ()) -> Session:
    return Session(
        id="abc123",
        agenda=agenda,
        title="Starte",
        date=dt.date(2026, 3, 10),
        place="",
        roles=Roles(),
        groups=2,
        follows=None,
        events=events,
        notes=notes,
        summary=(),
        created=at(0),
    )


def test_session_helpers_hide_deleted_notes_and_filter_by_step(agenda: Agenda) -> None:
    kept, gone, other, plenum = note(1, 1), note(1, 2, deleted=True), note(2, 1), note(1, None)
    s = session(agenda, (kept, gone, other, plenum))
    assert s.live_notes == (kept, other, plenum)
    assert s.notes_for_step(1) == (kept, plenum)
    assert s.notes_for_group(1, None) == (plenum,)
    assert s.note(gone.id) == gone
    with pytest.raises(KeyError):
        s.note("nope")


def test_session_state_and_timing_come_from_the_log(agenda: Agenda) -> None:
    s = session(agenda, (), (Event(EventType.STARTED, at(0)), Event(EventType.PAUSED, at(2))))
    assert s.state == "paused"
    assert s.timing(at(10)).steps[0].elapsed == dt.timedelta(minutes=2)


def test_naive_times_are_refused() -> None:
    with pytest.raises(ValueError, match="timezone"):
        Event(EventType.STARTED, dt.datetime(2026, 1, 1, 9, 0))
    with pytest.raises(ValueError, match="timezone"):
        Note("x", NoteKind.IDE, "t", 0, None, dt.datetime(2026, 1, 1, 9, 0))


def test_note_ids_are_unique() -> None:
    assert len({new_note_id() for _ in range(1000)}) == 1000


def test_rich_agenda_copy_round_trips_through_json() -> None:
    agenda = make_agenda()
    copied = agenda_from_dict(json.loads(json.dumps(agenda_to_dict(agenda))))
    assert copied == agenda
    assert copied.steps[1].rounds == Rounds(2, 10, "intervju")


texts = st.text(max_size=20)
maybe_text = st.none() | texts
small = st.integers(min_value=0, max_value=500)
steps = st.builds(
    Step,
    title=texts,
    duration=st.builds(Duration, planned=small, limit=small),
    line=small,
    description=st.lists(texts, max_size=3).map(tuple),
    questions=st.lists(texts, max_size=3).map(tuple),
    tips=st.lists(texts, max_size=2).map(tuple),
    outcome=maybe_text,
    targets=st.lists(
        st.builds(
            Target,
            kind=st.sampled_from(NoteKind),
            count=st.none() | small,
            per_group=st.booleans(),
        ),
        max_size=3,
    ).map(tuple),
    group_work=st.none()
    | st.builds(GroupWork, min_size=st.none() | small, max_size=st.none() | small),
    rounds=st.none() | st.builds(Rounds, count=small, minutes=small, label=texts),
    factors=st.lists(texts, max_size=3).map(tuple),
)
agendas = st.builds(
    Agenda,
    id=texts,
    title=texts,
    steps=st.lists(steps, max_size=4).map(tuple),
    purpose=st.lists(texts, max_size=3).map(tuple),
    outcome=maybe_text,
    next=maybe_text,
    participants=maybe_text,
    preparation=st.lists(texts, max_size=3).map(tuple),
    path=maybe_text,
    source=texts,
    extra=st.lists(st.tuples(texts, texts), max_size=3).map(tuple),
    factors=st.lists(texts, max_size=3).map(tuple),
)


@given(agendas)
def test_any_agenda_round_trips_exactly(agenda: Agenda) -> None:
    copied = agenda_from_dict(json.loads(json.dumps(agenda_to_dict(agenda))))
    assert copied == agenda


def test_the_copy_covers_every_model_field() -> None:
    """A field added to agendas.model later must be added to the copy too."""
    agenda_fields = {f.name for f in dataclasses.fields(Agenda)}
    step_fields = {f.name for f in dataclasses.fields(Step)}
    data = agenda_to_dict(make_agenda())
    assert set(data) == agenda_fields
    assert set(data["steps"][0]) == step_fields
