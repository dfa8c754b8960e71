"""The command line's texts (help, messages, listings): key -> (bokmål, English)."""

from __future__ import annotations

CLI_TEXT: dict[str, tuple[str, str]] = {}
