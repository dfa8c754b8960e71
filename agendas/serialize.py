"""Agendas as JSON-ready dicts: the frozen copy a session keeps and the parsed-agenda cache."""

from __future__ import annotations

from typing import Any

from agendas.model import (
    Agenda,
    Duration,
    GroupWork,
    ItemType,
    NoteKind,
    Rounds,
    Step,
    Target,
)
from agendas.voting import voting_from_dict, voting_to_dict

__all__ = ["agenda_from_dict", "agenda_to_dict"]


def _target_to_dict(target: Target) -> dict[str, Any]:
    return {"kind": target.kind.value, "count": target.count, "per_group": target.per_group}


def _step_to_dict(step: Step) -> dict[str, Any]:
    group_work = step.group_work
    rounds = step.rounds
    return {
        "title": step.title,
        "duration": {"planned": step.duration.planned, "limit": step.duration.limit},
        "line": step.line,
        "description": list(step.description),
        "questions": list(step.questions),
        "tips": list(step.tips),
        "outcome": step.outcome,
        "targets": [_target_to_dict(target) for target in step.targets],
        "group_work": None
        if group_work is None
        else {"min_size": group_work.min_size, "max_size": group_work.max_size},
        "rounds": None
        if rounds is None
        else {"count": rounds.count, "minutes": rounds.minutes, "label": rounds.label},
        "factors": list(step.factors),
        "voting": voting_to_dict(step.voting),
        "purpose": step.purpose,
        "item_type": step.item_type.value if step.item_type else None,
        "proposal": step.proposal,
    }


def agenda_to_dict(agenda: Agenda) -> dict[str, Any]:
    """A JSON-ready dict holding every field of the agenda (inverse of agenda_from_dict)."""
    return {
        "id": agenda.id,
        "title": agenda.title,
        "steps": [_step_to_dict(step) for step in agenda.steps],
        "purpose": list(agenda.purpose),
        "outcome": agenda.outcome,
        "next": agenda.next,
        "participants": agenda.participants,
        "preparation": list(agenda.preparation),
        "path": agenda.path,
        "source": agenda.source,
        "extra": [[key, value] for key, value in agenda.extra],
        "factors": list(agenda.factors),
        "after": list(agenda.after),
        "framing": list(agenda.framing),
        "proposal": agenda.proposal,
    }


def _strings(value: Any) -> tuple[str, ...]:
    return tuple(str(item) for item in value or ())


def _step_from_dict(d: dict[str, Any]) -> Step:
    group_work = d.get("group_work")
    rounds = d.get("rounds")
    return Step(
        title=d["title"],
        duration=Duration(planned=d["duration"]["planned"], limit=d["duration"]["limit"]),
        line=d.get("line", 0),
        description=_strings(d.get("description")),
        questions=_strings(d.get("questions")),
        tips=_strings(d.get("tips")),
        outcome=d.get("outcome"),
        targets=tuple(
            Target(
                kind=NoteKind(t["kind"]),
                count=t.get("count"),
                per_group=bool(t.get("per_group", False)),
            )
            for t in d.get("targets") or ()
        ),
        group_work=None
        if group_work is None
        else GroupWork(min_size=group_work.get("min_size"), max_size=group_work.get("max_size")),
        rounds=None
        if rounds is None
        else Rounds(
            count=rounds["count"], minutes=rounds["minutes"], label=rounds.get("label", "")
        ),
        factors=_strings(d.get("factors")),
        voting=voting_from_dict(d.get("voting")),
        purpose=d.get("purpose"),
        item_type=ItemType(d["item_type"]) if d.get("item_type") else None,
        proposal=d.get("proposal"),
    )


def agenda_from_dict(d: dict[str, Any]) -> Agenda:
    """Rebuild the Agenda that agenda_to_dict produced; raises KeyError/ValueError on bad input."""
    return Agenda(
        id=d["id"],
        title=d["title"],
        steps=tuple(_step_from_dict(step) for step in d["steps"]),
        purpose=_strings(d.get("purpose")),
        outcome=d.get("outcome"),
        next=d.get("next"),
        participants=d.get("participants"),
        preparation=_strings(d.get("preparation")),
        path=d.get("path"),
        source=d.get("source", "file"),
        extra=tuple((str(key), str(value)) for key, value in d.get("extra") or ()),
        factors=_strings(d.get("factors")),
        after=_strings(d.get("after")),
        framing=_strings(d.get("framing")),
        proposal=d.get("proposal"),
    )
