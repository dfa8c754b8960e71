"""The agenda format's parts for the meeting as the guides describe it: `after:` tasks,
`framing:` paragraphs and `**Forslag:**` proposal markers."""

from __future__ import annotations

import pytest

from agendas.errors import AgendaError
from agendas.parser import check_agenda, parse_agenda

AGENDA = """---
id: mote
title: Møte
preparation:
  - Bestill rom
after:
  - Samle inn plansjene
  - Lag en oppsummering
framing:
  - "Styrker: en positiv tilnærming."
---

# Møte

Hensikten.

**Forslag:** Stegene er Plansjes forslag.

## Første steg (10 min)

Tekst.

**Forslag:** Minuttene er valgt,
fordi kilden ikke gir dem.
**Samle:** notater

## Andre steg (5 min)

Tekst.
"""


def test_after_tasks_framing_and_proposals_are_read() -> None:
    agenda = parse_agenda(AGENDA)
    assert agenda.preparation == ("Bestill rom",)
    assert agenda.after == ("Samle inn plansjene", "Lag en oppsummering")
    assert agenda.framing == ("Styrker: en positiv tilnærming.",)
    assert agenda.proposal == "Stegene er Plansjes forslag."
    assert agenda.steps[0].proposal == "Minuttene er valgt, fordi kilden ikke gir dem."
    assert agenda.steps[1].proposal is None
    assert "Minuttene" not in " ".join(agenda.steps[0].description)


def test_the_new_keys_are_known_and_an_english_label_works() -> None:
    text = AGENDA.replace("**Forslag:** Minuttene", "**Proposal:** Minuttene")
    agenda, problems = check_agenda(text)
    assert agenda is not None and agenda.steps[0].proposal
    assert problems == []


def test_after_that_is_not_a_list_is_an_error_with_its_line() -> None:
    text = AGENDA.replace(
        "after:\n  - Samle inn plansjene\n  - Lag en oppsummering\n", "after:\n  hva: Samle inn\n"
    )
    with pytest.raises(AgendaError) as raised:
        parse_agenda(text, "mote.md")
    assert "mote.md:6: 'after' must be a list of checklist items" in str(raised.value)
