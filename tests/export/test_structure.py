"""The exports parse as the intended CommonMark: headings in order, rectangular tables."""

from __future__ import annotations

import dataclasses

from store.export import (
    render_action_plan,
    render_progress_plan,
    render_summary,
)
from tests.export.markdown import assert_tables_rectangular, headings, parser, tables
from tests.export.sessions import (
    NOW,
    OSLO,
    apu_mote_2,
    minutes,
    starte_plan,
    statusmote,
    tiltaksmote,
)

#: Every one of these agendas has tasks for after the meeting (its `after:` list).
MINUTES_SECTIONS = ["Vedtak", "Tiltak", "Tidsbruk", "Spørsmål", "Etter møtet", "Neste møte"]


def test_minutes_headings_follow_the_agenda_then_the_fixed_sections() -> None:
    for session in (statusmote(), tiltaksmote(), apu_mote_2()):
        text = minutes(session, NOW)
        found = headings(text)
        steps = [f"{i}. {step.title}" for i, step in enumerate(session.agenda.steps, start=1)]
        expected = [
            (1, f"Møtereferat: {session.agenda.title}"),
            (2, "Saker og notater"),
            *[(3, step) for step in steps],
            *[(2, section) for section in MINUTES_SECTIONS],
        ]
        assert found == expected
        assert_tables_rectangular(text)


def test_minutes_tables_have_the_documented_columns() -> None:
    text = minutes(tiltaksmote(), NOW)
    actions, timing = tables(text)
    assert actions[0] == ["Tiltak", "IGLO-nivå", "Ansvarlig", "Ressurser", "Frist", "Status"]
    assert len(actions) == 1 + 5
    assert timing[0] == ["Steg", "Planlagt", "Brukt", "Avvik"]
    assert [row[0] for row in timing[1:]] == [
        "1. Den siste filmen",
        "2. Bevare og forbedre per faktor",
        "3. Forslag til tiltak",
        "Totalt",
    ]
    assert "overtid" in timing[2][3] and "overtid" not in timing[1][3]


def test_minutes_nest_notes_under_their_group() -> None:
    html = parser().render(minutes(statusmote(), NOW))
    assert "<li>Gruppe 1\n<ul>\n<li>Mye avbrytelser ved medisinutdeling</li>" in html
    assert "Slettet" not in html


def test_summary_headings_are_the_topics_in_order() -> None:
    found = headings(render_summary(statusmote()))
    assert [text for _, text in found] == [
        "Oppsummering til neste møte: Statusmøte",
        "Arbeidsmengde",
        "Samarbeid og rutiner",
        "Fysiske belastninger",
        "Andre utfordringer",
    ]


def test_fallback_summary_lists_steps_with_challenges() -> None:
    text = render_summary(dataclasses.replace(statusmote(), summary=()))
    assert [text for _, text in headings(text)][1:] == ["Gruppearbeid per faktor"]
    assert "ikke laget ennå" in text


def test_action_plan_has_the_four_iglo_levels_then_no_level() -> None:
    text = render_action_plan([statusmote(), tiltaksmote()], NOW)
    assert [text for _, text in headings(text)] == [
        "Handlingsplan",
        "Individ",
        "Gruppe",
        "Ledelse",
        "Organisasjon",
        "Uten nivå",
    ]
    assert_tables_rectangular(text)
    for table in tables(text):
        assert table[0] == ["Tiltak", "Ansvarlig", "Ressurser", "Frist", "Status", "Kilde"]


def test_progress_plan_is_one_table_of_eight_entries() -> None:
    text = render_progress_plan(starte_plan(), tz=OSLO)
    [table] = tables(text)
    assert table[0] == ["Hva", "Type", "Dato", "Tid", "Leder"]
    assert len(table) == 9
    assert_tables_rectangular(text)
