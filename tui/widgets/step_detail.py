"""The active step: Plansje's proposal marker, purpose, description, questions, tips, group
work and target progress."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.message import Message
from textual.widgets import Static

from agendas.model import Step
from tui.i18n import t
from tui.widgets.guide_panel import GuidePanel
from tui.widgets.hora_detail import append_hora
from tui.widgets.wrap import HangingText, hang


def render_step(step: Step, progress: list[str], context: list[str], width: int = 0) -> Text:
    """Everything a facilitator needs about one step, as literal rich Text; with a `width`,
    wrapped bullets continue under their text (hanging indent)."""

    def bullet(mark: str, body: str, mark_style: str = "", style: str = "") -> None:
        line = Text(mark, style=mark_style)
        line.append(body, style=style)
        text.append_text(hang(line, width, len(mark)) if width else line)
        text.append("\n")

    text = Text()
    text.append(step.title, style="bold underline")
    text.append("\n")
    append_hora(text, step)
    if step.proposal:
        text.append(f"\n◇ {t('proposal.label')} ", style="bold yellow")
        text.append(step.proposal, style="yellow")
        text.append("\n")
    if step.outcome:
        text.append(f"\n{t('run.outcome')}: ", style="bold")
        text.append(step.outcome)
        text.append("\n")
    if step.group_work is not None:
        gw = step.group_work
        size = ""
        if gw.min_size:
            size = (
                f"{gw.min_size}–{gw.max_size}" if gw.max_size != gw.min_size else str(gw.min_size)
            )
        text.append(f"\n◆ {t('run.group_work')}", style="bold magenta")
        if size:
            text.append(f": {t('run.group_size', size=size)}", style="magenta")
        text.append("\n")
    for paragraph in step.description:
        text.append(f"\n{paragraph}\n")
    if step.questions:
        text.append(f"\n{t('run.questions')}:\n", style="bold")
        for question in step.questions:
            bullet("  • ", question)
    if step.tips:
        text.append(f"\n{t('run.tips')}:\n", style="bold")
        for tip in step.tips:
            bullet("  ❯ ", tip, "cyan", "italic")
    if progress:
        text.append(f"\n{t('run.progress')}:\n", style="bold")
        for line in progress:
            bullet("  ", line, style="green")
    if context:
        text.append(f"\n{t('run.previous_summary')}:\n", style="bold")
        for line in context:
            bullet("  ○ ", line)
    return text


class StepDetail(VerticalScroll):
    """A scrollable panel showing the active step; it says (MoreBelow) when text is below the
    fold, and the screen shows "↓ mer" on the line under it."""

    DEFAULT_CSS = """
    StepDetail { padding: 0 1; scrollbar-gutter: stable; }
    StepDetail > Static { width: 1fr; }
    """

    class MoreBelow(Message):
        """Part of the step is now below the visible area (`more`), or no longer is."""

        def __init__(self, more: bool) -> None:
            super().__init__()
            self.more = more

    _more = False

    def __init__(
        self, *, name: str | None = None, id: str | None = None, classes: str | None = None
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self._shown: tuple[Step, list[str], list[str]] | None = None

    def compose(self) -> ComposeResult:
        """The checklist panel (the Run screen draws it) and one static body, updated as the
        step or its notes change."""
        yield GuidePanel(id="guide-panel")
        yield Static(id="step-body")

    def show(self, step: Step, progress: list[str], context: list[str]) -> None:
        """Show a step with its progress lines and the previous meeting's summary."""
        shown = (step, progress, context)
        if shown == self._shown:
            return  # unchanged: no re-wrap and no new layout (most notes change no count)
        self._shown = shown
        body = HangingText(lambda width: render_step(step, progress, context, width=width))
        self.query_one("#step-body", Static).update(body)

    @property
    def more_below(self) -> bool:
        """True when part of the step is below the visible area."""
        return self.scroll_y < self.max_scroll_y

    def _update_more(self) -> None:
        """Say so when text below comes or goes."""
        if self.more_below != self._more:
            self._more = self.more_below
            self.post_message(self.MoreBelow(self._more))

    def on_resize(self) -> None:
        """A new height or width: the hint may come or go."""
        self._update_more()

    def watch_virtual_size(self) -> None:
        """The text got longer or shorter: the hint may come or go."""
        if self.is_mounted:
            self._update_more()

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        """Scrolled: the hint goes once the end is in view."""
        super().watch_scroll_y(old_value, new_value)
        if self.is_mounted:
            self._update_more()
