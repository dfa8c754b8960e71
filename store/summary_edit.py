"""Consolidating the inner-circle summary: reword, merge, reorder and remove items (pure)."""

from __future__ import annotations

from collections.abc import Sequence
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
