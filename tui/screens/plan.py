"""Capture the Starte progress plan: dates, times and leaders of workshops and planning meetings."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, Input, Label

from store.model import PlanEntry
from tui.i18n import t
from tui.screens.dialogs import Dialog, FieldError, dialog_footer, parse_date, show_error
from tui.widgets.form_input import FormInput


def parse_row(entry: PlanEntry, date: str, time: str, leader: str) -> PlanEntry:
    """The entry with a new local date, time and leader; raises ValueError on a bad date/time
    (a FieldError from parse_date for the date)."""
    day = parse_date(date)
    clock = dt.time.fromisoformat(time.strip())
    tz = entry.start.tzinfo
    start = dt.datetime.combine(day, clock, tzinfo=tz)
    return replace(entry, start=start, leader=leader.strip())


class PlanDialog(Dialog[tuple[PlanEntry, ...] | None]):
    """One row per entry; Ctrl+S or the button saves; dismisses with the edited plan."""

    BINDINGS = [
        Binding("escape", "dismiss(None)", t("key.close")),
        Binding("ctrl+s", "save", t("details.save")),
    ]

    def __init__(self, entries: tuple[PlanEntry, ...]) -> None:
        super().__init__()
        self.entries = entries

    def compose(self) -> ComposeResult:
        """A row of inputs per entry."""
        with Vertical(classes="dialog form plan"):
            yield Label(t("plan.title"), classes="dialog-title")
            with VerticalScroll(classes="dialog-body"):
                yield Label(t("plan.help"))
                for index, entry in enumerate(self.entries):
                    local = entry.start
                    kind = t("plan.workshop") if entry.kind == "verksted" else t("plan.planning")
                    yield Label(Text(f"{kind}: {entry.what}", style="bold"))
                    with Horizontal(classes="plan-row"):
                        yield FormInput(
                            local.date().isoformat(), id=f"date-{index}", classes="date"
                        )
                        yield FormInput(local.strftime("%H:%M"), id=f"time-{index}", classes="time")
                        yield FormInput(
                            entry.leader,
                            id=f"leader-{index}",
                            classes="leader",
                            placeholder=t("plan.leader"),
                        )
            yield from dialog_footer("save", t("details.save"), "plan-error")

    def on_mount(self) -> None:
        """Start in the first entry's date."""
        if self.entries:
            self.query_one("#date-0", Input).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Save or cancel."""
        if event.button.id == "cancel":
            self.dismiss(None)
        else:
            self.action_save()

    def _refuse(self, field: str, message: str) -> None:
        """Show the problem in the footer and put the cursor in the field to fix."""
        show_error(self.query_one("#plan-error", Label), message, self.query_one(f"#{field}"))

    def action_save(self) -> None:
        """Validate every row and dismiss with the plan."""
        result: list[PlanEntry] = []
        for index, entry in enumerate(self.entries):
            values = [
                self.query_one(f"#{name}-{index}", Input).value
                for name in ("date", "time", "leader")
            ]
            try:
                result.append(parse_row(entry, *values))
            except FieldError as error:
                self._refuse(f"date-{index}", f"{entry.what}: {error}")
                return
            except ValueError:
                self._refuse(f"time-{index}", t("plan.bad_time", what=entry.what))
                return
        self.dismiss(tuple(result))
