"""write_export: atomic, private (0600), byte-exact."""

from __future__ import annotations

import stat
from pathlib import Path

from store.export import EXPORT_FILE_MODE, write_export


def test_write_export_is_private_and_exact(tmp_path: Path) -> None:
    target = tmp_path / "referat.md"
    text = "# Møtereferat\r\nlinje\n"
    assert write_export(text, target) == target
    assert target.read_bytes() == text.encode("utf-8")
    assert stat.S_IMODE(target.stat().st_mode) == EXPORT_FILE_MODE == 0o600


def test_write_export_replaces_and_leaves_no_temporary_files(tmp_path: Path) -> None:
    target = tmp_path / "plan.ics"
    target.write_text("gammel")
    target.chmod(0o644)
    write_export("ny", str(target))
    assert target.read_text() == "ny"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [path.name for path in tmp_path.iterdir()] == ["plan.ics"]
