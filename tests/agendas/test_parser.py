"""The agenda parser: what a facilitator writes becomes steps, questions, tips and fields."""

import textwrap

import pytest

from agendas import AgendaError, NoteKind, parse_agenda
from agendas.parser import check_agenda

GOOD = textwrap.dedent(
    """\
    ---
    id: mitt-mote
    title: Mitt møte
    next: tiltaksmote
    participants: Alle medarbeidere
    preparation:
      - Skriv ut plansjer
      - Bestill rom
    ---

    # Mitt møte

    Formålet er å snakke om *utfordringer*.

    **Ønsket resultat:** En felles oversikt.

    ## Velkommen (ca. 15 min)

    Prosesslederen ønsker velkommen.

    ## Intervju (45 min–1 t)

    Deltakerne intervjuer hverandre.

    1. Tenk på en dag da du opplevde arbeidsglede.
    2. Hva slags situasjon var det?

    > Husk at dette er et intervju og ikke en samtale.

    > Gi intervjupersonen tid til å svare.

    **Gruppearbeid:** grupper på 4 personer
    **Runder:** 2 × 10 min intervju
    **Samle:** 3 ønsker per gruppe, spørsmål
    **Ønsket resultat:** Tre ønsker per gruppe.

    <!-- minutes chosen by the author -->

    ### Intervjuguide

    - Hva er vi gode på? Finn tre bevaringspunkter.
    """
)


def test_a_complete_agenda_parses_into_its_parts() -> None:
    agenda = parse_agenda(GOOD, "mitt.md")
    assert (agenda.id, agenda.title, agenda.next) == ("mitt-mote", "Mitt møte", "tiltaksmote")
    assert agenda.preparation == ("Skriv ut plansjer", "Bestill rom")
    assert agenda.purpose == ("Formålet er å snakke om utfordringer.",)
    assert agenda.outcome == "En felles oversikt."
    assert [s.title for s in agenda.steps] == ["Velkommen", "Intervju"]
    assert agenda.planned_minutes == 60 and agenda.limit_minutes == 75
    interview = agenda.steps[1]
    assert interview.line == 21
    assert interview.questions == (
        "Tenk på en dag da du opplevde arbeidsglede.",
        "Hva slags situasjon var det?",
        "Hva er vi gode på? Finn tre bevaringspunkter.",
    )
    assert interview.tips == (
        "Husk at dette er et intervju og ikke en samtale.",
        "Gi intervjupersonen tid til å svare.",
    )
    assert interview.group_work is not None and interview.group_work.max_size == 4
    assert interview.rounds is not None
    assert (interview.rounds.count, interview.rounds.minutes) == (2, 10)
    assert interview.rounds.label == "intervju"
    kinds = [(t.kind, t.count, t.per_group) for t in interview.targets]
    assert kinds == [(NoteKind.ONSKE, 3, True), (NoteKind.SPORSMAL, None, False)]
    assert interview.outcome == "Tre ønsker per gruppe."
    assert "Intervjuguide" in interview.description
    assert not any("minutes chosen" in d for d in interview.description)


def _error_line(text: str) -> tuple[int, str]:
    with pytest.raises(AgendaError) as caught:
        parse_agenda(text, "bad.md")
    assert caught.value.path == "bad.md"
    return caught.value.line, caught.value.message


HEAD = "---\nid: x\ntitle: X\n---\n# X\n\n"


def test_step_without_duration_names_its_line() -> None:
    line, message = _error_line(HEAD + "## Velkommen (5 min)\n\n## Gruppearbeid\n")
    assert line == 9 and "no duration" in message


@pytest.mark.parametrize("duration", ["ti min", "0 min"])
def test_bad_durations_name_their_line(duration: str) -> None:
    line, message = _error_line(HEAD + f"Intro.\n\n## Velkommen ({duration})\n")
    assert line == 9 and "Velkommen" in message


def test_empty_text_is_an_error_on_line_1() -> None:
    assert _error_line("")[0] == 1
    assert "empty" in _error_line("  \n\n")[1]


def test_front_matter_that_is_not_a_mapping() -> None:
    line, message = _error_line("---\n- a\n- b\n---\n# X\n## A (5 min)\n")
    assert line == 2 and "mapping" in message


def test_front_matter_without_id() -> None:
    line, message = _error_line("---\ntitle: X\n---\n# X\n## A (5 min)\n")
    assert line == 1 and "'id'" in message


def test_invalid_yaml_names_the_line() -> None:
    line, message = _error_line("---\nid: x\ntitle: [unclosed\nnext: y\n---\n# X\n## A (5 min)\n")
    assert line in (3, 4, 5) and "YAML" in message


def test_missing_front_matter() -> None:
    line, message = _error_line("# X\n\n## A (5 min)\n")
    assert line == 1 and "front matter" in message


def test_duplicate_step_titles_name_both_lines() -> None:
    line, message = _error_line(HEAD + "## Pause (5 min)\n\n## Prat (5 min)\n\n## pause (5 min)\n")
    assert line == 11 and "line 7" in message


def test_every_problem_is_reported_not_only_the_first() -> None:
    _, problems = check_agenda(HEAD + "## A\n\n## B (ti min)\n\n**Samle:** 3 epler\n", "bad.md")
    assert [p.line for p in problems if p.is_error] == [7, 9, 11]


def test_unknown_note_kind_in_a_field() -> None:
    line, message = _error_line(HEAD + "## A (5 min)\n\n**Samle:** 3 epler per gruppe\n")
    assert line == 9 and "epler" in message


def test_agenda_without_steps() -> None:
    assert "no steps" in _error_line(HEAD + "Bare tekst.\n")[1]


def test_unknown_key_and_title_mismatch_are_warnings_not_errors() -> None:
    agenda, problems = check_agenda(
        "---\nid: x\ntitle: X\nnxet: y\n---\n# Y\n## A (5 min)\n", "w.md"
    )
    assert agenda is not None
    assert [(p.line, p.severity) for p in problems] == [(4, "warning"), (6, "warning")]


def test_markup_in_agenda_text_stays_literal_text() -> None:
    agenda = parse_agenda(HEAD + "## A [bold] (5 min)\n\n- Bruk `[@click=app.quit]x[/]`\n", "m.md")
    assert agenda.steps[0].title == "A [bold]"
    assert agenda.steps[0].questions == ("Bruk [@click=app.quit]x[/]",)


def test_a_wrapped_field_line_continues_on_the_next_line() -> None:
    text = HEAD + (
        "## A (5 min)\n\nTekst først.\n**Ønsket resultat:** Tre ønsker\nper gruppe, prioritert.\n"
        "**Samle:** 3 ønsker\nper gruppe\n"
    )
    step = parse_agenda(text, "w.md").steps[0]
    assert step.description == ("Tekst først.",)
    assert step.outcome == "Tre ønsker per gruppe, prioritert."
    assert [(x.count, x.per_group) for x in step.targets] == [(3, True)]
