"""The action plan (handlingsplan): every tiltak of one session or a chain, by IGLO level."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from agendas.model import IgloLevel, NoteKind
from store.clock import format_date, local_date, session_zone
from store.export.escape import escape_cell, escape_inline
from store.export.labels import Labels, Lang, labels_for
from store.export.notes import (
    deadline_cell,
    optional_cell,
    status_cell,
)
from store.export.text import join_blocks, markdown_table
from store.model import Note, NoteStatus, Session
from store.tiltak_status import is_overdue


def collect_actions(sessions: Session | Sequence[Session]) -> list[tuple[Session, Note]]:
    """The live tiltak of the sessions, in session order and then creation order."""
    chain = (sessions,) if isinstance(sessions, Session) else tuple(sessions)
    return [
        (session, note)
        for session in chain
        for note in session.live_notes
        if note.kind is NoteKind.TILTAK
    ]


def render_action_plan(
    sessions: Session | Sequence[Session],
    now: dt.datetime,
    *,
    lang: Lang = "nb",
) -> str:
    """The action plan: one table per IGLO level (then "Uten nivå"), overdue tiltak marked.

    Within a level, tiltak are sorted by frist (those without last), then by meeting and
    creation order. A chain of sessions (e.g. statusmøte → tiltaksmøte) gives one plan;
    "today" is `now`'s date in the zone of the chain's last meeting.
    """
    labels = labels_for(lang)
    chain = (sessions,) if isinstance(sessions, Session) else tuple(sessions)
    today = local_date(now, session_zone(chain[-1]) if chain else dt.UTC)
    actions = collect_actions(chain)
    overdue = sum(1 for _, note in actions if is_overdue(note, today))
    done = sum(1 for _, note in actions if note.status is NoteStatus.GJENNOMFORT)
    blocks: list[str | Sequence[str]] = [
        f"# {labels.plan_title}",
        [
            f"- **{labels.based_on}:** {'; '.join(_meeting_name(s) for s in chain) or '–'}",
            f"- **{labels.as_of}:** {format_date(today)}",
        ],
        labels.plan_counts.format(total=len(actions), overdue=overdue, done=done),
    ]
    show_meeting = len(chain) > 1
    position = {id(note): index for index, (_, note) in enumerate(actions)}
    levels: list[IgloLevel | None] = [*IgloLevel, None]
    for level in levels:
        in_level = [(s, note) for s, note in actions if note.iglo is level]
        if level is None and not in_level:
            continue
        blocks.append(f"## {labels.no_level if level is None else labels.iglo[level]}")
        if not in_level:
            blocks.append(labels.no_actions)
            continue
        in_level.sort(key=lambda pair: (_deadline_key(pair[1]), position[id(pair[1])]))
        rows = [_row(s, note, labels, today, show_meeting) for s, note in in_level]
        blocks.append(markdown_table(labels.plan_columns, rows))
    return join_blocks(blocks)


def _deadline_key(note: Note) -> tuple[bool, dt.date]:
    return (note.frist is None, note.frist or dt.date.min)


def _row(
    session: Session, note: Note, labels: Labels, today: dt.date, show_meeting: bool
) -> tuple[str, str, str, str, str, str]:
    source = labels.group_label(note.group)
    if show_meeting:
        source = f"{source}, {_meeting_name(session)}"
    return (
        escape_cell(note.text),
        optional_cell(note.ansvarlig),
        optional_cell(note.ressurser),
        deadline_cell(note),
        status_cell(note, today, labels),
        source,
    )


def _meeting_name(session: Session) -> str:
    """A meeting's escaped title and date, e.g. "Tiltaksmøte (17.03.2026)"."""
    title = session.title.strip() or session.agenda.title
    return f"{escape_inline(title)} ({format_date(session.date)})"
