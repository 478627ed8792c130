"""Actor knowledge base: countries, metonyms, organisations and people with dated CAMEO roles."""

from functools import lru_cache

from warta.actors.kb import Actor, ActorKB, KBError, Role, alias_key, load_kb, normalise

__all__ = ["Actor", "ActorKB", "KBError", "Role", "alias_key", "default_kb", "load_kb", "normalise"]


@lru_cache(maxsize=1)
def default_kb() -> ActorKB:
    """The shipped knowledge base, loaded once (read-only after loading)."""
    return load_kb()
