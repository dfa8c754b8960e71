"""The Starte progress plan: the PlanEntry record, its table, calendar and invitation e-mail."""

from __future__ import annotations

import dataclasses
import datetime as dt

import icalendar
import pytest

from store.export import (
    INVITATION_SUBJECT,
    PlanEntry,
    invitation_body,
    invitation_email,
    progress_plan_ics,
    render_progress_plan,
)
from tests.export.sessions import OSLO, starte_plan, utc

STAMP = utc(2026, 3, 24, 15)


def test_plan_entries_need_an_aware_start_a_known_kind_and_positive_minutes() -> None:
    with pytest.raises(ValueError, match="aware"):
        PlanEntry("Utforske", dt.datetime(2026, 4, 14, 13, 30))
    with pytest.raises(ValueError, match="kind"):
        PlanEntry("Utforske", STAMP, kind="fest")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="minutes"):
        PlanEntry("Utforske", STAMP, minutes=0)
    entry = PlanEntry("Utforske", STAMP)
    assert (entry.kind, entry.minutes, entry.leader) == ("verksted", 60, "")
    assert entry.end == STAMP + dt.timedelta(hours=1)


def test_calendar_has_one_event_per_entry_with_stable_uids() -> None:
    plan = starte_plan()
    text = progress_plan_ics(plan, session_id="s-starte", now=STAMP)
    calendar = icalendar.Calendar.from_ical(text)
    events = [event for event in calendar.walk("VEVENT") if isinstance(event, icalendar.Event)]
    assert len(events) == len(plan)
    assert [event.uid for event in events] == [
        f"s-starte-{index}@plansje.local" for index in range(len(plan))
    ]
    first, second = events[0], events[1]
    assert first.DTSTAMP == STAMP
    assert first.start == plan[0].start
    assert first.end == plan[0].end
    assert str(first["SUMMARY"]) == "HMS-gruppen: planleggingsmøte før Utforske"
    assert str(second["SUMMARY"]) == "Oss og vårt: verksted Utforske"
    assert "Verkstedsleder: Kari og Ola" in str(second["DESCRIPTION"])
    assert "LOCATION" not in first
    assert text == progress_plan_ics(plan, session_id="s-starte", now=STAMP)
    assert "\r\n" in text


def test_calendar_place_becomes_the_location() -> None:
    text = progress_plan_ics(starte_plan()[:1], session_id="s", now=STAMP, place=" Kantina ")
    [event] = icalendar.Calendar.from_ical(text).walk("VEVENT")
    assert str(event["LOCATION"]) == "Kantina"


def test_progress_plan_sorts_by_date_and_renders_local_times() -> None:
    plan = list(reversed(starte_plan()))
    text = render_progress_plan(plan, tz=OSLO)
    assert text.index("07.04.2026") < text.index("14.04.2026") < text.index("08.09.2026")
    assert "| Utforske | Verksted | 14.04.2026 | 13:30–15:00 | Kari og Ola |" in text
    english = render_progress_plan(plan, lang="en", tz=OSLO)
    assert "| What | Kind | Date | Time | Leader |" in english and "Workshop" in english
    assert render_progress_plan([], tz=OSLO).endswith("Ingen datoer er satt ennå.\n")


def test_invitation_keeps_the_seed_text_with_the_typos_fixed() -> None:
    email = invitation_email(starte_plan(), tz=OSLO)
    assert email.startswith(f"Emne: {INVITATION_SUBJECT}\n\n")
    assert INVITATION_SUBJECT == "Oss og vårt: vi skal jobbe med arbeidsmiljø"
    for phrase in (
        "en annerledes og engasjerende måte å jobbe med arbeidsmiljø på.",
        "Noen av de neste personalmøtene skal vi sette av til verksteder (arbeidsmøter).",
        "sammen skape og prøve ut løsninger på det vi selv synes er viktigst å jobbe med.",
        "Som deltaker bidrar du med idéer og refleksjoner, både individuelt og i fellesskap.",
        "Alle oppgaver vil bli beskrevet grundig av verkstedleder.",
        "Vi gleder oss til å sette i gang sammen!",
    ):
        assert phrase in email
    assert "Vi skal nå i gang med Oss og vårt" in email
    assert "Her skal vi bruke Oss og vårt til å" in email
    assert "før hvert verksted." in email
    for typo in ("igang", "bruke vi", "verkated"):
        assert typo not in email
    assert "[sted]" not in email and "plakat" not in email


def test_invitation_without_a_place_leaves_the_poster_sentence_out() -> None:
    without = invitation_body(starte_plan(), tz=OSLO)
    assert "Du vil få en mer detaljert epost med informasjon før hvert verksted.\n\n" in without
    assert "plakat" not in without and "[sted]" not in without
    with_place = invitation_body(starte_plan(), tz=OSLO, place="Kantina")
    assert (
        "før hvert verksted. Det henger også en plakat på Kantina med mer informasjon "
        "om verkstedene.\n\n"
    ) in with_place
    assert invitation_body(starte_plan(), tz=OSLO, place=" \n ") == without


def test_invitation_lists_only_the_workshops_with_weekday_date_and_leader() -> None:
    body = invitation_body(starte_plan(), tz=OSLO)
    assert "- Utforske: tirsdag 14.04.2026 kl. 13:30–15:00 (verkstedleder: Kari og Ola)" in body
    assert body.count("\n- ") == 4
    assert "HMS-gruppen" not in body


def test_invitation_fills_in_the_place_and_marks_missing_dates() -> None:
    body = invitation_body([], tz=OSLO, place="oppslagstavla ved \n vaktrommet")
    assert "plakat på oppslagstavla ved vaktrommet med mer" in body
    assert "- Utforske: [dato]\n- Utdype: [dato]\n- Skape: [dato]\n- Teste: [dato]" in body
    no_leader = [dataclasses.replace(starte_plan()[1], leader="")]
    assert invitation_body(no_leader, tz=OSLO).count("verkstedleder:") == 0
