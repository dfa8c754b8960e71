"""Golden files of realistic exports; PLANSJE_REGEN_GOLDEN=1 rewrites them."""

from __future__ import annotations

import dataclasses

from store.export import (
    invitation_email,
    progress_plan_ics,
    render_action_plan,
    render_progress_plan,
    render_summary,
)
from tests.export.golden import assert_golden
from tests.export.sessions import (
    NOW,
    OSLO,
    apu_mote_2,
    minutes,
    starte_plan,
    statusmote,
    tiltaksmote,
    utc,
)


def test_minutes_of_a_statusmote() -> None:
    text = minutes(statusmote(), NOW)
    assert_golden("minutes_statusmote.md", text)


def test_minutes_of_a_tiltaksmote() -> None:
    text = minutes(tiltaksmote(), NOW, previous=statusmote())
    assert_golden("minutes_tiltaksmote.md", text)


def test_minutes_of_a_tiltaksmote_in_english() -> None:
    text = minutes(tiltaksmote(), NOW, previous=statusmote(), lang="en")
    assert_golden("minutes_tiltaksmote_en.md", text)


def test_minutes_of_apu_mote_2() -> None:
    text = minutes(apu_mote_2(), utc(2026, 5, 20, 8))
    assert_golden("minutes_apu2.md", text)


def test_stored_summary_of_a_statusmote() -> None:
    assert_golden("summary_statusmote.md", render_summary(statusmote()))


def test_summary_falls_back_to_the_raw_challenges() -> None:
    session = dataclasses.replace(statusmote(), summary=())
    assert_golden("summary_statusmote_fallback.md", render_summary(session))


def test_action_plan_of_a_chain() -> None:
    text = render_action_plan([statusmote(), tiltaksmote()], NOW)
    assert_golden("action_plan_chain.md", text)


def test_action_plan_of_apu_mote_2() -> None:
    text = render_action_plan(apu_mote_2(), utc(2026, 5, 20, 8))
    assert_golden("action_plan_apu2.md", text)


def test_progress_plan_table() -> None:
    assert_golden("progress_plan.md", render_progress_plan(starte_plan(), tz=OSLO))


def test_progress_plan_calendar() -> None:
    text = progress_plan_ics(
        starte_plan(), session_id="s-starte", now=utc(2026, 3, 24, 15), place="Kantina"
    )
    assert_golden("progress_plan.ics", text)


def test_invitation_email() -> None:
    assert_golden("invitation.txt", invitation_email(starte_plan(), tz=OSLO))
