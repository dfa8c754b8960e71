"""Small modal dialogs returning typed results via dismiss(): jump to step, confirm."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label, OptionList
from textual.widgets.option_list import Option

from tui.i18n import t


class JumpDialog(ModalScreen[int | None]):
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


class ConfirmDialog(ModalScreen[bool]):
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
