"""The summary screen forgives: a stray merge or removal is undone (Ctrl+Z), redone (Ctrl+Y),
and a merged item is split back into the items it was made of (s)."""

from __future__ import annotations

from textual.pilot import Pilot
from textual.widgets import Input

from store.model import SummaryItem
from store.sessions import SessionStore
from tui.app import PlansjeApp
from tui.screens.summary import SummaryScreen

from .conftest import FakeClock, new_run_app

CHALLENGES = ("g1 Mye avbrytelser", "g2 Lite tid til opplæring", "g1 Tunge løft")


def status_app(store: SessionStore, clock: FakeClock) -> tuple[PlansjeApp, str]:
    """An app on a new Statusmøte of two groups, as `plansje run statusmote`, and its id."""
    app = new_run_app(store, clock, "statusmote", groups=2, title="Status")
    assert app.initial_session is not None
    return app, app.initial_session


async def open_summary(pilot: Pilot[None]) -> SummaryScreen:
    """Collect three challenges in the group-work step, then open the summary (F9)."""
    await pilot.pause()
    await pilot.press("pagedown")
    for text in CHALLENGES:
        pilot.app.screen.query_one("#note-input", Input).value = text
        await pilot.press("enter")
    await pilot.press("f9")
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, SummaryScreen)
    return screen


def texts(items: tuple[SummaryItem, ...]) -> list[str]:
    """The item texts in the summary's order."""
    return [item.text for item in sorted(items, key=lambda item: item.order)]


async def stored(pilot: Pilot[None], store: SessionStore, session_id: str) -> list[str]:
    """The summary texts as saved, once the screen's writes are done."""
    await pilot.app.workers.wait_for_complete()
    return texts(store.load(session_id).summary)


async def test_a_stray_merge_is_undone_redone_and_split_again(
    store: SessionStore, clock: FakeClock
) -> None:
    app, session_id = status_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        summary = await open_summary(pilot)
        original = ["Mye avbrytelser", "Lite tid til opplæring", "Tunge løft"]
        assert texts(summary.items) == original
        await pilot.press("m")  # a stray merge of the first two
        merged = ["Mye avbrytelser. Lite tid til opplæring", "Tunge løft"]
        assert texts(summary.items) == merged
        assert await stored(pilot, store, session_id) == merged
        await pilot.press("ctrl+z")
        assert texts(summary.items) == original
        assert await stored(pilot, store, session_id) == original
        await pilot.press("ctrl+y")
        assert texts(summary.items) == merged
        await pilot.press("enter")  # reword the merged item, then split it after all
        summary.query_one("#summary-input", Input).value = "Avbrytelser og tidspress"
        await pilot.press("enter")
        await pilot.press("s")
        assert texts(summary.items) == original
        assert [item.sources for item in summary.items][:2] == [
            (n.id,) for n in store.load(session_id).live_notes[:2]
        ]
        assert await stored(pilot, store, session_id) == original


async def test_a_removal_is_taken_back(store: SessionStore, clock: FakeClock) -> None:
    app, session_id = status_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        summary = await open_summary(pilot)
        await pilot.press("down", "delete")
        assert texts(summary.items) == ["Mye avbrytelser", "Tunge løft"]
        await pilot.press("ctrl+z")
        assert texts(summary.items) == ["Mye avbrytelser", "Lite tid til opplæring", "Tunge løft"]
        assert await stored(pilot, store, session_id) == texts(summary.items)
        await pilot.press("ctrl+z")  # nothing more to undo: the draft stays
        assert len(summary.items) == 3


async def test_an_item_merged_in_an_earlier_sitting_splits_into_its_notes(
    store: SessionStore,
    clock: FakeClock,
) -> None:
    app, _ = status_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        summary = await open_summary(pilot)
        await pilot.press("m", "escape")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        again = await open_summary_again(pilot)
        assert len(again.items) == 2
        await pilot.press("s")
        assert texts(again.items)[:2] == ["Mye avbrytelser", "Lite tid til opplæring"]
        assert summary is not again


async def open_summary_again(pilot: Pilot[None]) -> SummaryScreen:
    """F9 once more from the Run screen: the stored summary is reopened."""
    await pilot.press("f9")
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, SummaryScreen)
    return screen
