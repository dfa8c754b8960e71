"""The facilitator's seat on a session: one holder at a time, freed when the holder ends.

The seat is a lease file, ``<store>/sessions/<id>/facilitator.seat`` (mode 0600), held with a
non-blocking exclusive OS lock. The kernel drops the lock when the holding process dies, so a
crash never locks a meeting out. Leases held in this process are tracked here as well, so a
second app in the same process is refused too (whatever the lock library does with reentry).
"""

from __future__ import annotations

import contextlib
import os
import threading
from pathlib import Path

import filelock

from store.durable import unavailable

#: The lease file's name inside the session folder.
SEAT_FILE = "facilitator.seat"
SEAT_MODE = 0o600

_HELD: set[str] = set()
_HELD_GUARD = threading.Lock()


class SeatLease:
    """A held facilitator seat; `release()` frees it (once; later calls do nothing)."""

    def __init__(self, path: Path, lock: filelock.BaseFileLock) -> None:
        self.path = path
        self._lock: filelock.BaseFileLock | None = lock

    @property
    def held(self) -> bool:
        """True until the seat is released."""
        return self._lock is not None

    def release(self) -> None:
        """Free the seat for the next facilitator (safe from any thread, and to repeat)."""
        with _HELD_GUARD:
            lock, self._lock = self._lock, None
            if lock is None:
                return
            _HELD.discard(_key(self.path))
        # On an OSError the fd goes with the process anyway; nothing the user can do.
        with contextlib.suppress(OSError):
            lock.release(force=True)


def _key(path: Path) -> str:
    """The in-process key of a lease file: its resolved path."""
    return os.path.realpath(path)


def seat_path(session_dir: Path) -> Path:
    """The facilitator lease file of the session stored in `session_dir`."""
    return session_dir / SEAT_FILE


def claim_facilitator_seat(session_dir: Path) -> SeatLease | None:
    """Take the facilitator's seat of the session in `session_dir`, or None when another app
    (in this process or another) holds it. Raises StoreError when the file cannot be made."""
    path = seat_path(session_dir)
    key = _key(path)
    with _HELD_GUARD:
        if key in _HELD:
            return None
        _HELD.add(key)
    # thread_local=False: the lease is taken in a loader thread and released elsewhere.
    lock = filelock.FileLock(path, timeout=0, mode=SEAT_MODE, thread_local=False)
    try:
        lock.acquire()
    except filelock.Timeout:
        _forget(key)
        return None
    except OSError as error:
        _forget(key)
        raise unavailable(path, error, "lock") from error
    except BaseException:
        _forget(key)
        raise
    return SeatLease(path, lock)


def _forget(key: str) -> None:
    """Drop a claim that did not get the OS lock."""
    with _HELD_GUARD:
        _HELD.discard(key)


__all__ = ["SEAT_FILE", "SeatLease", "claim_facilitator_seat", "seat_path"]
