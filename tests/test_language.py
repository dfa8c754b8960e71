"""The one language table: complete in both languages, used by UI, exports and errors."""

from __future__ import annotations

import errno
import pickle
import re
import string
from collections.abc import Iterator
from pathlib import Path

import pytest

from agendas.model import IgloLevel, NoteKind
from store import errors
from store.clock import duration_text
from store.errors import Reason, os_reason
from store.export.labels import labels_for
from store.language import (
    PARTS,
    TABLE,
    _join,
    kind_label,
    language,
    set_language,
    t,
    translate,
)
from store.model import NoteStatus

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def english() -> Iterator[None]:
    set_language("en")
    yield
    set_language("nb")


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_text_exists_in_both_languages_with_the_same_placeholders() -> None:
    assert len(TABLE) == sum(len(part) for part in PARTS.values())
    for key, (nb, en) in TABLE.items():
        assert nb.strip() and en.strip(), key
        assert _fields(nb) == _fields(en), key


def test_a_key_defined_in_two_parts_is_refused() -> None:
    with pytest.raises(ValueError, match=r"home\.title"):
        _join({"ui": {"home.title": ("a", "b")}, "cli": {"home.title": ("c", "d")}})


def test_every_literal_key_the_code_asks_for_is_in_the_table() -> None:
    asked: set[str] = set()
    for folder in ("tui", "store"):
        for path in (ROOT / folder).rglob("*.py"):
            asked |= set(re.findall(r'\bt\("([a-z_.0-9]+)"', path.read_text(encoding="utf-8")))
    assert len(asked) > 100
    assert sorted(asked - TABLE.keys()) == []


def test_tui_i18n_is_the_same_table(english: None) -> None:
    from tui.i18n import language as ui_language
    from tui.i18n import t as ui_t

    assert ui_language() == "en"
    assert ui_t("run.step_of", n=2, count=5) == "Step 2 of 5" == t("run.step_of", n=2, count=5)
    assert translate("run.step_of", "nb", {"n": 2, "count": 5}) == "Steg 2 av 5"


def test_kind_labels_come_from_the_table_in_both_languages() -> None:
    from tui.views import kind_label as ui_kind_label

    assert [kind_label(kind, "nb") for kind in NoteKind][:3] == [
        "notat",
        "utfordring",
        "bevaringspunkt",
    ]
    assert kind_label(NoteKind.ONSKE, "en") == "wish"
    assert ui_kind_label(NoteKind.ONSKE) == "ønske"
    set_language("en")
    try:
        assert ui_kind_label(NoteKind.BEVARINGSPUNKT) == "keep point"
    finally:
        set_language("nb")


def test_export_labels_are_built_from_the_table() -> None:
    nb, en = labels_for("nb"), labels_for("en")
    assert nb.kinds[NoteKind.ONSKE] == TABLE["doc.kinds.onske"][0] == "Ønsker"
    assert en.kinds[NoteKind.ONSKE] == TABLE["doc.kinds.onske"][1] == "Wishes"
    assert set(nb.kinds) == set(NoteKind) and set(en.iglo) == set(IgloLevel)
    assert en.status[NoteStatus.PABEGYNT] == "started"
    assert nb.action_columns == ("Tiltak", "IGLO-nivå", "Ansvarlig", "Ressurser", "Frist", "Status")
    assert en.progress_columns == ("What", "Kind", "Date", "Time", "Leader")
    assert nb.group_label(2) == "Gruppe 2" and en.group_label(None) == "Plenary"
    assert labels_for("nb") is nb  # built once


def test_durations_use_the_language_hour_unit() -> None:
    assert duration_text(90, "nb") == "1 t 30 min"
    assert duration_text(60, "en") == "1 h"
    assert duration_text(45) == "45 min"


def _every_store_error(path: Path) -> list[errors.StoreError | errors.InvalidInput]:
    return [
        errors.SessionNotFound("abc"),
        errors.SessionNotFound("abc", "/data"),
        errors.AmbiguousSessionId("ab", ["abd", "abc"]),
        errors.NoteNotFound("abc", "n1"),
        errors.CorruptSessionFile(path, Reason("reason.unexpected_structure")),
        errors.UnsupportedSchema(path, 9, 3),
        errors.StoreUnavailable(path, os_reason(OSError(errno.EROFS, "Read-only file system"))),
        errors.LockTimeout(path, 2.5),
        errors.InvalidInput(Reason("input.groups_min")),
    ]


def test_every_store_error_has_a_code_and_reads_in_the_current_language(tmp_path: Path) -> None:
    for error in _every_store_error(tmp_path / "s.json"):
        code, params = error.code, error.params
        assert code in TABLE and isinstance(params, dict)
        norwegian = str(error)
        set_language("en")
        try:
            english = str(error)
        finally:
            set_language("nb")
        assert norwegian != english, code
        assert norwegian == translate(code, "nb", params)


def test_error_messages_name_the_file_and_the_reason(tmp_path: Path, english: None) -> None:
    path = tmp_path / "s.json"
    full = errors.StoreUnavailable(path, os_reason(OSError(errno.ENOSPC, "No space")), 28, "lese")
    assert str(full) == f"Cannot read {path}: the disk is full (No space)."
    json_error = Reason("reason.invalid_json", {"line": 3, "column": 7, "detail": "Expecting ','"})
    corrupt = errors.CorruptSessionFile(path, json_error)
    assert "invalid JSON at line 3, column 7: Expecting ','" in str(corrupt)
    assert str(errors.LockTimeout(path, 5.0)).startswith(f"Could not lock {path} within 5 s")
    set_language("nb")
    assert "ugyldig JSON på linje 3, kolonne 7" in str(corrupt)
    assert str(full) == f"Kan ikke lese {path}: disken er full (No space)."


def test_plain_text_reasons_and_os_errors_still_work(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    assert "(ugyldig innhold)" in str(errors.CorruptSessionFile(path, "ugyldig innhold"))
    other = os_reason(OSError(errno.EIO, "Input/output error"))
    assert other == Reason("reason.os", {"detail": "Input/output error"})
    assert (
        str(errors.StoreUnavailable(path, other)) == f"Kan ikke lagre i {path}: Input/output error."
    )
    assert os_reason(OSError(errno.EACCES, "Permission denied")).code == "reason.no_access"
    assert str(errors.InvalidInput("bad step")) == "Ugyldig verdi: bad step"
    assert isinstance(errors.InvalidInput("x"), ValueError)


def test_errors_survive_pickling_between_processes(tmp_path: Path) -> None:
    for error in _every_store_error(tmp_path / "s.json"):
        again = pickle.loads(pickle.dumps(error))
        assert type(again) is type(error) and str(again) == str(error)


def test_the_language_is_nb_unless_english_is_asked_for() -> None:
    assert language() == "nb"
    assert set_language("EN_us") == "en"
    assert set_language("de") == "nb"
    assert set_language(None) == "nb"
