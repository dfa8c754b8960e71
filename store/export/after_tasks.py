"""The minutes' section of after-the-meeting tasks (the agenda's `after:` list) with their ticks,
for the Markdown minutes and the printed ones."""

from __future__ import annotations

from collections.abc import Sequence

from store.checklists import checklist
from store.export.escape import escape_inline
from store.export.labels import Lang
from store.export.print_blocks import Block, Bullets, Heading, Item
from store.language import translate
from store.model import Session


def after_tasks(session: Session, lang: Lang) -> list[str | Sequence[str]]:
    """The after-tasks as a GFM task list under their heading (nothing when there are none)."""
    items = checklist(session, "after")
    if not items:
        return []
    lines = [f"- [{'x' if item.done else ' '}] {escape_inline(item.text)}" for item in items]
    return [f"## {translate('minutes.after_heading', lang)}", lines]


def print_after_tasks(session: Session, lang: Lang) -> list[Block]:
    """The after-tasks as print blocks, each led by whether it is done."""
    items = checklist(session, "after")
    if not items:
        return []
    leads = {
        True: translate("minutes.after_done", lang),
        False: translate("minutes.after_open", lang),
    }
    bullets = Bullets(tuple(Item(item.text, lead=leads[item.done]) for item in items))
    return [Heading(translate("minutes.after_heading", lang), 2), bullets]
