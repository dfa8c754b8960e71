"""Plansje's settings, resolved once: command line, then environment, then defaults."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from store.language import Lang, normalize_lang
from store.location import APP_NAME
from store.location import ENV_VAR as STORE_ENV

LANG_ENV = "PLANSJE_LANG"
CACHE_ENV = "PLANSJE_CACHE"
ZONE_ENV = "PLANSJE_TZ"


@dataclass(frozen=True, slots=True)
class Settings:
    """Where the store is, which language to speak, the agenda parse cache and the zone.

    `agenda_cache` is None when the cache is off (PLANSJE_CACHE=off); `zone` is the raw
    PLANSJE_TZ value (None: not set), interpreted by store.clock.
    """

    store: Path
    language: Lang = "nb"
    agenda_cache: Path | None = None
    zone: str | None = None

    @classmethod
    def resolve(
        cls, args: Mapping[str, object] | None = None, environ: Mapping[str, str] | None = None
    ) -> Settings:
        """Settings from `args` (store, lang, cache, zone; None = not given) over `environ`."""
        given = args or {}
        env = environ if environ is not None else {}
        store = _first(given.get("store"), env.get(STORE_ENV))
        cache = _first(given.get("cache"), env.get(CACHE_ENV))
        return cls(
            store=_path(store) if store else _default_store(),
            language=normalize_lang(_first(given.get("lang"), env.get(LANG_ENV))),
            agenda_cache=_cache(cache),
            zone=_first(given.get("zone"), env.get(ZONE_ENV)),
        )


def _first(*values: object) -> str | None:
    """The first value that is a non-blank string (stripped), else None."""
    for value in values:
        if value is not None and str(value).strip():
            return str(value).strip()
    return None


def _path(text: str) -> Path:
    """A user-written path with ~ expanded."""
    return Path(text).expanduser()


def _default_store() -> Path:
    """The platform's data folder for Plansje."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def _cache(value: str | None) -> Path | None:
    """The agenda cache folder: `off` turns it off, unset means the platform cache folder."""
    if value is not None and value.lower() == "off":
        return None
    if value:
        return _path(value)
    return platformdirs.user_cache_path(APP_NAME) / "agendas"
