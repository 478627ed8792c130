"""The pipeline: language → coding → resolution, each a function from Document to Document.

Ingestion (before) and the store (after) sit outside: they deal with files and databases,
the pipeline only with one article at a time.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable

from warta import coding, language, resolution
from warta.document import Article, Document
from warta.lang import get_language

Stage = Callable[[Document], Document]

#: Stage names in the order they run; each package exposes `load_stage(LanguageData) -> Stage`.
STAGES = (("language", language), ("coding", coding), ("resolution", resolution))


class Pipeline:
    """Loads each language's stages once, on first use, and runs articles through them.

    `seconds` accumulates the time spent in each stage, for benchmarks.
    """

    def __init__(self) -> None:
        self._stages: dict[str, list[tuple[str, Stage]]] = {}
        self.seconds: dict[str, float] = defaultdict(float)

    def stages(self, language_code: str) -> list[tuple[str, Stage]]:
        if language_code not in self._stages:
            data = get_language(language_code)
            started = time.perf_counter()
            self._stages[language_code] = [(name, pkg.load_stage(data)) for name, pkg in STAGES]
            self.seconds["load"] += time.perf_counter() - started
        return self._stages[language_code]

    def process(self, article: Article) -> Document:
        document = Document(article=article)
        for name, stage in self.stages(article.language or ""):
            started = time.perf_counter()
            document = stage(document)
            self.seconds[name] += time.perf_counter() - started
        return document
