"""`plansje run AGENDA --after ID`: the follow-up meeting keeps the groups of the one it follows."""

from __future__ import annotations

from pathlib import Path

from agendas.library import resolve_agenda
from store.sessions import SessionStore
from tui.launch import group_count

from .conftest import START


def test_follow_up_meeting_has_the_groups_of_the_meeting_it_follows(tmp_path: Path) -> None:
    store = SessionStore.open(tmp_path)
    status = store.create_session(
        resolve_agenda("statusmote"), title="Status", date=START.date(), groups=3
    )
    follow_up = resolve_agenda("tiltaksmote")
    assert group_count(follow_up, None, store.load(status.id)) == 3
    assert group_count(follow_up, 5, store.load(status.id)) == 5  # --groups still wins


def test_a_first_meeting_with_group_work_has_four_groups() -> None:
    assert group_count(resolve_agenda("tiltaksmote"), None, None) == 4
