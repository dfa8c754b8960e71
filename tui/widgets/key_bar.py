"""The key bar: the screen's key bindings on one line, drawn by a single widget."""

from __future__ import annotations

from collections.abc import Iterable

from textual.app import RenderResult
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.style import Style
from textual.widget import Widget

RIGHT_ACTIONS = frozenset({"help", "app.help"})


class KeyBar(Widget, can_focus=False):
    """A Footer drawn as one line of text: clicking a key presses it.

    Textual's Footer mounts and styles one widget per key and rebuilds them whenever the
    bindings change; with the Run screen's sixteen keys that cost about 150 ms of the first
    paint. This widget only re-renders its line. Keys that do not fit are cut on the right;
    help (F1, which lists every key) and the command palette stay at the right edge.
    """

    ALLOW_SELECT = False
    COMPONENT_CLASSES = {"key-bar--key", "key-bar--description", "key-bar--disabled"}
    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: 1;
        color: $footer-foreground;
        background: $footer-background;
    }
    KeyBar > .key-bar--key {
        color: $footer-key-foreground;
        background: $footer-key-background;
        text-style: bold;
    }
    KeyBar > .key-bar--description {
        color: $footer-description-foreground;
        background: $footer-description-background;
    }
    KeyBar > .key-bar--disabled {
        color: $text-disabled;
    }
    """

    def on_mount(self) -> None:
        """Redraw whenever the screen's active bindings change."""
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def _bindings_changed(self, screen: Screen) -> None:  # type: ignore[type-arg]
        """A signal from the screen: draw the line again."""
        self.refresh()

    def _shown(self) -> tuple[list[tuple[Binding, bool]], list[tuple[Binding, bool]]]:
        """The bindings to list (one per action, in order), and those kept at the right edge:
        help (it lists every key) and the command palette."""
        active = self.screen.active_bindings
        palette_key = self.app.COMMAND_PALETTE_BINDING
        seen: set[str] = set()
        left: list[tuple[Binding, bool]] = []
        right: list[tuple[Binding, bool]] = []
        for key, (_, binding, enabled, _) in active.items():
            if key == palette_key and self.app.ENABLE_COMMAND_PALETTE:
                right.append((binding, enabled))
            elif binding.show and binding.action not in seen:
                seen.add(binding.action)
                side = right if binding.action in RIGHT_ACTIONS else left
                side.append((binding, enabled))
        right.sort(key=lambda item: item[0].key == palette_key)
        return left, right

    def _entries(self, bindings: Iterable[tuple[Binding, bool]]) -> Content:
        """`key description` pairs, each clickable (a click presses the key)."""
        key_style = self.get_visual_style("key-bar--key")
        text_style = self.get_visual_style("key-bar--description")
        disabled = self.get_visual_style("key-bar--disabled")
        parts: list[tuple[str, Style] | str] = []
        for binding, enabled in bindings:
            click = Style.from_meta({"@click": f"app.simulate_key({binding.key!r})"})
            key = key_style if enabled else disabled
            text = text_style if enabled else disabled
            parts.append((f" {self.app.get_key_display(binding)} ", key + click))
            parts.append((f"{binding.description} ", text + click))
        return Content.assemble(*parts)

    def render(self) -> RenderResult:
        """The keys from the left, and the command-palette key at the right edge."""
        shown, pinned = self._shown()
        keys = self._entries(shown)
        if not pinned:
            return keys
        right = Content("▏") + self._entries(pinned)
        room = max(0, self.size.width - right.cell_length)
        if keys.cell_length > room:
            keys = keys.truncate(max(0, room - 1)) + Content("…")
        return keys.pad_right(room - keys.cell_length) + right
