"""The room's note writer: phones' notes queued, then saved in batches off the event loop.

Thirty phones sending at once make one `SessionStore.add_notes` per batch (one durable write
per notes file) instead of hundreds of saves in a row. A post is answered only after its
note is on disk; when the save fails, every post of that batch gets the error and nothing
is half-written (the store writes each file atomically).
"""

from __future__ import annotations

import asyncio
import contextlib

from store.model import Note
from store.sessions import SessionStore

MAX_BATCH = 200
"""At most this many notes in one save (two notes files' worth)."""


class NoteWriter:
    """Saves queued notes of one session in batches, in the order they came."""

    def __init__(self, store: SessionStore, session_id: str) -> None:
        self.store = store
        self.session_id = session_id
        self._queue: asyncio.Queue[tuple[Note, asyncio.Future[Note]]] = asyncio.Queue()
        self._task: asyncio.Task[None] | None = None
        self.batches = 0

    def start(self) -> None:
        """Start the writer task on the running loop."""
        self._task = asyncio.create_task(self._run())

    async def close(self) -> None:
        """Stop after the notes already queued are saved."""
        if self._task is not None:
            await self._queue.join()
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    async def save(self, note: Note) -> Note:
        """Queue a note and wait until it is saved; the store's error when it was not."""
        done: asyncio.Future[Note] = asyncio.get_running_loop().create_future()
        await self._queue.put((note, done))
        return await done

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            batch = [await self._queue.get()]
            while not self._queue.empty() and len(batch) < MAX_BATCH:
                batch.append(self._queue.get_nowait())
            try:
                saved = await loop.run_in_executor(
                    None, self.store.add_notes, self.session_id, [note for note, _ in batch]
                )
            except Exception as error:  # the store's error goes to every waiting post
                for _, done in batch:
                    if not done.done():
                        done.set_exception(error)
            else:
                self.batches += 1
                for (_, done), note in zip(batch, saved, strict=True):
                    if not done.done():
                        done.set_result(note)
            finally:
                for _ in batch:
                    self._queue.task_done()
