"""The panel above the step detail before the meeting starts (the method's framing and the
preparation checklist) and after it ends (the after-tasks), each item marked ticked or not."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.widgets import Static

from store.checklists import ChecklistItem

TICKED = "☑ "
UNTICKED = "☐ "

#: A framing paragraph's label ("Styrker: …") is at most this long to be shown in bold.
LABEL_LIMIT = 30


def framing_text(paragraphs: Sequence[str]) -> Text:
    """The framing as literal Text, one paragraph after another, a short leading label bold."""
    text = Text()
    for paragraph in paragraphs:
        label, colon, rest = paragraph.partition(": ")
        if colon and len(label) <= LABEL_LIMIT and not label.endswith("?"):
            text.append(f"{label}:", style="bold")
            text.append(f" {rest}")
        else:
            text.append(paragraph)
        text.append("\n\n")
    text.rstrip()
    return text


def guide_text(title: str, framing: Text | None, items: Sequence[ChecklistItem], hint: str) -> Text:
    """The panel's literal Text: a title, the framing, the items with their marks, the key."""
    text = Text(title, style="bold")
    text.append(f"  ({hint})", style="dim")
    text.append("\n")
    if framing is not None:
        text.append("\n")
        text.append_text(framing)
        text.append("\n\n" if items else "\n")
    for item in items:
        text.append(TICKED if item.done else UNTICKED, style="green" if item.done else "")
        text.append(item.text, style="dim" if item.done else "")
        text.append("\n")
    text.rstrip()
    return text


class GuidePanel(Static):
    """Framing and checklist before the meeting, after-tasks after it; hidden otherwise."""

    DEFAULT_CSS = """
    GuidePanel {
        width: 1fr;
        border: round $accent;
        padding: 0 1;
        margin-bottom: 1;
    }
    GuidePanel.-hidden { display: none; }
    """

    def show(self, text: Text | None) -> None:
        """Show this text, or hide the panel (None)."""
        self.set_class(text is None, "-hidden")
        self.update(text if text is not None else "")
