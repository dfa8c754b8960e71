"""Turning session records into TinyDB documents (JSON-ready dicts) and back.

Timestamps are stored as ISO strings in UTC; dates as ISO dates. Plan entries keep their
start's own offset and zone name, so a local 13:00 loads as the same 13:00. Decoding raises
KeyError, ValueError or TypeError on malformed documents; the store reports those as corrupt.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from agendas.model import IgloLevel, NoteKind
from store.model import (
    Effect,
    Event,
    EventType,
    Note,
    NoteStatus,
    Seat,
    SummaryItem,
)
from store.tiltak_status import FollowUp, status_from_text

Doc = dict[str, Any]


def time_to_str(value: dt.datetime) -> str:
    """An aware datetime as an ISO string in UTC."""
    if value.tzinfo is None:
        raise ValueError(f"naive datetime {value!r}; the store keeps timezone-aware times")
    return value.astimezone(dt.UTC).isoformat()


def time_from_str(value: str) -> dt.datetime:
    """Parse a stored ISO timestamp (always aware)."""
    parsed = dt.datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        raise ValueError(f"timestamp without timezone: {value!r}")
    return parsed


def _opt_time(value: Any) -> dt.datetime | None:
    return None if value is None else time_from_str(value)


def _opt_int(value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"expected a whole number, got {value!r}")
    return value


def note_to_doc(note: Note) -> Doc:
    """A note as a flat document; optional fields at their defaults are left out (smaller file)."""
    doc: Doc = {
        "id": note.id,
        "kind": note.kind.value,
        "text": note.text,
        "step": note.step,
        "group": note.group,
        "created": time_to_str(note.created),
    }
    if note.edited is not None:
        doc["edited"] = time_to_str(note.edited)
    if note.deleted:
        doc["deleted"] = True
    if note.iglo is not None:
        doc["iglo"] = note.iglo.value
    if note.ansvarlig:
        doc["ansvarlig"] = note.ansvarlig
    if note.ressurser:
        doc["ressurser"] = note.ressurser
    if note.frist is not None:
        doc["frist"] = note.frist.isoformat()
    if note.status is not NoteStatus.IKKE_STARTET:
        doc["status"] = note.status.value
    if note.rank is not None:
        doc["rank"] = note.rank
    if note.factor:
        doc["factor"] = note.factor
    doc.update(tiltak_follow_up_doc(note))
    return doc


def tiltak_follow_up_doc(note: Note) -> Doc:
    """A tiltak's effect, next review and dated follow-ups, as document fields (if any)."""
    doc = _answers_to_doc(note.effect, note.effect_note, note.review_on)
    if note.history:
        doc["history"] = [follow_up_to_doc(entry) for entry in note.history]
    return doc


def note_from_doc(doc: Doc) -> Note:
    """The Note stored in a document."""
    frist = doc.get("frist")
    iglo = doc.get("iglo")
    return Note(
        id=str(doc["id"]),
        kind=NoteKind(doc["kind"]),
        text=str(doc["text"]),
        step=int(doc["step"]),
        group=_opt_int(doc.get("group")),
        created=time_from_str(doc["created"]),
        edited=_opt_time(doc.get("edited")),
        deleted=bool(doc.get("deleted", False)),
        iglo=None if iglo is None else IgloLevel(iglo),
        ansvarlig=str(doc.get("ansvarlig", "")),
        ressurser=str(doc.get("ressurser", "")),
        frist=None if frist is None else dt.date.fromisoformat(frist),
        status=status_from_text(str(doc.get("status", NoteStatus.IKKE_STARTET.value))),
        rank=_opt_int(doc.get("rank")),
        **_answers_from_doc(doc),
        history=tuple(follow_up_from_doc(entry) for entry in doc.get("history", ())),
        factor=str(doc.get("factor") or ""),
    )


def event_to_doc(event: Event) -> Doc:
    """An event as a flat document (``seat`` only on control events, so older files match)."""
    doc: Doc = {
        "type": event.type.value,
        "at": time_to_str(event.at),
        "step": event.step,
        "minutes": event.minutes,
        "round": event.round,
    }
    if event.seat is not None:
        doc["seat"] = event.seat.value
    return doc


def event_from_doc(doc: Doc) -> Event:
    """The Event stored in a document."""
    return Event(
        type=EventType(doc["type"]),
        at=time_from_str(doc["at"]),
        step=_opt_int(doc.get("step")),
        minutes=_opt_int(doc.get("minutes")),
        round=_opt_int(doc.get("round")),
        seat=Seat(doc["seat"]) if doc.get("seat") is not None else None,
    )


def summary_to_doc(item: SummaryItem) -> Doc:
    """A summary item as a document."""
    return {
        "text": item.text,
        "topic": item.topic,
        "order": item.order,
        "sources": list(item.sources),
    }


def summary_from_doc(doc: Doc) -> SummaryItem:
    """The SummaryItem stored in a document."""
    return SummaryItem(
        text=str(doc["text"]),
        topic=str(doc.get("topic", "")),
        order=int(doc.get("order", 0)),
        sources=tuple(str(source) for source in doc.get("sources", ())),
    )


def follow_up_to_doc(follow_up: FollowUp) -> Doc:
    """A follow-up as a flat document (defaults left out)."""
    answers = _answers_to_doc(follow_up.effect, follow_up.effect_note, follow_up.review_on)
    return {"at": time_to_str(follow_up.at), "status": follow_up.status.value, **answers}


def follow_up_from_doc(doc: Doc) -> FollowUp:
    """The follow-up stored in a document (KeyError/ValueError/TypeError when malformed)."""
    return FollowUp(
        at=time_from_str(doc["at"]),
        status=status_from_text(str(doc["status"])),
        **_answers_from_doc(doc),
    )


def _answers_to_doc(effect: Effect | None, note: str, review_on: dt.date | None) -> Doc:
    """The follow-up answers (effect, its comment, next review) a note and a follow-up share."""
    doc: Doc = {}
    if effect is not None:
        doc["effect"] = effect.value
    if note:
        doc["effect_note"] = note
    if review_on is not None:
        doc["review_on"] = review_on.isoformat()
    return doc


def _answers_from_doc(doc: Doc) -> Doc:
    """The follow-up answers stored in a note's or a follow-up's document, as fields."""
    effect, review_on = doc.get("effect"), doc.get("review_on")
    return {
        "effect": None if effect is None else Effect(effect),
        "effect_note": str(doc.get("effect_note", "")),
        "review_on": None if review_on is None else dt.date.fromisoformat(review_on),
    }
