"""The built-in agendas quote their seeds: each expected quote is a question, tip, after-task
or framing line of its agenda, and occurs verbatim in its seed document.

The seed documents (the Norwegian source texts the agendas are written from) live in
`shared/seeds/` beside the clone. When that folder is absent, only the check that a quote
occurs in the seed text is skipped; everything else still runs.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from agendas.model import Agenda
from tests.builtin_agenda_expectations import BUILTIN_DIR, EXPECTED, IDS, load, normalize

SEEDS_DIR = Path(__file__).resolve().parents[2] / "shared" / "seeds"

QUOTE_CASES = [
    pytest.param(agenda_id, seed, quote, id=f"{agenda_id}-{index}")
    for agenda_id in IDS
    for index, (seed, quote) in enumerate(EXPECTED[agenda_id].quotes)
]


#: Bokmål corrections the agendas make to the seeds' own words (seed wording -> agenda
#: wording); a quote is checked against the seed as the seed has it.
CORRECTIONS = {
    "hvordan løser vi de?": "hvordan løser vi dem?",
    "tipsene for hver verksted": "tipsene for hvert verksted",
    "kan værevanskelig å få øye på": "kan være vanskelig å få øye på",  # a PDF artifact
}


def corrected(text: str) -> str:
    """The seed's words as the agendas write them."""
    for seed_words, agenda_words in CORRECTIONS.items():
        text = text.replace(seed_words, agenda_words)
    return text


def seed_text(number: str) -> str:
    """The normalized text of one seed document; skips the test when seeds are absent."""
    if not SEEDS_DIR.is_dir():
        pytest.skip(f"seed documents not available at {SEEDS_DIR}")
    matches = sorted(SEEDS_DIR.glob(f"{number}_*.txt"))
    assert len(matches) == 1, f"expected one seed file {number}_*.txt in {SEEDS_DIR}"
    return normalize(matches[0].read_text(encoding="utf-8"))


def texts_of(agenda: Agenda) -> list[str]:
    """Every discussion question and facilitator tip of an agenda, its after-tasks and the
    method's framing, normalized."""
    steps = [t for step in agenda.steps for t in (*step.questions, *step.tips)]
    return [normalize(t) for t in (*steps, *agenda.after, *agenda.framing)]


def test_normalize_joins_hyphenation_and_collapses_whitespace() -> None:
    assert normalize("Fortell historien til kol-\nlegaen din") == (
        "Fortell historien til kollegaen din"
    )
    assert normalize("Symptom\teller\u00a0 problem?\n") == "Symptom eller problem?"
    assert normalize("individ-, gruppe-, ledelses- eller") == "individ-, gruppe-, ledelses- eller"
    assert normalize("Ønsket\teffekt\t?") == "Ønsket effekt?"


@pytest.mark.parametrize(("agenda_id", "seed", "quote"), QUOTE_CASES)
def test_quote_is_a_question_or_tip(agenda_id: str, seed: str, quote: str) -> None:
    texts = texts_of(load(agenda_id))
    wanted = corrected(normalize(quote))
    assert any(wanted in text for text in texts), f"{wanted!r} not in {texts!r}"


@pytest.mark.parametrize(("seed_words", "agenda_words"), CORRECTIONS.items())
def test_a_correction_replaces_the_seeds_words_everywhere(
    seed_words: str, agenda_words: str
) -> None:
    files = {p.stem: normalize(p.read_text(encoding="utf-8")) for p in BUILTIN_DIR.glob("*.md")}
    assert not [name for name, text in files.items() if seed_words in text]
    assert [name for name, text in files.items() if agenda_words in text]
    seeds = [normalize(p.read_text(encoding="utf-8")) for p in SEEDS_DIR.glob("*.txt")]
    if seeds:
        assert any(seed_words in seed for seed in seeds)  # a correction, not an invention


@pytest.mark.parametrize(("agenda_id", "seed", "quote"), QUOTE_CASES)
def test_quote_occurs_in_seed(agenda_id: str, seed: str, quote: str) -> None:
    assert normalize(quote) in seed_text(seed)
