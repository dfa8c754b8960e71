"""The Starte progress plan stored with the session: save_plan, load, migration, default_plan."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from agendas.model import Agenda
from store.errors import CorruptSessionFile, InvalidInput, SessionNotFound
from store.export import PlanEntry as ExportPlanEntry
from store.export.progress import WORKSHOPS, default_plan
from store.migrations import SCHEMA_VERSION
from store.model import Event, EventType, PlanEntry, Roles, SummaryItem
from store.outbox import Outbox, plan_write
from store.sessions import SessionStore
from tests.store.helpers import at, note, stored_files

DAY = dt.date(2026, 3, 10)
OSLO = ZoneInfo("Europe/Oslo")
PLUS_TWO = dt.timezone(dt.timedelta(hours=2))


def new(store: SessionStore, agenda: Agenda) -> str:
    return store.create_session(agenda, title="Starte", date=DAY).id


def session_path(store: SessionStore, sid: str) -> Path:
    assert store.root is not None
    return store.root / "sessions" / sid / "session.json"


def mixed_plan() -> tuple[PlanEntry, ...]:
    """Entries in a named zone, at a fixed offset, in UTC, and at an ambiguous DST hour."""
    return (
        PlanEntry("Utforske", dt.datetime(2026, 4, 14, 13, 0, tzinfo=OSLO), "Kari", minutes=90),
        PlanEntry("Utdype", dt.datetime(2026, 5, 12, 13, 30, 15, 250, tzinfo=OSLO), "HMS-gruppen",
                  "planleggingsmøte", 45),
        PlanEntry("Skape", dt.datetime(2026, 6, 9, 9, 0, tzinfo=PLUS_TWO)),
        PlanEntry("Teste", dt.datetime(2026, 9, 8, 11, 0, tzinfo=dt.UTC), "Æsa «Ø» & Ola"),
        PlanEntry("Høst", dt.datetime(2026, 10, 25, 2, 30, fold=1, tzinfo=OSLO)),
    )  # fmt: skip


def assert_exact(loaded: tuple[PlanEntry, ...], saved: tuple[PlanEntry, ...]) -> None:
    """Equal records, and each start in the same zone with the same wall time and offset."""
    assert loaded == saved
    for got, want in zip(loaded, saved, strict=True):
        assert got.start.tzinfo == want.start.tzinfo
        assert (got.start.replace(tzinfo=None), got.start.utcoffset()) == (
            want.start.replace(tzinfo=None),
            want.start.utcoffset(),
        )


# -- save and load ----------------------------------------------------------------------------


def test_a_saved_plan_loads_back_exactly(store: SessionStore, agenda: Agenda) -> None:
    sid = new(store, agenda)
    assert store.load(sid).plan == ()
    plan = mixed_plan()
    store.save_plan(sid, list(plan))
    assert_exact(store.load(sid).plan, plan)
    assert store.load(sid).plan[0].start.tzinfo is OSLO
    assert store.load(sid).plan[-1].start.utcoffset() == dt.timedelta(hours=1)  # after fall-back


def test_a_plan_survives_a_restart_on_disk(disk_store: SessionStore, agenda: Agenda) -> None:
    sid = new(disk_store, agenda)
    plan = mixed_plan()
    disk_store.save_plan(sid, plan)
    assert_exact(SessionStore.open(disk_store.root).load(sid).plan, plan)
    stored = json.loads(session_path(disk_store, sid).read_text())["plan"]
    assert stored["1"] == {
        "what": "Utforske",
        "start": "2026-04-14T13:00:00+02:00",
        "leader": "Kari",
        "kind": "verksted",
        "minutes": 90,
        "tz": "Europe/Oslo",
    }
    assert "tz" not in stored["3"]


def test_saving_a_plan_replaces_the_whole_plan_and_keeps_its_order(
    store: SessionStore, agenda: Agenda
) -> None:
    sid = new(store, agenda)
    store.save_plan(sid, default_plan(DAY, OSLO))
    shorter = mixed_plan()[3:]
    store.save_plan(sid, shorter)
    assert store.load(sid).plan == shorter
    start = dt.datetime(2026, 1, 5, 8, 0, tzinfo=OSLO)
    unsorted = tuple(PlanEntry(f"Punkt {i}", start - dt.timedelta(days=i)) for i in range(12))
    store.save_plan(sid, unsorted)
    assert store.load(sid).plan == unsorted  # as given, not by date; 10 and 11 after 9


def test_an_empty_plan(store: SessionStore, agenda: Agenda) -> None:
    sid = new(store, agenda)
    store.save_plan(sid, [])
    assert store.load(sid).plan == ()
    store.save_plan(sid, mixed_plan())
    store.save_plan(sid, ())
    assert store.load(sid).plan == ()


def test_save_plan_checks_its_input_and_changes_nothing_when_refused(
    store: SessionStore, agenda: Agenda
) -> None:
    sid = new(store, agenda)
    plan = mixed_plan()
    store.save_plan(sid, plan)
    with pytest.raises(InvalidInput, match="PlanEntry"):
        store.save_plan(sid, [plan[0], "Utforske 14.04"])  # type: ignore[list-item]
    with pytest.raises(SessionNotFound):
        store.save_plan("zzzzzz", plan)
    assert store.load(sid).plan == plan


def test_a_plan_save_changes_the_token_and_goes_through_the_outbox(
    store: SessionStore, agenda: Agenda
) -> None:
    sid = new(store, agenda)
    before = stored_files(store, sid)
    outbox = Outbox(store)
    outbox.enqueue(plan_write(sid, default_plan(DAY, OSLO)))
    assert outbox.flush() == 1
    assert stored_files(store, sid) != before
    assert store.load(sid).plan == default_plan(DAY, OSLO)


def test_the_moved_plan_entry_is_the_same_class_everywhere() -> None:
    assert ExportPlanEntry is PlanEntry


# -- other saves keep the plan ----------------------------------------------------------------


def test_note_and_other_saves_never_touch_or_lose_the_plan(
    store: SessionStore, agenda: Agenda
) -> None:
    sid = new(store, agenda)
    plan = mixed_plan()
    store.save_plan(sid, plan)
    first = store.add_note(sid, note(text="Godt samarbeid"))
    assert store.load(sid).plan == plan
    store.add_note(sid, note(text="Støy"))
    store.update_note(sid, first.id, text="Svært godt samarbeid")
    store.delete_note(sid, first.id)
    store.restore_note(sid, first.id)
    store.record_event(sid, Event(EventType.STARTED, at(0), step=0))
    store.save_summary(sid, [SummaryItem("Samarbeid", sources=(first.id,))])
    store.update_session(sid, title="Starte HMS", roles=Roles("Kari", "Ola"))
    loaded = store.load(sid)
    assert loaded.plan == plan
    assert [n.text for n in loaded.notes] == ["Svært godt samarbeid", "Støy"]
    assert len(loaded.summary) == 1
    store.save_plan(sid, plan[:1])
    assert len(store.load(sid).notes) == 2  # and a plan save keeps the notes


def test_adding_a_note_does_not_rewrite_the_session_file(
    disk_store: SessionStore, agenda: Agenda
) -> None:
    sid = new(disk_store, agenda)
    disk_store.save_plan(sid, mixed_plan())
    path = session_path(disk_store, sid)
    before = path.read_bytes()
    disk_store.add_note(sid, note(text="Ny"))
    assert path.read_bytes() == before


# -- files written before the plan existed ----------------------------------------------------

#: A session file as the build before the progress plan wrote it (schema 1, no plan table).
V1_WITHOUT_PLAN = {
    "meta": {
        "1": {
            "schema": 1, "rev": 4, "kind": "session", "id": "SID", "agenda_id": "starte",
            "title": "Starte i fjor", "date": "2025-09-01", "place": "Kantina",
            "roles": {"moteleder": None, "referent": None}, "groups": 2, "follows": None,
            "created": "2025-09-01T08:00:00+00:00", "names_recorded": False,
        }
    },
    "history": {},
    "events": {"1": {"type": "started", "at": "2025-09-01T08:00:00+00:00", "step": 0,
                     "minutes": None, "round": None}},
    "summary": {"1": {"text": "Bedre møter", "topic": "", "order": 0, "sources": []}},
    "notes": {"n1": {"id": "n1", "kind": "notat", "text": "Støy", "step": 0, "group": 2,
                     "created": "2025-09-01T08:10:00+00:00"}},
}  # fmt: skip

#: The same session in the prototype layout (version 0).
V0_WITHOUT_PLAN = {
    "_default": {"1": {"id": "SID", "agenda_id": "starte", "title": "Starte i fjor",
                       "date": "2025-09-01", "created": "2025-09-01T08:00:00"}},
    "notes": {"1": {"id": "n1", "type": "notat", "text": "Støy", "step": 0, "gruppe": 2,
                    "created": "2025-09-01T08:10:00"}},
}  # fmt: skip


@pytest.mark.parametrize("layout", [V1_WITHOUT_PLAN, V0_WITHOUT_PLAN], ids=["v1", "v0"])
def test_a_session_saved_before_the_plan_existed_loads_with_an_empty_plan(
    disk_store: SessionStore, agenda: Agenda, layout: dict[str, object]
) -> None:
    sid = new(disk_store, agenda)
    path = session_path(disk_store, sid)
    original = json.dumps(layout).replace("SID", sid).encode()
    path.write_bytes(original)

    store = SessionStore.open(disk_store.root)
    session = store.load(sid)
    assert (session.title, session.plan) == ("Starte i fjor", ())
    assert [n.text for n in session.notes] == ["Støy"]
    assert path.read_bytes() == original  # reading never rewrites

    store.save_plan(sid, default_plan(DAY, OSLO))
    reloaded = SessionStore.open(disk_store.root).load(sid)
    assert reloaded.plan == default_plan(DAY, OSLO)
    assert (reloaded.title, [n.text for n in reloaded.notes]) == ("Starte i fjor", ["Støy"])
    assert json.loads(path.read_text())["meta"]["1"]["schema"] == SCHEMA_VERSION
    backups = sorted(p.name for p in path.parent.glob("*.bak.json"))
    version = 1 if layout is V1_WITHOUT_PLAN else 0
    assert backups == [f"session.v{version}.bak.json"]
    assert (path.parent / backups[0]).read_bytes() == original


def test_tables_a_build_does_not_know_are_kept_by_its_saves(
    disk_store: SessionStore, agenda: Agenda
) -> None:
    """Why the plan needed no new schema: the previous build keeps a plan table it cannot read."""
    sid = new(disk_store, agenda)
    disk_store.save_plan(sid, mixed_plan())
    path = session_path(disk_store, sid)
    data = json.loads(path.read_text())
    data["later"] = {"1": {"anything": [1, 2]}}
    path.write_text(json.dumps(data))
    store = SessionStore.open(disk_store.root)
    first = store.add_note(sid, note())
    store.update_note(sid, first.id, text="Endret")
    store.save_summary(sid, [SummaryItem("Oppsummert")])
    assert json.loads(path.read_text())["later"] == {"1": {"anything": [1, 2]}}
    assert store.load(sid).plan == mixed_plan()


def test_a_broken_plan_entry_names_the_file_and_an_unknown_zone_keeps_the_offset(
    disk_store: SessionStore, agenda: Agenda
) -> None:
    sid = new(disk_store, agenda)
    disk_store.save_plan(sid, mixed_plan()[:1])
    path = session_path(disk_store, sid)
    data = json.loads(path.read_text())
    data["plan"]["1"]["tz"] = "Nowhere/Land"
    path.write_text(json.dumps(data))
    [entry] = SessionStore.open(disk_store.root).load(sid).plan
    assert entry.start == mixed_plan()[0].start
    assert entry.start.utcoffset() == dt.timedelta(hours=2)
    data["plan"]["1"]["start"] = "2026-04-14T13:00:00"  # naive
    path.write_text(json.dumps(data))
    with pytest.raises(CorruptSessionFile, match=r"session\.json"):
        SessionStore.open(disk_store.root).load(sid)


# -- default_plan -----------------------------------------------------------------------------


def test_default_plan_proposes_planning_and_workshop_every_two_weeks() -> None:
    plan = default_plan(DAY, OSLO)
    assert [(e.what, e.kind) for e in plan] == [
        (what, kind) for what in WORKSHOPS for kind in ("planleggingsmøte", "verksted")
    ]
    days = [dt.date(2026, 3, 24), dt.date(2026, 4, 7), dt.date(2026, 4, 21), dt.date(2026, 5, 5)]
    assert [e.start.date() for e in plan] == [day for day in days for _ in range(2)]
    times = [(e.start.hour, e.start.minute, e.minutes) for e in plan]
    assert times == [(13, 0, 30), (14, 0, 60)] * 4
    assert all(e.start.tzinfo is OSLO and e.leader == "" for e in plan)
    offsets = [e.start.utcoffset() for e in plan[:4:2]]  # 13:00 local on both sides of DST
    assert offsets == [dt.timedelta(hours=1), dt.timedelta(hours=2)]
    assert list(plan) == sorted(plan, key=lambda e: e.start)
    assert all(a.end <= b.start for a, b in itertools.pairwise(plan))


def test_default_plan_uses_the_given_timezone() -> None:
    plan = default_plan(dt.date(2026, 1, 1), dt.UTC)
    assert plan[0].start == dt.datetime(2026, 1, 15, 13, 0, tzinfo=dt.UTC)
    assert plan[-1].start == dt.datetime(2026, 2, 26, 14, 0, tzinfo=dt.UTC)
