"""The key bar: the screen's key bindings on one or two lines, drawn by a single widget."""

from __future__ import annotations

from collections.abc import Iterable

from textual.app import RenderResult
from textual.binding import Binding
from textual.content import Content
from textual.geometry import Size
from textual.screen import Screen
from textual.style import Style
from textual.widget import Widget

from store.language import TABLE
from tui.i18n import t

RIGHT_ACTIONS = frozenset({"help", "app.help"})
MAX_LINES = 2


class KeyBar(Widget, can_focus=False):
    """A Footer drawn as text: clicking a key presses it.

    Textual's Footer mounts and styles one widget per key and rebuilds them whenever the
    bindings change; with the Run screen's sixteen keys that cost about 150 ms of the first
    paint. This widget only re-renders its text. Keys that do not fit on one line wrap to a
    second; help (F1, which lists every key) and the command palette stay at the right edge
    of the last line. When two lines are too few the keys take their shorter words
    (`key.short.*`: "Neste" for "Neste steg"); when even those do not fit, the rest is cut
    with `…` and F1 reads "alle taster", so the facilitator knows where to find the keys.
    """

    ALLOW_SELECT = False

    def __init__(self) -> None:
        super().__init__()
        #: Each key's drawn entry, by (key, text, enabled); cleared when the styles change.
        self._entries: dict[tuple[str, str, bool], Content] = {}

    #: The last packing: (width, lines), kept until the width, the keys or the styles change.
    _packed: tuple[int, list[Content]] | None = None
    COMPONENT_CLASSES = {"key-bar--key", "key-bar--description", "key-bar--disabled"}
    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: auto;
        max-height: 2;
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

    def _bindings_changed(self, screen: Screen[object]) -> None:
        """A signal from the screen (every focus change sends two): draw the keys again if
        they changed, and lay out the screen again only if they take another number of lines."""
        before = self._packed
        self._packed = None
        width = self.size.width
        if before is None or before[0] != width:
            self.refresh(layout=True)
            return
        after = self.lines(width)
        if after != before[1]:
            self.refresh(layout=len(after) != len(before[1]))

    def notify_style_update(self) -> None:
        """The theme or the styles changed: pack the keys again in the new colours."""
        self._packed = None
        self._entries.clear()
        super().notify_style_update()

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

    def _entry(self, binding: Binding, enabled: bool, description: str | None = None) -> Content:
        """One `key description` pair, clickable (a click presses the key); made once per
        key, text and state until the styles change (the bindings change on every focus)."""
        text = description or binding.description
        cache_key = (binding.key, text, enabled)
        entry = self._entries.get(cache_key)
        if entry is None:
            entry = self._entries[cache_key] = self._make_entry(binding, enabled, text)
        return entry

    def _make_entry(self, binding: Binding, enabled: bool, text: str) -> Content:
        key_style = self.get_visual_style("key-bar--key" if enabled else "key-bar--disabled")
        text_style = self.get_visual_style(
            "key-bar--description" if enabled else "key-bar--disabled"
        )
        click = Style.from_meta({"@click": f"app.simulate_key({binding.key!r})"})
        return Content.assemble(
            (f" {self.app.get_key_display(binding)} ", key_style + click),
            (f"{text} ", text_style + click),
        )

    def _pinned(self, bindings: Iterable[tuple[Binding, bool]], cut: bool) -> Content:
        """The right edge: F1 (read "alle taster" when keys were cut) and the palette key."""
        parts = [
            self._entry(b, e, t("key.all_keys") if cut and b.action in RIGHT_ACTIONS else None)
            for b, e in bindings
        ]
        return Content("▏") + Content("").join(parts) if parts else Content("")

    def lines(self, width: int) -> list[Content]:
        """The keys packed into at most MAX_LINES lines of `width` cells, pinned keys last
        (packed once per width until the screen's bindings change: layout and render ask)."""
        if self._packed is not None and self._packed[0] == width:
            return self._packed[1]
        rows = self._lines(width, *self._shown())
        self._packed = (width, rows)
        return rows

    def _lines(
        self,
        width: int,
        shown: list[tuple[Binding, bool]],
        pinned: list[tuple[Binding, bool]],
    ) -> list[Content]:
        entries = [self._entry(binding, enabled) for binding, enabled in shown]
        right = self._pinned(pinned, cut=False)
        rows = _pack(entries, width, right.cell_length)
        if len(rows) > MAX_LINES:  # too many: the shorter words ("Neste" for "Neste steg")
            entries = [self._entry(b, enabled, short_words(b)) for b, enabled in shown]
            rows = _pack(entries, width, right.cell_length)
        if len(rows) > MAX_LINES:  # still too many: whole keys only, then `…`; F1 lists them all
            right = self._pinned(pinned, cut=True)
            rows = _pack_cut(entries, width, right.cell_length)
        last = rows[-1]
        rows[-1] = last.pad_right(max(0, width - right.cell_length - last.cell_length)) + right
        return rows

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        """One line, or two when the keys do not fit on one."""
        return len(self.lines(width))

    def render(self) -> RenderResult:
        """The keys from the left, help and the command-palette key at the right edge."""
        return Content("\n").join(self.lines(self.size.width))


def short_words(binding: Binding) -> str | None:
    """A key's shorter words for a narrow terminal (`key.short.<action>`), if it has them."""
    key = f"key.short.{binding.action}"
    return t(key) if key in TABLE else None


def _pack(entries: list[Content], width: int, last_reserve: int) -> list[Content]:
    """Greedy lines of entries; the last line keeps `last_reserve` cells free."""
    rows: list[Content] = [Content("")]
    for entry in entries:
        if rows[-1].cell_length and rows[-1].cell_length + entry.cell_length > width:
            rows.append(Content(""))
        rows[-1] = rows[-1] + entry
    if rows[-1].cell_length and rows[-1].cell_length + last_reserve > width:
        rows.append(Content(""))
    return rows


def _pack_cut(entries: list[Content], width: int, last_reserve: int) -> list[Content]:
    """MAX_LINES greedy lines of whole entries, the last keeping `last_reserve` cells and one
    for the closing `…` that says keys were left out."""
    rows: list[Content] = [Content("")]
    for entry in entries:
        room = width - (last_reserve + 1 if len(rows) == MAX_LINES else 0)
        if rows[-1].cell_length and rows[-1].cell_length + entry.cell_length > room:
            if len(rows) == MAX_LINES:
                break
            rows.append(Content(""))
            room = width - (last_reserve + 1 if len(rows) == MAX_LINES else 0)
        if rows[-1].cell_length + entry.cell_length > room:
            break  # a key wider than the line (a very narrow terminal)
        rows[-1] = rows[-1] + entry
    rows[-1] = rows[-1] + Content("…")
    return rows
