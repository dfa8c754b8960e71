"""The built-in agendas: each parses, has the seed's steps and minutes, and quotes the seed.

The seed documents (the Norwegian source texts the agendas are written from) live in
`shared/seeds/` beside the clone. When that folder is absent, only the check that a quote
occurs in the seed text is skipped; everything else still runs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from agendas.library import builtin_agendas
from agendas.model import Agenda, GroupWork, NoteKind, Rounds, Target
from agendas.parser import parse_agenda

BUILTIN_DIR = Path(__file__).resolve().parents[1] / "agendas" / "builtin"
SEEDS_DIR = Path(__file__).resolve().parents[2] / "shared" / "seeds"

# Seed files are named `<number>_<hash>.txt`; the agendas refer to them by number.
OSS_OG_VAART_MOTER = "000"  # Statusmøte, Tiltaksmøte
STARTE_VEILEDER = "001"  # Starte planning meeting, Tips for å lede verksteder
STARTE_ARBEIDSARK = "002"  # Starte worksheets, overview of the four workshops
APU = "003"  # Arbeidsplassutvikling, meeting 1 and 2
ROLLEKURS = "004"  # Kurs i rolleforståelse og partssamarbeid, HØRA


@dataclass(frozen=True)
class Expected:
    """What one built-in agenda must contain, checked against its seed."""

    minutes: tuple[int, ...]
    quotes: tuple[tuple[str, str], ...]  # (seed number, question or tip quoted verbatim)
    next: str | None = None


#: The APU guide's framing, shown before an APU meeting starts (the agendas' `framing:`).
APU_FRAMING = (
    "Arbeidsplassutvikling kan brukes til å kartlegge trivselen og prioritere innsatsområder",
    "APU er velegnet hvis dere ønsker en positiv tilnærming til arbeidet med det psykiske "
    "arbeidsmiljøet.",
    "Metoden handler i stor grad om å inkludere medarbeiderne, noe som fører til økt engasjement.",
    "Metoden er mindre egnet hvis det er mange grunnleggende og følsomme konflikter på "
    "arbeidsplassen.",
    "Komplekse problemstillinger blir kanskje ikke behandlet grundig nok.",
    "Utover det bør ansvarsgruppen sette av 2–3 timer til å forberede møtene.",
)

EXPECTED: dict[str, Expected] = {
    "starte": Expected(
        minutes=(10, 10, 15, 15, 10),
        next="utforske",
        quotes=(
            (STARTE_VEILEDER, "Lytt fremfor å snakke selv"),
            (STARTE_VEILEDER, "Bruk åpne spørsmål, unngå ja/nei-spørsmål."),
            (
                STARTE_VEILEDER,
                "Hjelp deltakerne å snakke med hverandre og bygge videre på hverandres "
                "innspill. For eksempel: Still spørsmål fra deltakerne tilbake til resten "
                "av gruppen, heller enn å svare selv",
            ),
            (STARTE_ARBEIDSARK, "Hvordan forstår dere HMS-gruppens rolle i Oss og vårt?"),
            (
                STARTE_ARBEIDSARK,
                "Hva er viktig for at du skal oppleve trygghet i HMS-gruppen når dere skal "
                "jobbe med Oss og vårt?",
            ),
            (STARTE_ARBEIDSARK, "Hvem skal lede verkstedet?"),
            (STARTE_VEILEDER, "Informer personalet om at Oss og vårt settes i gang."),
            (
                STARTE_VEILEDER,
                "Heng opp Oversikt over Oss og vårt i A3-format et sted som er synlig for alle.",
            ),
        ),
    ),
    "utforske": Expected(
        minutes=(25, 20, 15),
        next="utdype",
        quotes=(
            (STARTE_VEILEDER, "Sørg for at alle slipper til, la alle bli hørt"),
            (STARTE_VEILEDER, "Still oppfølgingsspørsmål for å forstå bedre."),
        ),
    ),
    "utdype": Expected(
        minutes=(30, 30),
        next="skape",
        quotes=((STARTE_VEILEDER, "Bruk åpne spørsmål, unngå ja/nei-spørsmål."),),
    ),
    "skape": Expected(
        minutes=(25, 15, 20),
        next="teste",
        quotes=((STARTE_VEILEDER, "Ikke rett pekefinger eller kritiser hverandre."),),
    ),
    "teste": Expected(
        minutes=(20, 20, 20),
        quotes=((STARTE_VEILEDER, "Lytt fremfor å snakke selv"),),
    ),
    "statusmote": Expected(
        minutes=(15, 65, 10),
        next="tiltaksmote",
        quotes=(
            (OSS_OG_VAART_MOTER, "Kjenner vi oss igjen i de utfordringene vi ser i filmene?"),
            (OSS_OG_VAART_MOTER, "Hva er de største utfordringene hos oss?"),
            (OSS_OG_VAART_MOTER, "Kan vi beskrive noen situasjoner fra egen arbeidshverdag?"),
            (
                OSS_OG_VAART_MOTER,
                "Er det noen typiske arbeidsoppgaver eller situasjoner som er mer "
                "problematiske enn andre?",
            ),
            (OSS_OG_VAART_MOTER, "Er det andre ting hos oss som er mer relevante?"),
            (
                OSS_OG_VAART_MOTER,
                "Når statusmøtet er slutt, samler de prosessansvarlige inn alle plansjene.",
            ),
            (
                OSS_OG_VAART_MOTER,
                "Så lager de en oppsummering, som de skriver inn i den indre sirkelen på "
                "plansjene som skal brukes i neste møte; tiltaksmøtet.",
            ),
            (
                OSS_OG_VAART_MOTER,
                "Husk at dere ikke skal snakke om hvordan utfordringene løses før i neste møte.",
            ),
        ),
    ),
    "tiltaksmote": Expected(
        minutes=(15, 45, 30),
        quotes=(
            (OSS_OG_VAART_MOTER, "Hva er vi gode på? Finn tre bevaringspunkter."),
            (OSS_OG_VAART_MOTER, "Er det noe vi kan bli bedre på? Finn tre forbedringspunkter."),
            (OSS_OG_VAART_MOTER, "Er det enkelte forhold i jobben vi bør ha særlig fokus på?"),
            (OSS_OG_VAART_MOTER, "Er det arbeidsoppgaver som kan organiseres annerledes?"),
            (
                OSS_OG_VAART_MOTER,
                "Er det andre faktorer i vårt arbeidsmiljø vi bør ta tak i – og hvordan?",
            ),
            (OSS_OG_VAART_MOTER, "De prosessansvarlige samler inn plansjene etter møtet."),
            (
                OSS_OG_VAART_MOTER,
                "Ut fra forslagene setter de opp en konkret handlingsplan for hvordan dere skal "
                "jobbe videre med arbeidsmiljøet.",
            ),
        ),
    ),
    "apu-1": Expected(
        minutes=(15, 45, 20),
        next="apu-2",
        quotes=(
            (APU, "Tenk på en dag da du opplevde arbeidsglede."),
            (
                APU,
                "Hva slags situasjon var det? Fortell historien til kollegaen din: Hva skjedde? "
                "Hvem var involvert? Hva gjorde de? Hva gjorde du? Hva tror du gjorde denne "
                "opplevelsen mulig?",
            ),
            (APU, "Kan du trekke ut noen spesifikke kjennetegn på situasjonen eller opplevelsen?"),
            (
                APU,
                "Hvis dere skal forandre noe på arbeidsplassen, hva er det minste som kan "
                "gjøres, som vil føre til den største forandringen?",
            ),
            (
                APU,
                "Nevn tre ting som kan forbedre arbeidet og det psykiske arbeidsmiljøet i "
                "framtiden.",
            ),
            (
                APU,
                "Husk at dette er et intervju og ikke en samtale. Unngå derfor å kommentere "
                "eller diskutere det som blir sagt. Still likevel gjerne utdypende spørsmål "
                "og følg opp det dere synes er interessant.",
            ),
            (
                APU,
                "Hva er det mest sentrale å fokusere på når vi skal skape arbeidsglede på "
                "arbeidsplassen vår?",
            ),
            (APU, "Lykke til!"),
            *((APU, quote) for quote in APU_FRAMING),
        ),
    ),
    "apu-2": Expected(
        minutes=(20, 50, 15, 5),
        quotes=(
            (APU, "Er det noe jeg synes er spesielt viktig?"),
            (APU, "Er det noe som overrasker meg?"),
            (APU, "Hva synes jeg at vi skal jobbe videre med?"),
            (APU, "Hvem må handle for at ønsket skal kunne realiseres?"),
            (APU, "Hvilke ressurser krever det?"),
            (APU, "Når skal det settes i gang?"),
            (APU, "Det er realistisk at arbeidsplassen jobber med ett til tre ønsker om gangen."),
            (APU, "Hva har vi fått ut av de to møtene?"),
            *((APU, quote) for quote in APU_FRAMING),
            (
                APU,
                "Ansvarsgruppen samler alle gruppearbeidene og skriver dem inn i et utkast til "
                "handlingsplan.",
            ),
        ),
    ),
    "rolleforstaelse": Expected(
        minutes=(20, 25, 20, 20, 25, 10),
        quotes=(
            (ROLLEKURS, "Symptom eller problem?"),
            (ROLLEKURS, "Ønsket effekt?"),
            (ROLLEKURS, "Hvordan ønsker vi at det skal være?"),
            (ROLLEKURS, "Du må tørre å «grave» etter det du ikke visste at du ikke visste"),
            (ROLLEKURS, "Hva er målet?"),
            (ROLLEKURS, "Hva er hindringer på veien og hvordan løser vi de?"),
            (ROLLEKURS, "Hvordan har vi det når målet er nådd?"),
            (ROLLEKURS, "Er du blitt bedre til å ta andres perspektiv?"),
        ),
    ),
    "hora": Expected(
        minutes=(5, 10, 20, 20, 5),
        quotes=(
            (
                ROLLEKURS,
                "Vi har begynt å skrive alle sakslister annerledes mer om hvorfor vi skal ta "
                "opp saken og hva vi vil med dem",
            ),
        ),
    ),
}

IDS = sorted(EXPECTED)

QUOTE_CASES = [
    pytest.param(agenda_id, seed, quote, id=f"{agenda_id}-{index}")
    for agenda_id in IDS
    for index, (seed, quote) in enumerate(EXPECTED[agenda_id].quotes)
]


def normalize(text: str) -> str:
    """Undo PDF line-break hyphenation (`kol-\\nlegaen`) and collapse all whitespace.

    Whitespace before `?` and `!` (a PDF artifact: `Ønsket effekt ?`) is dropped too.
    """
    text = text.replace("\u00a0", " ").replace("\u202f", " ")
    text = re.sub(r"(?<=\w)-[ \t]*\n\s*(?=[a-zæøå])", "", text)
    text = re.sub(r"\s+(?=[?!])", "", text)
    return re.sub(r"\s+", " ", text).strip()


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


def load(agenda_id: str) -> Agenda:
    """Parse one built-in agenda file by id."""
    path = BUILTIN_DIR / f"{agenda_id}.md"
    return parse_agenda(path.read_text(encoding="utf-8"), str(path))


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


def test_every_builtin_file_is_expected() -> None:
    assert sorted(p.stem for p in BUILTIN_DIR.glob("*.md")) == IDS


def test_library_loads_every_builtin_agenda() -> None:
    agendas = builtin_agendas()
    assert sorted(a.id for a in agendas) == IDS


@pytest.mark.parametrize("agenda_id", IDS, ids=IDS)
def test_agenda_parses_with_id_title_and_purpose(agenda_id: str) -> None:
    agenda = load(agenda_id)
    assert agenda.id == agenda_id
    assert agenda.title
    assert agenda.purpose, "the paragraphs after the title state the purpose"
    titles = [step.title for step in agenda.steps]
    assert len(titles) == len(set(titles))


@pytest.mark.parametrize("agenda_id", IDS, ids=IDS)
def test_steps_and_planned_minutes(agenda_id: str) -> None:
    agenda = load(agenda_id)
    planned = tuple(step.duration.planned for step in agenda.steps)
    assert len(agenda.steps) == len(EXPECTED[agenda_id].minutes)
    assert planned == EXPECTED[agenda_id].minutes


@pytest.mark.parametrize("agenda_id", IDS, ids=IDS)
def test_next_chain(agenda_id: str) -> None:
    assert load(agenda_id).next == EXPECTED[agenda_id].next


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


def test_starte_totals_one_hour() -> None:
    # The seed's kjøreplan: "Totalt 1 time".
    assert load("starte").planned_minutes == 60


@pytest.mark.parametrize("agenda_id", ["statusmote", "tiltaksmote"], ids=str)
def test_status_and_tiltak_fit_one_and_a_half_to_two_hours(agenda_id: str) -> None:
    agenda = load(agenda_id)
    assert agenda.planned_minutes >= 90
    assert agenda.limit_minutes <= 120


@pytest.mark.parametrize("agenda_id", ["apu-1", "apu-2"], ids=str)
def test_apu_meetings_stay_within_two_hours(agenda_id: str) -> None:
    assert load(agenda_id).limit_minutes <= 120


def test_statusmote_group_work_collects_challenges() -> None:
    step = load("statusmote").steps[1]
    assert step.group_work == GroupWork(4, 6)
    assert step.targets == (Target(NoteKind.UTFORDRING, None, per_group=True),)


def test_tiltaksmote_collects_three_and_three_per_group_then_tiltak() -> None:
    agenda = load("tiltaksmote")
    assert agenda.steps[1].group_work == GroupWork(4, 6)
    assert agenda.steps[1].targets == (
        Target(NoteKind.BEVARINGSPUNKT, 3, per_group=True),
        Target(NoteKind.FORBEDRINGSPUNKT, 3, per_group=True),
    )
    assert NoteKind.TILTAK in {t.kind for t in agenda.steps[-1].targets}


def test_apu_1_interviews_in_two_rounds_of_ten_minutes() -> None:
    step = load("apu-1").steps[1]
    assert step.rounds == Rounds(2, 10, "intervju")
    assert step.group_work == GroupWork(4, 4)
    assert step.targets == (Target(NoteKind.ONSKE, 3, per_group=True),)
    assert len(step.questions) == 5


def test_apu_2_from_wish_to_action_collects_tiltak() -> None:
    step = load("apu-2").steps[1]
    assert step.title == "Fra ønske til handling"
    assert step.targets == (Target(NoteKind.TILTAK),)


@pytest.mark.parametrize(
    ("agenda_id", "kind"),
    [("skape", NoteKind.IDE), ("rolleforstaelse", NoteKind.IDE), ("hora", NoteKind.VEDTAK)],
    ids=["skape", "rolleforstaelse", "hora"],
)
def test_agenda_collects_kind(agenda_id: str, kind: NoteKind) -> None:
    kinds = {t.kind for step in load(agenda_id).steps for t in step.targets}
    assert kind in kinds
