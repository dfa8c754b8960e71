"""The built-in `hora` is a template: example items marked as Plansje's, never the seed's."""

from __future__ import annotations

from agendas.library import resolve_agenda
from agendas.model import ItemType
from agendas.saksliste import new_from_template


def test_every_step_says_where_its_content_is_plansjes_suggestion() -> None:
    agenda = resolve_agenda("hora")
    for step in agenda.steps:
        seen = " ".join((*step.description, *step.tips, step.purpose or ""))
        assert "Plansje" in seen, step.title
    assert all("Eksempel" in text for text in (*agenda.purpose, agenda.outcome or ""))


def test_a_new_saksliste_starts_from_the_templates_example_items() -> None:
    draft = new_from_template(resolve_agenda("hora"), "ny")
    assert draft.title == "" and draft.purpose.startswith("Eksempel fra Plansje")
    assert [item.item_type for item in draft.items] == [
        ItemType.INFORMASJON,
        ItemType.DROFTING,
        ItemType.BESLUTNING,
        None,
    ]
    assert all(item.origin is None for item in draft.items)
    assert new_from_template(None, "ny").items == ()
