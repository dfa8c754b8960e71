"""The active step: purpose, description, questions, tips, group work and target progress."""

from __future__ import annotations

from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from agendas.model import Step
from tui.i18n import t


def render_step(step: Step, progress: list[str], context: list[str]) -> Text:
    """Everything a facilitator needs about one step, as literal rich Text."""
    text = Text()
    text.append(step.title, style="bold underline")
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
            text.append("  • ")
            text.append(question)
            text.append("\n")
    if step.tips:
        text.append(f"\n{t('run.tips')}:\n", style="bold")
        for tip in step.tips:
            text.append("  ❯ ", style="cyan")
            text.append(tip, style="italic")
            text.append("\n")
    if progress:
        text.append(f"\n{t('run.progress')}:\n", style="bold")
        for line in progress:
            text.append(f"  {line}\n", style="green")
    if context:
        text.append(f"\n{t('run.previous_summary')}:\n", style="bold")
        for line in context:
            text.append("  ○ ")
            text.append(line)
            text.append("\n")
    return text


class StepDetail(VerticalScroll):
    """A scrollable panel showing the active step."""

    DEFAULT_CSS = """
    StepDetail { padding: 0 1; }
    StepDetail > Static { width: 1fr; }
    """

    def compose(self):  # type: ignore[no-untyped-def]
        """One static body, updated as the step or its notes change."""
        yield Static(id="step-body")

    def show(self, step: Step, progress: list[str], context: list[str]) -> None:
        """Show a step with its progress lines and the previous meeting's summary."""
        self.query_one("#step-body", Static).update(render_step(step, progress, context))
