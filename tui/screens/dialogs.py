"""Small modal dialogs returning typed results via dismiss(): jump to step, confirm; and the
footer (error line and buttons) and date check the form dialogs share."""

from __future__ import annotations

import datetime as dt
import re
from typing import TypeVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import Button, Input, Label, OptionList
from textual.widgets.option_list import Option

from tui.i18n import t

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")

DialogResult = TypeVar("DialogResult")


class Dialog(ModalScreen[DialogResult]):
    """A Plansje dialog: a modal screen styled by dialogs.tcss (read when the first one opens)."""

    CSS_PATH = "dialogs.tcss"


FormResult = TypeVar("FormResult")


class FormDialog(Dialog[FormResult | None]):
    """A form: Enter in a field or the primary button submits, Cancel or Esc closes with None."""

    BINDINGS = [Binding("escape", "dismiss(None)", t("key.close"))]

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Submit, or cancel."""
        if event.button.id == "cancel":
            self.dismiss(None)
        else:
            self.action_submit()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in a text field submits."""
        event.stop()
        self.action_submit()

    def action_submit(self) -> None:
        """Check the fields and dismiss with the result (each form says how)."""
        raise NotImplementedError


class FieldError(ValueError):
    """A field's value was refused; the message is the UI text to show."""


def parse_date(text: str) -> dt.date:
    """A date written ÅÅÅÅ-MM-DD; raises FieldError saying whether the form or the day is wrong."""
    value = text.strip()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        key = "new.no_such_date" if _ISO_DAY.fullmatch(value) else "new.bad_date"
        raise FieldError(t(key, date=value)) from None


def dialog_footer(primary_id: str, primary: str, error_id: str) -> ComposeResult:
    """The error line and the buttons, docked below a form's fields so both stay in view."""
    with Vertical(classes="dialog-foot"):
        yield Label("", id=error_id, classes="error -empty")
        with Horizontal(classes="buttons"):
            yield Button(primary, variant="primary", id=primary_id)
            yield Button(t("new.cancel"), id="cancel")


def show_error(label: Label, message: str, field: Widget | None = None) -> None:
    """Show a form's error (always in view, in the footer) and put the cursor in the field."""
    label.update(Text(message))
    label.set_class(not message, "-empty")
    if field is not None:
        field.focus(scroll_visible=False)
        # After the footer has grown by the error line, so the field stays clear of it.
        field.call_after_refresh(field.scroll_visible, animate=False)


class JumpDialog(Dialog[int | None]):
    """Pick a step to jump to; dismisses with its index, or None."""

    BINDINGS = [Binding("escape", "dismiss(None)", t("key.close"))]

    def __init__(self, titles: list[str], current: int | None) -> None:
        super().__init__()
        self.titles = titles
        self.current = current

    def compose(self) -> ComposeResult:
        """A title and a list of steps."""
        with Vertical(classes="dialog"):
            yield Label(t("jump.title"), classes="dialog-title")
            yield OptionList(
                *[
                    Option(Text(f"{i + 1}. {title}"), id=str(i))
                    for i, title in enumerate(self.titles)
                ],
                id="jump-list",
            )

    def on_mount(self) -> None:
        """Highlight the current step."""
        options = self.query_one(OptionList)
        options.highlighted = self.current or 0
        options.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Dismiss with the chosen step."""
        self.dismiss(int(event.option.id or 0))


class ConfirmDialog(Dialog[bool]):
    """Ask a yes/no question; dismisses with True for yes."""

    BINDINGS = [Binding("escape", "dismiss(False)", t("key.close"))]

    def __init__(self, question: str, yes: str) -> None:
        super().__init__()
        self.question = question
        self.yes = yes

    def compose(self) -> ComposeResult:
        """Question and two buttons."""
        with Vertical(classes="dialog"):
            yield Label(Text(self.question), classes="dialog-title")
            with Horizontal(classes="buttons"):
                yield Button(self.yes, variant="error", id="yes")
                yield Button(t("new.cancel"), id="no")

    def on_mount(self) -> None:
        """Focus the safe choice."""
        self.query_one("#no", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Dismiss with the answer."""
        self.dismiss(event.button.id == "yes")
