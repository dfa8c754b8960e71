"""Ballots stored with the session: limits, two seats at once, retries and the reveal."""

from __future__ import annotations

import threading

import pytest

from store.sessions import SessionStore
from store.vote_report import minutes_votes
from store.votes import (
    ROOM_SEAT,
    Ballot,
    VoteRefused,
    cast_ballot,
    group_seat,
    load_votes,
    reveal,
    voted_notes,
)
from tests.store.vote_helpers import VOTE_STEP, voting_agenda, voting_session


def test_only_the_voted_kinds_of_this_meeting_are_voted_on(store: SessionStore) -> None:
    session, wishes = voting_session(store)
    assert [n.text for n in voted_notes(session, VOTE_STEP, None)] == [w.text for w in wishes]
    assert voted_notes(session, 2, None) == ()  # that step does not vote


def test_a_group_gets_its_allowance_times_its_people_and_no_more(store: SessionStore) -> None:
    session, wishes = voting_session(store)
    allowed = {w.id for w in wishes}
    a, b, _ = (w.id for w in wishes)
    cast_ballot(store, session, Ballot(VOTE_STEP, group_seat(1), ((a, 3), (b, 1)), 2), allowed)
    with pytest.raises(VoteRefused) as refused:
        cast_ballot(store, session, Ballot(VOTE_STEP, group_seat(2), ((a, 3),), 1), allowed)
    assert refused.value.problem == "too_many"
    with pytest.raises(VoteRefused, match="people"):
        cast_ballot(store, session, Ballot(VOTE_STEP, group_seat(2), ((a, 1),), 7), allowed)
    assert load_votes(store, session.id).tally(VOTE_STEP) == {a: 3, b: 1}


def test_a_note_not_voted_on_or_a_step_without_voting_is_refused(store: SessionStore) -> None:
    session, wishes = voting_session(store)
    allowed = {w.id for w in wishes}
    challenge = next(n for n in session.notes if n.text == "Støy")
    for ballot, problem in [
        (Ballot(VOTE_STEP, group_seat(1), ((challenge.id, 1),)), "note"),
        (Ballot(2, group_seat(1), ((wishes[0].id, 1),)), "no_vote"),
        (Ballot(VOTE_STEP, group_seat(1), ((wishes[0].id, -1),)), "note"),
    ]:
        with pytest.raises(VoteRefused) as refused:
            cast_ballot(store, session, ballot, allowed)
        assert refused.value.problem == problem
    assert load_votes(store, session.id).ballots == ()


def test_a_retried_ballot_is_counted_once_and_moving_dots_replaces_it(
    store: SessionStore,
) -> None:
    session, wishes = voting_session(store)
    allowed = {w.id for w in wishes}
    a, b, _ = (w.id for w in wishes)
    first = Ballot(VOTE_STEP, group_seat(1), ((a, 2),))
    cast_ballot(store, session, first, allowed)
    cast_ballot(store, session, first, allowed)
    assert load_votes(store, session.id).tally(VOTE_STEP) == {a: 2}
    cast_ballot(store, session, Ballot(VOTE_STEP, group_seat(1), ((b, 2),)), allowed)
    assert load_votes(store, session.id).tally(VOTE_STEP) == {b: 2}


def test_two_seats_voting_at_once_lose_nothing(store: SessionStore) -> None:
    session, wishes = voting_session(store)
    allowed = {w.id for w in wishes}
    other = SessionStore(store.root)  # another process's store of the same folder
    a = wishes[0].id
    seats = [(store, group_seat(1)), (other, group_seat(2)), (store, ROOM_SEAT)]
    threads = [
        threading.Thread(
            target=cast_ballot, args=(s, session, Ballot(VOTE_STEP, seat, ((a, 2),)), allowed)
        )
        for s, seat in seats
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert load_votes(store, session.id).tally(VOTE_STEP) == {a: 6}


def test_the_reveal_closes_the_vote_and_ranks_the_notes_most_dots_first(
    store: SessionStore,
) -> None:
    session, wishes = voting_session(store)
    allowed = {w.id for w in wishes}
    a, b, c = (w.id for w in wishes)
    cast_ballot(store, session, Ballot(VOTE_STEP, group_seat(1), ((b, 2),)), allowed)
    cast_ballot(store, session, Ballot(VOTE_STEP, ROOM_SEAT, ((a, 1), (b, 1), (c, 3))), allowed)
    ranked = reveal(store, session, VOTE_STEP)
    assert [(rank, n.text, dots) for rank, n, dots in ranked] == [
        (1, "Pauserom", 3), (1, "Kurs", 3), (3, "Mer lys", 1)
    ]  # fmt: skip
    ranks = {n.text: n.rank for n in store.load(session.id).notes}
    assert ranks == {"Mer lys": 3, "Pauserom": 1, "Kurs": 1, "Støy": None}
    again = reveal(store, session, VOTE_STEP)  # safe to repeat
    assert [(r, n.id, d) for r, n, d in again] == [(r, n.id, d) for r, n, d in ranked]
    with pytest.raises(VoteRefused, match="closed"):
        cast_ballot(store, session, Ballot(VOTE_STEP, group_seat(2), ((a, 1),)), allowed)
    assert load_votes(store, session.id).revealed == {VOTE_STEP}


def test_a_vote_on_the_previous_meeting_counts_its_notes_and_leaves_their_ranks(
    store: SessionStore,
) -> None:
    first, wishes = voting_session(store)
    later = store.create_session(
        voting_agenda(earlier=True), title="Neste", date=first.date, groups=1, follows=first.id
    )
    later = store.load(later.id)
    assert voted_notes(later, VOTE_STEP, None) == ()  # the previous meeting is not at hand
    earlier = store.load(first.id)
    assert [n.id for n in voted_notes(later, VOTE_STEP, earlier)] == [w.id for w in wishes]
    kurs = wishes[2].id
    cast_ballot(store, later, Ballot(VOTE_STEP, ROOM_SEAT, ((kurs, 4),)), {kurs})
    assert reveal(store, later, VOTE_STEP) == []  # no rank is set on another meeting's notes
    assert all(n.rank is None for n in store.load(first.id).notes)
    assert minutes_votes(store, store.load(later.id)) == {
        VOTE_STEP: [(store.load(first.id).note(kurs), 4)]
    }
