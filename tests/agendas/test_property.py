"""Any text yields an Agenda or an AgendaError: never another exception."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agendas import Agenda, AgendaError, parse_agenda

_PIECES = st.sampled_from(
    [
        "---\n",
        "id: x\n",
        "title: X\n",
        "# X\n",
        "## A (5 min)\n",
        "## B (45–60 min)\n",
        "(",
        ")",
        "- ",
        "> ",
        "**Samle:** ",
        "**Runder:** ",
        "**Gruppearbeid:** ",
        "3 ønsker",
        " per gruppe",
        "×",
        "min",
        "t",
        "\n",
        "[",
        "]",
        ":",
        "{",
        "&a ",
        "*b",
        "!!python/object ",
        "\t",
        "1. ",
        "<!--",
        "```",
        "ca. ",
        "0",
        "–",
    ]
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(), st.lists(_PIECES | st.text(max_size=5), max_size=40).map("".join)))
def test_any_text_gives_agenda_or_agenda_error(text: str) -> None:
    try:
        result = parse_agenda(text, "fuzz.md")
    except AgendaError as error:
        assert error.path == "fuzz.md" and error.line >= 1
    else:
        assert isinstance(result, Agenda)
