"""Learned sentence judges: whether a sentence states a criticism (11x) or a demand (10x) that
no rule found.

Indonesian news criticises by evaluation more than by verb ("kebijakan itu tidak etis",
"pemerintah harusnya fokus ..."), in wordings no list keeps up with. A linear model over the
sentence's words, trained on the annotated real sentences (`scripts/train_judgements.py`, model
card in MODEL_CARD.md), says how likely the sentence holds such an event; the engine then takes
its roles from the sentence (the teller, or the first actor, against the next one). The model is
data, per language (`lang/<code>/judgements.json`); a language without the file has no judge.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

FORMAT = "warta.judgements/1"


def sentence_features(lowers: list[str], bases: list[str]) -> set[str]:
    """Words and word pairs of a sentence, as written (lower case) and without a possessive
    clitic (`b:` prefix): the same features for training and for coding."""
    features: set[str] = set()
    for prefix, tokens in (("", lowers), ("b:", bases)):
        features.update(prefix + t for t in tokens)
        features.update(f"{prefix}{a} {b}" for a, b in zip(tokens, tokens[1:]))
    return features


@dataclass(frozen=True)
class Judge:
    """One class of events: its CAMEO code, the model's weights, the probability it needs, and the
    roots of rule-found events that leave it out (a demand where a rule found an appeal)."""

    code: str
    bias: float
    weights: dict[str, float]
    threshold: float
    unless: tuple[str, ...] = ()  # none given: the class's own root

    @property
    def left_out_by(self) -> tuple[str, ...]:
        return self.unless or (self.code[:2],)

    def probability(self, features: Iterable[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-z))

    def cue(self, lowers: list[str], bases: list[str], names: set[int]) -> int:
        """The word, outside the actors' names (`names`), that speaks most for the class: where
        the event is told, and its mode is read."""
        def weight(k: int) -> float:
            return max(self.weights.get(lowers[k], 0.0), self.weights.get("b:" + bases[k], 0.0)) if k not in names else -math.inf
        return max(range(len(lowers)), key=weight)


def load_judges(path: Path) -> tuple[Judge, ...]:
    """The judges in a `judgements.json`, or none when the language has no such file."""
    if not path.exists():
        return ()
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("format") != FORMAT:
        raise ValueError(f"{path}: not a {FORMAT} file")
    return tuple(
        Judge(str(j["code"]), float(j["bias"]), {str(k): float(v) for k, v in j["weights"].items()}, float(j["threshold"]),
              tuple(str(r) for r in j.get("unless", [])))
        for j in data["judges"]
    )
