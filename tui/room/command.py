"""`plansje room [ID] [--host ADDR] [--port N]`: serve a session's group seats until Ctrl+C."""

from __future__ import annotations

import asyncio
import sys
from typing import TextIO

from store.errors import StoreError
from store.index import latest_unfinished
from store.language import t
from store.sessions import SessionStore
from store.settings import Settings
from tui.room.server import RoomServer
from tui.serve import bind_message, is_loopback, url_host

DEFAULT_PORT = 8400


def pick_session(store: SessionStore, typed: str | None) -> str:
    """The session to open: the one given (id or prefix), else the latest unfinished one."""
    if typed is not None:
        return store.load(typed).id
    latest = latest_unfinished(store.list_sessions())
    if latest is None:
        raise LookupError(t("room.cli.none"))
    return latest.id


def room(
    session: str | None,
    *,
    host: str,
    port: int,
    settings: Settings,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Open the room and serve until Ctrl+C; 1 with a message when it cannot (no traceback)."""
    out, err = out or sys.stdout, err or sys.stderr

    def fail(message: object) -> int:
        err.write(t("cli.failed", message=message) + "\n")
        return 1

    if not 0 <= port < 65536:
        return fail(t("cli.serve.bad_port", port=port))
    try:
        store = SessionStore.open(settings.store)
        sid = pick_session(store, session)
        found = store.load(sid)
    except (StoreError, LookupError) as error:
        return fail(error)
    if found.state == "ended":
        return fail(t("room.cli.ended", session=sid))
    if not is_loopback(host):
        err.write(t("room.cli.exposed", where=f"{url_host(host) or '*'}:{port}"))
        err.flush()
    server = RoomServer(store.root, sid, host=host, port=port)
    try:
        asyncio.run(_serve(server, found.title, out))
    except OSError as error:
        return fail(bind_message(host, port, error))
    except StoreError as error:
        return fail(error)
    except KeyboardInterrupt:
        pass
    return 0


async def _serve(server: RoomServer, title: str, out: TextIO) -> None:
    record = await server.start()
    out.write(t("room.cli.open", title=title, code=record.keys.shown_code) + "\n")
    out.write(record.join_url + "\n")
    out.write(t("room.cli.stop") + "\n")
    out.flush()
    try:
        await server.until_ended()
        out.write(t("room.cli.closed") + "\n")
    finally:
        await server.stop()
