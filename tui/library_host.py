"""The app's side of Home's agenda editing: it keeps the library Home read again."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from agendas.library import Library
    from tui.screens.home_agendas import LibraryReloaded


class LibraryHost:
    """Mixed into the app: a saved or duplicated agenda is known to the new-session flow."""

    library: Library | None

    def on_library_reloaded(self, message: LibraryReloaded) -> None:
        """Keep the library Home read after a save, so a new agenda can be started."""
        self.library = message.library
