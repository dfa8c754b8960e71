"""Golden-file comparison; set PLANSJE_REGEN_GOLDEN=1 to rewrite the files instead."""

from __future__ import annotations

import difflib
import os
from pathlib import Path

GOLDEN_DIR = Path(__file__).resolve().parent / "golden"


def regenerating() -> bool:
    """True when the golden files are being rewritten (PLANSJE_REGEN_GOLDEN=1)."""
    return os.environ.get("PLANSJE_REGEN_GOLDEN", "") not in ("", "0")


def assert_golden(name: str, actual: str) -> None:
    """Compare text with tests/export/golden/<name> byte for byte (line endings included)."""
    path = GOLDEN_DIR / name
    if regenerating():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(actual.encode("utf-8"))
        return
    assert path.exists(), f"{path} is missing; run with PLANSJE_REGEN_GOLDEN=1 to create it"
    expected = path.read_bytes().decode("utf-8")
    if actual != expected:
        diff = difflib.unified_diff(
            expected.splitlines(keepends=True),
            actual.splitlines(keepends=True),
            fromfile=f"golden/{name}",
            tofile="rendered",
        )
        raise AssertionError("".join(diff) or "line endings differ")
