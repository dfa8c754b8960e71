"""Minutes edge cases: meetings not started, running, paused, with skipped steps and added time."""

from __future__ import annotations

import dataclasses
import datetime as dt

from agendas.model import NoteKind
from store.export import render_minutes
from store.model import Event, EventType, Note, Roles
from tests.export.markdown import tables
from tests.export.sessions import apu_mote_2, minutes, statusmote, tiltaksmote, utc


def test_a_meeting_not_started_says_so() -> None:
    session = dataclasses.replace(statusmote(), events=())
    text = minutes(session, utc(2026, 3, 3, 12))
    assert "- **Tid:** ikke startet" in text
    assert "Planlagt 15–20 min · Ikke startet" in text
    timing = tables(text)[0]
    assert timing[1] == ["1. Innledning og filmene", "15–20 min", "Ikke startet", "–"]
    assert timing[-1] == ["Totalt", "90–120 min", "0 min", "−90 min"]


def test_a_running_meeting_counts_up_to_now_and_marks_the_rest_upcoming() -> None:
    start = utc(2026, 3, 3, 13)
    events = (
        Event(EventType.STARTED, start, step=0),
        Event(EventType.STEP_ENTERED, start + dt.timedelta(minutes=16), step=1),
    )
    session = dataclasses.replace(statusmote(), events=events)
    text = minutes(session, start + dt.timedelta(minutes=40))
    assert "- **Tid:** 14:00–pågår" in text
    assert "Kl. 14:16 · Planlagt 65–85 min · Brukt 24 min" in text
    assert "Planlagt 10–15 min · Ikke startet" in text


def test_skipped_steps_added_time_and_pauses() -> None:
    start = utc(2026, 3, 17, 13)
    events = (
        Event(EventType.STARTED, start, step=0),
        Event(EventType.TIME_ADDED, start + dt.timedelta(minutes=10), step=0, minutes=5),
        Event(EventType.PAUSED, start + dt.timedelta(minutes=12)),
        Event(EventType.RESUMED, start + dt.timedelta(minutes=22)),
        Event(EventType.STEP_ENTERED, start + dt.timedelta(minutes=40), step=2),
        Event(EventType.ENDED, start + dt.timedelta(minutes=70)),
    )
    session = dataclasses.replace(tiltaksmote(), events=events)
    text = minutes(session, utc(2026, 4, 1, 8))
    assert "- **Tid:** 14:00–15:10 (pause 10 min)" in text
    assert "Planlagt 20–25 min (inkl. 5 min lagt til) · Brukt 30 min · ⚠ overtid" in text
    assert "Planlagt 45–55 min · Hoppet over" in text
    timing = tables(text)[1]
    assert timing[1][1:] == ["20–25 min", "30 min", "+10 min ⚠ overtid"]
    assert timing[2][1:] == ["45–55 min", "Hoppet over", "–"]


def test_the_header_always_names_the_roles_and_no_note_names_anyone() -> None:
    anonymous = minutes(statusmote(), utc(2026, 4, 1, 8))
    assert "- **Møteleder:** –" in anonymous and "- **Referent:** –" in anonymous
    named = minutes(apu_mote_2(), utc(2026, 5, 6, 8))
    assert "- **Møteleder:** Kari Nordmann" in named
    assert named.count("Kari Nordmann") == 1 and named.count("Ola Hansen") == 1


def test_a_blank_role_name_is_a_dash() -> None:
    session = dataclasses.replace(apu_mote_2(), roles=Roles(moteleder="  ", referent=None))
    text = minutes(session, utc(2026, 5, 6, 8))
    assert "- **Møteleder:** –" in text and "- **Referent:** –" in text


def test_next_meeting_is_named_by_the_title_given_or_else_its_id() -> None:
    session = statusmote()
    assert session.agenda.next == "tiltaksmote"
    named = render_minutes(session, utc(2026, 4, 1, 8), next_title="Tiltaksmøte")
    assert named.endswith("## Neste møte\n\nTiltaksmøte.\n")
    assert render_minutes(session, utc(2026, 4, 1, 8)).endswith("## Neste møte\n\ntiltaksmote.\n")


def test_follows_without_the_previous_session_shows_the_id() -> None:
    text = minutes(tiltaksmote(), utc(2026, 4, 1, 8))
    assert "- **Fortsetter:** s-status" in text


def test_notes_of_unknown_steps_are_kept_under_their_own_heading() -> None:
    session = statusmote()
    stray = Note("x1", NoteKind.NOTAT, "Fra et steg som ikke finnes", 7, 2, utc(2026, 3, 3, 14))
    vedtak = Note("x2", NoteKind.VEDTAK, "Et vedtak uten steg", 9, None, utc(2026, 3, 3, 14))
    session = dataclasses.replace(session, notes=(*session.notes, stray, vedtak))
    text = minutes(session, utc(2026, 4, 1, 8))
    assert "### Andre notater\n\n**Notater**\n\n- Gruppe 2\n  - Fra et steg som ikke finnes" in text
    assert "## Vedtak\n\n- Et vedtak uten steg (Plenum)\n" in text
    assert text.count("Et vedtak uten steg") == 1


def test_ranked_notes_come_first_in_rank_order() -> None:
    text = minutes(apu_mote_2(), utc(2026, 5, 6, 8))
    first, second, third = (text.index(f"**Nr. {n}:**") for n in (1, 2, 3))
    assert first < second < third


def test_an_answered_question_stays_in_the_minutes_marked_answered() -> None:
    text = minutes(tiltaksmote(), utc(2026, 4, 1, 8))
    assert "Ført under egne overskrifter: Vedtak (2), Tiltak (5), Spørsmål (2)." in text
    questions = text.split("## Spørsmål\n\n")[1].split("\n\n")[0].splitlines()
    assert questions == [
        "- Hvem betaler for nye hjelpemidler? (Gruppe 2, sak 3)",
        "- Er vestene bestilt? (Gruppe 1, sak 3) · *besvart*",
    ]
    english = minutes(tiltaksmote(), utc(2026, 4, 1, 8), lang="en")
    assert "- Er vestene bestilt? (Group 1, item 3) · *answered*" in english


def test_clock_times_follow_the_session_zone_and_daylight_saving() -> None:
    winter = minutes(statusmote(), utc(2026, 4, 1, 8))
    assert "- **Tid:** 14:00–15:52" in winter
    summer = minutes(apu_mote_2(), utc(2026, 5, 6, 8))
    assert "- **Tid:** 12:00–13:35" in summer
    in_utc = minutes(dataclasses.replace(apu_mote_2(), zone="UTC"), utc(2026, 5, 6, 8))
    assert "- **Tid:** 10:00–11:35" in in_utc
