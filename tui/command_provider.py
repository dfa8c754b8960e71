"""Command-palette provider: every meeting control of the Run screen, searchable."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

from tui.i18n import t

_ACTIONS = (
    ("key.next", "next_step"),
    ("key.prev", "previous_step"),
    ("key.pause", "pause"),
    ("key.add_time", "add_time"),
    ("key.jump", "jump"),
    ("key.kind", "cycle_kind"),
    ("key.group", "cycle_group"),
    ("key.undo", "undo"),
    ("key.export", "export"),
    ("key.summary", "summary"),
    ("key.plan", "plan"),
    ("key.end", "end_meeting"),
    ("key.control", "control"),
)


class MeetingCommands(Provider):
    """Offers the Run screen's meeting controls in the command palette."""

    def _commands(self) -> list[tuple[str, str]]:
        """(label, action) pairs available on the current screen."""
        from tui.screens.run import RunScreen

        if not isinstance(self.screen, RunScreen):
            return []
        screen = self.screen
        return [
            (t(key), action)
            for key, action in _ACTIONS
            if screen.check_action(action, ()) is True
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
