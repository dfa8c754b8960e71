"""The store's errors: every I/O problem reaches callers as a StoreError that names its file.

Each error carries a `code` (a key of the language table, store.language) and `params`;
`str(error)` renders the message in the current language, so the same error reads in
bokmål or English depending on --lang.
"""

from __future__ import annotations

import errno as errnos
from dataclasses import dataclass, field
from pathlib import Path

from store.language import TABLE, translate


@dataclass(frozen=True, slots=True)
class Reason:
    """A coded explanation inside an error (`reason.disk_full`, ...), rendered on demand."""

    code: str
    params: dict[str, object] = field(default_factory=dict)

    def __str__(self) -> str:
        """The reason in the current language."""
        return translate(self.code, None, self.params)


#: A reason is a coded Reason, or a plain text shown as it is.
ReasonText = Reason | str

_OS_REASONS = {
    errnos.ENOSPC: "reason.disk_full",
    errnos.EDQUOT: "reason.quota",
    errnos.EROFS: "reason.read_only",
    errnos.EACCES: "reason.no_access",
    errnos.EPERM: "reason.no_access",
}

#: StoreUnavailable's `action` as callers passed it before it had codes.
_ACTIONS = {
    "lagre i": "save",
    "opprette": "create",
    "lese": "read",
    "slette": "delete",
    "låse": "lock",
}


def os_reason(error: OSError) -> Reason:
    """The Reason for an OSError: disk full, quota, read-only, no access, else the OS's text."""
    detail = error.strerror or str(error)
    return Reason(_OS_REASONS.get(error.errno or 0, "reason.os"), {"detail": detail})


class StoreError(Exception):
    """Base class of every error the session store raises for stored data or I/O."""

    code: str = ""
    params: dict[str, object]

    def _coded(self, code: str, **params: object) -> None:
        """Set the code and the params its message is rendered with."""
        self.code = code
        self.params = params

    def __str__(self) -> str:
        """The message in the current language (a plain StoreError(text) shows its text)."""
        if not self.code:
            return super().__str__()
        return translate(self.code, None, self.params)


class InvalidInput(ValueError):
    """A caller asked for something the session cannot hold (a step outside the agenda...)."""

    def __init__(self, message: ReasonText) -> None:
        self.code = "err.invalid_input"
        self.params: dict[str, object] = {"detail": message}
        super().__init__(message)

    def __str__(self) -> str:
        """The message in the current language."""
        return translate(self.code, None, self.params)


class SessionNotFound(StoreError):
    """No session has this id (or id prefix)."""

    def __init__(self, session_id: str, where: str = "") -> None:
        super().__init__(session_id, where)
        self.session_id = session_id
        if where:
            self._coded("err.session_not_found_in", session_id=session_id, where=where)
        else:
            self._coded("err.session_not_found", session_id=session_id)


class AmbiguousSessionId(StoreError):
    """An id prefix matches more than one session."""

    def __init__(self, prefix: str, matches: list[str]) -> None:
        super().__init__(prefix, matches)
        self.prefix = prefix
        self.matches = matches
        self._coded("err.ambiguous_id", prefix=prefix, matches=", ".join(sorted(matches)))


class NoteNotFound(StoreError):
    """The session has no note with this id."""

    def __init__(self, session_id: str, note_id: str) -> None:
        super().__init__(session_id, note_id)
        self.session_id = session_id
        self.note_id = note_id
        self._coded("err.note_not_found", session_id=session_id, note_id=note_id)


class CorruptSessionFile(StoreError):
    """A stored file cannot be parsed; it is left byte-for-byte as it was."""

    def __init__(self, path: Path | str, reason: ReasonText) -> None:
        super().__init__(path, reason)
        self.path = Path(path)
        self.reason = reason
        self._coded("err.corrupt_file", path=self.path, reason=reason)


class UnsupportedSchema(StoreError):
    """A stored file was written by a newer Plansje (its schema version is unknown here)."""

    def __init__(self, path: Path | str, found: int, supported: int) -> None:
        super().__init__(path, found, supported)
        self.path = Path(path)
        self.found = found
        self.supported = supported
        self._coded("err.unsupported_schema", path=self.path, found=found, supported=supported)


class StoreUnavailable(StoreError):
    """The store cannot be written or read: read-only, full disk or missing permission.

    `action` is "save", "create", "read" or "delete" (the older Norwegian words work too).
    """

    def __init__(
        self,
        path: Path | str,
        reason: ReasonText,
        errno: int | None = None,
        action: str = "lagre i",
    ) -> None:
        super().__init__(path, reason, errno, action)
        self.path = Path(path)
        self.reason = reason
        self.errno = errno
        self.action = _ACTIONS.get(action, action)
        self._coded("err.unavailable", path=self.path, reason=reason, action=_Action(self.action))


class LockTimeout(StoreError):
    """Another process held a session's lock for too long."""

    def __init__(self, path: Path | str, seconds: float) -> None:
        super().__init__(path, seconds)
        self.path = Path(path)
        self.seconds = seconds
        self._coded("err.lock_timeout", path=self.path, seconds=seconds)


@dataclass(frozen=True, slots=True)
class _Action:
    """What StoreUnavailable could not do, rendered in the current language."""

    name: str

    def __str__(self) -> str:
        """The action's words ("lagre i" / "save in"); an unknown action as it was given."""
        key = f"err.action.{self.name}"
        return translate(key, None) if key in TABLE else self.name
