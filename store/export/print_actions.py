"""The action plan (handlingsplan) as an A4 landscape print document, by IGLO level.

Each level has a table of its tiltak with ansvarlig, ressurser, frist and status; a tiltak
whose frist has passed (relative to `now`, in the zone of the chain's last meeting) and that
is not ferdig is marked "forfalt" and drawn in the warning colour.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from agendas.model import IgloLevel
from store.clock import format_date, local_date, session_zone
from store.export.actions import collect_actions
from store.export.labels import Lang, labels_for
from store.export.notes import EMPTY_CELL, deadline_cell
from store.export.print_blocks import Block, Fields, Heading, Para, PrintDocument, Table
from store.export.print_minutes import status_text
from store.language import template
from store.model import Note, NoteStatus, Session
from store.tiltak_status import is_overdue


def print_action_plan(
    sessions: Session | Sequence[Session], now: dt.datetime, *, lang: Lang = "nb"
) -> PrintDocument:
    """The action plan of a session or chain: one table per IGLO level, then "Uten nivå"."""
    labels = labels_for(lang)
    chain = (sessions,) if isinstance(sessions, Session) else tuple(sessions)
    today = local_date(now, session_zone(chain[-1]) if chain else dt.UTC)
    actions = collect_actions(chain)
    overdue = sum(1 for _, note in actions if is_overdue(note, today))
    done = sum(1 for _, note in actions if note.status is NoteStatus.GJENNOMFORT)
    blocks: list[Block] = [
        Heading(labels.plan_title, 1),
        Fields(
            (
                (labels.based_on, "; ".join(_meeting_name(s) for s in chain) or EMPTY_CELL),
                (labels.as_of, format_date(today)),
            )
        ),
        Para(labels.plan_counts.format(total=len(actions), overdue=overdue, done=done)),
    ]
    position = {id(note): index for index, (_, note) in enumerate(actions)}
    levels: list[IgloLevel | None] = [*IgloLevel, None]
    for level in levels:
        in_level = [(s, note) for s, note in actions if note.iglo is level]
        if level is None and not in_level:
            continue
        blocks.append(Heading(labels.no_level if level is None else labels.iglo[level], 2))
        if not in_level:
            blocks.append(Para(labels.no_actions, quiet=True))
            continue
        in_level.sort(key=lambda pair: (_deadline_key(pair[1]), position[id(pair[1])]))
        rows = tuple(_row(s, note, today, lang, len(chain) > 1) for s, note in in_level)
        marked = frozenset(i for i, (_, note) in enumerate(in_level) if is_overdue(note, today))
        blocks.append(Table(labels.plan_columns, rows, (3.4, 2, 1.6, 1, 1.2, 1.8), marked))
    last = chain[-1] if chain else None
    footer = labels.plan_title if last is None else f"{labels.plan_title} · {_meeting_name(last)}"
    return PrintDocument(
        title=labels.plan_title,
        blocks=tuple(blocks),
        footer=f"{footer} · {labels.as_of} {format_date(today)}",
        page_word=template("print.page", lang),
        of_word=template("print.of", lang),
        lang=lang,
        page="a4-landscape",
    )


def _deadline_key(note: Note) -> tuple[bool, dt.date]:
    return (note.frist is None, note.frist or dt.date.min)


def _row(
    session: Session, note: Note, today: dt.date, lang: Lang, show_meeting: bool
) -> tuple[str, str, str, str, str, str]:
    source = labels_for(lang).group_label(note.group)
    if show_meeting:
        source = f"{source}, {_meeting_name(session)}"
    return (
        note.text,
        note.ansvarlig.strip() or EMPTY_CELL,
        note.ressurser.strip() or EMPTY_CELL,
        deadline_cell(note),
        status_text(note, today, lang),
        source,
    )


def _meeting_name(session: Session) -> str:
    title = session.title.strip() or session.agenda.title
    return f"{title} ({format_date(session.date)})"
