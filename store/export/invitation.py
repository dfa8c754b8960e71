"""The invitation e-mail to the staff from the Starte guide, with the workshop dates filled in.

The text is the seed's "Forslag til epost" (Starte_veileder). Three PDF typos are fixed:
"igang" → "i gang" (the guide itself writes "sette i gang"), "bruke vi Oss og vårt" →
"bruke Oss og vårt" (a doubled word) and "verkated" → "verksted". Everything else is verbatim,
including the variants "epost", "idéer" and "verkstedleder".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from store.clock import format_clock, format_date
from store.export.progress import WORKSHOPS, PlanEntry, chronological

#: The e-mail's subject line, from the seed.
INVITATION_SUBJECT = "Oss og vårt: vi skal jobbe med arbeidsmiljø"

#: The fill-in for a workshop date the sender must complete.
DATE_FILL_IN = "[dato]"

_WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")

_OPENING = (
    "Vi skal nå i gang med Oss og vårt, en annerledes og engasjerende måte å jobbe med "
    "arbeidsmiljø på."
)
_WORKSHOPS_PARAGRAPH = (
    "Noen av de neste personalmøtene skal vi sette av til verksteder (arbeidsmøter). Her skal "
    "vi bruke Oss og vårt til å sette ord på utfordringene vi opplever i hverdagen hos oss, og "
    "sammen skape og prøve ut løsninger på det vi selv synes er viktigst å jobbe med."
)
_DATES_INTRO = "Datoer for verkstedene:"
_PARTICIPANT_PARAGRAPH = (
    "Som deltaker bidrar du med idéer og refleksjoner, både individuelt og i fellesskap. Alle "
    "oppgaver vil bli beskrevet grundig av verkstedleder. Du vil få en mer detaljert epost med "
    "informasjon før hvert verksted."
)
_POSTER_SENTENCE = "Det henger også en plakat på {place} med mer informasjon om verkstedene."
_CLOSING = "Vi gleder oss til å sette i gang sammen!"


def workshop_line(entry: PlanEntry, tz: dt.tzinfo) -> str:
    """One workshop as a list line: "- Utforske: tirsdag 14.04.2026 kl. 13:00–14:00 (...)"."""
    local = entry.start.astimezone(tz)
    when = (
        f"{_WEEKDAYS[local.weekday()]} {format_date(local.date())} "
        f"kl. {format_clock(entry.start, tz)}–{format_clock(entry.end, tz)}"
    )
    leader = " ".join(entry.leader.split())
    suffix = f" (verkstedleder: {leader})" if leader else ""
    return f"- {' '.join(entry.what.split())}: {when}{suffix}"


def invitation_body(entries: Sequence[PlanEntry], *, tz: dt.tzinfo, place: str = "") -> str:
    """The e-mail text with the workshops' dates (in `tz`) and leaders listed.

    Only workshops (kind "verksted") are listed; the HMS group's planning meetings are not
    for the staff. Without any workshop, the four workshops are listed with "[dato]". The
    sentence about the poster names `place`, and is left out when no place is known.
    """
    workshops = [entry for entry in chronological(entries) if entry.kind == "verksted"]
    if workshops:
        lines = [workshop_line(entry, tz) for entry in workshops]
    else:
        lines = [f"- {name}: {DATE_FILL_IN}" for name in WORKSHOPS]
    participant = _PARTICIPANT_PARAGRAPH
    if place_text := " ".join(place.split()):
        participant += " " + _POSTER_SENTENCE.format(place=place_text)
    paragraphs = [
        _OPENING,
        _WORKSHOPS_PARAGRAPH,
        "\n".join([_DATES_INTRO, *lines]),
        participant,
        _CLOSING,
    ]
    return "\n\n".join(paragraphs) + "\n"


def invitation_email(entries: Sequence[PlanEntry], *, tz: dt.tzinfo, place: str = "") -> str:
    """The whole e-mail as plain text: an "Emne:" line, a blank line, then the body."""
    return f"Emne: {INVITATION_SUBJECT}\n\n{invitation_body(entries, tz=tz, place=place)}"
