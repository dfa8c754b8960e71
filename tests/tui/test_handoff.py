"""From one meeting to the next: the summary consolidated at the end of a Statusmøte becomes
context in the Tiltaksmøte, and open tiltak of earlier meetings are reviewed at the start."""

from __future__ import annotations

import datetime as dt

from textual.pilot import Pilot
from textual.widgets import Input, OptionList

from agendas.library import resolve_agenda
from agendas.model import NoteKind
from store.model import Note, NoteStatus, new_note_id
from store.sessions import SessionStore
from tui.app import PlansjeApp
from tui.screens.review import ReviewDialog
from tui.screens.run import RunScreen
from tui.screens.summary import SummaryScreen
from tui.widgets.step_detail import StepDetail

from .conftest import START, FakeClock


async def _enter(pilot: Pilot[None], text: str) -> None:
    pilot.app.screen.query_one("#note-input", Input).value = text
    await pilot.press("enter")


async def test_statusmote_summary_feeds_the_tiltaksmote(
    clock: FakeClock, store: SessionStore
) -> None:
    status = store.create_session(
        resolve_agenda("statusmote"), title="Status", date=START.date(), groups=2
    )
    app = PlansjeApp(store, clock=clock, session_id=status.id)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("pagedown")  # group work: collects utfordringer
        for text in (
            "g1 Mye avbrytelser",
            "g2 mye avbrytelser",
            "g2 Lite tid til opplæring",
            "g1 Tunge løft",
        ):
            await _enter(pilot, text)
        clock.advance(minutes=70)
        await pilot.press("f10")
        await pilot.pause()
        await pilot.click("#yes")
        await app.workers.wait_for_complete()
        await pilot.pause()
        summary = app.screen
        assert isinstance(summary, SummaryScreen)
        # The draft merged the two "avbrytelser" notes; three items remain.
        assert [len(i.sources) for i in summary.items] == [2, 1, 1]
        await pilot.press("down", "down", "shift+up", "shift+up")  # "Tunge løft" first
        await pilot.press("enter")
        summary.query_one("#summary-input", Input).value = "Tunge løft uten hjelpemidler"
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, RunScreen)
    stored = store.load(status.id).summary
    assert [item.text for item in sorted(stored, key=lambda i: i.order)] == [
        "Tunge løft uten hjelpemidler",
        "Mye avbrytelser",
        "Lite tid til opplæring",
    ]

    tiltak = store.create_session(
        resolve_agenda("tiltaksmote"),
        title="Tiltak",
        date=START.date(),
        groups=2,
        follows=status.id,
    )
    again = PlansjeApp(store, clock=clock, session_id=tiltak.id)
    async with again.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        detail = str(again.screen.query_one(StepDetail).query_one("#step-body").render())
        assert "Fra forrige møte" in detail and "Tunge løft uten hjelpemidler" in detail


async def test_open_tiltak_of_the_previous_meeting_are_reviewed_at_the_start(
    clock: FakeClock, store: SessionStore
) -> None:
    first = store.create_session(resolve_agenda("apu-2"), title="APU 2", date=START.date())
    for text, status in (
        ("Faste pauser", NoteStatus.IKKE_STARTET),
        ("Ny turnus", NoteStatus.GJENNOMFORT),
    ):
        note = Note(
            new_note_id(),
            NoteKind.TILTAK,
            text,
            1,
            1,
            START,
            status=status,
            ansvarlig="Ledelsen",
            frist=dt.date(2026, 12, 1),
        )
        store.add_note(first.id, note)
    second = store.create_session(
        resolve_agenda("apu-2"), title="Oppfølging", date=START.date(), follows=first.id
    )
    app = PlansjeApp(store, clock=clock, session_id=second.id)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        review = app.screen
        assert isinstance(review, ReviewDialog)
        assert [note.text for _, note in review.actions] == ["Faste pauser"]  # not the done one
        await pilot.press("space")  # åpen -> pågår
        await pilot.press("escape")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, RunScreen)
    statuses = {n.text: n.status for n in store.load(first.id).live_notes}
    assert statuses == {"Faste pauser": NoteStatus.PABEGYNT, "Ny turnus": NoteStatus.GJENNOMFORT}


async def test_the_opening_review_asks_whether_a_tiltak_had_an_effect(
    clock: FakeClock, store: SessionStore
) -> None:
    from textual.widgets import Input, Select

    from store.model import Effect
    from tui.screens.follow_up import FollowUpDialog

    tiltak = Note(
        new_note_id(), NoteKind.TILTAK, "Faste pauser", 1, 1, START, frist=dt.date(2026, 11, 1)
    )
    first_id, app = _follow_up_of(store, clock, "apu-2", tiltak)
    async with app.run_test(size=(120, 30)) as pilot:
        review, options = await _review(pilot)
        assert "forfalt" in str(options.get_option_at_index(0).prompt)
        await pilot.press("enter")
        form = app.screen
        assert isinstance(form, FollowUpDialog)
        form.query_one("#status", Select).value = NoteStatus.GJENNOMFORT
        form.query_one("#effect", Select).value = Effect.NEI
        form.query_one("#effect-note", Input).value = "Pausene blir ikke tatt"
        await pilot.click("#save")
        await pilot.pause()
        assert app.screen is review
        await pilot.press("escape")
        await app.workers.wait_for_complete()
    stored = store.load(first_id).notes[0]
    assert (stored.status, stored.effect, stored.effect_note) == (
        NoteStatus.GJENNOMFORT,
        Effect.NEI,
        "Pausene blir ikke tatt",
    )
    assert len(stored.history) == 1


async def test_a_parked_item_is_taken_up_moved_on_or_dropped_in_the_next_meeting(
    clock: FakeClock, store: SessionStore
) -> None:
    parked = Note(new_note_id(), NoteKind.PARKERING, "Bemanning i julen", 1, None, START)
    first_id, app = _follow_up_of(store, clock, "statusmote", parked)
    async with app.run_test(size=(120, 30)) as pilot:
        _, options = await _review(pilot)
        assert "[parkert] parkering: Bemanning i julen" in str(
            options.get_option_at_index(0).prompt
        )
        await pilot.press("enter")  # a parked item has no effect question: Enter moves it on
        assert "[tatt opp]" in str(options.get_option_at_index(0).prompt)
        await pilot.press("space")
        assert "[flyttet videre]" in str(options.get_option_at_index(0).prompt)
        await pilot.press("escape")
        await app.workers.wait_for_complete()
    # Moved on: still parked for the meeting after this one.
    assert store.load(first_id).notes[0].status is NoteStatus.PABEGYNT


def _follow_up_of(
    store: SessionStore, clock: FakeClock, agenda_id: str, note: Note
) -> tuple[str, PlansjeApp]:
    """A meeting with `note`, and an app opening the meeting that follows it."""
    first = store.create_session(resolve_agenda(agenda_id), title="Før", date=START.date())
    store.add_note(first.id, note)
    follow = "tiltaksmote" if agenda_id == "statusmote" else agenda_id
    second = store.create_session(
        resolve_agenda(follow), title="Oppfølging", date=START.date(), follows=first.id
    )
    return first.id, PlansjeApp(store, clock=clock, session_id=second.id)


async def _review(pilot: Pilot[None]) -> tuple[ReviewDialog, OptionList]:
    """The opening review, once it is up, and its list."""
    await pilot.pause()
    review = pilot.app.screen
    assert isinstance(review, ReviewDialog)
    return review, review.query_one(OptionList)
