"""The projector view's room panel: while the group seats are open, their QR code and code.

The room record (`room.json`, written by the room server) is read in a worker thread now
and every few seconds; the panel appears when the room opens and goes when it closes.
Ctrl+R hides or shows it.
"""

from __future__ import annotations

from textual import work
from textual.binding import Binding
from textual.message import Message
from textual.screen import Screen

from store.meeting import Meeting
from store.room.room_file import RoomRecord, read_room
from tui.i18n import t
from tui.widgets.room_panel import RoomPanel

CHECK_SECONDS = 2.0
"""How often the projector view looks whether the room opened or closed."""


class RoomRecordRead(Message):
    """The room record as it is on disk now (None: there is none)."""

    def __init__(self, record: RoomRecord | None) -> None:
        super().__init__()
        self.record = record


class RoomOnShow(Screen[None]):
    """The projector view's base: the room panel, shown while the room is open."""

    BINDINGS = [Binding("ctrl+r", "room_panel", t("key.room"), show=False)]

    meeting: Meeting
    hidden_by_key = False

    def on_mount(self) -> None:
        """Look for the room now and every CHECK_SECONDS."""
        self._read_room()
        self.set_interval(CHECK_SECONDS, self._read_room)

    @work(thread=True, group="room", exclusive=True, exit_on_error=False)
    def _read_room(self) -> None:
        """Read the room record off the event loop."""
        root = self.meeting.store.root
        self.post_message(RoomRecordRead(read_room(root / "sessions" / self.meeting.session.id)))

    def on_room_record_read(self, message: RoomRecordRead) -> None:
        """Show the open room's panel, redraw it when it changed, remove it when closed."""
        record = message.record if message.record and message.record.join_url else None
        panels = self.query(RoomPanel)
        if record is None:
            panels.remove()
        elif not panels:
            panel = RoomPanel(record, id="room-panel")
            panel.display = not self.hidden_by_key
            self.mount(panel)
        elif panels.first().record != record:
            panels.first().show(record)

    def action_room_panel(self) -> None:
        """Ctrl+R: hide or show the room panel."""
        self.hidden_by_key = not self.hidden_by_key
        for panel in self.query(RoomPanel):
            panel.display = not self.hidden_by_key
