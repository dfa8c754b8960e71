"""Child processes for the multi-process tests: they write notes and report each saved one.

Children are forked (real processes that share nothing with the parent after the fork) and
print one line per write after the store call has returned: ``add <sid> <id>`` or
``edit <sid> <id> <version>``.
"""

from __future__ import annotations

import os
import random
import signal
import time
from dataclasses import dataclass, field
from pathlib import Path

from store.sessions import SessionStore
from tests.store.helpers import note


@dataclass
class Child:
    """A forked writer and the read end of its report pipe."""

    pid: int
    reader: int
    output: bytearray = field(default_factory=bytearray)

    def drain(self) -> None:
        """Read what the child has reported so far (non-blocking)."""
        while True:
            try:
                chunk = os.read(self.reader, 65536)
            except BlockingIOError:
                return
            if not chunk:
                return
            self.output.extend(chunk)

    def lines(self) -> list[list[str]]:
        """Complete report lines (a line cut by a kill is ignored)."""
        text = bytes(self.output).decode()
        return [line.split() for line in text.split("\n")[:-1] if line]

    def kill(self) -> None:
        """SIGKILL the child and reap it."""
        os.kill(self.pid, signal.SIGKILL)
        os.waitpid(self.pid, 0)
        self.drain()
        os.close(self.reader)

    def wait(self) -> int:
        """Wait for a normal exit, collecting the whole report; returns the exit status."""
        os.set_blocking(self.reader, True)
        while True:
            chunk = os.read(self.reader, 65536)
            if not chunk:
                break
            self.output.extend(chunk)
        _, status = os.waitpid(self.pid, 0)
        os.close(self.reader)
        return os.waitstatus_to_exitcode(status)


def _write_notes(
    root: Path, session_ids: list[str], count: int, seed: int, out: int, edits: float
) -> None:
    store = SessionStore.open(root)
    rng = random.Random(seed)
    mine: list[tuple[str, str]] = []
    versions: dict[str, int] = {}
    os.write(out, b"ready\n")
    for number in range(count):
        sid = rng.choice(session_ids)
        if mine and rng.random() < edits:
            sid, note_id = rng.choice(mine)
            version = versions[note_id] = versions[note_id] + 1
            store.update_note(sid, note_id, text=f"v{version}")
            os.write(out, f"edit {sid} {note_id} {version}\n".encode())
            continue
        saved = store.add_note(sid, note(step=number % 4, group=number % 3 or None, text="v0"))
        mine.append((sid, saved.id))
        versions[saved.id] = 0
        os.write(out, f"add {sid} {saved.id}\n".encode())


def start_writer(
    root: Path, session_ids: list[str], count: int, seed: int, edits: float = 0.2
) -> Child:
    """Fork a child that makes ``count`` writes (a share of them edits), then exits."""
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        code = 0
        try:
            os.close(reader)
            _write_notes(root, session_ids, count, seed, writer, edits)
        except BaseException:
            code = 1
        finally:
            os._exit(code)
    os.close(writer)
    os.set_blocking(reader, False)
    return Child(pid, reader)


def wait_ready(child: Child, timeout: float = 10.0) -> None:
    """Wait until the child has opened its store and is about to write."""
    deadline = time.monotonic() + timeout
    while b"ready" not in child.output:
        if time.monotonic() > deadline:
            raise TimeoutError("child did not start")
        child.drain()
        time.sleep(0.001)


def wait_for_saves(child: Child, count: int, timeout: float = 10.0) -> None:
    """Wait until the child has reported ``count`` saves (so a kill lands among its writes)."""
    deadline = time.monotonic() + timeout
    while len([line for line in child.lines() if line[0] != "ready"]) < count:
        if time.monotonic() > deadline:
            raise TimeoutError("child saved nothing")
        child.drain()
        time.sleep(0.001)
