"""Note entry keeps everything typed or pasted, and the meeting holds no surprises (#10, #11)."""

from __future__ import annotations

from pathlib import Path

from textual import events
from textual.pilot import Pilot

from store.model import Seat
from store.sessions import SessionStore
from tui.app import PlansjeApp
from tui.screens.run import RunScreen

from .conftest import FakeClock, new_run_app


def _screen(app: PlansjeApp) -> RunScreen:
    assert isinstance(app.screen, RunScreen)
    return app.screen


async def _open(pilot: Pilot[None]) -> RunScreen:
    """Wait until the session is loaded and its Run screen is up."""
    for _ in range(100):
        if isinstance(pilot.app.screen, RunScreen):
            break
        await pilot.pause(0.02)
    await pilot.pause()
    assert isinstance(pilot.app, PlansjeApp)
    return _screen(pilot.app)


def _texts(screen: RunScreen) -> list[str]:
    """The live notes' texts, oldest first."""
    notes = sorted(screen.meeting.notes.values(), key=lambda n: n.created)
    return [n.text for n in notes if not n.deleted]


def _messages(app: PlansjeApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


def _keys(text: str) -> list[str]:
    return [c if c != " " else "space" for c in text]


async def test_a_burst_of_keys_is_split_at_every_enter(
    store: SessionStore, clock: FakeClock
) -> None:
    app = new_run_app(store, clock, groups=2)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(pilot)
        await pilot.press(*_keys("b: God tone"), "enter", *_keys("epsilon five"), "enter")
        await app.workers.wait_for_complete()
        assert _texts(screen) == ["God tone", "epsilon five"]
        assert screen.field.value == ""


async def test_keys_from_one_terminal_read_are_split_at_every_enter(
    store: SessionStore, clock: FakeClock
) -> None:
    """As the driver delivers a fast burst: every key queued before any is handled."""
    app = new_run_app(store, clock, groups=2)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(pilot)
        for char in "b: God tone\repsilon five\r":
            key = {"\r": "enter", " ": "space"}.get(char, char)
            app.post_message(events.Key(key, char))
        await pilot.pause()
        await app.workers.wait_for_complete()
        assert _texts(screen) == ["God tone", "epsilon five"]
        assert screen.field.value == ""


async def test_a_paste_of_three_lines_is_three_notes_each_with_its_prefixes(
    store: SessionStore, clock: FakeClock
) -> None:
    app = new_run_app(store, clock, groups=2)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(pilot)
        screen.field.post_message(events.Paste("g2 b: God tone\nv: Vedtak en\nEtter vedtaket\n"))
        await pilot.pause()
        await app.workers.wait_for_complete()
        notes = sorted(screen.meeting.notes.values(), key=lambda n: n.created)
        assert [(n.text, n.kind.value, n.group) for n in notes] == [
            ("God tone", "bevaringspunkt", 2),
            ("Vedtak en", "vedtak", 2),
            ("Etter vedtaket", "notat", 2),
        ]
        stored = store.load(screen.meeting.session.id).live_notes
        assert len(stored) == 3


async def test_ctrl_z_while_typing_belongs_to_the_field_and_undo_can_be_redone(
    store: SessionStore, clock: FakeClock
) -> None:
    app = new_run_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(pilot)
        screen.field.value = "Vedtak fire"
        await pilot.press("enter")
        await pilot.press(*_keys("halvferdig tekst"))
        await pilot.press("ctrl+z")
        assert _texts(screen) == ["Vedtak fire"]
        assert screen.field.value == "halvferdig "
        screen.field.value = ""
        await pilot.press("ctrl+z")
        assert _texts(screen) == []
        assert any("Vedtak fire" in m and "Angret" in m for m in _messages(app))
        await pilot.press("ctrl+y")
        assert _texts(screen) == ["Vedtak fire"]
        await pilot.press("ctrl+z", "ctrl+shift+z")
        await app.workers.wait_for_complete()
        assert [n.text for n in store.load(screen.meeting.session.id).live_notes] == ["Vedtak fire"]


async def test_an_unknown_group_is_refused_and_the_text_is_kept(
    store: SessionStore, clock: FakeClock
) -> None:
    app = new_run_app(store, clock, groups=3)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(pilot)
        for line in ("g4 i: Gruppe fire finnes ikke", "g0 Null", "gruppe 12 Tolv"):
            screen.field.value = line
            await pilot.press("enter")
            assert screen.field.value == line
        await app.workers.wait_for_complete()
        assert _texts(screen) == []
        assert store.load(screen.meeting.session.id).live_notes == ()
        assert any("ingen gruppe 4" in m for m in _messages(app))
        screen.field.value = "g3 i: Gruppe tre finnes"
        await pilot.press("enter")
        assert [(n.text, n.group) for n in screen.meeting.notes.values()] == [
            ("Gruppe tre finnes", 3)
        ]


async def test_editing_a_note_changes_only_the_note(store: SessionStore, clock: FakeClock) -> None:
    app = new_run_app(store, clock, groups=3)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(pilot)
        screen.field.value = "g3 u: Tredje gruppe"
        await pilot.press("enter")
        await pilot.press("f7", "e")
        assert screen.field.border_title == "utfordring · gruppe 3"
        screen.field.value = "g1 f: Nå fra gruppe 1"
        await pilot.press("enter")
        edited = next(iter(screen.meeting.notes.values()))
        assert (edited.text, edited.kind.value, edited.group) == (
            "Nå fra gruppe 1",
            "forbedringspunkt",
            1,
        )
        screen.field.value = "Neste notat"
        await pilot.press("enter")
        groups = {n.text: n.group for n in screen.meeting.notes.values()}
        assert groups == {"Nå fra gruppe 1": 1, "Neste notat": 3}


async def test_the_header_always_says_who_controls_and_pgdn_without_control_explains(
    tmp_path: Path, clock: FakeClock
) -> None:
    from agendas.library import resolve_agenda

    store = SessionStore.open(tmp_path / "store")
    session = store.create_session(resolve_agenda("statusmote"), title="T", date=clock().date())
    referent = PlansjeApp(store, clock=clock, session_id=session.id, seat="referent")
    async with referent.run_test(size=(100, 30)) as pilot:
        screen = await _open(pilot)
        assert "Møtelederen styrer" in str(screen.sub_title)
        await pilot.press("pagedown")
        assert any("Ctrl+G" in m for m in _messages(referent))
        assert screen.meeting.timing().current is None
    facilitator = PlansjeApp(store, clock=clock, session_id=session.id)
    async with facilitator.run_test(size=(100, 30)) as pilot:
        screen = await _open(pilot)
        assert "Du styrer" in str(screen.sub_title)


async def test_a_half_typed_note_survives_a_crash_and_is_offered_on_resume(
    store: SessionStore, clock: FakeClock
) -> None:
    app = new_run_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(pilot)
        session_id = screen.meeting.session.id
        await pilot.press(*_keys("Halvt skrevet"))
        for _ in range(200):  # the draft is kept once typing has rested for a second
            await pilot.pause(0.05)
            if store.load(session_id).drafts:
                break
        assert dict(store.load(session_id).drafts) == {Seat.FACILITATOR.value: "Halvt skrevet"}
    again = PlansjeApp(store, clock=clock, session_id=session_id)
    async with again.run_test(size=(80, 24)) as pilot:
        screen = await _open(pilot)
        assert screen.field.value == "Halvt skrevet"
        await pilot.press("enter")
        await again.workers.wait_for_complete()
    assert store.load(session_id).drafts == ()
    assert [n.text for n in store.load(session_id).live_notes] == ["Halvt skrevet"]


async def test_opening_a_session_reads_it_in_a_worker_and_posts_a_message(
    store: SessionStore, clock: FakeClock
) -> None:
    from textual.message import Message

    from tui.messages import SessionOpened

    seen: list[Message] = []
    app = new_run_app(store, clock)
    async with app.run_test(size=(80, 24), message_hook=seen.append) as pilot:
        await _open(pilot)
    opened = [m for m in seen if isinstance(m, SessionOpened)]
    assert len(opened) == 1 and opened[0].opening.start
