"""The printed minutes (PDF and Word) list the after-the-meeting tasks with their ticks."""

from __future__ import annotations

import io

import docx

from store.docx_file import docx_bytes
from store.export.print_minutes import print_minutes
from tests.export.sessions import NOW, tiltaksmote


def test_the_word_minutes_list_the_after_tasks_as_done_or_to_do() -> None:
    word = docx.Document(io.BytesIO(docx_bytes(print_minutes(tiltaksmote(), NOW))))
    texts = [paragraph.text for paragraph in word.paragraphs]
    heading = texts.index("Etter møtet")
    assert texts[heading + 1] == "Utført: De prosessansvarlige samler inn plansjene etter møtet."
    assert texts[heading + 2].startswith("Gjenstår: Ut fra forslagene setter de opp en konkret")
    assert texts.index("Neste møte") > heading


def test_english_minutes_say_done_and_to_do() -> None:
    word = docx.Document(io.BytesIO(docx_bytes(print_minutes(tiltaksmote(), NOW, lang="en"))))
    texts = [paragraph.text for paragraph in word.paragraphs]
    heading = texts.index("After the meeting")
    assert texts[heading + 1].startswith("Done: De prosessansvarlige")
