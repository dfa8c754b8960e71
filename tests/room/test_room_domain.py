"""The room's domain without a server: keys, the code guard, the room record."""

from __future__ import annotations

import base64
from pathlib import Path

from store.room.keys import CODE_ALPHABET, new_keys
from store.room.limits import CodeGuard, RateLimiter
from store.room.room_file import RoomRecord, read_room, room_path, write_room
from tests.room.conftest import Ticks


def test_the_token_has_at_least_128_random_bits_and_differs_per_room() -> None:
    keys = [new_keys("abc123") for _ in range(50)]
    assert len({k.token for k in keys}) == 50
    raw = base64.urlsafe_b64decode(keys[0].token + "==")
    assert len(raw) * 8 >= 128
    assert all(set(k.code) <= set(CODE_ALPHABET) and len(k.code) == 6 for k in keys)


def test_the_code_is_read_in_any_case_with_or_without_its_dash() -> None:
    keys = new_keys("abc123")
    assert keys.code_matches(keys.shown_code.lower())
    assert keys.code_matches(f" {keys.code[:3]} {keys.code[3:]} ")
    assert not keys.code_matches(keys.code[:5])
    assert not keys.admits(None) and not keys.admits(keys.token + "x")


def test_a_bucket_refills_with_time_and_clients_do_not_share_one() -> None:
    ticks = Ticks()
    limit = RateLimiter(rate=2.0, burst=3, clock=ticks)
    assert [limit.allow("a") for _ in range(4)] == [True, True, True, False]
    assert limit.allow("b")
    ticks.now += 0.5
    assert [limit.allow("a") for _ in range(2)] == [True, False]


def test_many_clients_together_cannot_guess_faster_than_the_room_allows() -> None:
    guard = CodeGuard(Ticks())
    tries = [guard.may_try(f"client-{i // 5}") for i in range(100)]
    assert sum(tries) == 30


def test_the_room_record_is_private_and_survives_a_reread(tmp_path: Path) -> None:
    keys = new_keys("abc123")
    write_room(tmp_path, RoomRecord(keys, "http://192.168.1.20:8400"))
    assert room_path(tmp_path).stat().st_mode & 0o777 == 0o600
    again = read_room(tmp_path)
    assert again is not None and again.keys == keys
    assert again.join_url == f"http://192.168.1.20:8400/j/{keys.token}"
    room_path(tmp_path).write_text("{broken")
    assert read_room(tmp_path) is None
