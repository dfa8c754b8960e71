"""Text and Tab arriving in one burst (a fast typist, a paste tool) land in the right fields."""

from __future__ import annotations

from textual import events
from textual.widgets import Input

from store.sessions import SessionStore
from tui.app import PlansjeApp

from .conftest import FakeClock
from .test_dialogs import open_new_session


async def test_text_tab_text_in_one_burst_fills_two_fields(
    store: SessionStore, clock: FakeClock
) -> None:
    app = PlansjeApp(store, clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await open_new_session(pilot)
        title = dialog.query_one("#title", Input)
        title.value = ""
        title.focus()
        await pilot.pause()
        # As the terminal driver delivers it: every key queued before any is handled.
        for key, char in [("M", "M"), ("ø", "ø"), ("tab", "\t"), ("tab", "\t")] + [
            (c, c) for c in "Kantina"
        ]:
            app.post_message(events.Key(key, char))
        await pilot.pause()
        await pilot.pause()
        assert title.value == "Mø"
        assert dialog.query_one("#place", Input).value == "Kantina"
        assert app.focused is dialog.query_one("#place", Input)


async def test_a_topic_typed_and_entered_in_one_burst_is_kept(
    store: SessionStore, clock: FakeClock
) -> None:
    from tests.tui.conftest import new_run_app

    from .test_summary_undo import open_summary

    app = new_run_app(store, clock, "statusmote", groups=2)
    async with app.run_test(size=(80, 24)) as pilot:
        summary = await open_summary(pilot)
        await pilot.press("t")
        await pilot.pause()
        app.post_message(events.Key("ctrl+u", None))  # clear the field, then type: one burst
        for char in "Helse\r":
            app.post_message(events.Key("enter" if char == "\r" else char, char))
        await pilot.pause()
        await pilot.pause()
        assert summary.items[0].topic == "Helse"
