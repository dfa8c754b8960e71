"""Command-palette provider: every key of the Run screen (that this seat may use), searchable."""

from __future__ import annotations

from functools import partial

from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Provider


class MeetingCommands(Provider):
    """Offers the Run screen's meeting controls in the command palette."""

    def _commands(self) -> list[tuple[str, str]]:
        """(label, action) pairs available on the current screen."""
        from tui.screens.run import RunScreen

        if not isinstance(self.screen, RunScreen):
            return []
        screen = self.screen
        return [
            (binding.description, binding.action)
            for binding in screen.BINDINGS
            if isinstance(binding, Binding)
            and binding.description
            and screen.offers(binding.action)
        ]

    async def discover(self) -> Hits:
        """All meeting controls, shown when the palette opens."""
        for label, action in self._commands():
            yield DiscoveryHit(label, partial(self.screen.run_action, action))

    async def search(self, query: str) -> Hits:
        """Meeting controls matching the query."""
        matcher = self.matcher(query)
        for label, action in self._commands():
            score = matcher.match(label)
            if score > 0:
                yield Hit(score, matcher.highlight(label), partial(self.screen.run_action, action))
