"""FormInput: a dialog's text field that keeps text and Tab in the order they were typed."""

from __future__ import annotations

from textual import events
from textual.widgets import Input


class FormInput(Input):
    """An Input that submits on Enter and moves the focus on Tab itself, in typing order.

    Textual's Tab is an app binding: it runs only after the key has bubbled up, while the
    characters typed behind it are already queued to this field. Here Tab moves the focus at
    once, and a key that still reaches this field afterwards is passed on to the new focus.
    """

    async def _on_key(self, event: events.Key) -> None:
        """Enter submits and Tab moves the focus now; late keys go to the field that has it."""
        focused = self.screen.focused
        if focused is not None and focused is not self:
            event.stop()
            event.prevent_default()
            focused.post_message(events.Key(event.key, event.character))
            return
        if event.key == "enter":  # Input's binding would run after the keys queued behind it
            event.stop()
            event.prevent_default()
            await self.action_submit()
            return
        if event.key in ("tab", "shift+tab"):
            event.stop()
            event.prevent_default()
            if event.key == "tab":
                self.screen.focus_next()
            else:
                self.screen.focus_previous()
            return
        await super()._on_key(event)
