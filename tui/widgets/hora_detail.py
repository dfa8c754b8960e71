"""The HØRA lines of the active step on the Run screen: its type and Hensikt."""

from __future__ import annotations

from rich.text import Text

from agendas.model import Step
from tui.i18n import t


def append_hora(text: Text, step: Step) -> None:
    """Add `Type: beslutning` and `Hensikt: …` (when the step has them) to the step's text;
    its Ønsket resultat follows as before."""
    if step.item_type is not None:
        text.append(f"\n{t('hora.type')}: ", style="bold")
        text.append(t(f"hora.type.{step.item_type.value}"), style="bold yellow")
        text.append("\n")
    if step.purpose:
        text.append(f"\n{t('hora.purpose')}: ", style="bold")
        text.append(step.purpose)
        text.append("\n")
