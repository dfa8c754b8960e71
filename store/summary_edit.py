"""Consolidating the inner-circle summary: reword, merge, split, reorder and remove items, with
undo and redo (pure)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from store.model import SummaryItem


def renumber(items: Sequence[SummaryItem]) -> tuple[SummaryItem, ...]:
    """The items in their current order with `order` counting from 1 (most important first)."""
    return tuple(replace(item, order=rank) for rank, item in enumerate(items, start=1))


def ordered(items: Sequence[SummaryItem]) -> tuple[SummaryItem, ...]:
    """The items sorted by their stored order."""
    return renumber(sorted(items, key=lambda item: item.order))


def move(items: Sequence[SummaryItem], index: int, delta: int) -> tuple[SummaryItem, ...]:
    """Move one item up (delta < 0) or down; out-of-range moves change nothing."""
    target = index + delta
    if not (0 <= index < len(items) and 0 <= target < len(items)):
        return tuple(items)
    result = list(items)
    result.insert(target, result.pop(index))
    return renumber(result)


def merge_next(items: Sequence[SummaryItem], index: int) -> tuple[SummaryItem, ...]:
    """Merge an item with the one below it: texts joined, sources combined, first topic kept."""
    if not 0 <= index < len(items) - 1:
        return tuple(items)
    first, second = items[index], items[index + 1]
    text = (
        first.text
        if second.text.casefold() == first.text.casefold()
        else (f"{first.text.rstrip('. ')}. {second.text}")
    )
    merged = replace(first, text=text, sources=(*first.sources, *second.sources))
    return renumber([*items[:index], merged, *items[index + 2 :]])


def reword(items: Sequence[SummaryItem], index: int, text: str) -> tuple[SummaryItem, ...]:
    """Give one item new text (blank text leaves it unchanged)."""
    if not 0 <= index < len(items) or not text.strip():
        return tuple(items)
    return renumber([*items[:index], replace(items[index], text=text.strip()), *items[index + 1 :]])


def retopic(items: Sequence[SummaryItem], index: int, topic: str) -> tuple[SummaryItem, ...]:
    """Set one item's topic (the factor it belongs to)."""
    if not 0 <= index < len(items):
        return tuple(items)
    changed = replace(items[index], topic=topic.strip())
    return renumber([*items[:index], changed, *items[index + 1 :]])


def remove(items: Sequence[SummaryItem], index: int) -> tuple[SummaryItem, ...]:
    """Drop one item (its notes stay in the minutes)."""
    if not 0 <= index < len(items):
        return tuple(items)
    return renumber([*items[:index], *items[index + 1 :]])


def split(
    items: Sequence[SummaryItem], index: int, parts: Sequence[SummaryItem]
) -> tuple[SummaryItem, ...]:
    """Replace one item by the parts it was merged from, in its place."""
    if not 0 <= index < len(items) or not parts:
        return tuple(items)
    return renumber([*items[:index], *parts, *items[index + 1 :]])


def parts_by_source(item: SummaryItem, note_texts: Mapping[str, str]) -> tuple[SummaryItem, ...]:
    """One item per merged note, with the note's own text (the item's text when unknown)."""
    if len(item.sources) < 2:
        return ()
    return tuple(
        replace(item, text=note_texts.get(source, item.text), sources=(source,))
        for source in item.sources
    )


HISTORY_LIMIT = 200


class SummaryEditor:
    """The summary being consolidated, with undo/redo and the parts each merge was made of.

    Splitting a merged item gives back the items merged into it (with their wording) when the
    merge was made here; an item merged in an earlier sitting splits into one item per note.
    """

    def __init__(
        self, items: Sequence[SummaryItem], note_texts: Mapping[str, str] | None = None
    ) -> None:
        self.items = ordered(items)
        self.note_texts: Mapping[str, str] = note_texts or {}
        self._undo: list[tuple[SummaryItem, ...]] = []
        self._redo: list[tuple[SummaryItem, ...]] = []
        self._parts: dict[tuple[str, ...], tuple[SummaryItem, ...]] = {}

    @property
    def can_undo(self) -> bool:
        """True when there is a change to undo."""
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        """True when an undone change can be made again."""
        return bool(self._redo)

    def apply(self, items: Sequence[SummaryItem]) -> bool:
        """Make `items` the summary (undoable); False when nothing changed."""
        changed = tuple(items)
        if changed == self.items:
            return False
        self._undo.append(self.items)
        del self._undo[:-HISTORY_LIMIT]
        self._redo.clear()
        self.items = changed
        return True

    def merge(self, index: int) -> bool:
        """Merge an item with the one below it, remembering both for a later split."""
        merged = merge_next(self.items, index)
        if merged == self.items:
            return False
        first, second = self.items[index], self.items[index + 1]
        self._parts[merged[index].sources] = (first, second)
        return self.apply(merged)

    def parts(self, index: int) -> tuple[SummaryItem, ...]:
        """What a split of this item gives back: the merged items, else one item per note."""
        if not 0 <= index < len(self.items):
            return ()
        item = self.items[index]
        return self._parts.get(item.sources) or parts_by_source(item, self.note_texts)

    def split(self, index: int) -> bool:
        """Split a merged item back into its parts; False when it was not merged."""
        return self.apply(split(self.items, index, self.parts(index)))

    def undo(self) -> bool:
        """Go back one change; False when there is none."""
        if not self._undo:
            return False
        self._redo.append(self.items)
        self.items = self._undo.pop()
        return True

    def redo(self) -> bool:
        """Make the last undone change again; False when there is none."""
        if not self._redo:
            return False
        self._undo.append(self.items)
        self.items = self._redo.pop()
        return True
