"""The checklists before and after a meeting: ticks kept with the session, the frozen agenda
keeping its after-tasks, framing and proposal markers."""

from __future__ import annotations

import dataclasses
import datetime as dt

from agendas.model import Agenda
from store.checklist_saving import save_checked
from store.checklists import checklist
from store.meeting import Meeting
from store.model import Roles
from store.sessions import SessionStore
from tests.store.helpers import FakeClock

DAY = dt.date(2026, 3, 10)


def guided(agenda: Agenda) -> Agenda:
    """The test agenda with a preparation list, after-tasks, framing and proposals."""
    steps = (
        dataclasses.replace(agenda.steps[0], proposal="Minuttene er valgt."),
        *agenda.steps[1:],
    )
    return dataclasses.replace(
        agenda,
        steps=steps,
        preparation=("Bestill rom", "Skriv ut plansjer"),
        after=("Samle inn plansjene", "Lag oppsummeringen"),
        framing=("Styrker: positiv tilnærming.",),
        proposal="Stegene er Plansjes forslag.",
    )


def test_ticks_are_kept_with_the_session_through_the_outbox(
    store: SessionStore, agenda: Agenda
) -> None:
    session = store.create_session(
        guided(agenda), title="Møte", date=DAY, place="", roles=Roles(), groups=1
    )
    meeting = Meeting(store, session, FakeClock())
    save_checked(meeting, {"before:1"})
    save_checked(meeting, {"before:1", "after:0"})
    assert [item.done for item in checklist(meeting.session, "before")] == [False, True]
    assert store.load(session.id).checked == ()  # nothing on disk until the outbox flushes
    meeting.flush()
    loaded = store.load(session.id)
    assert [(item.text, item.done) for item in checklist(loaded, "after")] == [
        ("Samle inn plansjene", True),
        ("Lag oppsummeringen", False),
    ]
    assert [item.done for item in checklist(loaded, "before")] == [False, True]


def test_the_frozen_agenda_keeps_after_tasks_framing_and_proposals(
    store: SessionStore, agenda: Agenda
) -> None:
    wanted = guided(agenda)
    session = store.create_session(
        wanted, title="Møte", date=DAY, place="", roles=Roles(), groups=1
    )
    loaded = store.load(session.id).agenda
    assert loaded == wanted
    assert loaded.steps[0].proposal == "Minuttene er valgt."


def test_unticking_everything_forgets_the_ticks(store: SessionStore, agenda: Agenda) -> None:
    session = store.create_session(
        guided(agenda), title="Møte", date=DAY, place="", roles=Roles(), groups=1
    )
    meeting = Meeting(store, session, FakeClock())
    save_checked(meeting, {"after:1"})
    save_checked(meeting, set())
    meeting.flush()
    assert store.load(session.id).checked == ()


def test_a_seat_with_an_older_copy_does_not_undo_a_tick_it_has_not_seen(
    store: SessionStore, agenda: Agenda
) -> None:
    session = store.create_session(
        guided(agenda), title="Møte", date=DAY, place="", roles=Roles(), groups=1
    )
    first = Meeting(store, session, FakeClock())
    second = Meeting(store, session, FakeClock())
    save_checked(first, {"before:0"})
    first.flush()
    save_checked(second, {"after:1"})  # its copy has not seen "before:0"
    second.flush()
    assert store.load(session.id).checked == ("after:1", "before:0")
