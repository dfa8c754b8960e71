"""A room's keys: the join token (192 random bits) and the short code that is exchanged for it.

A room belongs to one session. Whoever holds the token is let in; the short code is typed on
the start page and answered with the token, under a rate limit (store.room.limits).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

TOKEN_BYTES = 24
"""The token's random bytes: 192 bits (the issue asks for at least 128)."""
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
"""The short code's letters: no I, O, 0 or 1, easy to read off a projector."""
CODE_LENGTH = 6
"""30 bits: with the guessing limits, years of guessing on average."""


@dataclass(frozen=True, slots=True)
class RoomKeys:
    """The token and short code of one session's room."""

    session_id: str
    token: str
    code: str

    def admits(self, token: str | None) -> bool:
        """True when `token` is this room's token (compared in constant time)."""
        return token is not None and hmac.compare_digest(token.encode(), self.token.encode())

    def code_matches(self, typed: str) -> bool:
        """True when `typed` is the short code (any case; spaces and dashes ignored)."""
        cleaned = "".join(typed.split()).replace("-", "").upper()
        return hmac.compare_digest(cleaned.encode(), self.code.encode())

    @property
    def csrf(self) -> str:
        """The value a page must send with every post (derived from the token, not guessable)."""
        return hmac.new(self.token.encode(), b"csrf", hashlib.sha256).hexdigest()[:32]

    @property
    def shown_code(self) -> str:
        """The code as shown to people: ABC-DEF."""
        half = CODE_LENGTH // 2
        return f"{self.code[:half]}-{self.code[half:]}"


def new_keys(session_id: str) -> RoomKeys:
    """Fresh keys for a session's room."""
    code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return RoomKeys(session_id, secrets.token_urlsafe(TOKEN_BYTES), code)
