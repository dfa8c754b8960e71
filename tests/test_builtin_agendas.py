"""The built-in agendas: each parses, has the seed's steps, minutes and next meeting, and
collects the notes its method asks for. The seed quotes are checked in
test_builtin_agendas_seeds."""

from __future__ import annotations

import pytest

from agendas.library import builtin_agendas
from agendas.model import GroupWork, NoteKind, Rounds, Target
from tests.builtin_agenda_expectations import BUILTIN_DIR, EXPECTED, IDS, load


def test_every_builtin_file_is_expected() -> None:
    assert sorted(p.stem for p in BUILTIN_DIR.glob("*.md")) == IDS


def test_library_loads_every_builtin_agenda() -> None:
    agendas = builtin_agendas()
    assert sorted(a.id for a in agendas) == IDS


@pytest.mark.parametrize("agenda_id", IDS, ids=IDS)
def test_agenda_parses_with_id_title_and_purpose(agenda_id: str) -> None:
    agenda = load(agenda_id)
    assert agenda.id == agenda_id
    assert agenda.title
    assert agenda.purpose, "the paragraphs after the title state the purpose"
    titles = [step.title for step in agenda.steps]
    assert len(titles) == len(set(titles))


@pytest.mark.parametrize("agenda_id", IDS, ids=IDS)
def test_steps_and_planned_minutes(agenda_id: str) -> None:
    agenda = load(agenda_id)
    planned = tuple(step.duration.planned for step in agenda.steps)
    assert len(agenda.steps) == len(EXPECTED[agenda_id].minutes)
    assert planned == EXPECTED[agenda_id].minutes


@pytest.mark.parametrize("agenda_id", IDS, ids=IDS)
def test_next_chain(agenda_id: str) -> None:
    assert load(agenda_id).next == EXPECTED[agenda_id].next


def test_starte_totals_one_hour() -> None:
    # The seed's kjøreplan: "Totalt 1 time".
    assert load("starte").planned_minutes == 60


@pytest.mark.parametrize("agenda_id", ["statusmote", "tiltaksmote"], ids=str)
def test_status_and_tiltak_fit_one_and_a_half_to_two_hours(agenda_id: str) -> None:
    agenda = load(agenda_id)
    assert agenda.planned_minutes >= 90
    assert agenda.limit_minutes <= 120


@pytest.mark.parametrize("agenda_id", ["apu-1", "apu-2"], ids=str)
def test_apu_meetings_stay_within_two_hours(agenda_id: str) -> None:
    assert load(agenda_id).limit_minutes <= 120


def test_statusmote_group_work_collects_challenges() -> None:
    step = load("statusmote").steps[1]
    assert step.group_work == GroupWork(4, 6)
    assert step.targets == (Target(NoteKind.UTFORDRING, None, per_group=True),)


def test_tiltaksmote_collects_three_and_three_per_group_then_tiltak() -> None:
    agenda = load("tiltaksmote")
    assert agenda.steps[1].group_work == GroupWork(4, 6)
    assert agenda.steps[1].targets == (
        Target(NoteKind.BEVARINGSPUNKT, 3, per_group=True),
        Target(NoteKind.FORBEDRINGSPUNKT, 3, per_group=True),
    )
    assert NoteKind.TILTAK in {t.kind for t in agenda.steps[-1].targets}


def test_apu_1_interviews_in_two_rounds_of_ten_minutes() -> None:
    step = load("apu-1").steps[1]
    assert step.rounds == Rounds(2, 10, "intervju")
    assert step.group_work == GroupWork(4, 4)
    assert step.targets == (Target(NoteKind.ONSKE, 3, per_group=True),)
    assert len(step.questions) == 5


def test_apu_2_from_wish_to_action_collects_tiltak() -> None:
    step = load("apu-2").steps[1]
    assert step.title == "Fra ønske til handling"
    assert step.targets == (Target(NoteKind.TILTAK),)


@pytest.mark.parametrize(
    ("agenda_id", "kind"),
    [("skape", NoteKind.IDE), ("rolleforstaelse", NoteKind.IDE), ("hora", NoteKind.VEDTAK)],
    ids=["skape", "rolleforstaelse", "hora"],
)
def test_agenda_collects_kind(agenda_id: str, kind: NoteKind) -> None:
    kinds = {t.kind for step in load(agenda_id).steps for t in step.targets}
    assert kind in kinds
