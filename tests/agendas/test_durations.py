"""Durations in step headings, as facilitators write them."""

import pytest

from agendas.durations import DurationSyntaxError, format_minutes, parse_duration


@pytest.mark.parametrize(
    ("text", "planned", "limit"),
    [
        ("15 min", 15, 15),
        ("15 minutter", 15, 15),
        ("ca. 15 minutter", 15, 15),
        ("45–60 min", 45, 60),
        ("45-60 min", 45, 60),
        ("45 min–1 t", 45, 60),
        ("45 minutter–1 time", 45, 60),
        ("1 t 30 min", 90, 90),
        ("2 timer", 120, 120),
        ("1,5 t", 90, 90),
        ("1,5–2 timer", 90, 120),
        ("20 – 30 min", 20, 30),
    ],
)
def test_accepted_durations(text: str, planned: int, limit: int) -> None:
    duration = parse_duration(text)
    assert (duration.planned, duration.limit) == (planned, limit)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("ti min", "digits"),
        ("0 min", "more than zero"),
        ("15", "missing unit"),
        ("15 dager", "unknown unit"),
        ("60–45 min", "ends before it starts"),
        ("0,3 min", "whole number"),
    ],
)
def test_rejected_durations_say_why(text: str, reason: str) -> None:
    with pytest.raises(DurationSyntaxError, match=reason):
        parse_duration(text)


def test_format_minutes_reads_norwegian() -> None:
    assert [format_minutes(m) for m in (45, 60, 90)] == ["45 min", "1 t", "1 t 30 min"]
