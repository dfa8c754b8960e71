"""The minutes show each sak's type, Hensikt and Ønsket resultat under its heading."""

from __future__ import annotations

import dataclasses
import datetime as dt

from agendas import parse_agenda
from agendas.model import ItemType
from agendas.saksliste import Sak, Saksliste, write_saksliste
from store.export.print_blocks import Table
from store.export.runsheet import print_runsheet
from store.language import Lang
from tests.export.sessions import minutes, statusmote, utc

_SAKSLISTE = Saksliste(
    "personalmote",
    "Personalmøte",
    "Bli enige om mars",
    "En plan",
    (
        Sak("Vaktplan", 20, "Planen må ut *nå*", "Vedtatt plan", ItemType.BESLUTNING),
        Sak("Eventuelt", 5),
    ),
)


def _minutes(lang: Lang = "nb") -> str:
    session = dataclasses.replace(statusmote(), agenda=parse_agenda(write_saksliste(_SAKSLISTE)))
    session = dataclasses.replace(session, notes=(), summary=())
    return minutes(session, utc(2026, 3, 3, 16), lang=lang)


def test_a_sak_in_hora_form_lists_its_type_purpose_and_outcome_under_its_heading() -> None:
    text = _minutes()
    section = text[text.index("### 1. Vaktplan") : text.index("### 2. Eventuelt")]
    assert section.splitlines()[4:7] == [
        "- **Type:** beslutning",
        r"- **Hensikt:** Planen må ut \*nå\*",
        "- **Ønsket resultat:** Vedtatt plan",
    ]
    rest = text[text.index("### 2. Eventuelt") :].split("\n### ")[0]
    assert "**Hensikt:**" not in rest and "**Type:**" not in rest


def test_the_hora_block_speaks_english_with_lang_en() -> None:
    text = _minutes("en")
    assert "- **Type:** decision" in text and "- **Purpose:** Planen må ut" in text
    assert "- **Desired outcome:** Vedtatt plan" in text


def test_steps_without_hora_fields_keep_their_minutes_as_before() -> None:
    assert "**Hensikt:**" not in minutes(statusmote(), utc(2026, 3, 3, 16))


def test_the_run_sheet_prints_each_saks_type_and_purpose_before_its_outcome() -> None:
    agenda = parse_agenda(write_saksliste(_SAKSLISTE))
    sheet = print_runsheet(agenda, dt.date(2026, 3, 3), None, dt.UTC)
    table = next(block for block in sheet.blocks if isinstance(block, Table))
    assert table.rows[0][3] == (
        "Type: beslutning",
        "Hensikt: Planen må ut *nå*",
        "Ønsket resultat: Vedtatt plan",
    )
    assert table.rows[1][3] == ()
