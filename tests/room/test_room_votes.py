"""A group's phone votes in a step with `**Stemmer:**`: its allowance, the notes voted on,
and a result that stays hidden until the facilitator reveals it."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from agendas.model import NoteKind
from store.model import Event, EventType
from store.room.keys import new_keys
from store.room.room_file import RoomRecord, write_room
from store.sessions import SessionStore
from store.votes import group_seat, load_votes, reveal
from tests.room.conftest import Served, Ticks, now, until
from tests.store.helpers import note
from tests.store.vote_helpers import VOTE_STEP, voting_agenda
from tui.room.room import open_room
from tui.room.web_app import build_app


@pytest.fixture
async def voting(tmp_path: Path) -> AsyncIterator[Served]:
    """A running two-group meeting with three wishes, its room open and the phone let in."""
    store = SessionStore.open(tmp_path / "store")
    session = store.create_session(voting_agenda(), title="Møte", date=dt.date.today(), groups=2)
    store.record_event(session.id, Event(EventType.STARTED, now(), step=0))
    wishes = [note(2, 1, text, kind=NoteKind.ONSKE) for text in ("Mer lys", "Pauserom", "Kurs")]
    store.add_notes(session.id, [*wishes, note(2, 2, "Støy", kind=NoteKind.UTFORDRING)])
    keys = new_keys(session.id)
    write_room(store.sessions_dir / session.id, RoomRecord(keys, "http://127.0.0.1:1"))
    ticks = Ticks()
    room_store = SessionStore.open(tmp_path / "store")
    room = open_room(room_store, keys, loopback_only=True, monotonic=ticks)
    client: TestClient[web.Request, web.Application] = TestClient(
        TestServer(build_app(room), host="127.0.0.1")
    )
    await client.start_server()
    served = Served(room, client, room_store, store, keys, ticks)
    served.let_in()
    try:
        yield served
    finally:
        await client.close()


def _ids(served: Served) -> dict[str, str]:
    return {n.text: n.id for n in served.session().notes}


async def _vote(served: Served, dots: dict[str, int], group: int = 1, people: int = 1) -> int:
    body = {"group": group, "people": people, "dots": dots}
    response = await served.client.post("/api/votes", json=body, headers=served.headers())
    return response.status


async def _vote_view(served: Served, group: int = 1) -> dict[str, Any]:
    view = await (await served.client.get(f"/api/state?group={group}")).json()
    vote: dict[str, Any] = view["vote"]
    return vote


async def test_a_phone_votes_for_its_people_and_may_move_its_dots(voting: Served) -> None:
    await voting.step_to(VOTE_STEP)
    ids = _ids(voting)
    assert await _vote(voting, {ids["Kurs"]: 2}) == 200
    assert await _vote(voting, {ids["Mer lys"]: 3, ids["Kurs"]: 1}, people=2) == 200  # moved
    assert await _vote(voting, {ids["Pauserom"]: 1}, group=2) == 200
    book = load_votes(voting.other, voting.sid)
    assert book.tally(VOTE_STEP) == {ids["Mer lys"]: 3, ids["Kurs"]: 1, ids["Pauserom"]: 1}
    assert {b.seat for b in book.ballots} == {group_seat(1), group_seat(2)}  # groups, no one
    vote = await _vote_view(voting)
    assert [n["text"] for n in vote["notes"]] == ["Mer lys", "Pauserom", "Kurs"]
    assert {n["text"]: n["dots"] for n in vote["notes"]}["Mer lys"] == 3
    assert (vote["people"], vote["per_person"]) == (2, 2)


async def test_more_dots_than_the_allowance_or_another_note_is_refused(voting: Served) -> None:
    await voting.step_to(VOTE_STEP)
    ids = _ids(voting)
    assert await _vote(voting, {ids["Kurs"]: 3}) == 422  # 2 per participant, one person
    assert await _vote(voting, {ids["Kurs"]: 13}, people=7) == 400
    assert await _vote(voting, {ids["Støy"]: 1}) == 422  # a challenge: not voted on
    assert await _vote(voting, {"ab" * 16: 1}) == 422
    assert await _vote(voting, {ids["Kurs"]: -1}) == 400
    response = await voting.client.post(
        "/api/votes", json={"group": 1, "dots": {}}, headers={"Content-Type": "application/json"}
    )
    assert response.status == 403  # no CSRF value
    assert load_votes(voting.other, voting.sid).ballots == ()


async def test_a_step_without_voting_refuses_votes(voting: Served) -> None:
    await voting.step_to(2)
    ids = _ids(voting)
    assert await _vote(voting, {ids["Kurs"]: 1}) == 409
    assert (await (await voting.client.get("/api/state?group=1")).json())["vote"] is None


async def test_the_result_is_hidden_until_revealed_then_the_vote_is_closed(
    voting: Served,
) -> None:
    await voting.step_to(VOTE_STEP)
    ids = _ids(voting)
    assert await _vote(voting, {ids["Kurs"]: 2}) == 200
    assert await _vote(voting, {ids["Pauserom"]: 1}, group=2) == 200
    assert (await _vote_view(voting, group=2))["results"] is None
    assert {n["text"]: n["dots"] for n in (await _vote_view(voting, 2))["notes"]}["Kurs"] == 0
    reveal(voting.other, voting.session(), VOTE_STEP)  # the facilitator's key
    await until(lambda: VOTE_STEP in voting.room.live.votes.revealed)
    vote = await _vote_view(voting, group=2)
    assert vote["closed"] is True
    assert [(r["rank"], r["text"], r["dots"]) for r in vote["results"]] == [
        (1, "Kurs", 2), (2, "Pauserom", 1)
    ]  # fmt: skip
    assert await _vote(voting, {ids["Mer lys"]: 1}) == 409
