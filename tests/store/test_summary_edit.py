"""Consolidating the summary: what the facilitator does at the end of a Statusmøte."""

from store.model import SummaryItem
from store.summary_edit import (
    SummaryEditor,
    merge_next,
    move,
    ordered,
    remove,
    retopic,
    reword,
)

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


def test_editor_undoes_and_redoes_each_change() -> None:
    editor = SummaryEditor(ITEMS)
    assert not editor.can_undo and not editor.undo()
    assert editor.merge(1)
    assert editor.apply(remove(editor.items, 0))
    assert [i.sources for i in editor.items] == [("b", "c")]
    assert editor.undo() and editor.undo()
    assert editor.items == ITEMS
    assert editor.redo()
    assert [i.sources for i in editor.items] == [("a",), ("b", "c")]
    assert editor.apply(reword(editor.items, 0, "Avbrytelser"))
    assert not editor.can_redo and not editor.redo()  # a new change drops the undone one


def test_unchanged_edits_leave_no_history() -> None:
    editor = SummaryEditor(ITEMS)
    assert not editor.apply(move(editor.items, 0, -1))
    assert not editor.merge(2)
    assert not editor.can_undo


def test_split_gives_back_the_merged_items_with_their_own_wording() -> None:
    editor = SummaryEditor(ITEMS)
    editor.apply(reword(editor.items, 2, "Lite tid til opplæring av nye"))
    editor.merge(1)  # b + c
    editor.merge(0)  # a + (b + c)
    editor.apply(reword(editor.items, 0, "Arbeidspress"))
    assert editor.split(0)
    assert [(i.text, i.sources, i.order) for i in editor.items] == [
        ("Mye avbrytelser", ("a",), 1),
        ("mye avbrytelser. Lite tid til opplæring av nye", ("b", "c"), 2),
    ]
    assert editor.split(1)
    assert [i.text for i in editor.items] == [
        "Mye avbrytelser",
        "mye avbrytelser",
        "Lite tid til opplæring av nye",
    ]
    assert not editor.split(0)  # a single note: nothing to split
    editor.undo()
    assert len(editor.items) == 2


def test_an_item_merged_earlier_splits_into_its_notes_texts() -> None:
    earlier = (SummaryItem("Avbrytelser og tidspress", "Arbeidsmengde", 1, ("a", "c", "x")),)
    editor = SummaryEditor(earlier, {"a": "Mye avbrytelser", "c": "Lite tid"})
    assert editor.split(0)
    assert [(i.text, i.topic, i.sources) for i in editor.items] == [
        ("Mye avbrytelser", "Arbeidsmengde", ("a",)),
        ("Lite tid", "Arbeidsmengde", ("c",)),
        ("Avbrytelser og tidspress", "Arbeidsmengde", ("x",)),  # note unknown: item's text
    ]
