"""Factors: named in an agenda or a session, picked for a note with `@`, grouping the summary."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from agendas.library import resolve_agenda
from agendas.model import NoteKind
from agendas.parser import check_agenda, parse_agenda
from agendas.serialize import agenda_from_dict, agenda_to_dict
from store.export.summary import draft_summary
from store.factors import meeting_factors, parse_note_line
from store.model import Note
from store.session_factors import asks_for_factors, last_factors, split_factors
from store.sessions import SessionStore
from tests.export.sessions import statusmote, utc

FACTORS = ("Arbeidsmengde", "Samarbeid og rutiner", "Fysiske belastninger")

AGENDA = """---
id: min-plansje
title: Min plansje
---

# Min plansje

**Faktorer:** Arbeidsmengde; Samarbeid, arbeidsmengde

## Gruppearbeid (30 min)

**Faktorer:** Ledelse
**Samle:** utfordringer per gruppe
"""


def test_an_agenda_and_its_steps_name_factors() -> None:
    agenda = parse_agenda(AGENDA)
    assert agenda.factors == ("Arbeidsmengde", "Samarbeid")
    assert agenda.steps[0].factors == ("Ledelse",)
    assert agenda_from_dict(agenda_to_dict(agenda)) == agenda
    assert agenda_to_dict(resolve_agenda("statusmote"))["factors"] == []


def test_an_empty_factors_line_is_an_error_with_its_line() -> None:
    agenda, problems = check_agenda(AGENDA.replace("Ledelse", ""), "min.md")
    assert agenda is None
    assert [(p.line, p.is_error) for p in problems] == [(12, True)]
    assert "'Faktorer' needs at least one name" in problems[0].message


def test_the_statusmote_names_no_factors_but_asks_for_them() -> None:
    agenda = resolve_agenda("statusmote")
    assert agenda.factors == () and all(step.factors == () for step in agenda.steps)
    assert asks_for_factors(agenda)
    assert not asks_for_factors(resolve_agenda("starte"))


@pytest.mark.parametrize(
    ("line", "factor", "kind", "group", "text"),
    [
        ("@2 u: Stress", "Samarbeid og rutiner", NoteKind.UTFORDRING, None, "Stress"),
        ("g2 @arbeid u: Mye å gjøre", "Arbeidsmengde", NoteKind.UTFORDRING, 2, "Mye å gjøre"),
        ("u: g3 @fysiske Tunge løft", "Fysiske belastninger", NoteKind.UTFORDRING, 3, "Tunge løft"),
        ("@rutiner Vikarer", "Samarbeid og rutiner", None, None, "Vikarer"),
        ("@0 Støy", "", None, None, "Støy"),
        ("@andre: Støy", "", None, None, "Støy"),
        ("Mail til @kari", None, None, None, "Mail til @kari"),
    ],
)  # fmt: skip
def test_an_at_prefix_picks_the_factor(
    line: str, factor: str | None, kind: NoteKind | None, group: int | None, text: str
) -> None:
    entry, pick = parse_note_line(line, 3, FACTORS)
    assert (None if pick is None else pick.factor) == factor
    assert (entry.kind, entry.group, entry.text) == (kind, group, text)


def test_an_unknown_or_ambiguous_factor_is_refused() -> None:
    for line, token in (("@4 u: x", "4"), ("@ledelse u: x", "ledelse")):
        _, pick = parse_note_line(line, 3, FACTORS)
        assert pick is not None and pick.unknown == token
    _, pick = parse_note_line("@s x", 3, FACTORS)  # only "Samarbeid og rutiner" starts with s
    assert pick is not None and pick.factor == "Samarbeid og rutiner"
    both = ("Arbeidsmengde", "Arbeidstid")
    _, pick = parse_note_line("@arbeids x", 1, both)
    assert pick is not None and pick.unknown == "arbeids"


def test_without_factors_an_at_sign_is_text() -> None:
    entry, pick = parse_note_line("@1 u: x", 3, ())
    assert pick is None and entry.text == "@1 u: x"


def test_the_summary_draft_groups_challenges_by_factor() -> None:
    session = statusmote()
    by_text = {"Stress ved vaktbytte": "Samarbeid og rutiner", "Tunge": "Fysiske belastninger"}
    notes = tuple(
        dataclasses.replace(
            note,
            factor=next((f for start, f in by_text.items() if note.text.startswith(start)), ""),
        )
        for note in session.notes
    )
    extra = Note("x", NoteKind.UTFORDRING, "stress  ved vaktbytte", 1, 1, utc(2026, 3, 3, 14),
                 factor="samarbeid og rutiner")  # fmt: skip
    session = dataclasses.replace(session, factors=FACTORS, notes=(*notes, extra))
    draft = draft_summary(session)
    topics = [item.topic for item in draft]
    assert topics[:2] == ["Samarbeid og rutiner", "Fysiske belastninger"]
    assert set(topics[2:]) == {""}  # «Andre utfordringer»
    assert draft[0].text == "Stress ved vaktbytte" and len(draft[0].sources) == 2
    assert [item.order for item in draft] == list(range(1, len(draft) + 1))


def test_a_meeting_without_factors_keeps_the_step_as_topic() -> None:
    assert {item.topic for item in draft_summary(statusmote())} == {"Gruppearbeid per faktor"}


def test_a_session_keeps_its_factors_and_the_next_dialog_offers_them(tmp_path: Path) -> None:
    store = SessionStore.open(tmp_path)
    agenda = resolve_agenda("statusmote")
    first = store.create_session(
        agenda, title="Statusmøte", date=dt.date(2026, 3, 3),
        factors=("Arbeidsmengde", " arbeidsmengde ", "", "Samarbeid"),
    )  # fmt: skip
    assert store.load(first.id).factors == ("Arbeidsmengde", "Samarbeid")
    assert meeting_factors(store.load(first.id)) == ("Arbeidsmengde", "Samarbeid")
    store.create_session(agenda, title="Uten", date=dt.date(2026, 3, 4))
    assert last_factors(store, store.list_sessions(), "statusmote") == (
        "Arbeidsmengde",
        "Samarbeid",
    )
    assert last_factors(store, store.list_sessions(), "hora") == ()


def test_a_notes_factor_is_stored_and_edited(tmp_path: Path) -> None:
    store = SessionStore.open(tmp_path)
    session = store.create_session(
        resolve_agenda("statusmote"), title="S", date=dt.date(2026, 3, 3)
    )
    note = Note("n1", NoteKind.UTFORDRING, "Stress", 1, None, utc(2026, 3, 3, 13), factor="Tid")
    store.add_note(session.id, note)
    assert store.load(session.id).notes[0].factor == "Tid"
    store.update_note(session.id, "n1", factor="")
    assert store.load(session.id).notes[0].factor == ""


def test_split_factors_as_typed() -> None:
    assert split_factors(" Arbeidsmengde,Samarbeid ;; samarbeid, ") == (
        "Arbeidsmengde",
        "Samarbeid",
    )
