"""Speakers to actor codes, through the actor knowledge base (warta.actors)."""

from __future__ import annotations

from warta.actors import default_kb as _kb

# The knowledge base is the shipped one, loaded once per process and read-only; a broken one is
# a packaging error and fails loudly rather than silently dropping every speaker's code.


def speaker_code(name: str | None, date: str | None) -> str | None:
    """The CAMEO actor code of a speaker on a date: the whole name, else the longest known
    name inside it (`pejabat kepresidenan Prancis` → the country's code); None if unknown."""
    kb = _kb()
    if not name:
        return None
    actor = kb.find(name)
    if actor is not None:
        return actor.code_on(date)
    words = name.split()
    for size in range(min(len(words) - 1, kb.max_len), 0, -1):
        for start in range(len(words) - size, -1, -1):
            part = " ".join(words[start : start + size])
            if not part[:1].isupper():
                continue
            actor = kb.find(part)
            if actor is not None:
                return actor.code_on(date)
    return None


def preload() -> None:
    """Load the knowledge base now (at stage load) rather than on the first article."""
    _kb()


def known_kind(name: str) -> str | None:
    """What the knowledge base takes a name for (`person`, `organization`, `metonym`, `country`), if anything."""
    kb = _kb()
    if not name:
        return None
    actor = kb.find(name)
    return actor.kind if actor is not None else None


def known_person(name: str) -> str | None:
    """The knowledge base's full name for a person it knows by this name (`Putin` → `Vladimir Putin`)."""
    kb = _kb()
    if not name:
        return None
    actor = kb.find(name)
    return actor.name if actor is not None and actor.kind == "person" else None
