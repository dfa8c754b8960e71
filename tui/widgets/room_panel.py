"""The room panel: the join address as a QR code, the short code and the address, big.

Drawn black on white whatever the theme (a QR code needs dark modules on light), as Rich
Text (no markup). The large code is used when the panel has the room for it.
"""

from __future__ import annotations

from rich.console import Group
from rich.text import Text
from textual.widgets import Static

from store.room.room_file import RoomRecord
from tui.i18n import t

QR_STYLE = "black on white"


def room_card(record: RoomRecord | None, *, lines: int) -> Group:
    """What the panel shows: the code, the QR code (large when `lines` allow) and the URL."""
    if record is None or not record.join_url:
        return Group(Text(t("room.panel.closed"), style="bold"))
    from store.room.qr import qr_lines  # segno is heavy: imported when a room first shows

    url = record.join_url
    qr = qr_lines(url, 2)
    if len(qr) + 6 > lines:
        qr = qr_lines(url, 1)
    heading = Text(t("room.panel.heading"), style="bold")
    code = Text(record.keys.shown_code, style="bold reverse")
    drawn = Text("\n".join(qr), style=QR_STYLE, no_wrap=True)
    return Group(heading, code, drawn, Text(url, no_wrap=False))


class RoomPanel(Static):
    """A panel docked on the right of a screen with the room's QR code (toggled by a key)."""

    DEFAULT_CSS = """
    RoomPanel {
        dock: right;
        width: auto;
        max-width: 100%;
        height: 100%;
        padding: 0 1;
        background: $surface;
        border-left: tall $accent;
        overflow-y: auto;
    }
    """

    def __init__(self, record: RoomRecord | None = None, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.record = record

    def on_mount(self) -> None:
        """Draw the card once the panel knows its height."""
        self.show(self.record)

    def show(self, record: RoomRecord | None) -> None:
        """Draw this room's card (or that the room is closed)."""
        self.record = record
        self.update(room_card(record, lines=max(self.screen.size.height, 20)))
