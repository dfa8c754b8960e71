"""The title bar: the screen's title and sub-title on one line, drawn by a single widget."""

from __future__ import annotations

from textual.app import RenderResult
from textual.widget import Widget


class TitleBar(Widget, can_focus=False):
    """Textual's Header in one widget (it mounts four and cost ~40 ms of the first paint).

    Shows the screen's title and, dimmed, its sub-title (the agenda, who holds control);
    clicking it opens the command palette, as the Header's icon does.
    """

    ALLOW_SELECT = False
    DEFAULT_CSS = """
    TitleBar {
        dock: top;
        width: 1fr;
        height: 1;
        background: $panel;
        color: $foreground;
        text-wrap: nowrap;
        text-overflow: ellipsis;
        content-align: center middle;
    }
    """

    def on_mount(self) -> None:
        """Redraw when the screen's title or sub-title changes."""
        self.watch(self.screen, "title", self._changed, init=False)
        self.watch(self.screen, "sub_title", self._changed, init=False)

    def _changed(self) -> None:
        """A title changed: draw the line again."""
        self.refresh()

    def render(self) -> RenderResult:
        """`Title — sub-title`, as literal text (never markup)."""
        screen = self.screen
        title = screen.title if screen.title is not None else self.app.title
        sub_title = screen.sub_title if screen.sub_title is not None else self.app.sub_title
        return self.app.format_title(title or "", sub_title or "")

    async def on_click(self) -> None:
        """A click opens the command palette."""
        self.app.action_command_palette()
