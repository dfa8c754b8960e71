"""Home's agenda keys: write a new saksliste (s), edit a user agenda again (e), duplicate
any agenda into the user folder (k). File work runs in threads that post messages back."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable

from agendas.errors import AgendaError
from agendas.library import Library, load_library, user_agenda_dir
from agendas.saksliste import Saksliste, new_from_template
from store.agenda_files import AgendaSaved, duplicate_agenda, read_saksliste
from store.errors import StoreError
from tui.i18n import t

if TYPE_CHECKING:
    from agendas.model import Agenda


class LibraryReloaded(Message):
    """The agenda library read again after a save (Home refills its table, the app keeps it)."""

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library


class AgendaReadForEdit(Message):
    """A user agenda file read for the editor."""

    def __init__(self, draft: Saksliste, path: Path) -> None:
        super().__init__()
        self.draft = draft
        self.path = path


class AgendaDuplicated(Message):
    """A duplicate was written (or refused: see the result's problems)."""

    def __init__(self, result: AgendaSaved) -> None:
        super().__init__()
        self.result = result


class AgendaFileFailed(Message):
    """An agenda file could not be read or written."""

    def __init__(self, reason: str) -> None:
        super().__init__()
        self.reason = reason


class HomeAgendaActions(Screen[None]):
    """The agenda-file actions of the Home screen (mixed into HomeScreen)."""

    library: Library

    def highlighted_agenda(self) -> Agenda | None:
        """The agenda under the cursor of the agenda table (None for a broken file)."""
        table = self.query_one("#agendas", DataTable)
        if not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return self.library.get(key) if key else None

    def _open_editor(self, draft: Saksliste, path: Path | None) -> None:
        """Push the editor; when it saved something, read the library again."""
        from tui.screens.saksliste_editor import SakslisteEditor

        editor = SakslisteEditor(draft, user_agenda_dir(), path, set(self.library.agendas))
        self.app.push_screen(editor, self._editor_closed)

    def _editor_closed(self, saved: bool | None) -> None:
        if saved:
            self.reload_library()

    def action_new_saksliste(self) -> None:
        """s: write a new saksliste in HØRA form, starting from the `hora` template's items."""
        from tui.screens.saksliste_editor import NEW_ID

        template = self.library.get("hora")
        self._open_editor(new_from_template(template, NEW_ID), None)

    def action_edit_agenda(self) -> None:
        """e: edit the highlighted user agenda (built-ins are duplicated first)."""
        agenda = self.highlighted_agenda()
        if agenda is None:
            return
        if agenda.source == "builtin" or agenda.path is None:
            self.notify(t("hora.builtin_readonly"), markup=False)
            return
        self._read_for_edit(Path(agenda.path))

    @work(thread=True, group="agenda-file")
    def _read_for_edit(self, path: Path) -> None:
        """Thread: read the file the editor is to show."""
        try:
            self.post_message(AgendaReadForEdit(read_saksliste(path), path))
        except AgendaError as error:
            self.post_message(AgendaFileFailed(str(error)))

    def on_agenda_read_for_edit(self, message: AgendaReadForEdit) -> None:
        """Open the editor on the file just read."""
        self._open_editor(message.draft, message.path)

    def action_duplicate_agenda(self) -> None:
        """k: copy the highlighted agenda (built-in too) into the user folder."""
        agenda = self.highlighted_agenda()
        if agenda is not None:
            self._duplicate(agenda, set(self.library.agendas))

    @work(thread=True, group="agenda-file")
    def _duplicate(self, agenda: Agenda, known: set[str]) -> None:
        """Thread: write the copy."""
        try:
            self.post_message(AgendaDuplicated(duplicate_agenda(agenda, user_agenda_dir(), known)))
        except (AgendaError, StoreError, OSError) as error:
            self.post_message(AgendaFileFailed(str(error)))

    def on_agenda_duplicated(self, message: AgendaDuplicated) -> None:
        """Say where the copy went, then show it in the table."""
        if message.result.ok:
            self.notify(t("hora.duplicated", path=message.result.path), markup=False)
            self.reload_library()
        else:
            problem = next(p for p in message.result.problems if p.is_error)
            self.notify(str(problem), severity="error", markup=False)

    def on_agenda_file_failed(self, message: AgendaFileFailed) -> None:
        """Say why the file could not be used."""
        self.notify(message.reason, severity="error", markup=False)

    @work(thread=True, group="agenda-file")
    def reload_library(self) -> None:
        """Thread: read the agenda library again."""
        self.post_message(LibraryReloaded(load_library()))

    def on_library_reloaded(self, message: LibraryReloaded) -> None:
        """Refill the agenda table; the message goes on up to the app."""
        self.library = message.library
        self.query_one("#agendas", DataTable).clear()
        self.fill_agendas()

    def fill_agendas(self) -> None:
        """Add a row per agenda (HomeScreen implements it)."""
        raise NotImplementedError
