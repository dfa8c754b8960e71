"""Crash-safe file primitives: private directories and durable atomic replacement of a file.

A write is durable before it returns: temp file in the same directory, flush, fsync,
atomic os.replace, fsync of the directory. A crash leaves either the old or the new file.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import queue
import threading
import uuid
from pathlib import Path

from store.errors import Reason, StoreUnavailable, os_reason

DIR_MODE = 0o700
FILE_MODE = 0o600
TEMP_SUFFIX = ".tmp"


def unavailable(path: Path, error: OSError, action: str = "save") -> StoreUnavailable:
    """Wrap an OSError as StoreUnavailable naming the file (action: save, create, read, lock)."""
    return StoreUnavailable(path, os_reason(error), error.errno, action)


def make_private_dir(path: Path) -> bool:
    """Create a directory (and parents) with mode 0700; True when this call created it."""
    try:
        path.mkdir(mode=DIR_MODE, parents=True)
    except FileExistsError:
        if not path.is_dir():
            raise StoreUnavailable(path, Reason("reason.not_a_folder"), None, "create") from None
        return False
    except OSError as error:
        raise unavailable(path, error, "create") from error
    os.chmod(path, DIR_MODE)
    return True


def fsync_dir(path: Path) -> None:
    """Make a rename or creation inside a directory durable."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def temp_path_for(path: Path) -> Path:
    """A fresh hidden temp file name beside ``path`` (removed by clean_temp_files if orphaned)."""
    return path.with_name(f".{path.name}.{uuid.uuid4().hex[:12]}{TEMP_SUFFIX}")


class _Reaper:
    """Unlinks superseded file versions on a background thread.

    Freeing a large file's blocks costs milliseconds on some file systems (ext4 with discard),
    so a save keeps a hard link to the version it replaces and lets this thread remove it
    after the save has returned. Left-overs from a crash are removed by clean_temp_files.
    """

    def __init__(self) -> None:
        self._queue: queue.SimpleQueue[Path | None] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        atexit.register(self.drain)

    def discard(self, path: Path) -> None:
        """Unlink ``path`` soon, off the caller's thread."""
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="unlink", daemon=True)
                self._thread.start()
            self._queue.put(path)

    def _run(self) -> None:
        while True:
            path = self._queue.get()
            if path is not None:
                with contextlib.suppress(OSError):
                    os.unlink(path)

    def drain(self) -> None:
        """Remove everything still queued, now, on this thread."""
        while True:
            try:
                path = self._queue.get_nowait()
            except queue.Empty:
                break
            if path is not None:
                with contextlib.suppress(OSError):
                    os.unlink(path)


_REAPER = _Reaper()


def drain_discards() -> None:
    """Finish removing superseded file versions (tests and shutdown)."""
    _REAPER.drain()


def _keep_old_version(path: Path) -> Path | None:
    """Hard-link the version about to be replaced, so replacing it frees no blocks yet."""
    old = path.with_name(f".{path.name}.{uuid.uuid4().hex[:12]}.old{TEMP_SUFFIX}")
    try:
        os.link(path, old)
    except OSError:
        return None
    return old


def write_durably(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically and durably (0600); StoreUnavailable on error."""
    temp = temp_path_for(path)
    old: Path | None = None
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
        try:
            os.fchmod(fd, FILE_MODE)
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        old = _keep_old_version(path)
        os.replace(temp, path)
        fsync_dir(path.parent)
    except OSError as error:
        for leftover in (temp, old):
            if leftover is not None:
                with contextlib.suppress(OSError):
                    leftover.unlink()
        raise unavailable(path, error) from error
    if old is not None:
        _REAPER.discard(old)


def clean_temp_files(directory: Path) -> int:
    """Remove temp files a crashed write left behind (call while holding the directory's lock)."""
    removed = 0
    with contextlib.suppress(OSError):
        for entry in os.scandir(directory):
            if entry.name.startswith(".") and entry.name.endswith(TEMP_SUFFIX):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)
                    removed += 1
    return removed
