"""Turning session records into TinyDB documents (JSON-ready dicts) and back.

Timestamps are stored as ISO strings in UTC; dates as ISO dates. Plan entries keep their
start's own offset and zone name, so a local 13:00 loads as the same 13:00. Decoding raises
KeyError, ValueError or TypeError on malformed documents; the store reports those as corrupt.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, cast
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from agendas.model import Agenda, IgloLevel, NoteKind
from store.clock import LEGACY_ZONE
from store.errors import InvalidInput
from store.factors import factor_list
from store.model import (
    EntryKind,
    Event,
    EventType,
    Note,
    NoteStatus,
    PlanEntry,
    Roles,
    Seat,
    Session,
    SummaryItem,
)

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
    if note.status is not NoteStatus.APEN:
        doc["status"] = note.status.value
    if note.rank is not None:
        doc["rank"] = note.rank
    if note.factor:
        doc["factor"] = note.factor
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
        status=NoteStatus(doc.get("status", NoteStatus.APEN.value)),
        rank=_opt_int(doc.get("rank")),
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


def plan_entry_to_doc(entry: PlanEntry) -> Doc:
    """A plan entry as a document: start as ISO in its own offset, plus its zone name if any."""
    doc: Doc = {
        "what": entry.what,
        "start": entry.start.isoformat(),
        "leader": entry.leader,
        "kind": entry.kind,
        "minutes": entry.minutes,
    }
    zone = entry.start.tzinfo
    if isinstance(zone, ZoneInfo) and zone.key:
        doc["tz"] = zone.key
    return doc


def _zone(key: Any) -> ZoneInfo | None:
    """The named zone, or None when this machine does not know it (the offset is kept then)."""
    try:
        return ZoneInfo(str(key))
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def plan_entry_from_doc(doc: Doc) -> PlanEntry:
    """The PlanEntry stored in a document (its start back in its own zone)."""
    start = time_from_str(doc["start"])
    zone = _zone(doc["tz"]) if doc.get("tz") else None
    if zone is not None:
        start = start.astimezone(zone)
    minutes = _opt_int(doc.get("minutes", 60))
    return PlanEntry(
        what=str(doc["what"]),
        start=start,
        leader=str(doc.get("leader", "")),
        kind=cast(EntryKind, str(doc.get("kind", "verksted"))),
        minutes=60 if minutes is None else minutes,
    )


def meta_fields(session: Session) -> Doc:
    """The session's own fields as they sit in the meta document (besides schema and rev)."""
    return {
        "kind": "session",
        "id": session.id,
        "agenda_id": session.agenda.id,
        "title": session.title,
        "date": session.date.isoformat(),
        "place": session.place,
        "roles": {"moteleder": session.roles.moteleder, "referent": session.roles.referent},
        "groups": session.groups,
        "follows": session.follows,
        "created": time_to_str(session.created),
        "names_recorded": session.names_recorded,
        "zone": session.zone,
        **({"factors": list(session.factors)} if session.factors else {}),
    }


SESSION_FIELDS = frozenset(
    {"title", "date", "place", "roles", "groups", "follows", "names_recorded", "factors"}
)


def meta_updates(changes: dict[str, Any]) -> Doc:
    """Checked meta-document updates for SessionStore.update_session."""
    unknown = set(changes) - SESSION_FIELDS
    if unknown:
        raise InvalidInput(f"cannot change session field(s): {', '.join(sorted(unknown))}")
    updates: Doc = {}
    for name, value in changes.items():
        if name == "date":
            if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
                raise InvalidInput(f"date must be a datetime.date, not {value!r}")
            updates[name] = value.isoformat()
        elif name == "roles":
            if not isinstance(value, Roles):
                raise InvalidInput(f"roles must be Roles, not {value!r}")
            updates[name] = {"moteleder": value.moteleder, "referent": value.referent}
        elif name == "groups":
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise InvalidInput(f"groups must be a whole number of at least 1, not {value!r}")
            updates[name] = value
        elif name == "names_recorded":
            updates[name] = bool(value)
        elif name == "follows":
            updates[name] = None if value is None else str(value)
        elif name == "factors":
            updates[name] = factor_list(value)
        else:
            updates[name] = str(value)
    return updates


def roles_from_doc(doc: Any) -> Roles:
    """Roles from their stored dict."""
    doc = doc or {}
    return Roles(moteleder=doc.get("moteleder"), referent=doc.get("referent"))


def session_from_docs(
    meta: Doc,
    events: list[Doc],
    notes: list[Doc],
    summary: list[Doc],
    agenda: Agenda,
    plan: Sequence[Doc] = (),
) -> Session:
    """Assemble a Session from its file's documents (in stored order) and its frozen agenda."""
    return Session(
        id=str(meta["id"]),
        agenda=agenda,
        title=str(meta["title"]),
        date=dt.date.fromisoformat(meta["date"]),
        place=str(meta.get("place", "")),
        roles=roles_from_doc(meta.get("roles")),
        groups=int(meta.get("groups", 1)),
        follows=meta.get("follows"),
        events=tuple(event_from_doc(doc) for doc in events),
        notes=tuple(note_from_doc(doc) for doc in notes),
        summary=tuple(
            sorted((summary_from_doc(doc) for doc in summary), key=lambda item: item.order)
        ),
        created=time_from_str(meta["created"]),
        names_recorded=bool(meta.get("names_recorded", False)),
        plan=tuple(plan_entry_from_doc(doc) for doc in plan),
        zone=str(meta.get("zone") or LEGACY_ZONE),
        drafts=tuple(sorted((str(k), str(v)) for k, v in (meta.get("drafts") or {}).items())),
        factors=tuple(str(factor) for factor in meta.get("factors") or ()),
    )
