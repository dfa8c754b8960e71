"""The HØRA block of a step in the minutes: its type, Hensikt and Ønsket resultat."""

from __future__ import annotations

from collections.abc import Sequence

from agendas.model import Step
from store.export.escape import escape_inline
from store.language import Lang, template


def hora_lines(step: Step, lang: Lang) -> list[str]:
    """`- **Type:** beslutning`, `- **Hensikt:** …`, `- **Ønsket resultat:** …` for a sak in
    HØRA form (one with a Hensikt or a type); nothing for other steps."""
    if step.purpose is None and step.item_type is None:
        return []
    lines: list[str] = []
    if step.item_type is not None:
        word = template(f"hora.type.{step.item_type.value}", lang)
        lines.append(f"- **{template('hora.type', lang)}:** {word}")
    for key, value in (("hora.purpose", step.purpose), ("hora.outcome", step.outcome)):
        if value:
            lines.append(f"- **{template(key, lang)}:** {escape_inline(value)}")
    return lines


def hora_print_lines(step: Step, lang: Lang) -> list[str]:
    """`Type: beslutning` and `Hensikt: …` as plain lines for the run sheet (its Ønsket
    resultat is printed there already)."""
    lines: list[str] = []
    if step.item_type is not None:
        word = template(f"hora.type.{step.item_type.value}", lang)
        lines.append(f"{template('hora.type', lang)}: {word}")
    if step.purpose:
        lines.append(f"{template('hora.purpose', lang)}: {step.purpose}")
    return lines


def with_hora(
    section: list[str | Sequence[str]], step: Step, lang: Lang
) -> list[str | Sequence[str]]:
    """A step's minutes section with its HØRA block after the heading and time line."""
    lines = hora_lines(step, lang)
    return [*section[:2], lines, *section[2:]] if lines else section
