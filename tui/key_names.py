"""Key names as the README and a keyboard write them: F2, Ctrl+Z, PgDn, Delete."""

from __future__ import annotations

import re

_NAMES = {
    "pagedown": "PgDn",
    "pageup": "PgUp",
    "delete": "Delete",
    "backspace": "Backspace",
    "escape": "Esc",
    "enter": "Enter",
    "space": "Space",
    "tab": "Tab",
    "home": "Home",
    "end": "End",
    "up": "↑",
    "down": "↓",
    "left": "←",
    "right": "→",
}
_MODIFIERS = {"ctrl": "Ctrl", "shift": "Shift", "alt": "Alt"}
_FUNCTION_KEY = re.compile(r"f\d{1,2}")


def key_name(key: str) -> str:
    """One key in full: "f2" -> "F2", "ctrl+shift+z" -> "Ctrl+Shift+Z", "pagedown" -> "PgDn"."""
    *modifiers, base = key.split("+")
    if _FUNCTION_KEY.fullmatch(base):
        base = base.upper()
    else:
        base = _NAMES.get(base, base.upper() if modifiers and len(base) == 1 else base)
    return "+".join([*(_MODIFIERS.get(m, m) for m in modifiers), base])


def keys_name(keys: str) -> str:
    """A binding's keys ("ctrl+y,ctrl+shift+z") in full, joined with " / "."""
    return " / ".join(key_name(key.strip()) for key in keys.split(","))
