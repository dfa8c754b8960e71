"""The saksliste writer: what it writes reads back as the same saksliste, hostile text too."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agendas import parse_agenda
from agendas.model import ItemType
from agendas.saksliste import (
    Sak,
    Saksliste,
    agenda_id_for,
    check_saksliste,
    clean,
    saksliste_from_agenda,
    write_saksliste,
)

_HOSTILE = st.sampled_from(
    [
        "**",
        "*",
        "#",
        "##",
        "_",
        "`",
        "[",
        "]",
        "(",
        ")",
        "<",
        ">",
        "&amp;",
        "\\",
        ":",
        "---",
        "**Type:**",
        "(5 min)",
        "- ",
        "> ",
        "1. ",
        "<!--",
        "-->",
        "!",
        "~",
        "|",
        "æøå",
        "🙂",
        "\u200d",
    ]
)
_TEXT = st.lists(
    st.one_of(
        _HOSTILE,
        st.text(
            alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Co", "Cn", "Zl", "Zp")),
            max_size=8,
        ),
    ),
    max_size=6,
).map(lambda parts: clean(" ".join(parts)))
_TITLE = _TEXT.filter(bool)


@st.composite
def _sakslister(draw: st.DrawFn) -> Saksliste:
    titles = draw(st.lists(_TITLE, min_size=1, max_size=5, unique_by=str.casefold))
    items = tuple(
        Sak(
            title=title,
            minutes=draw(st.integers(1, 600)),
            purpose=draw(_TEXT),
            outcome=draw(_TEXT),
            item_type=draw(st.none() | st.sampled_from(list(ItemType))),
        )
        for title in titles
    )
    return Saksliste("mote-1", draw(_TITLE), draw(_TEXT), draw(_TEXT), items)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_sakslister())
def test_what_is_written_reads_back_as_the_same_saksliste(draft: Saksliste) -> None:
    text = write_saksliste(draft)
    assert saksliste_from_agenda(parse_agenda(text)) == draft


@given(st.sampled_from(["\n", "\r", "\t", "\u2028", "\x00", "\x1b"]))
def test_a_line_break_or_control_character_in_a_field_is_refused(bad: str) -> None:
    draft = Saksliste("m", "Møte", items=(Sak(f"Sak{bad}to", 5),))
    assert [p.key for p in check_saksliste(draft)] == ["hora.problem.newline"]


def test_a_written_saksliste_is_ordinary_markdown_with_bold_label_fields() -> None:
    draft = Saksliste(
        "personalmote",
        "Personalmøte",
        "Bli enige om vaktplanen",
        "En vaktplan for mars",
        (Sak("Vaktplan", 20, "Planen må ut", "Vedtatt plan", ItemType.BESLUTNING),),
    )
    assert write_saksliste(draft) == (
        '---\nid: personalmote\ntitle: "Personalmøte"\n---\n\n# Personalmøte\n\n'
        "**Hensikt:** Bli enige om vaktplanen\n**Ønsket resultat:** En vaktplan for mars\n\n"
        "## Vaktplan (20 min)\n\n**Type:** beslutning\n**Hensikt:** Planen må ut\n"
        "**Ønsket resultat:** Vedtatt plan\n"
    )


def test_problems_name_the_item_and_field() -> None:
    draft = Saksliste("Bad Id", "", items=(Sak("A", 5), Sak("a", 0)))
    found = {(p.key, p.item, p.field) for p in check_saksliste(draft)}
    assert found == {
        ("hora.problem.id", None, "id"),
        ("hora.problem.no_title", None, "title"),
        ("hora.problem.twice", 1, "title"),
        ("hora.problem.minutes", 1, "minutes"),
    }
    assert [p.key for p in check_saksliste(Saksliste("m", "M"))] == ["hora.problem.no_items"]


def test_ids_come_from_the_title_and_never_clash() -> None:
    assert agenda_id_for("Personalmøte i Mars, Æble & Å", set()) == "personalmote-i-mars-aeble-aa"
    assert agenda_id_for("Møte", {"mote", "mote-2"}) == "mote-3"
    assert agenda_id_for("???", set()) == "saksliste"
