"""The UI's texts: a re-export of the one language table in store.language."""

from store.language import language, set_language, t

__all__ = ["language", "set_language", "t"]
