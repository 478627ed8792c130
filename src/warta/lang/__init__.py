"""Per-language knowledge: one folder a language, imported on demand (like spacy.lang)."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path

#: Languages warta can code. Adding one means adding a folder `warta/lang/<code>/`.
SUPPORTED_LANGUAGES = ("id", "en")


@dataclass(frozen=True)
class LanguageData:
    """Where a language's data lives; each stage reads the files it needs from `data_dir`."""

    code: str
    name: str
    data_dir: Path


class UnsupportedLanguage(ValueError):
    def __init__(self, code: str | None):
        super().__init__(
            f"language {code!r} is not supported (warta codes: {', '.join(SUPPORTED_LANGUAGES)})"
        )
        self.code = code


def get_language(code: str | None) -> LanguageData:
    """The language data for an ISO 639-1 code; raises UnsupportedLanguage."""
    if code not in SUPPORTED_LANGUAGES:
        raise UnsupportedLanguage(code)
    module = importlib.import_module(f"warta.lang.{code}")
    return module.LANGUAGE
