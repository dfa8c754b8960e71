"""The room's gatekeeping middleware: security headers, refusals as clear JSON, no tracebacks.

Every answer carries a strict Content-Security-Policy (nothing but this server's own script
and style), no caching and no referrer (the join address holds the token). A refusal, a
wrong method, an unknown path or a too-large body gets a short JSON answer in the meeting's
language; an unexpected error gets a 500 with a plain message, never a traceback.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from urllib.parse import urlsplit

from aiohttp import web
from aiohttp.typedefs import Middleware

from store.language import t
from store.room.submission import Refusal, Refused
from tui.serve import is_loopback

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
    "img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}
STATUS: dict[Refusal, int] = {
    Refusal.BAD_JSON: 400,
    Refusal.BAD_FIELD: 400,
    Refusal.EMPTY: 400,
    Refusal.TOO_LARGE: 413,
    Refusal.KIND: 409,
    Refusal.FACTOR: 409,
    Refusal.GROUP: 404,
    Refusal.NO_STEP: 409,
    Refusal.ENDED: 410,
    Refusal.TOKEN: 403,
    Refusal.CSRF: 403,
    Refusal.CODE: 403,
    Refusal.TOO_MANY: 429,
    Refusal.NOT_FOUND: 404,
    Refusal.METHOD: 405,
    Refusal.NO_VOTE: 409,
    Refusal.VOTE_CLOSED: 409,
    Refusal.VOTE_NOTE: 422,
    Refusal.VOTE_OVER: 422,
}
_BY_STATUS = {404: Refusal.NOT_FOUND, 405: Refusal.METHOD, 413: Refusal.TOO_LARGE}
log = logging.getLogger("plansje.room")

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def refusal(refused: Refused) -> web.Response:
    """The JSON answer to a refused request: {"error": message, "reason": ..., "field": ...}."""
    body = {
        "error": t(refused.reason.value, field=refused.field),
        "reason": refused.reason.name.lower(),
        "field": refused.field,
    }
    response = web.json_response(body, status=STATUS[refused.reason])
    if refused.reason is Refusal.TOO_MANY:
        response.headers["Retry-After"] = "2"
    return response


def _host_allowed(request: web.Request, loopback_only: bool) -> bool:
    """On a loopback bind, only loopback host names may be asked for (DNS rebinding)."""
    host = urlsplit(f"//{request.host}").hostname or ""
    return not loopback_only or is_loopback(host)


def make_guard(
    loopback_only: bool,
) -> Middleware:
    """The middleware: host check, refusals to JSON, and no traceback ever."""

    @web.middleware
    async def guard(request: web.Request, handler: Handler) -> web.StreamResponse:
        try:
            if not _host_allowed(request, loopback_only):
                raise Refused(Refusal.NOT_FOUND)
            return await handler(request)
        except Refused as refused:
            return refusal(refused)
        except web.HTTPException as error:
            if error.status < 400:
                raise
            reason = _BY_STATUS.get(error.status, Refusal.BAD_JSON)
            answer = refusal(Refused(reason))
            answer.set_status(error.status)
            return answer
        except Exception:  # never a traceback to the client; the cause goes to the log
            log.exception("room request failed")
            return web.json_response({"error": t("room.refused.broken")}, status=500)

    return guard


async def add_headers(request: web.Request, response: web.StreamResponse) -> None:
    """on_response_prepare: the security headers on every answer."""
    for name, value in HEADERS.items():
        response.headers.setdefault(name, value)
