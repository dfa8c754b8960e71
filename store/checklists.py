"""The checklists before and after a meeting: the agenda's `preparation` and `after` items,
ticked by the facilitator and kept with the session (`Session.checked`).

An item's key is its part and its place in the session's frozen agenda ("before:0",
"after:2"): the frozen copy never changes, so a key always names the same item. Pure (the
minutes use it); saving ticks is store.checklist_saving.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from store.model import Session

#: The two checklists: "before" (the agenda's preparation) and "after" (its after-tasks).
Part = Literal["before", "after"]


def item_key(part: Part, index: int) -> str:
    """The stored key of one checklist item, e.g. "after:2"."""
    return f"{part}:{index}"


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    """One item of a checklist as shown: its key, text and whether it is ticked."""

    key: str
    text: str
    done: bool


def checklist(session: Session, part: Part) -> tuple[ChecklistItem, ...]:
    """The items of one checklist of the session's agenda, with their ticks."""
    texts = session.agenda.preparation if part == "before" else session.agenda.after
    ticked = set(session.checked)
    return tuple(
        ChecklistItem(item_key(part, i), text, item_key(part, i) in ticked)
        for i, text in enumerate(texts)
    )
