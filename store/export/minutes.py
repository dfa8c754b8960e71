"""The minutes (møtereferat) of one session as CommonMark with GFM tables."""

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
from store.export.after_tasks import after_tasks
from store.export.escape import escape_cell, escape_inline
from store.export.hora_block import with_hora
from store.export.labels import Labels, Lang, labels_for
from store.export.notes import (
    EMPTY_CELL,
    OWN_SECTION_KINDS,
    attribution,
    by_group,
    deadline_cell,
    iglo_cell,
    note_text,
    notes_by_step,
    optional_cell,
    planned_text,
    status_cell,
)
from store.export.text import join_blocks, markdown_table
from store.language import translate
from store.model import Note, NoteStatus, Session
from store.timing import MeetingState, MeetingTiming, StepStatus, StepTiming


def render_minutes(
    session: Session,
    now: dt.datetime,
    *,
    lang: Lang = "nb",
    next_title: str | None = None,
    previous: Session | None = None,
) -> str:
    """The session's minutes: header, steps with notes, vedtak, tiltak, timing, questions,
    after-tasks, next. `now` drives a running meeting's timing and the overdue marks;
    `next_title` names the next meeting (else its id); `previous` is the session this one
    follows, named in the header. Clock times are in the session's zone."""
    labels = labels_for(lang)
    tz = session_zone(session)
    timing = session.timing(now)
    today = local_date(now, tz)
    by_step = notes_by_step(session)
    step_count = len(session.agenda.steps)
    blocks: list[str | Sequence[str]] = [
        f"# {labels.minutes_title}: {escape_inline(session.agenda.title)}",
        _header(session, timing, labels, tz, previous),
        f"## {labels.steps_heading}",
    ]
    for step_timing in timing.steps:
        notes = by_step.get(step_timing.index, [])
        section = _step_section(session, step_timing, notes, labels, tz)
        blocks.extend(with_hora(section, session.agenda.steps[step_timing.index], lang))
    stray = [
        note
        for step in sorted(by_step)
        if not 0 <= step < step_count
        for note in by_step[step]
        if note.kind not in OWN_SECTION_KINDS
    ]
    if stray:
        blocks.append(f"### {labels.other_notes}")
        blocks.extend(_kind_blocks(stray, labels))
    live = [note for step in sorted(by_step) for note in by_step[step]]
    blocks.extend(_decisions(live, labels, step_count))
    blocks.extend(_actions(live, labels, today))
    blocks.extend(_timing_table(session, timing, labels))
    blocks.extend(_questions(live, labels, step_count))
    blocks.extend(_parking_lot(live, labels, step_count, lang))
    blocks.extend(after_tasks(session, lang))
    blocks.extend(_next_meeting(session, labels, next_title))
    return join_blocks(blocks)


def _header(
    session: Session,
    timing: MeetingTiming,
    labels: Labels,
    tz: dt.tzinfo,
    previous: Session | None,
) -> list[str]:
    agenda_title = session.agenda.title
    fields: list[tuple[str, str]] = [(labels.meeting_type, escape_inline(agenda_title))]
    if session.title.strip() and session.title.strip() != agenda_title:
        fields.append((labels.session_title, escape_inline(session.title)))
    fields.append((labels.date, format_date(session.date)))
    fields.append((labels.time, _time_span(timing, labels, tz)))
    if session.place.strip():
        fields.append((labels.place, escape_inline(session.place)))
    if session.rounds:
        fields.append((labels.rounds, ", ".join(escape_inline(name) for name in session.rounds)))
    # Møteleder and Referent always: a dash says that nobody was named.
    for label, name in (
        (labels.leader, session.roles.moteleder),
        (labels.secretary, session.roles.referent),
    ):
        fields.append((label, escape_inline(name.strip()) if name and name.strip() else "–"))
    fields.append((labels.groups, str(session.groups)))
    if session.follows:
        fields.append((labels.follows, _follows(session.follows, previous)))
    return [f"- **{name}:** {value}" for name, value in fields]


def _time_span(timing: MeetingTiming, labels: Labels, tz: dt.tzinfo) -> str:
    if timing.started_at is None:
        return labels.not_started
    start = format_clock(timing.started_at, tz)
    end = labels.in_progress
    if timing.state is MeetingState.ENDED and timing.ended_at is not None:
        end = format_clock(timing.ended_at, tz)
    span = f"{start}–{end}"
    paused = whole_minutes(timing.paused)
    return f"{span} ({labels.paused.format(minutes=paused)})" if paused > 0 else span


def _follows(follows: str, previous: Session | None) -> str:
    if previous is None or previous.id != follows:
        return escape_inline(follows)
    title = previous.title.strip() or previous.agenda.title
    return f"{escape_inline(title)}, {format_date(previous.date)}"


def _step_section(
    session: Session, timing: StepTiming, notes: list[Note], labels: Labels, tz: dt.tzinfo
) -> list[str | Sequence[str]]:
    step = session.agenda.steps[timing.index]
    blocks: list[str | Sequence[str]] = [
        f"### {timing.index + 1}. {escape_inline(step.title)}",
        _step_time_line(timing, labels, tz),
    ]
    in_step = [note for note in notes if note.kind not in OWN_SECTION_KINDS]
    blocks.extend(_kind_blocks(in_step, labels))
    elsewhere = [
        f"{labels.kinds[kind]} ({count})"
        for kind in OWN_SECTION_KINDS
        if (count := sum(1 for note in notes if note.kind is kind))
    ]
    if elsewhere:
        blocks.append(f"{labels.listed_elsewhere} {', '.join(elsewhere)}.")
    elif not in_step:
        blocks.append(labels.no_notes)
    return blocks


def _step_time_line(timing: StepTiming, labels: Labels, tz: dt.tzinfo) -> str:
    parts: list[str] = []
    if timing.actual_start is not None:
        parts.append(f"{labels.clock} {format_clock(timing.actual_start, tz)}")
    planned = planned_text(timing)
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


def _kind_blocks(notes: Sequence[Note], labels: Labels) -> list[str | Sequence[str]]:
    """Notes under a bold heading per kind, then a bullet per group with the notes nested."""
    blocks: list[str | Sequence[str]] = []
    for kind in NoteKind:
        of_kind = [note for note in notes if note.kind is kind]
        if not of_kind:
            continue
        lines: list[str] = []
        for group, group_notes in by_group(of_kind):
            lines.append(f"- {labels.group_label(group)}")
            lines.extend(f"  - {note_text(note, labels)}" for note in group_notes)
        blocks.extend([f"**{labels.kinds[kind]}**", lines])
    return blocks


def _attributed_list(notes: Sequence[Note], labels: Labels, step_count: int) -> list[str]:
    """Bullets of notes, each followed by its group and step ("Gruppe 2, sak 3")."""
    return [
        f"- {note_text(note, labels)} "
        f"({attribution(note, labels, note.step + 1 if 0 <= note.step < step_count else None)})"
        for note in notes
    ]


def _decisions(notes: Sequence[Note], labels: Labels, step_count: int) -> list[str | Sequence[str]]:
    decisions = [note for note in notes if note.kind is NoteKind.VEDTAK]
    body = _attributed_list(decisions, labels, step_count) or labels.no_decisions
    return [f"## {labels.decisions_heading}", body]


def _actions(notes: Sequence[Note], labels: Labels, today: dt.date) -> list[str | Sequence[str]]:
    actions = [note for note in notes if note.kind is NoteKind.TILTAK]
    if not actions:
        return [f"## {labels.actions_heading}", labels.no_actions]
    rows = [
        (
            f"{escape_cell(note.text)} ({labels.group_label(note.group)})",
            iglo_cell(note, labels),
            optional_cell(note.ansvarlig),
            optional_cell(note.ressurser),
            deadline_cell(note),
            status_cell(note, today, labels),
        )
        for note in actions
    ]
    return [f"## {labels.actions_heading}", markdown_table(labels.action_columns, rows)]


def _timing_table(
    session: Session, timing: MeetingTiming, labels: Labels
) -> list[str | Sequence[str]]:
    rows: list[tuple[str, str, str, str]] = []
    total_planned = total_limit = total_used = 0
    for step_timing in timing.steps:
        title = session.agenda.steps[step_timing.index].title
        planned = whole_minutes(step_timing.planned)
        total_planned += planned
        total_limit += whole_minutes(step_timing.limit)
        label = f"{step_timing.index + 1}. {escape_cell(title)}"
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
            f"**{labels.total}**",
            minutes_range(total_planned, total_limit),
            f"{total_used} min",
            signed_minutes(total_used - total_planned),
        )
    )
    return [f"## {labels.timing_heading}", markdown_table(labels.timing_columns, rows)]


def _questions(notes: Sequence[Note], labels: Labels, step_count: int) -> list[str | Sequence[str]]:
    """Every spørsmål note; one marked ferdig counts as answered and says so."""
    questions = [note for note in notes if note.kind is NoteKind.SPORSMAL]
    lines = _attributed_list(questions, labels, step_count)
    body = [
        f"{line} · *{labels.answered}*" if note.status is NoteStatus.GJENNOMFORT else line
        for note, line in zip(questions, lines, strict=True)
    ]
    return [f"## {labels.questions_heading}", body or labels.no_questions]


def _parking_lot(
    notes: Sequence[Note], labels: Labels, step_count: int, lang: Lang
) -> list[str | Sequence[str]]:
    """What was parked for a later meeting (only when something was), and what became of it."""
    parked = [note for note in notes if note.kind is NoteKind.PARKERING]
    if not parked:
        return []
    lines = _attributed_list(parked, labels, step_count)
    body = [
        line
        if note.status is NoteStatus.IKKE_STARTET
        else f"{line} · *{translate(f'parking.status.{note.status.name.lower()}', lang)}*"
        for note, line in zip(parked, lines, strict=True)
    ]
    return [f"## {labels.kinds[NoteKind.PARKERING]}", body]


def _next_meeting(
    session: Session, labels: Labels, next_title: str | None
) -> list[str | Sequence[str]]:
    next_id = session.agenda.next
    if not next_id:
        return [f"## {labels.next_heading}", labels.no_next]
    title = next_title.strip() if next_title and next_title.strip() else next_id
    return [f"## {labels.next_heading}", f"{escape_inline(title)}."]
