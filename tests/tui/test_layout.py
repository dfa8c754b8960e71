"""The Run screen at 80×24 and 120×40: every key findable, step names whole, more text flagged."""

from __future__ import annotations

from textual.app import App
from textual.geometry import Region
from textual.widget import Widget
from textual.widgets import Input, Static

from agendas.library import resolve_agenda
from store.sessions import SessionStore
from tui.widgets.key_bar import KeyBar
from tui.widgets.step_detail import StepDetail
from tui.widgets.step_list import StepList

from .conftest import FakeClock, new_run_app
from .test_dialogs import in_view, open_plan


def drawn(widget: Widget) -> list[str]:
    """The widget's lines as drawn on screen."""
    region = Region(0, 0, widget.size.width, widget.size.height)
    return [strip.text for strip in widget.render_lines(region)]


def key_bar_text(app: App[None]) -> str:
    """Everything the key bar shows, all lines."""
    return "\n".join(drawn(app.screen.query_one(KeyBar)))


async def test_at_120_columns_the_key_bar_shows_every_key(
    store: SessionStore, clock: FakeClock
) -> None:
    app = new_run_app(store, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        text = key_bar_text(app)
        for shown in ("f7 Notatliste", "f8 Eksporter", "f9 Oppsummering", "f10 Avslutt møtet"):
            assert shown in text
        assert "^g Gi/ta styring" in text
        assert "f1 Hjelp" in text
        assert "…" not in text


async def test_at_80_columns_the_key_bar_takes_short_words_keeps_f10_and_points_to_f1(
    store: SessionStore, clock: FakeClock
) -> None:
    app = new_run_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        bar = app.screen.query_one(KeyBar)
        lines = drawn(bar)
        assert len(lines) == 2 and in_view(bar)
        assert "PgDn Neste " in lines[0] and "f7 Liste" in lines[1]
        assert "f10 Avslutt …" in lines[1]  # ending the meeting stays in view; whole keys only
        assert lines[1].rstrip().endswith("f1 alle taster  ^p palette")


async def test_step_names_are_whole_at_120_columns(store: SessionStore, clock: FakeClock) -> None:
    app = new_run_app(store, clock, "apu-1")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        shown = " ".join(" ".join(drawn(app.screen.query_one(StepList))).split())
        for step in resolve_agenda("apu-1").steps:
            assert step.title in shown


async def test_more_below_is_flagged_at_80x24_until_scrolled_to_the_end(
    store: SessionStore, clock: FakeClock
) -> None:
    app = new_run_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("pagedown")  # the group-work step: questions, tips, progress
        await pilot.pause()
        detail = app.screen.query_one(StepDetail)
        notes = app.screen.query_one("#notes")  # the line under the step says so
        assert "↓ mer" in drawn(notes)[0]
        detail.scroll_end(animate=False)
        await pilot.pause()
        assert "↓ mer" not in drawn(notes)[0]
        body = detail.query_one("#step-body", Static)
        assert body.region.bottom <= detail.region.bottom  # the last line is on screen


async def test_nothing_more_is_flagged_when_the_step_fits(
    store: SessionStore, clock: FakeClock
) -> None:
    app = new_run_app(store, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("pagedown")
        await pilot.pause()
        assert "↓ mer" not in drawn(app.screen.query_one("#notes"))[0]


async def test_wrapped_questions_continue_under_their_text(
    store: SessionStore, clock: FakeClock
) -> None:
    app = new_run_app(store, clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("pagedown")
        await pilot.pause()
        lines = drawn(app.screen.query_one(StepDetail).query_one("#step-body", Static))
        start = next(i for i, line in enumerate(lines) if "Er det noen typiske" in line)
        assert lines[start].startswith("  • Er det noen typiske")
        assert not lines[start].rstrip().endswith("andre?")  # it does wrap at this width
        assert lines[start + 1].startswith("    ") and lines[start + 1][4] != " "


async def test_plan_times_have_room_for_the_cursor(store: SessionStore, clock: FakeClock) -> None:
    app = new_run_app(store, clock, "starte")
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await open_plan(pilot)
        field = dialog.query_one("#time-0", Input)
        assert field.value == "13:00"
        field.focus()
        await pilot.pause()
        assert field.content_size.width > len(field.value)  # "13:00" and the cursor after it


def test_hang_wraps_at_words_keeps_styles_and_leaves_short_lines_alone() -> None:
    from rich.text import Text

    from tui.widgets.wrap import hang

    line = Text("  ❯ ", style="cyan")
    line.append("Husk at dere ikke skal snakke om løsninger ennå", style="italic")
    wrapped = hang(line, 24, 4)
    assert wrapped.plain.split("\n") == [
        "  ❯ Husk at dere ikke",
        "    skal snakke om",
        "    løsninger ennå",
    ]
    assert {span.style for span in wrapped.spans} == {"cyan", "italic"}
    assert hang(Text("  • Kort"), 24, 4).plain == "  • Kort"


async def test_summary_explanation_wraps_inside_80_columns(
    store: SessionStore, clock: FakeClock
) -> None:
    from textual.widgets import Label

    from .test_summary_undo import open_summary, status_app

    app, _ = status_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_summary(pilot)
        explanation = app.screen.query_one("#summary-help", Label)
        assert in_view(explanation)
        assert "Alt lagres med en gang." in " ".join(" ".join(drawn(explanation)).split())


async def test_the_timer_drops_the_meeting_line_on_a_short_terminal_and_brings_it_back(
    store: SessionStore, clock: FakeClock
) -> None:
    from tui.widgets.timer_panel import TimerPanel

    app = new_run_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        timer = app.screen.query_one(TimerPanel).query_one("#timer-lines", Static)
        lines = "\n".join(drawn(timer))
        assert "Steg 1 av" in lines and "Møtet:" in lines
        await pilot.resize_terminal(80, 16)
        await pilot.pause()
        lines = "\n".join(drawn(timer))
        assert "Steg 1 av" in lines and "Møtet:" not in lines
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert "Møtet:" in "\n".join(drawn(timer))


async def test_a_narrow_terminal_that_hides_the_step_says_nothing_about_more_below(
    store: SessionStore, clock: FakeClock
) -> None:
    app = new_run_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        notes = app.screen.query_one("#notes")
        assert "↓ mer" in drawn(notes)[0]
        await pilot.resize_terminal(60, 24)  # the step detail is hidden
        await pilot.pause()
        assert "↓ mer" not in drawn(notes)[0]
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert "↓ mer" in drawn(notes)[0]
