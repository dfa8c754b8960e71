"""A group's phone adds notes to the live step and follows the facilitator's step changes."""

from __future__ import annotations

import datetime as dt
import json

from agendas.model import IgloLevel, NoteKind
from tests.room.conftest import Served, until


async def test_a_phones_note_lands_in_the_session_attributed_to_its_group_only(
    served: Served,
) -> None:
    served.let_in()
    assert await served.add("God tone i teamet", group=2) == 201
    (note,) = served.session().notes
    assert (note.text, note.group, note.step, note.kind) == (
        "God tone i teamet", 2, 0, NoteKind.NOTAT
    )  # fmt: skip
    folder = served.store.sessions_dir / served.sid
    on_disk = "".join(p.read_text() for p in folder.glob("notes-*.json"))
    assert "127.0.0.1" not in on_disk
    kept = {key for doc in json.loads(on_disk)["notes"].values() for key in doc}
    assert kept == {"id", "kind", "text", "step", "group", "created"}  # nobody, no device


async def test_a_retried_post_is_stored_once(served: Served) -> None:
    served.let_in()
    note_id = "ab" * 16
    assert await served.add("to ganger", id=note_id) == 201
    assert await served.add("to ganger", id=note_id) == 201
    assert [n.id for n in served.session().notes] == [note_id]


async def test_the_phone_adds_the_kinds_its_step_collects_and_a_tiltak_has_its_fields(
    served: Served,
) -> None:
    served.let_in()
    await served.step_to(2)  # collects utfordring and ønske
    view = await (await served.client.get("/api/state?group=1")).json()
    assert [k["kind"] for k in view["step"]["kinds"]] == ["utfordring", "ønske"]
    assert await served.add("Støy i kantina") == 201
    assert await served.add("Mer lys", kind="ønske") == 201
    assert await served.add("Et notat", kind="notat") == 409
    assert [(n.kind, n.step) for n in served.session().notes] == [
        (NoteKind.UTFORDRING, 2),
        (NoteKind.ONSKE, 2),
    ]


async def test_a_phone_sees_its_own_groups_notes_unless_the_step_shares_them(
    served: Served,
) -> None:
    served.let_in()
    await served.step_to(1)  # group work
    assert await served.add("fra gruppe 1", group=1) == 201
    assert await served.add("fra gruppe 2", group=2) == 201
    mine = await (await served.client.get("/api/state?group=1")).json()
    assert [n["text"] for n in mine["notes"]] == ["fra gruppe 1"]
    assert mine["step"]["shared"] is False
    await served.step_to(3)  # plenum: shared
    assert await served.add("plenum 1", group=1) == 201
    assert await served.add("plenum 2", group=2) == 201
    shared = await (await served.client.get("/api/state?group=1")).json()
    assert [n["text"] for n in shared["notes"]] == ["plenum 1", "plenum 2"]


async def test_the_event_stream_follows_the_facilitators_step_changes(served: Served) -> None:
    served.let_in()
    response = await served.client.get("/api/events?group=1")
    assert response.headers["Content-Type"].startswith("text/event-stream")
    views: list[dict[str, object]] = []

    async def next_view() -> dict[str, object]:
        while True:
            line = (await response.content.readline()).decode()
            if line.startswith("data: "):
                view: dict[str, object] = json.loads(line[6:])
                views.append(view)
                return view

    first = await next_view()
    assert first["step"] and first["step"]["title"] == "Velkommen"  # type: ignore[index]
    await served.step_to(1)
    while views[-1]["step"]["title"] != "Intervju i par":  # type: ignore[index]
        await next_view()
    assert views[-1]["step"]["questions"] == [  # type: ignore[index]
        "Hva fungerer godt?",
        "Hva kan bli bedre?",
    ]
    response.close()


async def test_a_tiltak_from_a_phone_keeps_its_fields(served: Served) -> None:
    served.let_in()
    assert await served.add("Kjøpe lyddempere", kind="tiltak") == 409  # not collected here
    await served.step_to(3)
    fields = {"iglo": "ledelse", "ansvarlig": "Verneombudet", "ressurser": "2 timer"}
    assert await served.add("Kartlegge støy", kind="tiltak", frist="2027-01-15", **fields) == 201
    (note,) = served.session().notes
    assert (note.kind, note.iglo, note.ansvarlig, note.ressurser, note.frist) == (
        NoteKind.TILTAK, IgloLevel.LEDELSE, "Verneombudet", "2 timer", dt.date(2027, 1, 15)
    )  # fmt: skip
    assert await served.add("Feil dato", kind="tiltak", frist="15.01.2027") == 400
    assert await served.add("Feil nivå", kind="tiltak", iglo="kosmos") == 400
    assert len(served.session().notes) == 1


async def test_a_phone_files_a_challenge_under_one_of_the_meetings_factors(
    served: Served,
) -> None:
    served.let_in()
    served.other.update_session(served.sid, factors=("Arbeidsmengde", "Samarbeid"))
    await served.step_to(1)  # collects plain notes: no factors to choose
    view = await (await served.client.get("/api/state?group=1")).json()
    assert view["step"]["factors"] == []
    await served.step_to(2)  # collects challenges: the poster's segments
    await until(lambda: served.room.live.session.factors == ("Arbeidsmengde", "Samarbeid"))
    view = await (await served.client.get("/api/state?group=1")).json()
    assert view["step"]["factors"] == ["Arbeidsmengde", "Samarbeid"]
    assert await served.add("For mange vakter", factor="Arbeidsmengde") == 201
    assert await served.add("Ingen faktor", factor="") == 201
    assert await served.add("Finnes ikke", factor="Lønn") == 409
    assert await served.add("Et ønske", kind="ønske", factor="Samarbeid") == 409
    assert [(n.text, n.factor) for n in served.session().notes] == [
        ("For mange vakter", "Arbeidsmengde"),
        ("Ingen faktor", ""),
    ]
    shown = await (await served.client.get("/api/state?group=1")).json()
    assert [n["factor"] for n in shown["notes"]] == ["Arbeidsmengde", ""]
