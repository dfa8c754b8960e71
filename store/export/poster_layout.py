"""The poster's geometry: a circle cut into segments around an inner circle, on A3.

All lengths are millimetres in the page's content area (origin top left, y down). Each
segment gets the largest upright text box that lies inside it, found by search, and an
estimate of how many lines of text fit in that box at the smallest type size.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass

#: A3's content area with the poster's margins (12 mm at the sides and top, 16 at the bottom).
WIDTH = 273.0
HEIGHT = 392.0
#: The circle: centre, outer radius and the inner circle's radius.
CENTRE_X = WIDTH / 2
CENTRE_Y = 200.0
OUTER = 134.0
INNER = 54.0
#: The smallest type size text shrinks to (pt) before it flows onto the next page.
MIN_SIZE_PT = 7.0
_PT_MM = 25.4 / 72


@dataclass(frozen=True, slots=True)
class Box:
    """An upright box: top left corner and size, in millimetres."""

    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True, slots=True)
class Segment:
    """One segment: its outline (a polygon) and the text box inside it."""

    outline: tuple[tuple[float, float], ...]
    box: Box


def _inside(x: float, y: float, start: float, span: float) -> bool:
    """True when the point lies in the ring between the circles and within the angle span."""
    dx, dy = x - CENTRE_X, y - CENTRE_Y
    radius = math.hypot(dx, dy)
    if not INNER + 1.5 <= radius <= OUTER - 1.5:
        return False
    if span >= 2 * math.pi:
        return True
    angle = (math.atan2(dy, dx) - start) % (2 * math.pi)
    margin = 2.0 / radius  # keep 2 mm from the dividing lines
    return margin <= angle <= span - margin


def _fits(cx: float, cy: float, width: float, height: float, start: float, span: float) -> bool:
    samples = 6
    for i in range(samples + 1):
        f = i / samples
        for x, y in (
            (cx - width / 2 + f * width, cy - height / 2),
            (cx - width / 2 + f * width, cy + height / 2),
            (cx - width / 2, cy - height / 2 + f * height),
            (cx + width / 2, cy - height / 2 + f * height),
        ):
            if not _inside(x, y, start, span):
                return False
    return True


def _largest_box(start: float, span: float) -> Box:
    """The largest upright box found inside the segment (centre along its middle angle)."""
    middle = start + span / 2 if span < 2 * math.pi else -math.pi / 2
    best = Box(CENTRE_X, CENTRE_Y, 0.0, 0.0)
    for step in range(6):
        radius = INNER + (OUTER - INNER) * (0.3 + 0.08 * step)
        cx = CENTRE_X + radius * math.cos(middle)
        cy = CENTRE_Y + radius * math.sin(middle)
        for aspect in (0.5, 0.75, 1.0, 1.4, 2.0, 3.0):
            low, high = 0.0, 2 * OUTER
            for _ in range(12):
                mid = (low + high) / 2
                if _fits(cx, cy, mid * aspect, mid, start, span):
                    low = mid
                else:
                    high = mid
            width, height = low * aspect, low
            if width * height > best.width * best.height:
                best = Box(cx - width / 2, cy - height / 2, width, height)
    return best


def _outline(start: float, span: float) -> tuple[tuple[float, float], ...]:
    steps = max(2, math.ceil(math.degrees(span) / 3))
    outer = [start + span * i / steps for i in range(steps + 1)]
    points = [(CENTRE_X + OUTER * math.cos(a), CENTRE_Y + OUTER * math.sin(a)) for a in outer]
    points += [
        (CENTRE_X + INNER * math.cos(a), CENTRE_Y + INNER * math.sin(a)) for a in reversed(outer)
    ]
    return tuple((round(x, 2), round(y, 2)) for x, y in points)


@functools.cache
def segments(count: int) -> tuple[Segment, ...]:
    """The outlines and text boxes of `count` equal segments, clockwise from the top."""
    span = 2 * math.pi / count
    return tuple(
        Segment(
            _outline(-math.pi / 2 + i * span, span), _largest_box(-math.pi / 2 + i * span, span)
        )
        for i in range(count)
    )


def inner_box() -> Box:
    """The text box inside the inner circle (a square with room to the edge)."""
    side = INNER * math.sqrt(2) * 0.94
    return Box(CENTRE_X - side / 2, CENTRE_Y - side / 2, side, side)


def lines_that_fit(box: Box, size_pt: float = MIN_SIZE_PT) -> int:
    """How many lines of text at `size_pt` a box holds (with list spacing; conservative)."""
    return int(box.height / (size_pt * _PT_MM * 1.55))


def lines_needed(text: str, box: Box, size_pt: float = MIN_SIZE_PT) -> int:
    """How many lines a list item's text takes in the box at `size_pt` (conservative)."""
    per_line = max(8, int((box.width - 4) / (size_pt * _PT_MM * 0.56)))
    words = text.split()
    lines, used = 1, 0
    for word in words:
        length = len(word) + (1 if used else 0)
        if used + length > per_line and used:
            lines, used = lines + 1, len(word)
        else:
            used += length
    return lines
