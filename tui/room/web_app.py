"""The room's aiohttp application: the page, joining, the live step and adding notes.

Routes: `GET /` the page; `GET /j/{token}` lets the holder in (a cookie) and sends them on
to the page; `POST /api/join` exchanges the short code for the same cookie; `GET /api/state`
and the event stream `GET /api/events` give a group's view; `POST /api/notes` adds a note;
`POST /api/votes` replaces the group's dots in the current step's vote.
Every `/api/` request but the code exchange needs the cookie; every post needs the page's
CSRF value, JSON, and (when the browser sends one) an Origin of this very server.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from aiohttp import web

from store.errors import StoreError
from store.room.phone_votes import read_ballot, vote_view
from store.room.submission import Refusal, Refused, phone_factors, read_group, read_note
from store.room.view import View, current_step, phone_view
from store.votes import VoteRefused, cast_ballot, voted_notes
from tui.room.guard import add_headers, make_guard
from tui.room.page import render_page
from tui.room.room import Room

COOKIE = "plansje_room"
CSRF_HEADER = "X-Plansje-CSRF"
MAX_BODY = 8 * 1024
"""A post's body at most; a note's text has its own, smaller cap (store.room.submission)."""
KEEPALIVE_SECONDS = 15.0
STATIC = Path(__file__).with_name("static")
ROOM: web.AppKey[Room] = web.AppKey("room", Room)


def _room(request: web.Request) -> Room:
    return request.app[ROOM]


def _admitted(request: web.Request) -> bool:
    room = _room(request)
    return room.keys.admits(request.cookies.get(COOKIE)) and not room.ended


def _require_token(request: web.Request) -> Room:
    room = _room(request)
    if not room.keys.admits(request.cookies.get(COOKIE)):
        raise Refused(Refusal.TOKEN)
    if room.ended:
        raise Refused(Refusal.ENDED)
    return room


def _same_origin(request: web.Request) -> bool:
    """False when a browser says the request comes from another site."""
    origin = request.headers.get("Origin")
    if origin is not None and urlsplit(origin).netloc.lower() != request.host.lower():
        return False
    return request.headers.get("Sec-Fetch-Site", "same-origin") in ("same-origin", "none")


async def _json_body(request: web.Request) -> Any:
    """The post's JSON (at most MAX_BODY bytes); Refused when it is not JSON."""
    if request.content_length is not None and request.content_length > MAX_BODY:
        raise Refused(Refusal.TOO_LARGE)
    if request.content_type != "application/json":
        raise Refused(Refusal.BAD_JSON)
    body = await request.read()  # aiohttp refuses more than client_max_size with 413
    try:
        return json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise Refused(Refusal.BAD_JSON) from None


def _check_post(request: web.Request, room: Room) -> None:
    if not _same_origin(request) or request.headers.get(CSRF_HEADER) != room.keys.csrf:
        raise Refused(Refusal.CSRF)
    if not room.posts.allow(request.remote or "?"):
        raise Refused(Refusal.TOO_MANY)


async def page(request: web.Request) -> web.Response:
    """The group page (the code form until the cookie lets the phone in)."""
    room = _room(request)
    admitted = _admitted(request)
    return web.Response(
        text=render_page(room, admitted=admitted, csrf=room.keys.csrf if admitted else ""),
        content_type="text/html",
    )


async def join_by_link(request: web.Request) -> web.Response:
    """`/j/{token}`: set the cookie and go on to the page (the token leaves the address bar)."""
    room = _room(request)
    if not room.keys.admits(request.match_info["token"]):
        raise Refused(Refusal.TOKEN)
    if room.ended:
        raise Refused(Refusal.ENDED)
    group = request.query.get("g", "")
    target = f"/?g={read_group(group, room.live.session.groups)}" if group else "/"
    response = web.HTTPSeeOther(target)
    _set_cookie(response, room)
    raise response


def _set_cookie(response: web.StreamResponse, room: Room) -> None:
    response.set_cookie(COOKIE, room.keys.token, httponly=True, samesite="Strict", path="/")


async def join_by_code(request: web.Request) -> web.Response:
    """`POST /api/join {"code": "ABC-DEF"}`: the cookie for the right code (rate-limited)."""
    room = _room(request)
    if not _same_origin(request):
        raise Refused(Refusal.CSRF)
    if not room.codes.may_try(request.remote or "?"):
        raise Refused(Refusal.TOO_MANY)
    data = await _json_body(request)
    code = data.get("code") if isinstance(data, dict) else None
    if not isinstance(code, str):
        raise Refused(Refusal.BAD_FIELD, "code")
    if not room.keys.code_matches(code):
        raise Refused(Refusal.CODE)
    if room.ended:
        raise Refused(Refusal.ENDED)
    response = web.json_response({"ok": True})
    _set_cookie(response, room)
    return response


def _group(request: web.Request, room: Room) -> int:
    return read_group(request.query.get("group", ""), room.live.session.groups)


def _view(room: Room, group: int) -> View:
    """Group `group`'s page now: the live step and, when it votes, the vote."""
    live, now = room.live, room.clock()
    view = phone_view(live.session, now, group)
    index = current_step(live.session, now)
    if index is not None:
        view["vote"] = vote_view(live.session, live.votes, live.earlier, index, group)
    return view


async def state(request: web.Request) -> web.Response:
    """`GET /api/state?group=N`: what group N's page shows now."""
    room = _require_token(request)
    return web.json_response(_view(room, _group(request, room)))


def _event(room: Room, version: int, group: int) -> bytes:
    """Group `group`'s view of load `version` as one event, made once for all its phones."""
    key = (version, group)
    if key not in room.events:
        if len(room.events) > 64:
            room.events.clear()
        view = _view(room, group)
        room.events[key] = f"data: {json.dumps(view)}\n\n".encode()
    return room.events[key]


async def events(request: web.Request) -> web.StreamResponse:
    """`GET /api/events?group=N`: the group's view now and after every change (SSE)."""
    room = _require_token(request)
    group = _group(request, room)
    stream = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
    await stream.prepare(request)
    seen = -1
    try:
        while not room.live.closed:
            if room.live.version != seen:
                seen = room.live.version
                await stream.write(_event(room, seen, group))
                if room.ended:
                    break
            else:
                await stream.write(b": keep-alive\n\n")
            await room.live.next_version(seen, KEEPALIVE_SECONDS)
    except (ConnectionResetError, ConnectionError):
        pass
    return stream


async def add_note(request: web.Request) -> web.Response:
    """`POST /api/notes`: a note of the current step from a group; 201 once it is on disk."""
    room = _require_token(request)
    _check_post(request, room)
    data = await _json_body(request)
    session = room.live.session
    now = room.clock()
    index = current_step(session, now)
    if index is None:
        raise Refused(Refusal.ENDED)
    step = session.agenda.steps[index]
    factors = phone_factors(session, step)
    phone = read_note(data, step=step, groups=session.groups, factors=factors)
    try:
        saved = await room.writer.save(phone.note(index, now))
    except StoreError as error:
        return web.json_response({"error": str(error)}, status=503)
    await room.live.reloaded()  # the phone's next look shows its note
    return web.json_response({"id": saved.id, "step": saved.step}, status=201)


_VOTE_REFUSALS = {
    "closed": Refusal.VOTE_CLOSED,
    "note": Refusal.VOTE_NOTE,
    "too_many": Refusal.VOTE_OVER,
}


async def add_votes(request: web.Request) -> web.Response:
    """`POST /api/votes`: the group's dots in the current step (replacing its earlier ones);
    200 once they are on disk."""
    room = _require_token(request)
    _check_post(request, room)
    data = await _json_body(request)
    live = room.live
    index = current_step(live.session, room.clock())
    if index is None:
        raise Refused(Refusal.ENDED)
    ballot = read_ballot(
        data, session=live.session, book=live.votes, earlier=live.earlier, index=index
    )
    allowed = {note.id for note in voted_notes(live.session, index, live.earlier)}
    loop = asyncio.get_running_loop()
    try:
        await loop.run_in_executor(None, cast_ballot, room.store, live.session, ballot, allowed)
    except VoteRefused as refused:  # the session changed meanwhile (revealed, a note gone)
        raise Refused(_VOTE_REFUSALS.get(refused.problem, Refusal.NO_VOTE)) from None
    except StoreError as error:
        return web.json_response({"error": str(error)}, status=503)
    await live.reloaded()
    return web.json_response({"ok": True, "used": ballot.used})


async def _close(app: web.Application) -> None:
    await app[ROOM].close()


def build_app(room: Room) -> web.Application:
    """The room's aiohttp application over an open room."""
    app = web.Application(middlewares=[make_guard(room.loopback_only)], client_max_size=MAX_BODY)
    app[ROOM] = room
    app.on_response_prepare.append(add_headers)
    app.on_shutdown.append(_close)
    app.router.add_get("/", page)
    app.router.add_get("/j/{token}", join_by_link)
    app.router.add_post("/api/join", join_by_code)
    app.router.add_get("/api/state", state)
    app.router.add_get("/api/events", events)
    app.router.add_post("/api/notes", add_note)
    app.router.add_post("/api/votes", add_votes)
    app.router.add_static("/static/", STATIC, show_index=False, follow_symlinks=False)
    return app
