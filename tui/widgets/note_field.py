"""The note field: one line per note, and nothing typed or pasted is ever dropped.

Enter takes the line out of the field in order with the keys around it (Input's own Enter
binding runs only after the key has bubbled to the app, when the keys queued behind it are
already in the field), so `b: God tone⏎epsilon five⏎` arriving in one burst is two notes.
A paste of several lines is one note per line. A line the meeting cannot take (an unknown
group) stays in the field.
While the field holds text, Ctrl+Z and Ctrl+Y undo and redo the typing in it; an empty
field passes them on to the screen (the meeting's undo and redo).
"""

from __future__ import annotations

from collections.abc import Callable

from textual import events
from textual.actions import SkipAction
from textual.binding import Binding
from textual.message import Message
from textual.widgets import Input

#: How many earlier states of the field Ctrl+Z can go back to.
HISTORY = 200


class NoteField(Input):
    """An Input that hands over every finished line as a `NoteField.Entered` message."""

    BINDINGS = [
        Binding("ctrl+z", "undo_text", show=False),
        Binding("ctrl+y,ctrl+shift+z", "redo_text", show=False),
    ]

    class Entered(Message):
        """A line the user finished (Enter, or one line of a paste), in the order typed."""

        def __init__(self, field: NoteField, text: str) -> None:
            super().__init__()
            self.field = field
            self.text = text

    class Refused(Message):
        """A line was kept in the field because the meeting cannot take it; `reason` says why."""

        def __init__(self, field: NoteField, reason: str) -> None:
            super().__init__()
            self.field = field
            self.reason = reason

    def __init__(
        self, check: Callable[[str], str | None], *, placeholder: str = "", id: str | None = None
    ) -> None:
        super().__init__(placeholder=placeholder, id=id)
        self.check = check
        self._held: list[str] = []
        self._undo: list[str] = []
        self._redo: list[str] = []
        self._restoring = False

    # -- lines out ---------------------------------------------------------------------
    async def _on_key(self, event: events.Key) -> None:
        """Take Enter here, in order with the characters before and after it.

        Input leaves Enter to its binding, which runs only after the key has bubbled up to
        the app; the characters queued behind it reach the field first and join the line.
        """
        if event.key == "enter":
            event.stop()
            event.prevent_default()
            await self.action_submit()
            return
        await super()._on_key(event)

    async def action_submit(self) -> None:
        """Enter: take the line out of the field now, then the lines a paste left waiting."""
        held, self._held = self._held, []
        self._take([self.value, *held])

    def _on_paste(self, event: events.Paste) -> None:
        """A paste of several lines is one note per line; one line is inserted as usual."""
        event.stop()
        lines = event.text.splitlines()
        if len(lines) <= 1:
            self.replace(lines[0] if lines else "", *sorted(self.selection))
            return
        start, end = sorted(self.selection)
        lines[0] = self.value[:start] + lines[0]
        lines[-1] += self.value[end:]
        self._take(lines)

    def _take(self, lines: list[str]) -> None:
        """Hand over lines in order; stop at one the meeting refuses and keep it and the rest."""
        for index, line in enumerate(lines):
            reason = self.check(line) if line.strip() else None
            if reason is not None:
                self._set(line)
                self.cursor_position = len(line)
                self._held = [rest for rest in lines[index + 1 :] if rest.strip()]
                self.post_message(self.Refused(self, reason))
                return
            self._set("")
            self._undo.clear()
            self._redo.clear()
            self.post_message(self.Entered(self, line))

    def _set(self, value: str) -> None:
        """Change the text without recording it as typing."""
        self._restoring = True
        try:
            self.value = value
        finally:
            self._restoring = False

    # -- undo of the typing ------------------------------------------------------------
    def watch_value(self, old: str, new: str) -> None:
        """Remember the text before each change, for Ctrl+Z in the field."""
        if self._restoring or old == new:
            return
        same_word = (
            len(new) == len(old) + 1
            and new.startswith(old)
            and old[-1:].strip()
            and new[-1:].strip()
            and self._undo
        )
        if not same_word:
            self._undo = [*self._undo[-HISTORY:], old]
            self._redo.clear()

    def action_undo_text(self) -> None:
        """Ctrl+Z with text in the field: back one change of the typing."""
        if not self.value or not self._undo:
            raise SkipAction()
        self._redo.append(self.value)
        self._set(self._undo.pop())
        self.cursor_position = len(self.value)

    def action_redo_text(self) -> None:
        """Ctrl+Y with text in the field: forward again after Ctrl+Z."""
        if not self._redo:
            raise SkipAction()
        self._undo.append(self.value)
        self._set(self._redo.pop())
        self.cursor_position = len(self.value)
