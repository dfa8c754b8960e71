"""Where the store lives: ``--store DIR``, else env PLANSJE_STORE, else the platform data dir."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

ENV_VAR = "PLANSJE_STORE"
APP_NAME = "plansje"


def resolve_root(root: Path | str | None = None) -> Path:
    """The store directory: the given one, else $PLANSJE_STORE, else user_data_dir("plansje")."""
    if root is not None and str(root) != "":
        return Path(root).expanduser()
    env = os.environ.get(ENV_VAR, "").strip()
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
