"""The progress plan as an iCalendar (.ics) file: one VEVENT per entry."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import icalendar

from store.export.progress import PlanEntry

#: The PRODID of Plansje's calendars.
PRODID = "-//Plansje//Fremdriftsplan//NO"

#: The domain part of the event UIDs.
UID_DOMAIN = "plansje.local"


def entry_uid(session_id: str, index: int) -> str:
    """A stable UID for the index-th entry of a session's plan."""
    return f"{session_id}-{index}@{UID_DOMAIN}"


def entry_summary(entry: PlanEntry) -> str:
    """The Norwegian event title, e.g. "Oss og vårt: verksted Utforske"."""
    if entry.kind == "verksted":
        return f"Oss og vårt: verksted {entry.what}"
    return f"HMS-gruppen: planleggingsmøte før {entry.what}"


def entry_description(entry: PlanEntry) -> str:
    """The Norwegian event description: what the activity is and who leads it."""
    if entry.kind == "verksted":
        lines = [f"Verkstedet {entry.what} i Oss og vårt, for hele personalet."]
        role = "Verkstedsleder"
    else:
        lines = [f"HMS-gruppen samles og forbereder verkstedet {entry.what}."]
        role = "Ansvarlig"
    if entry.leader.strip():
        lines.append(f"{role}: {entry.leader.strip()}")
    return "\n".join(lines)


def progress_plan_ics(
    entries: Sequence[PlanEntry],
    *,
    session_id: str,
    now: dt.datetime,
    place: str = "",
) -> str:
    """The plan as iCalendar text; UIDs come from session id + index, DTSTAMP from `now`.

    Times are written in UTC, so the file needs no VTIMEZONE and reads the same everywhere.
    """
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "Oss og vårt – fremdriftsplan")
    stamp = now.astimezone(dt.UTC)
    for index, entry in enumerate(entries):
        event = icalendar.Event()
        event.add("uid", entry_uid(session_id, index))
        event.add("dtstamp", stamp)
        event.add("dtstart", entry.start.astimezone(dt.UTC))
        event.add("dtend", entry.end.astimezone(dt.UTC))
        event.add("summary", entry_summary(entry))
        event.add("description", entry_description(entry))
        if place.strip():
            event.add("location", place.strip())
        calendar.add_component(event)
    ical: bytes = calendar.to_ical()
    return ical.decode("utf-8")
