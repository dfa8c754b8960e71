"""A session's own documents: its meta document (title, date, roles, rounds...), its plan
entries, and the Session assembled from everything its file holds (see store.codec for notes,
events and the summary)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, cast
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from agendas.model import Agenda
from store.clock import LEGACY_ZONE
from store.codec import (
    Doc,
    _opt_int,
    event_from_doc,
    note_from_doc,
    summary_from_doc,
    time_from_str,
    time_to_str,
)
from store.errors import InvalidInput
from store.factors import factor_list
from store.model import EntryKind, PlanEntry, Roles, Session


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
        **({"checked": list(session.checked)} if session.checked else {}),
    } | (
        {"round_of": session.round_of, "round_name": session.round_name} if session.round_of else {}
    )


SESSION_FIELDS = frozenset(
    {"title", "date", "place", "roles", "groups", "follows", "names_recorded", "factors"}
    | {"round_of", "round_name", "checked"}
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
        elif name == "factors":
            updates[name] = factor_list(value)
        elif name == "checked":
            updates[name] = sorted({str(key) for key in value})
        elif name in ("follows", "round_of"):
            updates[name] = None if value is None else str(value)
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
        round_of=meta.get("round_of"),
        round_name=str(meta.get("round_name") or ""),
        checked=tuple(str(key) for key in meta.get("checked") or ()),
    )
