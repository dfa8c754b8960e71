"""The `**Stemmer:**` field: dot voting declared in an agenda step."""

from __future__ import annotations

import pytest

from agendas.fields import FieldError
from agendas.model import NoteKind, Voting
from agendas.parser import parse_agenda
from agendas.serialize import agenda_from_dict, agenda_to_dict
from agendas.voting import parse_voting

AGENDA = """---
id: velge
title: Velge
---

## Velge utfordringer (15 min)

**Samle:** utfordringer
**Stemmer:** 3 per deltaker på utfordringer fra forrige møte
"""


@pytest.mark.parametrize(
    ("text", "voting"),
    [
        ("3 per deltaker", Voting(3)),
        ("3 stemmer per deltaker på ønsker", Voting(3, (NoteKind.ONSKE,))),
        ("2 per deltaker på ønsker og tiltak", Voting(2, (NoteKind.ONSKE, NoteKind.TILTAK))),
        (
            "5 per deltaker på utfordringer fra forrige møte",
            Voting(5, (NoteKind.UTFORDRING,), earlier=True),
        ),
        ("3 votes each participant on ønsker", Voting(3, (NoteKind.ONSKE,))),
    ],
)
def test_the_field_reads_votes_kinds_and_the_earlier_meeting(text: str, voting: Voting) -> None:
    assert parse_voting(text) == voting


@pytest.mark.parametrize(
    ("text", "named"),
    [("mange", "mange"), ("0 per deltaker", "between"), ("3 per deltaker på kaker", "kaker")],
)
def test_a_field_it_cannot_read_is_an_error_naming_the_value(text: str, named: str) -> None:
    with pytest.raises(FieldError, match=named):
        parse_voting(text)


def test_a_step_keeps_its_voting_through_the_frozen_copy() -> None:
    agenda = parse_agenda(AGENDA, "velge.md")
    (step,) = agenda.steps
    assert step.voting == Voting(3, (NoteKind.UTFORDRING,), earlier=True)
    assert agenda_from_dict(agenda_to_dict(agenda)) == agenda
