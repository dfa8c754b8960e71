"""The tiltak register as a spreadsheet (CSV) and as calendar reminders of the frister (.ics).

Pure: rows in, text or bytes out; the CSV is written as store.export.spreadsheet writes every
spreadsheet (`;`, a byte order mark, never a formula).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import icalendar

from store.export.ics import UID_DOMAIN
from store.export.labels import Lang, labels_for
from store.export.spreadsheet import csv_text, safe_cell
from store.language import translate
from store.tiltak_rows import TiltakRow


def render_tiltak_csv(rows: Sequence[TiltakRow], today: dt.date, lang: Lang = "nb") -> str:
    """One header row and a row per tiltak: what, IGLO, ansvarlig, ressurser, frist, status,
    overdue, effect and its comment, next review, the meeting, its date and the session id."""
    labels = labels_for(lang)
    words = [
        "col.what", "col.iglo", "col.ansvarlig", "doc.col.resources", "col.frist",
        "col.status", "tiltak.overdue", "col.effect", "followup.effect_note",
        "col.review_on", "col.meeting", "col.meeting_date", "col.session",
    ]  # fmt: skip
    lines: list[list[str]] = []
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
            effect,
            note.effect_note,
            "" if note.review_on is None else note.review_on.isoformat(),
            row.meeting,
            row.session.date.isoformat(),
            row.session.id,
        ]
        lines.append([safe_cell(cell) for cell in cells])
    return csv_text([translate(word, lang) for word in words], lines)


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
        event.add("dtstamp", stamp.astimezone(dt.UTC))
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
