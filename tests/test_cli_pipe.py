"""The command line when the reader of its output goes away (`plansje agendas | head`)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_a_reader_that_goes_away_gets_no_traceback(tmp_path: Path) -> None:
    read, write = os.pipe()
    os.close(read)  # the reader is gone before the first line is written
    env = {**os.environ, "PLANSJE_AGENDAS": str(tmp_path), "PLANSJE_STORE": str(tmp_path)}
    try:
        done = subprocess.run(
            [sys.executable, "-m", "tui.cli", "agendas"],
            stdout=write,
            stderr=subprocess.PIPE,
            cwd=ROOT,
            env=env,
            timeout=60,
            check=False,
        )
    finally:
        os.close(write)
    assert done.returncode == 1
    assert done.stderr == b""  # no traceback, no "Exception ignored" at exit
