"""The draft summary proposed from the utfordring notes."""

from __future__ import annotations

import dataclasses

from agendas.model import NoteKind
from store.export import draft_summary, render_summary
from store.model import Note
from tests.export.sessions import statusmote, tiltaksmote, utc


def test_duplicates_are_merged_case_insensitively_with_their_sources() -> None:
    draft = draft_summary(statusmote())
    first = draft[0]
    assert first.text == "Mye avbrytelser ved medisinutdeling"
    assert first.topic == "Gruppearbeid per faktor"
    assert first.sources == ("n2", "n5", "n8")
    assert [item.order for item in draft] == list(range(1, len(draft) + 1))
    assert len(draft) == 8
    assert all(len(item.sources) == 1 for item in draft[1:])


def test_deleted_and_other_kinds_are_left_out() -> None:
    texts = [item.text for item in draft_summary(statusmote())]
    assert "Slettet: skal ikke vises" not in texts
    assert "Neste gang jobber vi med tiltak." not in texts
    assert draft_summary(tiltaksmote()) == ()


def test_items_follow_the_steps_and_the_same_text_in_two_steps_stays_apart() -> None:
    session = statusmote()
    early = Note("e1", NoteKind.UTFORDRING, "Stress ved vaktbytte", 0, None, utc(2026, 3, 3, 16))
    session = dataclasses.replace(session, notes=(*session.notes, early))
    draft = draft_summary(session)
    assert draft[0].topic == "Innledning og filmene" and draft[0].sources == ("e1",)
    assert sum(1 for item in draft if item.text == "Stress ved vaktbytte") == 2


def test_a_draft_renders_like_a_stored_summary() -> None:
    session = statusmote()
    text = render_summary(dataclasses.replace(session, summary=draft_summary(session)))
    assert "## Gruppearbeid per faktor" in text
    assert "- Mye avbrytelser ved medisinutdeling (Gruppe 1, Gruppe 2, Gruppe 3)" in text


def test_no_challenges_at_all() -> None:
    text = render_summary(tiltaksmote())
    assert text.endswith("Ingen utfordringer registrert.\n")


def test_english_headings() -> None:
    text = render_summary(dataclasses.replace(statusmote(), summary=()), lang="en")
    assert text.startswith("# Summary for the next meeting: Statusmøte")
    assert "- Group 1\n" in text
