"""Holding the planned end after the first step ran over: Ctrl+O on the Run screen."""

from __future__ import annotations

from textual.widgets import OptionList

from store.end_time import overrun_minutes
from store.export import render_minutes
from store.sessions import SessionStore
from tui.screens.hold_end import HoldEndDialog
from tui.views import local_clock
from tui.widgets.step_list import StepList

from .conftest import FakeClock, new_run_app, run_screen


async def test_ctrl_e_spreads_the_overrun_and_the_minutes_show_the_replan(
    store: SessionStore, clock: FakeClock
) -> None:
    app = new_run_app(store, clock, "tiltaksmote")
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        screen = run_screen(app)
        await pilot.press("ctrl+o")  # on time: nothing to hold
        assert not isinstance(app.screen, HoldEndDialog)
        first = screen.meeting.agenda.steps[0].duration.planned
        clock.advance(minutes=first + 12)  # the opening step has run 12 minutes over
        screen.tick()
        assert overrun_minutes(screen.timing) == 12
        await pilot.press("ctrl+o")
        dialog = app.screen
        assert isinstance(dialog, HoldEndDialog)
        prompts = [str(o.prompt) for o in dialog.query_one(OptionList).options]
        steps = len(screen.meeting.agenda.steps)
        assert "Fordel de 12 minuttene" in prompts[0] and len(prompts) == steps
        await pilot.press("enter")  # spread it
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert overrun_minutes(screen.timing) == 0
        # The re-planned Kl.: the last step now starts so that the meeting ends as planned.
        timing = screen.timing
        last = timing.steps[-1]
        assert last.clock is not None and last.clock + last.planned == timing.planned_end
        shown_clock = local_clock(last.clock)
        step_list = screen.query_one(StepList)
        lines = [str(step_list.get_option_at_index(i).prompt) for i in range(steps)]
        assert all("*" in line for line in lines[1:])  # the later steps are re-planned
        assert shown_clock in lines[-1]  # the step list shows the re-planned Kl.
        session_id = screen.meeting.session.id
    session = store.load(session_id)
    replans = [e for e in session.events if e.type.value == "replanned"]
    assert sum(-(e.minutes or 0) for e in replans) == 12
    text = render_minutes(session, clock())
    assert " → " in text  # planned and re-planned side by side in the timing table
