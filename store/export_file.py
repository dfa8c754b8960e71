"""Writing an export to disk: durably and atomically, readable by the owner only.

The renderers in store.export are pure; this is the one place an export touches the disk, and
it writes through the store's own durable helper (store.durable.write_durably).
"""

from __future__ import annotations

import os
from pathlib import Path

from store.durable import write_durably

#: Exports are private to the user: they hold what colleagues said in the meeting.
EXPORT_FILE_MODE = 0o600


def write_export(text: str, path: str | os.PathLike[str]) -> Path:
    """Write text (UTF-8) to path atomically with mode 0600; return the path written.

    Raises StoreUnavailable (naming the file and the reason) when it cannot be written.
    """
    target = Path(path)
    write_durably(target, text.encode("utf-8"))
    return target


def write_export_bytes(data: bytes, path: str | os.PathLike[str]) -> Path:
    """Write a binary export (PDF, Word) atomically with mode 0600; return the path written.

    Raises StoreUnavailable (naming the file and the reason) when it cannot be written.
    """
    target = Path(path)
    write_durably(target, data)
    return target
