"""Where a step's content is Plansje's proposal rather than the guide's (`**Forslag:**`)."""

from __future__ import annotations

from dataclasses import replace

from agendas.model import Agenda, Step


def shown_proposal(agenda: Agenda, step: Step) -> str | None:
    """The proposal marker to show on a step: the whole agenda's, then the step's own."""
    parts = [text for text in (agenda.proposal, step.proposal) if text]
    return " ".join(parts) or None


def with_shown_proposal(agenda: Agenda, step: Step) -> Step:
    """The step as the Run screen shows it: its proposal marker includes the agenda's."""
    proposal = shown_proposal(agenda, step)
    return step if proposal == step.proposal else replace(step, proposal=proposal)
