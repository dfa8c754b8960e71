"""The Run screen's group seats: Ctrl+R opens the room beside the meeting and shows its QR.

The room server runs in a thread with an event loop of its own (tui.room.server.RoomThread);
starting it (a bind and a save of the room record) happens in a worker thread, which posts
`RoomOpened`. The room stops when the screen goes (the meeting's end or the app's quit).
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from textual import work
from textual.binding import Binding
from textual.message import Message
from textual.screen import Screen

from store.errors import StoreError
from store.meeting import Meeting
from store.timing import MeetingState, MeetingTiming
from tui.i18n import t

if TYPE_CHECKING:
    from store.room.room_file import RoomRecord
    from tui.room.server import RoomThread

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8400


class RoomOpened(Message):
    """The room beside the meeting started (record), or could not (reason)."""

    def __init__(self, record: RoomRecord | None, reason: str = "") -> None:
        super().__init__()
        self.record = record
        self.reason = reason


class RoomSeats(Screen[None]):
    """The Run screen's base: the `room` key, the room's thread and its QR panel."""

    #: The Run screen lists these in its own BINDINGS (so F1 and the palette show them).
    ROOM_BINDINGS = [Binding("ctrl+r", "room", t("key.room"), show=False)]

    meeting: Meeting
    #: The room beside the meeting, once it runs; `opening` while its worker starts it.
    room_thread: RoomThread | None = None
    opening = False

    @property
    def room_host(self) -> str:
        """The address the room listens on: `plansje run … --room ADDR`, else 127.0.0.1."""
        return getattr(self.app, "room_host", None) or DEFAULT_HOST

    def on_mount(self) -> None:
        """With `plansje run … --room`, open the room as the meeting starts."""
        if getattr(self.app, "room_host", None):
            self.action_room()

    def action_room(self) -> None:
        """Ctrl+R: open the room (the first time), else show or hide its QR panel."""
        if self.room_thread is None and not self.opening:
            self.opening = True
            self.notify(t("room.panel.opening"), markup=False)
            self._open_room()
        elif panels := self.query("#room-panel"):
            panels.first().display = not panels.first().display

    @work(thread=True, group="room", exit_on_error=False)
    def _open_room(self) -> None:
        """Start the room's thread (it binds and saves the room record) off the event loop."""
        from tui.room.server import RoomServer, RoomThread

        store, sid = self.meeting.store, self.meeting.session.id
        server = RoomServer(store.root, sid, host=self.room_host, port=DEFAULT_PORT)
        thread = RoomThread(server)
        try:
            record = thread.start()
        except (OSError, StoreError) as error:
            self.post_message(RoomOpened(None, str(error)))
            return
        self.room_thread = thread
        self.post_message(RoomOpened(record))

    def on_room_opened(self, message: RoomOpened) -> None:
        """Show the QR panel, or say why the room did not open (Ctrl+R tries again)."""
        self.opening = False
        if message.record is None:
            reason = t("room.panel.failed", reason=message.reason)
            self.notify(reason, severity="error", markup=False)
            return
        from tui.serve import is_loopback

        if not is_loopback(self.room_host):
            where = message.record.address
            warning = t("room.panel.exposed", where=where)
            self.notify(warning, severity="warning", timeout=15, markup=False)
        from tui.widgets.room_panel import RoomPanel

        self.mount(RoomPanel(message.record, id="room-panel"))

    def watch_timing(self, timing: MeetingTiming) -> None:
        """The meeting ended: the room closed with it (its address is dead), so the QR goes."""
        if timing.state is MeetingState.ENDED and self.room_thread is not None:
            self.query("#room-panel").remove()

    def on_unmount(self) -> None:
        """The meeting's screen goes: stop the room (its queued notes are saved first)."""
        if self.room_thread is not None:
            threading.Thread(target=self.room_thread.stop, name="plansje-room-stop").start()
