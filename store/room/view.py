"""What one group's phone sees: the live step, the time left and the notes it may read.

A phone sees its own group's notes of the current step, unless the step shares them: a step
without group work (plenum) shows every group's notes. The view is plain data (JSON-ready);
the page writes every text in as text, never as markup.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from agendas.model import Step
from store.language import kind_label, template
from store.model import Note, Session
from store.room.submission import phone_factors, step_kinds

View = dict[str, Any]


def shares_notes(step: Step) -> bool:
    """True when every group's phone sees all of the step's notes (a plenum step)."""
    return step.group_work is None


def current_step(session: Session, now: dt.datetime) -> int | None:
    """The step phones add notes to: the facilitator's current one (0 before the start)."""
    if session.state == "ended":
        return None
    current = session.timing(now).current
    return 0 if current is None else current


def _note(note: Note) -> View:
    return {
        "id": note.id,
        "kind": note.kind.value,
        "label": kind_label(note.kind),
        "text": note.text,
        "group": note.group,
        "iglo": note.iglo.value if note.iglo else "",
        "iglo_label": template(f"doc.iglo.{note.iglo.name.lower()}") if note.iglo else "",
        "ansvarlig": note.ansvarlig,
        "ressurser": note.ressurser,
        "frist": note.frist.isoformat() if note.frist else "",
        "factor": note.factor,
    }


def visible_notes(session: Session, index: int, group: int) -> tuple[Note, ...]:
    """The live notes of step `index` that group `group`'s phone may read."""
    notes = session.notes_for_step(index)
    if shares_notes(session.agenda.steps[index]):
        return notes
    return tuple(note for note in notes if note.group == group)


def phone_view(session: Session, now: dt.datetime, group: int) -> View:
    """Everything group `group`'s page shows now, as JSON-ready data."""
    base: View = {"state": session.state, "title": session.title, "groups": session.groups}
    index = current_step(session, now)
    if index is None:
        return {**base, "step": None, "notes": []}
    step = session.agenda.steps[index]
    timing = session.timing(now)
    return {
        **base,
        "ticking": timing.state == "running",
        "remaining": int(timing.steps[index].remaining.total_seconds()),  # < 0: overtime
        "step": {
            "index": index,
            "count": len(session.agenda.steps),
            "title": step.title,
            "questions": list(step.questions),
            "kinds": [{"kind": k.value, "label": kind_label(k)} for k in step_kinds(step)],
            "factors": list(phone_factors(session, step)),
            "group_work": step.group_work is not None,
            "shared": shares_notes(step),
        },
        "notes": [_note(note) for note in visible_notes(session, index, group)],
    }
