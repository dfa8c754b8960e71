"""Saving an edited saksliste into its file changes only what the editor changed."""

from __future__ import annotations

import difflib
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agendas import parse_agenda
from agendas.library import BUILTIN_DIR
from agendas.model import ItemType
from agendas.saksliste import Sak, Saksliste, heading_line, saksliste_from_agenda, write_saksliste
from agendas.saksliste_edit import SakslisteEditError, duplicate_text, update_saksliste_text

HAND_WRITTEN = """---
id: personalmote
title: Personalmøte
participants: Alle ansatte  # kept as written
---

# Personalmøte

**Hensikt:** Bli enige om vaktplanen
**Ønsket resultat:** En plan

<!-- Skrevet i vim, ikke i Plansje. -->

## Vaktplan (20–30 min)

Leder legger fram forslaget.

- Hvem mangler?

**Type:** beslutning
**Hensikt:** Planen må ut
  innen fredag

> Husk pausene.

## Eventuelt (5 min)
"""


def _changed_lines(before: str, after: str) -> list[str]:
    """The lines removed (-) and added (+) between two texts."""
    return [
        line.rstrip("\n")
        for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="")
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]


def _draft(text: str) -> Saksliste:
    return saksliste_from_agenda(parse_agenda(text))


def test_saving_without_changes_leaves_the_file_as_it_was() -> None:
    assert update_saksliste_text(HAND_WRITTEN, _draft(HAND_WRITTEN)) == HAND_WRITTEN


def test_changing_one_field_changes_only_its_lines() -> None:
    draft = _draft(HAND_WRITTEN)
    item = replace(draft.items[0], purpose="Planen må ut i dag")
    after = update_saksliste_text(HAND_WRITTEN, replace(draft, items=(item, draft.items[1])))
    assert _changed_lines(HAND_WRITTEN, after) == [
        "-**Hensikt:** Planen må ut",
        "-  innen fredag",
        "+**Hensikt:** Planen må ut i dag",
    ]
    assert "<!-- Skrevet i vim, ikke i Plansje. -->" in after
    assert "participants: Alle ansatte  # kept as written" in after


def test_adding_a_type_removing_and_moving_items_keep_the_rest_of_each_section() -> None:
    draft = _draft(HAND_WRITTEN)
    first, second = draft.items
    moved = (replace(second, item_type=ItemType.INFORMASJON), first, Sak("Ny sak", 10, "Fordi"))
    after = update_saksliste_text(HAND_WRITTEN, replace(draft, items=moved))
    reread = _draft(after)
    assert [i.title for i in reread.items] == ["Eventuelt", "Vaktplan", "Ny sak"]
    assert reread.items[0].item_type is ItemType.INFORMASJON
    assert "Leder legger fram forslaget." in after and "> Husk pausene." in after
    assert "## Vaktplan (20–30 min)" in after  # the range stays: its minutes did not change
    agenda = parse_agenda(after)
    assert agenda.steps[1].questions == ("Hvem mangler?",)
    without = update_saksliste_text(HAND_WRITTEN, replace(draft, items=(first,)))
    assert "Eventuelt" not in without and "Leder legger fram forslaget." in without


def test_other_unicode_line_separators_in_a_description_are_kept() -> None:
    odd = HAND_WRITTEN.replace("forslaget.", "forslaget.\u2028Og\x0cmer.")
    after = update_saksliste_text(odd, replace(_draft(odd), outcome="Ny"))
    assert "forslaget.\u2028Og\x0cmer." in after
    assert len(_changed_lines(odd, after)) == 2


def test_a_windows_file_keeps_its_line_endings() -> None:
    windows = HAND_WRITTEN.replace("\n", "\r\n")
    draft = _draft(windows)
    after = update_saksliste_text(windows, replace(draft, outcome="En annen plan"))
    assert _changed_lines(windows, after) == [
        "-**Ønsket resultat:** En plan",
        "+**Ønsket resultat:** En annen plan",
    ]
    assert after.count("\r\n") == windows.count("\r\n")


def test_a_paragraph_purpose_cannot_be_replaced_silently() -> None:
    text = (BUILTIN_DIR / "statusmote.md").read_text(encoding="utf-8")
    draft = _draft(text)
    with pytest.raises(SakslisteEditError):
        update_saksliste_text(text, replace(draft, purpose="Noe annet"))


def test_a_broken_file_is_refused_with_its_line() -> None:
    with pytest.raises(SakslisteEditError, match=":7:") as refused:
        update_saksliste_text(
            "---\nid: x\ntitle: X\n---\n\n# X\n## A (ti min)\n",
            Saksliste("x", "X", items=(Sak("A", 5),)),
        )
    assert refused.value.code == "broken"


def test_a_file_changed_elsewhere_since_it_was_opened_is_not_overwritten() -> None:
    opened = _draft(HAND_WRITTEN)
    elsewhere = HAND_WRITTEN.replace("**Type:** beslutning", "**Type:** drøfting")
    mine = replace(opened, outcome="En annen plan")
    with pytest.raises(SakslisteEditError) as refused:
        update_saksliste_text(elsewhere, mine, base=opened)
    assert refused.value.code == "changed_elsewhere"
    # A change elsewhere the editor does not model is no conflict: it is kept.
    noted = HAND_WRITTEN.replace("Leder legger fram forslaget.", "Leder legger fram to forslag.")
    after = update_saksliste_text(noted, mine, base=opened)
    assert "to forslag" in after and "**Ønsket resultat:** En annen plan" in after


def test_duplicating_changes_only_the_id_line() -> None:
    copy = duplicate_text(HAND_WRITTEN, "personalmote-2")
    assert _changed_lines(HAND_WRITTEN, copy) == ["-id: personalmote", "+id: personalmote-2"]


_BUILTINS = sorted(BUILTIN_DIR.glob("*.md"))


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(_BUILTINS),
    st.data(),
)
def test_editing_one_sak_of_any_builtin_keeps_every_other_section_verbatim(
    path: Path, data: st.DataObject
) -> None:
    text = path.read_text(encoding="utf-8")
    draft = _draft(text)
    index = data.draw(st.integers(0, len(draft.items) - 1))
    new_type = data.draw(st.sampled_from(list(ItemType)))
    outcome = data.draw(st.sampled_from(["", "Vedtak om **dette**", "# ikke en overskrift"]))
    item = replace(draft.items[index], item_type=new_type, outcome=outcome)
    items = (*draft.items[:index], item, *draft.items[index + 1 :])
    after = update_saksliste_text(text, replace(draft, items=items))
    assert _draft(after) == replace(draft, items=items)
    before_steps = parse_agenda(text).steps
    after_steps = parse_agenda(after).steps
    for number, (old, new) in enumerate(zip(before_steps, after_steps, strict=True)):
        assert (old.description, old.questions, old.tips, old.targets) == (
            new.description,
            new.questions,
            new.tips,
            new.targets,
        )
        if number != index:
            assert (old.outcome, old.item_type) == (new.outcome, new.item_type)


_TITLES = st.lists(
    st.text(alphabet="abcæøå *#_", min_size=1, max_size=6).map(str.strip).filter(bool),
    min_size=1,
    max_size=5,
    unique_by=str.casefold,
)


@settings(max_examples=150, deadline=None)
@given(_TITLES, st.data())
def test_any_reorder_removal_addition_and_field_edit_keeps_each_kept_sections_own_lines(
    titles: list[str], data: st.DataObject
) -> None:
    first = Saksliste("m", "Møte", "Fordi", "", tuple(Sak(title, 5) for title in titles))
    text = write_saksliste(first)
    for number, title in enumerate(titles):  # a line of its own in each section, as by hand
        text = text.replace(
            f"{_heading(title)}\n", f"{_heading(title)}\n\nEgen linje {number}.\n", 1
        )
    opened = _draft(text)
    kept = data.draw(st.lists(st.integers(0, len(titles) - 1), unique=True, min_size=1))
    items = [
        replace(
            opened.items[index],
            purpose=data.draw(st.sampled_from(["", "Hvorfor *dette*", "Fordi"])),
            item_type=data.draw(st.none() | st.sampled_from(list(ItemType))),
            minutes=data.draw(st.sampled_from([5, 12])),
        )
        for index in kept
    ]
    if data.draw(st.booleans()):
        items.insert(data.draw(st.integers(0, len(items))), Sak("Helt ny sak", 3, "Ny"))
    wanted = replace(opened, title=data.draw(st.sampled_from(["Møte", "Nytt møte"])))
    wanted = replace(wanted, items=tuple(items))
    after = update_saksliste_text(text, wanted, base=opened)
    assert _draft(after) == wanted
    for number in range(len(titles)):
        assert after.count(f"Egen linje {number}.") == (1 if number in kept else 0)


def _heading(title: str) -> str:
    return heading_line(Sak(title, 5))
