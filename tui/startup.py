"""Process start-up: no cyclic garbage collection until the first frame is on screen.

Starting the app builds hundreds of thousands of long-lived objects (modules, classes,
widgets, styles); the collector would walk them again and again while they are being made,
which measured about a quarter of `plansje run`'s start-up. The entry point holds the
collector; the app releases it once the first frame is shown, freezing what start-up built
so later collections skip it.
"""

from __future__ import annotations

import gc

_held = [False]


def hold_gc() -> None:
    """Pause the cyclic garbage collector (only if it is running)."""
    if gc.isenabled():
        gc.disable()
        _held[0] = True


def release_gc(*, freeze: bool = True) -> None:
    """Resume the collector paused by hold_gc (freezing start-up's objects); else nothing."""
    if _held[0]:
        _held[0] = False
        if freeze:
            gc.freeze()
        gc.enable()
