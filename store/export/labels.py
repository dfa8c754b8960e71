"""The words of the exports as one Labels record per language, built from store.language."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from agendas.model import IgloLevel, NoteKind
from store.language import Lang as Lang
from store.language import template
from store.model import NoteStatus


@dataclass(frozen=True, slots=True)
class Labels:
    """Every fixed word an export uses, in one language; templates use str.format fields."""

    minutes_title: str
    meeting_type: str
    session_title: str
    date: str
    time: str
    place: str
    leader: str
    secretary: str
    groups: str
    follows: str
    not_started: str
    in_progress: str
    paused: str
    steps_heading: str
    clock: str
    planned: str
    used: str
    added: str
    skipped: str
    upcoming: str
    overtime: str
    no_notes: str
    other_notes: str
    listed_elsewhere: str
    decisions_heading: str
    no_decisions: str
    actions_heading: str
    no_actions: str
    action_columns: tuple[str, str, str, str, str, str]
    timing_heading: str
    timing_columns: tuple[str, str, str, str]
    total: str
    questions_heading: str
    no_questions: str
    answered: str
    next_heading: str
    no_next: str
    item: str
    plenum: str
    group: str
    rank: str
    kinds: dict[NoteKind, str]
    iglo: dict[IgloLevel, str]
    no_level: str
    status: dict[NoteStatus, str]
    overdue: str
    summary_title: str
    no_topic: str
    summary_fallback: str
    no_challenges: str
    plan_title: str
    based_on: str
    as_of: str
    plan_counts: str
    plan_columns: tuple[str, str, str, str, str, str]
    progress_title: str
    progress_columns: tuple[str, str, str, str, str]
    entry_kinds: dict[str, str]
    no_entries: str
    no_plan: str
    rounds: str = "Runder"

    def group_label(self, group: int | None) -> str:
        """The attribution of a group: "Gruppe 2" for a number, "Plenum" for None."""
        return self.plenum if group is None else self.group.format(n=group)


def _build(lang: Lang) -> Labels:
    """The labels of one language, from the language table's `doc.*` words."""

    def w(key: str) -> str:
        return template(f"doc.{key}", lang)

    def columns(*keys: str) -> tuple[str, ...]:
        return tuple(w(key if key in _PLAIN else f"col.{key}") for key in keys)

    action = columns("action", "iglo", "responsible", "resources", "deadline", "status")
    plan = columns("action", "responsible", "resources", "deadline", "status", "source")
    timing = columns("step", "planned", "used", "deviation")
    progress = columns("what", "kind", "date", "time", "leader")
    return Labels(
        minutes_title=w("minutes_title"),
        meeting_type=w("meeting_type"),
        session_title=w("session_title"),
        date=w("date"),
        time=w("time"),
        place=w("place"),
        leader=w("leader"),
        secretary=w("secretary"),
        groups=w("groups"),
        follows=w("follows"),
        not_started=w("not_started"),
        in_progress=w("in_progress"),
        paused=w("paused"),
        steps_heading=w("steps_heading"),
        clock=w("clock"),
        planned=w("planned"),
        used=w("used"),
        added=w("added"),
        skipped=w("skipped"),
        upcoming=w("upcoming"),
        overtime=w("overtime"),
        no_notes=w("no_notes"),
        other_notes=w("other_notes"),
        listed_elsewhere=w("listed_elsewhere"),
        decisions_heading=w("decisions_heading"),
        no_decisions=w("no_decisions"),
        actions_heading=w("actions_heading"),
        no_actions=w("no_actions"),
        action_columns=(action[0], action[1], action[2], action[3], action[4], action[5]),
        timing_heading=w("timing_heading"),
        timing_columns=(timing[0], timing[1], timing[2], timing[3]),
        total=w("total"),
        questions_heading=w("questions_heading"),
        no_questions=w("no_questions"),
        answered=w("answered"),
        next_heading=w("next_heading"),
        no_next=w("no_next"),
        item=w("item"),
        plenum=w("plenum"),
        group=w("group"),
        rank=w("rank"),
        kinds={kind: w(f"kinds.{kind.name.lower()}") for kind in NoteKind},
        iglo={level: w(f"iglo.{level.name.lower()}") for level in IgloLevel},
        no_level=w("no_level"),
        status={status: w(f"status.{status.name.lower()}") for status in NoteStatus},
        overdue=w("overdue"),
        summary_title=w("summary_title"),
        no_topic=w("no_topic"),
        summary_fallback=w("summary_fallback"),
        no_challenges=w("no_challenges"),
        plan_title=w("plan_title"),
        based_on=w("based_on"),
        as_of=w("as_of"),
        plan_counts=w("plan_counts"),
        plan_columns=(plan[0], plan[1], plan[2], plan[3], plan[4], plan[5]),
        progress_title=w("progress_title"),
        progress_columns=(progress[0], progress[1], progress[2], progress[3], progress[4]),
        entry_kinds={kind: w(f"entry.{kind}") for kind in ENTRY_KINDS},
        no_entries=w("no_entries"),
        no_plan=w("no_plan"),
        rounds=w("rounds"),
    )


#: Column words that are also plain labels (the same key serves both).
_PLAIN = frozenset({"planned", "used", "date", "time"})
#: The progress-plan entry kinds that have a word of their own.
ENTRY_KINDS = ("verksted", "planleggingsmøte")


@functools.cache
def labels_for(lang: Lang) -> Labels:
    """The labels of one export language ("nb" or "en"), built once from the language table."""
    return _build("en" if lang == "en" else "nb")


NB = labels_for("nb")
EN = labels_for("en")
