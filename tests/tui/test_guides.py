"""The meeting as the guides describe it, on the Run screen: the checklists before and after
the meeting (ticked, kept with the session, seen again on reopening), the APU framing before
the start, and the marker of Plansje's proposals in the step detail."""

from __future__ import annotations

from textual.widgets import SelectionList, Static

from agendas.library import Library
from store.sessions import SessionStore
from store.timing import MeetingState
from tests.tui.conftest import FakeClock, new_run_app, run_screen
from tui.app import PlansjeApp
from tui.screens.checklist_dialog import ChecklistDialog
from tui.widgets.guide_panel import GuidePanel
from tui.widgets.step_detail import StepDetail


def panel_text(app: PlansjeApp) -> str:
    """What the panel above the step detail shows ("" when it is hidden)."""
    panel = app.screen.query_one("#guide-panel", GuidePanel)
    return "" if panel.has_class("-hidden") else str(panel.render())


def detail_text(app: PlansjeApp) -> str:
    """The step detail's body as plain text."""
    return str(app.screen.query_one(StepDetail).query_one("#step-body", Static).render())


async def test_the_preparation_checklist_is_ticked_and_kept_when_reopened(
    store: SessionStore, clock: FakeClock, library: Library
) -> None:
    app = new_run_app(store, clock, "statusmote", groups=2)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert "Før møtet" in panel_text(app)
        assert "☐ Én plansje per gruppe" in panel_text(app)
        await pilot.press("ctrl+l")
        await pilot.pause()
        assert isinstance(app.screen, ChecklistDialog)
        await pilot.press("down", "space")  # the second item: the films
        await pilot.pause()
        assert "1 av 2 krysset av" in str(app.screen.query_one("#checklist-progress").render())
        await pilot.press("escape")
        await pilot.pause()
        assert "☑ Filmene klare til visning" in panel_text(app)
        await app.workers.wait_for_complete()
        session_id = run_screen(app).meeting.session.id
    assert store.load(session_id).checked == ("before:1",)

    again = PlansjeApp(store, library=library, clock=clock, session_id=session_id)
    async with again.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert "☑ Filmene klare til visning" in panel_text(again)
        assert "☐ Én plansje per gruppe" in panel_text(again)
        await pilot.press("ctrl+l")
        await pilot.pause()
        ticks = again.screen.query_one("#checklist", SelectionList)
        assert ticks.selected == ["before:1"]
        await pilot.press("escape")
        # Starting the meeting puts the checklist away: the step has the room.
        await pilot.press("pagedown")
        await pilot.pause()
        assert panel_text(again) == ""


async def test_the_after_tasks_are_shown_at_the_end_ticked_and_kept(
    store: SessionStore, clock: FakeClock, library: Library
) -> None:
    app = new_run_app(store, clock, "tiltaksmote", groups=2)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("pagedown")
        clock.advance(minutes=90)
        await pilot.press("f10")
        await pilot.pause()
        await pilot.click("#yes")
        await pilot.pause()
        screen = run_screen(app)
        assert screen.meeting.timing().state is MeetingState.ENDED
        notices = [n.message for n in app._notifications]
        assert any("Etter møtet" in message for message in notices)
        shown = panel_text(app)
        assert "Etter møtet" in shown
        assert "☐ De prosessansvarlige samler inn plansjene etter møtet." in shown
        await pilot.press("ctrl+l")
        await pilot.pause()
        assert isinstance(app.screen, ChecklistDialog)
        notes = " ".join(str(note.render()) for note in app.screen.query(".checklist-note"))
        assert f"plansje export {screen.meeting.session.id} --actions" in notes
        await pilot.press("enter")  # the first task: the plansjer are collected
        await pilot.press("escape")
        await pilot.pause()
        assert "☑ De prosessansvarlige samler inn plansjene etter møtet." in panel_text(app)
        await app.workers.wait_for_complete()
        session_id = screen.meeting.session.id
    assert store.load(session_id).checked == ("after:0",)

    again = PlansjeApp(store, library=library, clock=clock, session_id=session_id)
    async with again.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert "☑ De prosessansvarlige samler inn plansjene etter møtet." in panel_text(again)
        assert "☐ Ut fra forslagene setter de opp en konkret handlingsplan" in panel_text(again)


async def test_the_starte_after_tasks_lead_to_the_suggested_email(
    store: SessionStore, clock: FakeClock
) -> None:
    app = new_run_app(store, clock, "starte", groups=1)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("pagedown")
        await pilot.press("f10")
        await pilot.pause()
        await pilot.click("#yes")
        await pilot.pause()
        session_id = run_screen(app).meeting.session.id
        await pilot.press("ctrl+l")
        await pilot.pause()
        notes = [str(note.render()) for note in app.screen.query(".checklist-note")]
        assert any(f"plansje export {session_id} --invitation" in note for note in notes)
        assert any("Oss og vårt: vi skal jobbe med arbeidsmiljø" in note for note in notes)


async def test_an_apu_meeting_shows_its_framing_before_it_starts(
    store: SessionStore, clock: FakeClock
) -> None:
    app = new_run_app(store, clock, "apu-1", groups=2)
    async with app.run_test(size=(120, 50)) as pilot:
        await pilot.pause()
        shown = " ".join(panel_text(app).split())
        assert "Metoden er mindre egnet hvis det er mange grunnleggende og følsomme konflikter" in (
            shown
        )
        assert "2–3 timer til å forberede møtene" in shown
        assert "Når kan metoden brukes?" in shown
        await pilot.press("pagedown")
        await pilot.pause()
        assert panel_text(app) == ""


async def test_the_step_detail_marks_plansjes_proposal(
    store: SessionStore, clock: FakeClock
) -> None:
    app = new_run_app(store, clock, "utforske", groups=2)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        shown = " ".join(detail_text(app).split())
        assert "Plansjes forslag, ikke veilederens:" in shown
        assert "gir bare målet for dette verkstedet" in shown
        # The last step adds its own proposal (dot voting) to the agenda's.
        await pilot.press("pagedown", "pagedown", "pagedown")
        await pilot.pause()
        shown = " ".join(detail_text(app).split())
        assert "Prikkstemmer (tre per deltaker) er Plansjes forslag" in shown

    plain = new_run_app(store, clock, "apu-2", groups=2)
    async with plain.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert "Plansjes forslag" not in detail_text(plain)  # all of it is the guide's
