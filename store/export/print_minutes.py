"""The minutes (møtereferat) as print blocks, for the PDF and the Word file.

The same sections as the Markdown minutes (store.export.minutes): header, steps with their
notes by kind and group, vedtak, tiltak, timing, questions (open, then answered), after-tasks,
next meeting.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from agendas.model import NoteKind
from store.clock import (
    format_clock,
    format_date,
    local_date,
    minutes_range,
    session_zone,
    signed_minutes,
    whole_minutes,
)
from store.export.after_tasks import print_after_tasks
from store.export.labels import Labels, Lang, labels_for
from store.export.notes import (
    EMPTY_CELL,
    OWN_SECTION_KINDS,
    by_group,
    deadline_cell,
    iglo_cell,
    notes_by_step,
    planned_text,
)
from store.export.print_blocks import (
    Block,
    Bullets,
    Fields,
    Heading,
    Item,
    Para,
    PrintDocument,
    Table,
)
from store.export.print_closing import attributed, parking_lot, questions
from store.language import template
from store.model import Note, Session
from store.tiltak_status import is_overdue
from store.timing import MeetingState, MeetingTiming, StepStatus, StepTiming


def print_minutes(
    session: Session,
    now: dt.datetime,
    *,
    lang: Lang = "nb",
    next_title: str | None = None,
    previous: Session | None = None,
) -> PrintDocument:
    """The session's minutes as an A4 print document (see render_minutes for the arguments)."""
    labels = labels_for(lang)
    tz = session_zone(session)
    timing = session.timing(now)
    today = local_date(now, tz)
    by_step = notes_by_step(session)
    step_count = len(session.agenda.steps)
    title = f"{labels.minutes_title}: {session.agenda.title}"
    blocks: list[Block] = [
        Heading(title, 1),
        Fields(tuple(header_fields(session, timing, labels, tz, previous))),
        Heading(labels.steps_heading, 2),
    ]
    for step_timing in timing.steps:
        notes = by_step.get(step_timing.index, [])
        blocks.extend(_step_section(session, step_timing, notes, labels, tz))
    stray = [
        note
        for step in sorted(by_step)
        if not 0 <= step < step_count
        for note in by_step[step]
        if note.kind not in OWN_SECTION_KINDS
    ]
    if stray:
        blocks.append(Heading(labels.other_notes, 3))
        blocks.extend(kind_blocks(stray, labels))
    live = [note for step in sorted(by_step) for note in by_step[step]]
    blocks.extend(_decisions(live, labels, step_count))
    blocks.extend(_actions(live, labels, today, lang))
    blocks.extend(_timing_table(session, timing, labels))
    blocks.extend(questions(live, labels, step_count, lang))
    blocks.extend(parking_lot(live, labels, step_count, lang))
    blocks.extend(print_after_tasks(session, lang))
    blocks.extend(_next_meeting(session, labels, next_title))
    return PrintDocument(
        title=title,
        blocks=tuple(blocks),
        footer=f"{labels.minutes_title} · {session.agenda.title} · {format_date(session.date)}",
        page_word=template("print.page", lang),
        of_word=template("print.of", lang),
        lang=lang,
    )


def header_fields(
    session: Session,
    timing: MeetingTiming,
    labels: Labels,
    tz: dt.tzinfo,
    previous: Session | None,
) -> list[tuple[str, str]]:
    """Møtetype, title, dato, tid, sted, møteleder, referent, groups and what it continues."""
    agenda_title = session.agenda.title
    fields: list[tuple[str, str]] = [(labels.meeting_type, agenda_title)]
    if session.title.strip() and session.title.strip() != agenda_title:
        fields.append((labels.session_title, session.title))
    fields.append((labels.date, format_date(session.date)))
    fields.append((labels.time, _time_span(timing, labels, tz)))
    if session.place.strip():
        fields.append((labels.place, session.place))
    for label, name in (
        (labels.leader, session.roles.moteleder),
        (labels.secretary, session.roles.referent),
    ):
        fields.append((label, name.strip() if name and name.strip() else EMPTY_CELL))
    if session.rounds:
        fields.append((labels.rounds, ", ".join(session.rounds)))
    fields.append((labels.groups, str(session.groups)))
    if session.follows:
        follows = session.follows
        if previous is not None and previous.id == session.follows:
            name = previous.title.strip() or previous.agenda.title
            follows = f"{name}, {format_date(previous.date)}"
        fields.append((labels.follows, follows))
    return fields


def _time_span(timing: MeetingTiming, labels: Labels, tz: dt.tzinfo) -> str:
    if timing.started_at is None:
        return labels.not_started
    end = labels.in_progress
    if timing.state is MeetingState.ENDED and timing.ended_at is not None:
        end = format_clock(timing.ended_at, tz)
    span = f"{format_clock(timing.started_at, tz)}–{end}"
    paused = whole_minutes(timing.paused)
    return f"{span} ({labels.paused.format(minutes=paused)})" if paused > 0 else span


def _step_section(
    session: Session, timing: StepTiming, notes: list[Note], labels: Labels, tz: dt.tzinfo
) -> list[Block]:
    step = session.agenda.steps[timing.index]
    blocks: list[Block] = [
        Heading(f"{timing.index + 1}. {step.title}", 3),
        Para(step_time_line(timing, labels, tz), quiet=True),
    ]
    in_step = [note for note in notes if note.kind not in OWN_SECTION_KINDS]
    blocks.extend(kind_blocks(in_step, labels))
    elsewhere = [
        f"{labels.kinds[kind]} ({count})"
        for kind in OWN_SECTION_KINDS
        if (count := sum(1 for note in notes if note.kind is kind))
    ]
    if elsewhere:
        blocks.append(Para(f"{labels.listed_elsewhere} {', '.join(elsewhere)}.", quiet=True))
    elif not in_step:
        blocks.append(Para(labels.no_notes, quiet=True))
    return blocks


def step_time_line(timing: StepTiming, labels: Labels, tz: dt.tzinfo) -> str:
    """Kl. actual start · Planlagt (with added minutes) · Brukt, or skipped / not started."""
    parts: list[str] = []
    if timing.actual_start is not None:
        parts.append(f"{labels.clock} {format_clock(timing.actual_start, tz)}")
    planned = minutes_range(whole_minutes(timing.planned), whole_minutes(timing.limit))
    added = whole_minutes(timing.added)
    if added:
        planned += f" ({labels.added.format(minutes=added)})"
    parts.append(f"{labels.planned} {planned}")
    if timing.status is StepStatus.SKIPPED:
        parts.append(labels.skipped)
    elif timing.status is StepStatus.UPCOMING:
        parts.append(labels.upcoming)
    else:
        parts.append(f"{labels.used} {whole_minutes(timing.elapsed)} min")
        if timing.over_limit:
            parts.append(labels.overtime)
    return " · ".join(parts)


def note_item(note: Note, labels: Labels) -> Item:
    """A note as a list item, its rank ("Nr. 1:") as the bold lead-in."""
    lead = "" if note.rank is None else f"{labels.rank.format(n=note.rank)}:"
    text = f"{note.text} ({note.round_name})" if note.round_name else note.text
    return Item(text, lead=lead)


def kind_blocks(notes: Sequence[Note], labels: Labels) -> list[Block]:
    """Notes under a bold line per kind, then one entry per group with its notes nested."""
    blocks: list[Block] = []
    for kind in NoteKind:
        of_kind = [note for note in notes if note.kind is kind]
        if not of_kind:
            continue
        items = tuple(
            Item(
                labels.group_label(group), children=tuple(note_item(n, labels) for n in group_notes)
            )
            for group, group_notes in by_group(of_kind)
        )
        blocks.extend([Para(labels.kinds[kind], bold=True), Bullets(items)])
    return blocks


def _decisions(notes: Sequence[Note], labels: Labels, step_count: int) -> list[Block]:
    items = tuple(attributed(n, labels, step_count) for n in notes if n.kind is NoteKind.VEDTAK)
    body: Block = Bullets(items) if items else Para(labels.no_decisions, quiet=True)
    return [Heading(labels.decisions_heading, 2), body]


def status_text(note: Note, today: dt.date, lang: Lang) -> str:
    """A tiltak's status in words, with "forfalt" when its frist has passed."""
    status = labels_for(lang).status[note.status]
    overdue = template("print.overdue", lang)
    return f"{status} · {overdue}" if is_overdue(note, today) else status


def _actions(notes: Sequence[Note], labels: Labels, today: dt.date, lang: Lang) -> list[Block]:
    actions = [note for note in notes if note.kind is NoteKind.TILTAK]
    if not actions:
        return [Heading(labels.actions_heading, 2), Para(labels.no_actions, quiet=True)]
    rows = tuple(
        (
            f"{note.text} ({labels.group_label(note.group)})",
            iglo_cell(note, labels),
            note.ansvarlig.strip() or EMPTY_CELL,
            note.ressurser.strip() or EMPTY_CELL,
            deadline_cell(note),
            status_text(note, today, lang),
        )
        for note in actions
    )
    marked = frozenset(i for i, note in enumerate(actions) if is_overdue(note, today))
    table = Table(labels.action_columns, rows, (2.5, 1.1, 2.1, 1.5, 1.1, 1.2), marked)
    return [Heading(labels.actions_heading, 2), table]


def _timing_table(session: Session, timing: MeetingTiming, labels: Labels) -> list[Block]:
    rows: list[tuple[str, str, str, str]] = []
    total_planned = total_limit = total_used = 0
    for step_timing in timing.steps:
        title = session.agenda.steps[step_timing.index].title
        planned = whole_minutes(step_timing.planned)
        limit = whole_minutes(step_timing.limit)
        total_planned += planned
        total_limit += limit
        label = f"{step_timing.index + 1}. {title}"
        if step_timing.status in (StepStatus.SKIPPED, StepStatus.UPCOMING):
            status = labels.skipped if step_timing.status is StepStatus.SKIPPED else labels.upcoming
            rows.append((label, planned_text(step_timing), status, EMPTY_CELL))
            continue
        used = whole_minutes(step_timing.elapsed)
        total_used += used
        deviation = signed_minutes(used - planned)
        if step_timing.over_limit:
            deviation += f" {labels.overtime}"
        rows.append((label, planned_text(step_timing), f"{used} min", deviation))
    rows.append(
        (
            labels.total,
            minutes_range(total_planned, total_limit),
            f"{total_used} min",
            signed_minutes(total_used - total_planned),
        )
    )
    table = Table(labels.timing_columns, tuple(rows), (4, 1.3, 1.3, 1.3), bold_last=True)
    return [Heading(labels.timing_heading, 2), table]


def _next_meeting(session: Session, labels: Labels, next_title: str | None) -> list[Block]:
    next_id = session.agenda.next
    if not next_id:
        return [Heading(labels.next_heading, 2), Para(labels.no_next, quiet=True)]
    title = next_title.strip() if next_title and next_title.strip() else next_id
    return [Heading(labels.next_heading, 2), Para(f"{title}.")]
