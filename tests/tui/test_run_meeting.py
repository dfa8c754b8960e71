"""A whole meeting driven through the keyboard, as the facilitator and minute-taker would."""

from __future__ import annotations

from typing import cast

from textual.app import App
from textual.content import Content
from textual.pilot import Pilot
from textual.widgets import Digits, Input

from agendas.library import Library
from agendas.model import IgloLevel, NoteKind
from store.sessions import SessionStore
from store.timing import MeetingState
from tui.screens.run import RunScreen
from tui.widgets.note_list import NoteList

from .conftest import START, FakeClock, new_run_app


async def _type(pilot: Pilot[None], text: str) -> None:
    """Type into the focused input key by key (slow in Pilot: keep it short)."""
    await pilot.press(*[c if c != " " else "space" for c in text])


async def _enter(pilot: Pilot[None], text: str) -> None:
    """Put a line in the note input and press Enter, as a fast typist would."""
    pilot.app.screen.query_one("#note-input", Input).value = text
    await pilot.press("enter")


def _screen(app: App[None]) -> RunScreen:
    assert isinstance(app.screen, RunScreen)
    return app.screen


async def test_typing_starts_a_note_at_once_and_enter_saves_it(
    store: SessionStore, clock: FakeClock
) -> None:
    app = new_run_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.focused, Input) and app.focused.id == "note-input"
        await pilot.press(*"Travelt", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = _screen(app)
        saved = store.load(screen.meeting.session.id).live_notes
        assert [n.text for n in saved] == ["Travelt"]
        # Statusmøte's first step collects no target and has no group work: a plenum notat.
        assert (saved[0].kind.value, saved[0].group) == ("notat", None)
        options = app.screen.query_one(NoteList)
        assert "Travelt" in str(options.get_option_at_index(0).prompt)


async def test_whole_meeting_with_every_kind_pause_overtime_end_and_resume(
    store: SessionStore, clock: FakeClock, library: Library
) -> None:
    app = new_run_app(store, clock, "tiltaksmote", groups=2, library=library)
    session_id = None
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = _screen(app)
        session_id = screen.meeting.session.id
        assert screen.meeting.timing().state is MeetingState.RUNNING
        await pilot.press("pagedown")  # to the group work step
        assert screen.meeting.timing().current == 1
        for prefix, kind in [
            ("n", "notat"),
            ("u", "utfordring"),
            ("b", "bevaringspunkt"),
            ("f", "forbedringspunkt"),
            ("ø", "ønske"),
            ("i", "idé"),
            ("v", "vedtak"),
            ("s", "spørsmål"),
            ("pk", "parkering"),
        ]:
            await _enter(pilot, f"g2 {prefix}: Tekst {kind}")
        await _type(pilot, "t: Kurs")
        await pilot.press("enter")
        await pilot.pause()
        # A tiltak opens its details dialog: IGLO level, ansvarlig, ressurser, frist.
        dialog = app.screen
        dialog.query_one("#ansvarlig", Input).value = "Avdelingsleder"
        dialog.query_one("#frist", Input).value = "2026-12-15"
        from textual.widgets import Select

        dialog.query_one("#iglo", Select).value = IgloLevel.LEDELSE
        await pilot.click("#save")
        await pilot.pause()
        assert isinstance(app.screen, RunScreen)

        # Pause stops the clock; overtime keeps counting past zero.
        await pilot.press("f2")
        clock.advance(minutes=30)
        await pilot.pause(0.3)
        assert screen.meeting.timing().state is MeetingState.PAUSED
        await pilot.press("f2")
        step = screen.meeting.timing().current_step
        assert step is not None
        clock.advance(minutes=step.planned.total_seconds() / 60 + 3)
        await pilot.pause(0.4)
        digits = screen.query_one(Digits).value
        assert digits.startswith("+03:"), digits
        assert screen.query_one("#timer").has_class("-overtime") or screen.query_one(
            "#timer"
        ).has_class("-warning")

        await pilot.press("f10")
        await pilot.pause()
        await pilot.click("#yes")
        await pilot.pause()
        assert screen.meeting.timing().state is MeetingState.ENDED
        await app.workers.wait_for_complete()

    saved = store.load(session_id)
    kinds = sorted(n.kind.value for n in saved.live_notes)
    assert kinds == sorted(k.value for k in NoteKind)
    assert all(n.group == 2 for n in saved.live_notes if n.kind is not NoteKind.TILTAK)
    tiltak = next(n for n in saved.live_notes if n.kind is NoteKind.TILTAK)
    assert (tiltak.iglo, tiltak.ansvarlig, str(tiltak.frist)) == (
        IgloLevel.LEDELSE,
        "Avdelingsleder",
        "2026-12-15",
    )

    # Resume: a new app on the same store continues exactly where the log says.
    from tui.app import PlansjeApp

    clock.advance(minutes=10)
    again = PlansjeApp(store, library=library, clock=clock, session_id=session_id)
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        resumed = _screen(again)
        assert resumed.meeting.timing().state is MeetingState.ENDED
        assert len(resumed.meeting.notes) == len(saved.notes)


async def test_resume_continues_the_timer_from_the_log(
    store: SessionStore, clock: FakeClock, library: Library
) -> None:
    app = new_run_app(store, clock, "statusmote", library=library)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        session_id = _screen(app).meeting.session.id
        clock.advance(minutes=5)
        await app.workers.wait_for_complete()
    clock.advance(minutes=2)  # the app was closed (or crashed) for two minutes
    from tui.app import PlansjeApp

    again = PlansjeApp(store, library=library, clock=clock, session_id=session_id)
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        step = _screen(again).meeting.timing().current_step
        assert step is not None and step.elapsed.total_seconds() == 7 * 60
        assert _screen(again).query_one(Digits).value == "08:00"  # 15 planned − 7 elapsed


async def test_delete_edit_and_undo_from_the_keyboard(
    store: SessionStore, clock: FakeClock
) -> None:
    app = new_run_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await _type(pilot, "Første")
        await pilot.press("enter")
        await _type(pilot, "Andre")
        await pilot.press("enter")
        await pilot.press("f7")  # to the note list: newest first
        await pilot.press("delete")
        await pilot.pause()
        screen = _screen(app)
        live = [n.text for n in screen.meeting.notes.values() if not n.deleted]
        assert live == ["Første"]
        await pilot.press("ctrl+z")
        live = [n.text for n in screen.meeting.notes.values() if not n.deleted]
        assert sorted(live) == ["Andre", "Første"]
        await pilot.press("e")  # the list still has focus: edit the highlighted note
        await pilot.pause()
        note_input = screen.query_one("#note-input", Input)
        assert note_input.value in ("Andre", "Første")
        note_input.value = "Endret"
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        saved = sorted(n.text for n in store.load(screen.meeting.session.id).live_notes)
        assert "Endret" in saved and len(saved) == 2


async def test_clicker_keys_move_steps_even_from_the_note_list(
    store: SessionStore, clock: FakeClock
) -> None:
    app = new_run_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await _enter(pilot, "Et notat")
        await pilot.press("f7")  # focus the note list, which scrolls on PageDown by itself
        await pilot.press("pagedown")
        assert _screen(app).meeting.timing().current == 1
        clock.advance(seconds=30)
        await pilot.press("pageup")
        assert _screen(app).meeting.timing().current == 0
        footer_keys = [b.binding.key for b in app.screen.active_bindings.values() if b.binding.show]
        assert "pagedown" in footer_keys and "pageup" in footer_keys


async def test_key_bar_lists_the_keys_and_a_click_presses_one(
    store: SessionStore, clock: FakeClock
) -> None:
    from tui.widgets.key_bar import KeyBar

    app = new_run_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        bar = app.screen.query_one(KeyBar)
        *_, last = lines = cast(Content, bar.render()).plain.split("\n")
        line = lines[0]
        assert line.startswith(" PgUp Forrige  PgDn Neste  f2 Pause")  # short words at 80
        # Help and the palette stay visible at the right edge even when keys are cut off.
        assert last.rstrip().endswith("f1 alle taster  ^p palette")
        assert len(last) == 80
        await pilot.click(KeyBar, offset=(line.index("Neste"), 0))
        await pilot.pause()
        assert _screen(app).meeting.timing().current == 1
        await pilot.click(KeyBar, offset=(line.index("Pause"), 0))
        await pilot.pause()
        assert _screen(app).meeting.timing().state is MeetingState.PAUSED


async def test_a_meeting_the_command_line_opened_is_the_first_screen(
    store: SessionStore, clock: FakeClock
) -> None:
    from textual.message import Message

    from agendas.library import resolve_agenda
    from store.opening import open_meeting
    from tui.app import PlansjeApp
    from tui.messages import SessionOpened

    session = store.create_session(resolve_agenda("statusmote"), title="Status", date=START.date())
    opening = open_meeting(store, session.id, "facilitator", start=True)
    seen: list[Message] = []
    app = PlansjeApp(store, clock=clock, opening=opening)
    async with app.run_test(size=(80, 24), message_hook=seen.append) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = _screen(app)
        assert screen.meeting.session.id == session.id
        assert screen.timing.state is MeetingState.RUNNING
        # Styled by run.tcss as when opened from Home (Textual reads the CSS_PATH of a screen
        # it pushes, not of the default screen): the dividers and the note field's frame.
        assert screen.query_one("#left").styles.border_right[0] == "vkey"
        assert screen.query_one("#notes").styles.border_top[0] == "hkey"
        assert screen.query_one("#note-input").styles.border_top[0] == "round"
    # Straight onto the Run screen: nothing was loaded a second time in a worker.
    assert not any(isinstance(m, SessionOpened) for m in seen)
    assert store.load(session.id).events[0].type.value == "started"
    # The app freed the facilitator's seat when it closed.
    again = open_meeting(store, session.id, "facilitator", start=False)
    assert again.lease is not None
    again.lease.release()


async def test_the_room_view_the_command_line_opened_is_styled_by_its_stylesheet(
    store: SessionStore, clock: FakeClock
) -> None:
    from agendas.library import resolve_agenda
    from store.opening import open_meeting
    from tui.app import PlansjeApp
    from tui.screens.show import ShowScreen

    session = store.create_session(resolve_agenda("statusmote"), title="Status", date=START.date())
    app = PlansjeApp(store, clock=clock, opening=open_meeting(store, session.id, "show", False))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ShowScreen)
        assert app.screen.query_one("#show-title").styles.border_top[0] == "heavy"  # show.tcss
