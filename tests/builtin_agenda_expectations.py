"""What each built-in agenda must contain (steps, minutes, next, seed quotes), with helpers
to load a built-in agenda and normalize its text; shared by the built-in agenda tests."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from agendas.model import Agenda
from agendas.parser import parse_agenda

BUILTIN_DIR = Path(__file__).resolve().parents[1] / "agendas" / "builtin"

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


def normalize(text: str) -> str:
    """Undo PDF line-break hyphenation (`kol-\\nlegaen`) and collapse all whitespace.

    Whitespace before `?` and `!` (a PDF artifact: `Ønsket effekt ?`) is dropped too.
    """
    text = text.replace("\u00a0", " ").replace("\u202f", " ")
    text = re.sub(r"(?<=\w)-[ \t]*\n\s*(?=[a-zæøå])", "", text)
    text = re.sub(r"\s+(?=[?!])", "", text)
    return re.sub(r"\s+", " ", text).strip()


def load(agenda_id: str) -> Agenda:
    """Parse one built-in agenda file by id."""
    path = BUILTIN_DIR / f"{agenda_id}.md"
    return parse_agenda(path.read_text(encoding="utf-8"), str(path))
