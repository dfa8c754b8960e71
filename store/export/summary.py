"""The inner-circle summary (oppsummering til neste møte) and a first draft of it."""

from __future__ import annotations

from collections.abc import Sequence

from agendas.model import NoteKind
from store.clock import format_date
from store.export.escape import escape_inline, flatten_whitespace
from store.export.labels import Labels, Lang, labels_for
from store.export.notes import by_group, by_rank, group_order, note_text, notes_by_step
from store.export.text import join_blocks
from store.factors import meeting_factors
from store.model import Note, Session, SummaryItem


def draft_summary(session: Session) -> tuple[SummaryItem, ...]:
    """A first summary from the utfordring notes, grouped by factor, duplicates merged.

    A meeting with factors (store.factors) gets one topic per factor, in the factors' order,
    then "" («Andre utfordringer») for challenges written into none; a meeting without factors
    gets the step title as topic. Within a topic, texts equal ignoring case and whitespace
    become one item (the first wording wins) whose `sources` lists every merged note id; items
    follow the topics, then the notes' rank (a vote's), then first appearance; `order` from 1.
    """
    factors = meeting_factors(session)
    rank_of = {factor.casefold(): index for index, factor in enumerate(factors)}
    merged: dict[tuple[tuple[int, int], str], tuple[str, str, list[str]]] = {}
    for note in by_rank(session.live_notes):  # a vote's ranking first (store.votes)
        text = flatten_whitespace(note.text)
        if note.kind is not NoteKind.UTFORDRING or not text:
            continue
        factor = flatten_whitespace(note.factor)
        if factor or factors:
            place = (0, rank_of.get(factor.casefold(), len(factors) + (0 if factor else 1)))
            topic = next((f for f in factors if f.casefold() == factor.casefold()), factor)
        else:
            place, topic = (1, note.step), _step_title(session, note.step)
        key = (place, f"{topic.casefold()}\0{text.casefold()}")
        merged.setdefault(key, (text, topic, []))[2].append(note.id)
    ordered = sorted(enumerate(merged.items()), key=lambda pair: (pair[1][0][0], pair[0]))
    return tuple(
        SummaryItem(text=text, topic=topic, order=rank, sources=tuple(sources))
        for rank, (_, (_key, (text, topic, sources))) in enumerate(ordered, start=1)
    )


def render_summary(session: Session, *, lang: Lang = "nb") -> str:
    """The summary for the next meeting: items grouped by topic, in the facilitator's order.

    Without a stored summary the raw utfordring notes are listed per step and group, and
    the document says so.
    """
    labels = labels_for(lang)
    blocks: list[str | Sequence[str]] = [
        f"# {labels.summary_title}: {escape_inline(session.agenda.title)}",
        _header(session, labels),
    ]
    if session.summary:
        blocks.extend(_topics(session, labels))
    else:
        blocks.append(f"*{labels.summary_fallback}*")
        blocks.extend(_raw_challenges(session, labels))
    return join_blocks(blocks)


def _header(session: Session, labels: Labels) -> list[str]:
    fields = [(labels.meeting_type, escape_inline(session.agenda.title))]
    if session.title.strip() and session.title.strip() != session.agenda.title:
        fields.append((labels.session_title, escape_inline(session.title)))
    fields.append((labels.date, format_date(session.date)))
    if session.place.strip():
        fields.append((labels.place, escape_inline(session.place)))
    return [f"- **{name}:** {value}" for name, value in fields]


def _topics(session: Session, labels: Labels) -> list[str | Sequence[str]]:
    """One heading per topic (topics in the order of their first item), items as bullets."""
    ordered = sorted(enumerate(session.summary), key=lambda pair: (pair[1].order, pair[0]))
    topics: dict[str, list[SummaryItem]] = {}
    for _, item in ordered:
        topics.setdefault(flatten_whitespace(item.topic), []).append(item)
    groups_of = {note.id: note.group for note in session.live_notes}
    blocks: list[str | Sequence[str]] = []
    for topic, items in topics.items():
        blocks.append(f"## {escape_inline(topic) or labels.no_topic}")
        blocks.append([_summary_line(item, groups_of, labels) for item in items])
    return blocks


def _summary_line(item: SummaryItem, groups_of: dict[str, int | None], labels: Labels) -> str:
    """An item as a bullet, attributed to the groups its (live) source notes came from."""
    text = f"- {escape_inline(item.text)}"
    groups = {groups_of[source] for source in item.sources if source in groups_of}
    if not groups:
        return text
    names = [labels.group_label(group) for group in sorted(groups, key=group_order)]
    return f"{text} ({', '.join(names)})"


def _raw_challenges(session: Session, labels: Labels) -> list[str | Sequence[str]]:
    by_step = notes_by_step(session)
    blocks: list[str | Sequence[str]] = []
    for step in sorted(by_step):
        challenges = [note for note in by_step[step] if note.kind is NoteKind.UTFORDRING]
        if not challenges:
            continue
        blocks.append(f"## {escape_inline(_step_title(session, step))}")
        blocks.append(_group_lines(challenges, labels))
    return blocks or [labels.no_challenges]


def _group_lines(notes: Sequence[Note], labels: Labels) -> list[str]:
    lines: list[str] = []
    for group, group_notes in by_group(notes):
        lines.append(f"- {labels.group_label(group)}")
        lines.extend(f"  - {note_text(note, labels)}" for note in group_notes)
    return lines


def _step_title(session: Session, step: int) -> str:
    steps = session.agenda.steps
    return steps[step].title if 0 <= step < len(steps) else ""
