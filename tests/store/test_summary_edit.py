"""Consolidating the summary: what the facilitator does at the end of a Statusmøte."""

from store.model import SummaryItem
from store.summary_edit import merge_next, move, ordered, remove, retopic, reword

ITEMS = (
    SummaryItem("Mye avbrytelser", "Arbeidsmengde", 1, ("a",)),
    SummaryItem("mye avbrytelser", "Arbeidsmengde", 2, ("b",)),
    SummaryItem("Lite tid til opplæring", "Kompetanse", 3, ("c",)),
)


def test_merging_duplicates_keeps_one_wording_and_every_source() -> None:
    merged = merge_next(ITEMS, 0)
    assert [(i.text, i.sources, i.order) for i in merged] == [
        ("Mye avbrytelser", ("a", "b"), 1),
        ("Lite tid til opplæring", ("c",), 2),
    ]


def test_merging_different_texts_joins_them() -> None:
    assert merge_next(ITEMS, 1)[1].text == "mye avbrytelser. Lite tid til opplæring"


def test_moving_reorders_by_importance_and_renumbers() -> None:
    moved = move(ITEMS, 2, -2)
    assert [i.sources for i in moved] == [("c",), ("a",), ("b",)]
    assert [i.order for i in moved] == [1, 2, 3]
    assert move(ITEMS, 0, -1) == ITEMS


def test_reword_retopic_and_remove() -> None:
    assert reword(ITEMS, 2, "  For lite opplæring ")[2].text == "For lite opplæring"
    assert reword(ITEMS, 2, "   ") == ITEMS
    assert retopic(ITEMS, 0, "Avbrytelser")[0].topic == "Avbrytelser"
    assert [i.sources for i in remove(ITEMS, 1)] == [("a",), ("c",)]


def test_ordered_sorts_by_stored_order() -> None:
    shuffled = (ITEMS[2], ITEMS[0], ITEMS[1])
    assert [i.sources for i in ordered(shuffled)] == [("a",), ("b",), ("c",)]
