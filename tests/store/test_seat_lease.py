"""The facilitator's seat lease: one holder at a time, freed on release or when the holder dies."""

from __future__ import annotations

import os
import signal
import stat
import threading
from pathlib import Path

import pytest

from store.seat_lease import SEAT_FILE, SeatLease, claim_facilitator_seat


@pytest.fixture
def session_dir(tmp_path: Path) -> Path:
    """An (empty) session folder."""
    path = tmp_path / "sessions" / "20260310-abc"
    path.mkdir(parents=True)
    return path


def _claim(session_dir: Path) -> SeatLease:
    lease = claim_facilitator_seat(session_dir)
    assert lease is not None
    return lease


def test_second_claim_in_the_same_process_is_refused_until_released(session_dir: Path) -> None:
    first = _claim(session_dir)
    assert claim_facilitator_seat(session_dir) is None
    first.release()
    second = _claim(session_dir)
    assert second.held
    second.release()


def test_the_lease_file_sits_in_the_session_folder_with_mode_0600(session_dir: Path) -> None:
    lease = _claim(session_dir)
    path = session_dir / SEAT_FILE
    assert lease.path == path
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    lease.release()


def test_release_is_idempotent(session_dir: Path) -> None:
    lease = _claim(session_dir)
    lease.release()
    lease.release()
    assert not lease.held
    other = _claim(session_dir)
    lease.release()  # an old lease released again must not free the new holder's seat
    assert claim_facilitator_seat(session_dir) is None
    other.release()


def test_a_seat_taken_in_one_thread_is_refused_in_another_and_freed_from_a_third(
    session_dir: Path,
) -> None:
    leases: list[SeatLease | None] = []
    taker = threading.Thread(target=lambda: leases.append(claim_facilitator_seat(session_dir)))
    taker.start()
    taker.join()
    lease = leases[0]
    assert lease is not None
    refused: list[SeatLease | None] = []
    other = threading.Thread(target=lambda: refused.append(claim_facilitator_seat(session_dir)))
    other.start()
    other.join()
    assert refused == [None]
    lease.release()  # on the main thread, not the one that took it
    _claim(session_dir).release()


def test_sessions_have_separate_seats(tmp_path: Path) -> None:
    one, two = tmp_path / "a", tmp_path / "b"
    one.mkdir()
    two.mkdir()
    first, second = _claim(one), _claim(two)
    first.release()
    second.release()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_a_holder_killed_with_sigkill_frees_the_seat(session_dir: Path) -> None:
    ready_r, ready_w = os.pipe()
    hold_r, hold_w = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: take the seat, say so, then wait to be killed
        try:
            os.close(ready_r)
            lease = claim_facilitator_seat(session_dir)
            os.write(ready_w, b"1" if lease is not None else b"0")
            os.read(hold_r, 1)
        finally:
            os._exit(0)
    os.close(ready_w)
    try:
        assert os.read(ready_r, 1) == b"1"
        assert claim_facilitator_seat(session_dir) is None
    finally:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(ready_r)
        os.close(hold_r)
        os.close(hold_w)
    lease = claim_facilitator_seat(session_dir)
    assert lease is not None
    lease.release()
