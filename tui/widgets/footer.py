"""A Footer that coalesces bursts of binding changes into one recompose."""

from __future__ import annotations

from textual.screen import Screen
from textual.widgets import Footer


class CoalescingFooter(Footer):
    """Textual's Footer recomposes once per bindings signal (five times while a screen opens);
    this one recomposes once per burst, which keeps startup and focus changes cheap."""

    _recompose_pending = False

    def bindings_changed(self, screen: Screen) -> None:  # type: ignore[type-arg]
        """Schedule one recompose for any number of signals before the next refresh."""
        self._bindings_ready = True
        if not screen.app.app_focus or not self.is_attached or screen is not self.screen:
            return
        if not self._recompose_pending:
            self._recompose_pending = True
            self.call_after_refresh(self._recompose_once)

    async def _recompose_once(self) -> None:
        """Recompose for the latest bindings."""
        self._recompose_pending = False
        await self.recompose()
