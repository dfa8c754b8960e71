"""The new-session dialog: title, date, place, roles, groups and the meeting it continues."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Input, Label, Select

from agendas.model import Agenda
from store.model import Roles, SessionInfo
from store.session_factors import asks_for_factors, split_factors
from tui.i18n import t
from tui.screens.dialogs import FieldError, FormDialog, dialog_footer, parse_date, show_error
from tui.widgets.form_input import FormInput

MAX_GROUPS = 20


@dataclass(frozen=True, slots=True)
class NewSessionRequest:
    """What the facilitator filled in; the app creates the session from it."""

    agenda: Agenda
    title: str
    date: dt.date
    place: str
    roles: Roles
    groups: int
    follows: str | None
    #: The poster factors typed in (none: the agenda's own, or the followed meeting's).
    factors: tuple[str, ...] = ()


def parse_groups(text: str) -> int | None:
    """A number of groups between 1 and MAX_GROUPS, or None."""
    try:
        value = int(text.strip())
    except ValueError:
        return None
    return value if 1 <= value <= MAX_GROUPS else None


class NewSessionDialog(FormDialog[NewSessionRequest]):
    """Collects the session's details; offers to link the latest session it follows."""

    def __init__(
        self,
        agenda: Agenda,
        today: dt.date,
        candidates: list[SessionInfo],
        *,
        factors: tuple[str, ...] = (),
    ) -> None:
        super().__init__()
        self.agenda = agenda
        self.today = today
        self.candidates = candidates
        self.factors = factors

    def compose(self) -> ComposeResult:
        """One labelled field per detail."""
        with Vertical(classes="dialog form", id="new-session"):
            yield Label(Text(t("new.heading", agenda=self.agenda.title)), classes="dialog-title")
            with VerticalScroll(classes="dialog-body"):
                yield Label(t("new.title"))
                yield FormInput(self.agenda.title, id="title")
                yield Label(t("new.date"))
                yield FormInput(self.today.isoformat(), id="date")
                yield Label(t("new.place"))
                yield FormInput(id="place")
                yield Label(t("new.leader"))
                yield FormInput(id="leader")
                yield Label(t("new.referent"))
                yield FormInput(id="referent")
                yield Label(t("new.groups"))
                groups = 4 if any(s.group_work for s in self.agenda.steps) else 1
                yield FormInput(str(groups), id="groups", type="integer")
                if asks_for_factors(self.agenda):
                    yield Label(t("new.factors"))
                    yield FormInput(", ".join(self.factors or self.agenda.factors), id="factors")
                    yield Label(t("new.factors_hint"), classes="form-hint")
                if self.candidates:
                    yield Label(t("new.follows"))
                    options = [
                        (Text(f"{c.id} · {c.date or ''} · {c.title}"), c.id)
                        for c in self.candidates
                    ]
                    yield Select(
                        options,
                        value=self.candidates[0].id,
                        id="follows",
                        prompt=t("new.follows_none"),
                    )
            yield from dialog_footer("start", t("new.start"), "new-error")

    def on_mount(self) -> None:
        """Start in the title field."""
        self.query_one("#title", Input).focus()

    def _value(self, field: str) -> str:
        return self.query_one(f"#{field}", Input).value.strip()

    def _refuse(self, field: str, message: str) -> None:
        """Show why the form was refused and put the cursor in the field to fix."""
        show_error(self.query_one("#new-error", Label), message, self.query_one(f"#{field}"))

    def action_submit(self) -> None:
        """Validate the fields and dismiss with a NewSessionRequest."""
        title = self._value("title")
        if not title:
            self._refuse("title", t("new.no_title"))
            return
        try:
            date = parse_date(self._value("date"))
        except FieldError as error:
            self._refuse("date", str(error))
            return
        groups = parse_groups(self._value("groups"))
        if groups is None:
            self._refuse("groups", t("new.bad_groups"))
            return
        follows: str | None = None
        if self.candidates:
            value = self.query_one("#follows", Select).value
            follows = value if isinstance(value, str) else None
        roles = Roles(self._value("leader") or None, self._value("referent") or None)
        factors: tuple[str, ...] = ()
        if asks_for_factors(self.agenda):
            factors = split_factors(self._value("factors"))
        self.dismiss(
            NewSessionRequest(
                self.agenda, title, date, self._value("place"), roles, groups, follows, factors
            )
        )
