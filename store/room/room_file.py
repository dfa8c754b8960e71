"""`room.json` in the session folder: the room's keys and where it listens (0600, durable).

The room server writes it when it opens, so the facilitator's Run screen and `plansje show`
can show the join address and code; the keys are kept while the meeting runs, so a restarted
room keeps its QR code. It holds no notes and no participant data.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from store.durable import write_durably
from store.room.keys import RoomKeys

ROOM_FILE = "room.json"


@dataclass(frozen=True, slots=True)
class RoomRecord:
    """The keys of a room and the address it listens on ("" when it is closed)."""

    keys: RoomKeys
    address: str = ""

    @property
    def join_url(self) -> str:
        """The address a phone opens, with the token: http://HOST:PORT/j/TOKEN ("" if closed)."""
        return f"{self.address}/j/{self.keys.token}" if self.address else ""


def room_path(session_folder: Path) -> Path:
    """Where a session's room record lives."""
    return session_folder / ROOM_FILE


def read_room(session_folder: Path) -> RoomRecord | None:
    """The session's room record, or None when there is none or it cannot be read."""
    try:
        data = json.loads(room_path(session_folder).read_text(encoding="utf-8"))
        keys = RoomKeys(str(data["session"]), str(data["token"]), str(data["code"]))
        return RoomRecord(keys, str(data.get("address", "")))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def write_room(session_folder: Path, record: RoomRecord) -> None:
    """Save the room record durably (mode 0600); StoreUnavailable when it cannot be saved."""
    data = {
        "session": record.keys.session_id,
        "token": record.keys.token,
        "code": record.keys.code,
        "address": record.address,
    }
    write_durably(room_path(session_folder), json.dumps(data).encode())
