"""The minutes list a revealed vote's counts under the step that voted, most first."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pypdf

from agendas.model import NoteKind, Voting
from store.export.summary import draft_summary
from store.sessions import SessionStore
from store.votes import ROOM_SEAT, Ballot, cast_ballot, group_seat
from store.votes import reveal as reveal_vote
from tests.store.helpers import note
from tests.store.vote_helpers import VOTE_STEP, voting_agenda, voting_session
from tui.export_command import render, render_file

NOW = dt.datetime(2026, 3, 2, 12, 0, tzinfo=dt.UTC)


def _voted(tmp_path: Path, *, reveal: bool) -> tuple[SessionStore, str]:
    store = SessionStore.open(tmp_path / "store")
    session, wishes = voting_session(store)
    a, b, c = (w.id for w in wishes)
    allowed = {a, b, c}
    cast_ballot(store, session, Ballot(VOTE_STEP, group_seat(1), ((b, 2),)), allowed)
    cast_ballot(store, session, Ballot(VOTE_STEP, ROOM_SEAT, ((c, 5), (b, 1))), allowed)
    if reveal:
        reveal_vote(store, session, VOTE_STEP)
    return store, session.id


def test_the_markdown_minutes_list_the_counts_in_the_voting_step(tmp_path: Path) -> None:
    store, sid = _voted(tmp_path, reveal=True)
    text = render(store, store.load(sid), "minutes", NOW, lang="nb")
    step = text[text.index("### 4. Avslutning") :]
    step = step[: step.index("\n## ")]
    assert "**Avstemning:**" in step
    assert step.index("- **5 stemmer:** Kurs") < step.index("- **3 stemmer:** Pauserom")
    assert "Mer lys" not in step.split("**Avstemning:**")[1]  # no dots, not listed
    assert "**Nr. 1:** Kurs" in text  # the ranks the reveal set
    english = render(store, store.load(sid), "minutes", NOW, lang="en")
    assert "- **5 votes:** Kurs" in english


def test_an_unrevealed_vote_shows_no_counts(tmp_path: Path) -> None:
    store, sid = _voted(tmp_path, reveal=False)
    text = render(store, store.load(sid), "minutes", NOW, lang="nb")
    assert "Avstemning" not in text and "stemmer:" not in text


def test_the_pdf_minutes_list_the_counts(tmp_path: Path) -> None:
    store, sid = _voted(tmp_path, reveal=True)
    data = render_file(store, store.load(sid), "minutes", "pdf", NOW, lang="nb")
    (tmp_path / "m.pdf").write_bytes(data)
    text = "".join(page.extract_text() for page in pypdf.PdfReader(tmp_path / "m.pdf").pages)
    assert "Avstemning" in text
    assert text.index("5 stemmer:") < text.index("3 stemmer:")


def test_the_summary_draft_puts_the_challenges_voted_highest_first(tmp_path: Path) -> None:
    store = SessionStore.open(tmp_path / "store")
    agenda = voting_agenda()
    last = dataclasses.replace(agenda.steps[VOTE_STEP], voting=Voting(3, (NoteKind.UTFORDRING,)))
    agenda = dataclasses.replace(agenda, steps=(*agenda.steps[:VOTE_STEP], last))
    session = store.create_session(agenda, title="Utforske", date=NOW.date(), groups=1)
    challenges = [note(2, 1, text, kind=NoteKind.UTFORDRING) for text in ("Støy", "Kulde", "Lys")]
    store.add_notes(session.id, challenges)
    session = store.load(session.id)
    lys = challenges[2].id
    cast_ballot(store, session, Ballot(VOTE_STEP, ROOM_SEAT, ((lys, 4),)), {lys})
    assert [i.text for i in draft_summary(store.load(session.id))] == ["Støy", "Kulde", "Lys"]
    reveal_vote(store, session, VOTE_STEP)
    assert [i.text for i in draft_summary(store.load(session.id))] == ["Lys", "Støy", "Kulde"]
