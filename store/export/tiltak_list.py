"""The tiltak register as a spreadsheet (CSV) and as calendar reminders of the frister (.ics).

Pure: rows in, text or bytes out. The CSV is UTF-8 with a byte-order mark and semicolons, as
Excel and LibreOffice open it in Norway; a cell that a spreadsheet would run as a formula
(starting with = + - @) is prefixed with an apostrophe, so a note can never compute anything.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Sequence

import icalendar

from store.export.labels import Lang, labels_for
from store.language import translate
from store.tiltak_rows import TiltakRow

#: The domain part of the reminders' UIDs.
UID_DOMAIN = "plansje.local"
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class _Lines:
    """csv.writer's file: collects what it writes."""

    def __init__(self) -> None:
        self.parts: list[str] = []

    def write(self, text: str) -> int:
        self.parts.append(text)
        return len(text)


def _cell(value: str) -> str:
    """A cell a spreadsheet shows as text, never runs as a formula."""
    return f"'{value}" if value.startswith(FORMULA_START) else value


def render_tiltak_csv(rows: Sequence[TiltakRow], today: dt.date, lang: Lang = "nb") -> str:
    """One header row and a row per tiltak: what, IGLO, ansvarlig, ressurser, frist, status,
    overdue, effect and its comment, next review, the meeting, its date and the session id."""
    labels = labels_for(lang)
    words = [
        "col.what", "col.iglo", "col.ansvarlig", "doc.col.resources", "col.frist",
        "col.status", "tiltak.overdue", "col.effect", "followup.effect_note",
        "col.review_on", "col.meeting", "col.meeting_date", "col.session",
    ]  # fmt: skip
    out = _Lines()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([translate(word, lang) for word in words])
    yes, no = translate("doc.effect.ja", lang), translate("doc.effect.nei", lang)
    for row in rows:
        note = row.note
        effect = (
            "" if note.effect is None else translate(f"doc.effect.{note.effect.name.lower()}", lang)
        )
        cells = [
            note.text,
            "" if note.iglo is None else labels.iglo[note.iglo],
            note.ansvarlig,
            note.ressurser,
            "" if note.frist is None else note.frist.isoformat(),
            labels.status[note.status],
            yes if row.overdue(today) else no,
            effect or "",
            note.effect_note,
            "" if note.review_on is None else note.review_on.isoformat(),
            row.meeting,
            row.session.date.isoformat(),
            row.session.id,
        ]
        writer.writerow([_cell(cell) for cell in cells])
    return "\ufeff" + "".join(out.parts)


def render_tiltak_ics(rows: Sequence[TiltakRow], stamp: dt.datetime, lang: Lang = "nb") -> bytes:
    """An all-day reminder on each open tiltak's frist (an alarm the morning before)."""
    labels = labels_for(lang)
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Plansje//Tiltak//NO")
    calendar.add("version", "2.0")
    for row in rows:
        note = row.note
        if note.frist is None or note.status.closed:
            continue
        event = icalendar.Event()
        event.add("uid", f"{row.session.id}-{note.id}@{UID_DOMAIN}")
        event.add("dtstamp", stamp)
        event.add("dtstart", note.frist)
        event.add("dtend", note.frist + dt.timedelta(days=1))
        event.add("summary", translate("ics.tiltak.summary", lang, {"what": note.text}))
        details: dict[str, object] = {
            "meeting": f"{row.meeting} ({row.session.date.isoformat()})",
            "ansvarlig": note.ansvarlig or "–",
            "status": labels.status[note.status],
        }
        event.add("description", translate("ics.tiltak.description", lang, details))
        alarm = icalendar.Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", note.text)
        alarm.add("trigger", dt.timedelta(hours=-15))
        event.add_component(alarm)
        calendar.add_component(event)
    return bytes(calendar.to_ical())
