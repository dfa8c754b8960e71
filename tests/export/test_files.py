"""write_export: atomic, durable, private (0600), byte-exact; failures name the file."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from store.durable import drain_discards
from store.errors import StoreUnavailable
from store.export_file import EXPORT_FILE_MODE, write_export


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
    drain_discards()  # the replaced version is unlinked off the caller's thread
    assert target.read_text() == "ny"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [path.name for path in tmp_path.iterdir()] == ["plan.ics"]


def test_an_export_that_cannot_be_written_is_a_store_error_naming_the_file(
    tmp_path: Path,
) -> None:
    target = tmp_path / "no-such-folder" / "referat.md"
    with pytest.raises(StoreUnavailable, match=r"referat\.md"):
        write_export("tekst", target)
    assert not target.parent.exists()
