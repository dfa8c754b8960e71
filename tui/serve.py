"""`plansje serve`: the app in a web browser, through textual-serve.

textual-serve runs a small web server; every browser tab that connects gets its own
`plansje` process (Home, or `plansje join SESSION_ID` — a minute-taker seat on a running
session). Meeting notes are sensitive, so the server binds 127.0.0.1 unless told otherwise,
warns loudly when it is not, and refuses websocket connections from other web pages
(cross-site websocket hijacking) and, on loopback, from hosts that are not loopback names
(DNS rebinding).
"""

from __future__ import annotations

import errno
import ipaddress
import shlex
import socket
import sys
from pathlib import Path
from typing import TextIO
from urllib.parse import urlsplit

from aiohttp import web
from textual_serve.server import Server

from store.errors import StoreError
from store.language import t
from store.sessions import SessionStore
from store.settings import Settings

LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost"})
WILDCARDS = frozenset({"", "0.0.0.0", "::"})


def is_loopback(host: str) -> bool:
    """True when `host` names only this machine (127.0.0.0/8, ::1 or `localhost`)."""
    name = host.strip().strip("[]").lower()
    if name in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def app_command(session: str | None, *, store: Path | None, lang: str | None) -> str:
    """The shell command textual-serve starts for each browser connection.

    `python -m tui.cli join SESSION_ID` with this interpreter (so the venv is used), or
    `python -m tui.cli` (Home) without a session; `--store` and `--lang` only when given
    (the child inherits PLANSJE_STORE / PLANSJE_LANG from the environment otherwise).
    """
    argv = [sys.executable, "-m", "tui.cli"]
    if session is not None:
        argv += ["join", session]
    if store is not None:
        argv += ["--store", str(store)]
    if lang is not None:
        argv += ["--lang", lang]
    return shlex.join(argv)


def url_host(host: str) -> str:
    """`host` as it is written in a URL (IPv6 addresses in brackets)."""
    try:
        if ipaddress.ip_address(host.strip("[]")).version == 6:
            return f"[{host.strip('[]')}]"
    except ValueError:
        pass
    return host


def exposure_warning(host: str, port: int) -> str:
    """The warning printed when the server listens on a non-loopback address."""
    return t("cli.serve.exposed", where=f"{url_host(host) or '*'}:{port}")


def _port_problem(host: str, port: int) -> str | None:
    """Why the server could not listen on host:port, or None when it can (a trial bind)."""
    try:
        infos = socket.getaddrinfo(
            host or None, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
        )
    except socket.gaierror as error:
        return t("cli.serve.unresolved", host=repr(host), reason=error.strerror)
    for family, kind, proto, _name, address in infos:
        with socket.socket(family, kind, proto) as trial:
            trial.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                trial.bind(address)
            except OSError as error:
                return bind_message(host, port, error)
    return None


def bind_message(host: str, port: int, error: OSError) -> str:
    """A one-line explanation of a failed bind."""
    if error.errno == errno.EADDRINUSE:
        return t("cli.serve.port_in_use", host=host, port=port)
    if error.errno == errno.EACCES:
        return t("cli.serve.port_denied", port=port)
    if error.errno == errno.EADDRNOTAVAIL:
        return t("cli.serve.not_here", host=host)
    return t("cli.serve.cannot_listen", host=host, port=port, reason=error.strerror or error)


class PlansjeServer(Server):
    """textual-serve's Server with Plansje's banner and websocket origin checks."""

    def __init__(self, command: str, *, host: str, port: int, out: TextIO) -> None:
        """Serve `command` on host:port; the start-up message goes to `out`."""
        super().__init__(command, host=host, port=port, title="Plansje")
        self.loopback_only = is_loopback(host)
        self.out = out

    async def on_startup(self, app: web.Application) -> None:
        """Print where to point the browser (instead of textual-serve's banner)."""
        self.out.write(t("cli.serve.open", url=self.public_url) + "\n")
        self.out.flush()

    async def handle_index(self, request: web.Request) -> web.StreamResponse:
        """The page, with its websocket URL pointing back at the address the browser used.

        So a tunnel (`ssh -L 9000:localhost:8000`) or a wildcard bind works, and the page
        never points the browser at 0.0.0.0.
        """
        if not self._host_allowed(request):
            raise web.HTTPForbidden(text="Host not allowed")
        self.public_url = f"{request.scheme}://{request.host}"
        response: web.StreamResponse = await super().handle_index(request)
        return response

    async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
        """Start an app for a browser tab, unless the request comes from another web page."""
        if not self._host_allowed(request) or not self._origin_allowed(request):
            raise web.HTTPForbidden(text="Origin not allowed")
        return await super().handle_websocket(request)

    def _host_allowed(self, request: web.Request) -> bool:
        """On a loopback bind, only loopback host names (defeats DNS rebinding)."""
        if not self.loopback_only:
            return True
        host = urlsplit(f"//{request.host}").hostname or ""
        return is_loopback(host)

    @staticmethod
    def _origin_allowed(request: web.Request) -> bool:
        """A websocket may only be opened by the page this server served (same host:port)."""
        origin = request.headers.get("Origin")
        if origin is None:  # not a browser
            return True
        return urlsplit(origin).netloc.lower() == request.host.lower()


def serve(
    session: str | None,
    *,
    host: str,
    port: int,
    settings: Settings,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """`plansje serve [SESSION_ID]`: serve the app to web browsers until Ctrl+C.

    Each browser tab runs `plansje join SESSION_ID` (a minute-taker seat), or Home without
    a session. Returns the exit code: 0 after Ctrl+C, 1 when the session does not exist or
    the address cannot be used (never a traceback).
    """
    out = out or sys.stdout
    err = err or sys.stderr
    if not 0 < port < 65536:
        err.write(t("cli.failed", message=t("cli.serve.bad_port", port=port)) + "\n")
        return 1
    if session is not None:
        try:
            session = SessionStore.open(settings.store).load(session).id
        except StoreError as error:
            err.write(t("cli.failed", message=error) + "\n")
            return 1
    problem = _port_problem(host, port)
    if problem is not None:
        err.write(t("cli.failed", message=problem) + "\n")
        return 1
    if not is_loopback(host):
        err.write(exposure_warning(host, port))
        err.flush()
    server = PlansjeServer(
        app_command(session, store=settings.store, lang=settings.language),
        host=host,
        port=port,
        out=out,
    )
    shown = "localhost" if host.strip("[]") in WILDCARDS else url_host(host)
    server.public_url = f"http://{shown}" + ("" if port == 80 else f":{port}")
    try:
        server.serve()
    except OSError as error:  # lost the port between the trial bind and the real one
        err.write(t("cli.failed", message=bind_message(host, port, error)) + "\n")
        return 1
    except KeyboardInterrupt:
        pass
    return 0
