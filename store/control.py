"""Who controls the steps and the timer: the facilitator, unless control was handed over."""

from __future__ import annotations

from collections.abc import Sequence

from store.model import Event, EventType, Seat


def control_holder(events: Sequence[Event]) -> Seat:
    """The seat holding control after these events: the last hand-over, else the facilitator."""
    holder = Seat.FACILITATOR
    for event in sorted(events, key=lambda e: e.at):
        if event.type is EventType.CONTROL_GIVEN and event.seat is not None:
            holder = event.seat
    return holder
