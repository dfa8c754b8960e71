"""The closing sections of the printed minutes: the questions (open, then answered) and the
parking lot (parkeringsplass), with what later meetings made of each parked item."""

from __future__ import annotations

from collections.abc import Sequence

from agendas.model import NoteKind
from store.export.labels import Labels, Lang
from store.export.print_blocks import Block, Bullets, Heading, Item, Para
from store.language import template
from store.model import Note, NoteStatus


def attributed(note: Note, labels: Labels, step_count: int) -> Item:
    """A note as a list item with where it came from: «… (Gruppe 2, sak 3)», its rank in bold."""
    from store.export.print_minutes import note_item

    where = labels.group_label(note.group)
    if 0 <= note.step < step_count:
        where = f"{where}, {labels.item} {note.step + 1}"
    item = note_item(note, labels)
    return Item(f"{item.text} ({where})", lead=item.lead)


def questions(notes: Sequence[Note], labels: Labels, step_count: int, lang: Lang) -> list[Block]:
    """Open questions first, then the answered ones (spørsmål marked ferdig)."""
    questions = [note for note in notes if note.kind is NoteKind.SPORSMAL]
    blocks: list[Block] = [Heading(labels.questions_heading, 2)]
    if not questions:
        return [*blocks, Para(labels.no_questions, quiet=True)]
    open_ = [n for n in questions if n.status is not NoteStatus.GJENNOMFORT]
    answered = [n for n in questions if n.status is NoteStatus.GJENNOMFORT]
    for key, group in (("print.open_questions", open_), ("print.answered_questions", answered)):
        if group:
            blocks.append(Para(template(key, lang), bold=True))
            blocks.append(Bullets(tuple(attributed(n, labels, step_count) for n in group)))
    return blocks


def parking_lot(notes: Sequence[Note], labels: Labels, step_count: int, lang: Lang) -> list[Block]:
    """What was parked for a later meeting (only when something was), and what became of it."""
    parked = [note for note in notes if note.kind is NoteKind.PARKERING]
    if not parked:
        return []
    items = []
    for note in parked:
        item = attributed(note, labels, step_count)
        if note.status is not NoteStatus.IKKE_STARTET:
            fate = template(f"parking.status.{note.status.name.lower()}", lang)
            item = Item(f"{item.text} · {fate}", lead=item.lead)
        items.append(item)
    return [Heading(labels.kinds[NoteKind.PARKERING], 2), Bullets(tuple(items))]
