"""The store's errors: every I/O problem reaches callers as a StoreError that names its file."""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """Base class of every error the session store raises for stored data or I/O."""


class InvalidInput(ValueError):
    """A caller asked for something the session cannot hold (a step outside the agenda...)."""


class SessionNotFound(StoreError):
    """No session has this id (or id prefix)."""

    def __init__(self, session_id: str, where: str = "") -> None:
        self.session_id = session_id
        place = f" i {where}" if where else ""
        super().__init__(f"Fant ingen økt med id «{session_id}»{place}.")


class AmbiguousSessionId(StoreError):
    """An id prefix matches more than one session."""

    def __init__(self, prefix: str, matches: list[str]) -> None:
        self.prefix = prefix
        self.matches = matches
        listed = ", ".join(sorted(matches))
        super().__init__(f"«{prefix}» passer med flere økter ({listed}); skriv mer av id-en.")


class NoteNotFound(StoreError):
    """The session has no note with this id."""

    def __init__(self, session_id: str, note_id: str) -> None:
        self.session_id = session_id
        self.note_id = note_id
        super().__init__(f"Økt {session_id} har ikke noe notat med id {note_id}.")


class CorruptSessionFile(StoreError):
    """A stored file cannot be parsed; it is left byte-for-byte as it was."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(
            f"Fila {self.path} er skadet og kan ikke leses ({reason}). "
            "Fila er ikke endret, og de andre øktene kan brukes som før."
        )


class UnsupportedSchema(StoreError):
    """A stored file was written by a newer Plansje (its schema version is unknown here)."""

    def __init__(self, path: Path | str, found: int, supported: int) -> None:
        self.path = Path(path)
        self.found = found
        self.supported = supported
        super().__init__(
            f"Fila {self.path} har skjemaversjon {found}, men denne Plansje kan bare lese "
            f"opp til {supported}. Oppdater Plansje; fila er ikke endret."
        )


class StoreUnavailable(StoreError):
    """The store cannot be written or read: read-only, full disk or missing permission."""

    def __init__(
        self, path: Path | str, reason: str, errno: int | None = None, action: str = "lagre i"
    ) -> None:
        self.path = Path(path)
        self.reason = reason
        self.errno = errno
        super().__init__(f"Kan ikke {action} {self.path}: {reason}.")


class LockTimeout(StoreError):
    """Another process held a session's lock for too long."""

    def __init__(self, path: Path | str, seconds: float) -> None:
        self.path = Path(path)
        self.seconds = seconds
        super().__init__(
            f"Fikk ikke låst {self.path} innen {seconds:g} s; "
            "en annen Plansje holder den. Prøv igjen."
        )
