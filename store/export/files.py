"""Writing an export to disk: atomically, readable by the owner only (notes are sensitive)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

#: Exports are private to the user: they hold what colleagues said in the meeting.
EXPORT_FILE_MODE = 0o600


def write_export(text: str, path: str | os.PathLike[str]) -> Path:
    """Write text (UTF-8) to path atomically with mode 0600; return the path written."""
    target = Path(path)
    fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp_name, EXPORT_FILE_MODE)
        os.replace(temp_name, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp_name)
        raise
    return target
