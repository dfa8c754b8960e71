"""The agenda parse cache on disk: one small JSON file per agenda path, written durably.

agendas.cache decides what an entry holds and when it is still valid; this module keeps the
entries in a private folder (PLANSJE_CACHE, else the platform's user cache) and writes them
through store.durable.write_durably, the one atomic-write helper. Any failure to read or
write the cache is ignored: the agenda is parsed instead.
"""

from __future__ import annotations

import os
from pathlib import Path

from agendas.cache import Result, decode_entry, encode_entry, entry_name, use_parse_cache
from store.errors import StoreError

CACHE_ENV = "PLANSJE_CACHE"
"""Environment variable: the cache folder, or `off` to parse every time."""

CACHE_DIR_MODE = 0o700


def cache_dir() -> Path | None:
    """The cache folder: `PLANSJE_CACHE`, else the platform's user cache; None when off."""
    override = os.environ.get(CACHE_ENV, "")
    if override.lower() == "off":
        return None
    if override:
        return Path(override).expanduser()
    from platformdirs import user_cache_path

    return user_cache_path("plansje") / "agendas"


class DiskParseCache:
    """A ParseCache in a folder (default: cache_dir(), looked up on every use)."""

    def __init__(self, folder: Path | None = None) -> None:
        self._folder = folder

    def _where(self) -> Path | None:
        return self._folder if self._folder is not None else cache_dir()

    def load(self, text: str, path: str, source: str) -> Result | None:
        """The cached parse of this exact text at this path, or None when there is none."""
        folder = self._where()
        if folder is None:
            return None
        try:
            raw = (folder / entry_name(path, source)).read_bytes()
        except OSError:
            return None
        return decode_entry(raw, text, path, source)

    def save(self, text: str, path: str, source: str, result: Result) -> None:
        """Remember a successful parse; errors in writing the cache are ignored."""
        folder = self._where()
        data = encode_entry(text, path, source, result) if folder is not None else None
        if folder is None or data is None:
            return
        from store.durable import write_durably

        try:
            folder.mkdir(mode=CACHE_DIR_MODE, parents=True, exist_ok=True)
            write_durably(folder / entry_name(path, source), data)
        except (OSError, StoreError):
            return


def install_parse_cache() -> None:
    """Make agenda reads in this process go through the disk cache (call once at start-up)."""
    use_parse_cache(DiskParseCache())
