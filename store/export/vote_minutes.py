"""The vote counts in the minutes: under the step that voted, its notes with their dots,
most first (only for a result the facilitator revealed).

The minutes renderers know nothing of votes; these functions add a block after the voting
step's notes, to the Markdown text or to the printed document, by the step's own heading.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

from store.export.escape import escape_inline
from store.export.labels import Lang
from store.export.print_blocks import Block, Bullets, Heading, Item, Para, PrintDocument
from store.language import translate
from store.model import Note, Session

VoteCounts = Mapping[int, Sequence[tuple[Note, int]]]
"""Per step index: the revealed vote's notes with their dots, most first."""


def _count(count: int, lang: Lang) -> str:
    return translate("doc.vote_count", lang, {"n": count})


def markdown_with_votes(text: str, session: Session, counts: VoteCounts, lang: Lang) -> str:
    """The Markdown minutes with each voting step's counts after its notes."""
    for index, ranked in sorted(counts.items()):
        if not ranked or not 0 <= index < len(session.agenda.steps):
            continue
        heading = f"\n### {index + 1}. {escape_inline(session.agenda.steps[index].title)}\n"
        start = text.find(heading)
        if start < 0:
            continue
        ends = [p for p in (text.find("\n### ", start + 1), text.find("\n## ", start + 1)) if p > 0]
        end = min(ends) if ends else len(text) - 1
        lines = [f"**{translate('doc.votes', lang)}:**", ""]
        lines += [f"- **{_count(n, lang)}:** {escape_inline(note.text)}" for note, n in ranked]
        text = f"{text[:end]}\n\n" + "\n".join(lines) + text[end:]
    return text


def document_with_votes(
    document: PrintDocument, session: Session, counts: VoteCounts, lang: Lang
) -> PrintDocument:
    """The printed minutes with each voting step's counts after its notes."""
    blocks: list[Block] = list(document.blocks)
    for index, ranked in sorted(counts.items()):
        if not ranked or not 0 <= index < len(session.agenda.steps):
            continue
        title = f"{index + 1}. {session.agenda.steps[index].title}"
        at = next(
            (i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.text == title), None
        )
        if at is None:
            continue
        end = next(
            (i for i in range(at + 1, len(blocks)) if isinstance(blocks[i], Heading)), len(blocks)
        )
        items = tuple(Item(note.text, lead=f"{_count(n, lang)}:") for note, n in ranked)
        blocks[end:end] = [Para(translate("doc.votes", lang), bold=True), Bullets(items)]
    return dataclasses.replace(document, blocks=tuple(blocks))
