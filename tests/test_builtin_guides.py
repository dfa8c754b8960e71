"""The built-in agendas as the guides describe the meeting: the work after the meeting is an
after-task (not a timed step), APU carries its guide's framing, and Plansje's proposals are
marked where the facilitator sees them. The seed quotes themselves are checked in
test_builtin_agendas_seeds."""

from __future__ import annotations

import pytest

from tests.builtin_agenda_expectations import load, normalize


@pytest.mark.parametrize("agenda_id", ["statusmote", "tiltaksmote", "apu-2", "starte"], ids=str)
def test_the_work_after_the_meeting_is_an_after_task_not_a_timed_step(agenda_id: str) -> None:
    agenda = load(agenda_id)
    assert agenda.after
    steps = " ".join(
        normalize(text) for step in agenda.steps for text in (*step.description, *step.tips)
    )
    for task in agenda.after:
        assert normalize(task) not in steps, f"{task!r} is still in a timed step"


@pytest.mark.parametrize("agenda_id", ["apu-1", "apu-2"], ids=str)
def test_apu_meetings_carry_the_guides_framing(agenda_id: str) -> None:
    framing = " ".join(normalize(text) for text in load(agenda_id).framing)
    assert "Metoden er mindre egnet hvis det er mange grunnleggende" in framing
    assert "2–3 timer til å forberede møtene" in framing


def test_apu_1_says_where_it_is_seen_that_it_plans_less_than_the_seed() -> None:
    agenda = load("apu-1")
    assert agenda.planned_minutes == 80  # the seed's own step minutes, nothing invented
    assert any("mindre enn kildens 1,5–2 timer" in normalize(t) for t in agenda.steps[0].tips)


@pytest.mark.parametrize("agenda_id", ["utforske", "utdype", "skape", "teste"], ids=str)
def test_the_oss_og_vaart_workshops_mark_their_steps_as_plansjes_proposal(agenda_id: str) -> None:
    proposal = load(agenda_id).proposal or ""
    assert "Plansjes forslag" in proposal
