"""Measure a linguistic pipeline: UD PUD (tags, parses), named entities, speed.

Indonesian: UD_Indonesian-PUD, NERP and NERGrit test. English: UD_English-PUD and Universal
NER's en_ewt test (PER, LOC, ORG).

Conventions (those of the CoNLL 2018 shared task): every syntactic word counts, punctuation
included; LAS compares universal relations (`flat:name` counts as `flat`). With gold tokens
each PUD sentence is given to the pipeline as its words; end to end, the pipeline reads each
sentence's text and its tokens are matched to the gold words by character span, so scores
are F1 over words. Entities are compared as exact (start, end, label) word spans, the
model reading the corpus's own tokens; NERGrit only annotates PER, LOC and ORG, so other
predicted labels are left out there (Universal NER's test likewise). Speed is words (non-space
tokens) per second over the PUD texts grouped 20 sentences to a text, one text at a time,
on however many threads the process has (`warta eval nlp` pins BLAS to one): per second of
wall-clock time and per second of the process's CPU time (the fairer figure on a busy machine).
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from warta.language import one_blas_thread
from warta.language.conllu import NER_LABELS, Sentence, bio_spans, read_bio, read_conllu


@dataclass(frozen=True)
class NerTest:
    test: str
    train: str  # to count the test sentences that are copies of training sentences
    labels: set[str] | None = None  # the labels the corpus annotates; others predicted are left out
    published: str = ""  # published F1 on the same test set, for the table
    reader: Callable[[Path], Iterator[tuple[list[str], list[str]]]] = read_bio


@dataclass(frozen=True)
class EvalSets:
    pud: str
    ner: dict[str, NerTest] = field(default_factory=dict)


def read_iob2(path: Path) -> Iterator[tuple[list[str], list[str]]]:
    """Sentences of a Universal NER file (`# comments`; index, token, IOB2 tag, ... per line)."""
    words: list[str] = []
    tags: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if words:
                yield words, tags
            words, tags = [], []
        elif not line.startswith("#"):
            cols = line.split("\t")
            words.append(cols[1])
            tags.append(cols[2])
    if words:
        yield words, tags


EVAL_SETS = {
    "id": EvalSets(
        pud="data/ud/UD_Indonesian-PUD/id_pud-ud-test-revised-2.0.conllu",
        ner={
            "nerp": NerTest(
                "data/ner/nerp/test_preprocess.txt", "data/ner/nerp/train_preprocess.txt",
                published="IndoBERT-large 79.25, XLM-R large 78.52, mBERT 69.27",
            ),
            "nergrit": NerTest(
                "data/ner/nergrit/test_preprocess.txt", "data/ner/nergrit/train_preprocess.txt", {"PER", "LOC", "ORG"},
                published="XLM-R base 79.09, IndoBERT-large 77.60, mBERT 75.02",
            ),
        },
    ),
    "en": EvalSets(
        pud="data/ud/UD_English-PUD/en_pud-ud-test.conllu",
        ner={
            "uner-en-ewt": NerTest(
                "data/ner/uner-en-ewt/en_ewt-ud-test.iob2", "data/ner/uner-en-ewt/en_ewt-ud-train.iob2",
                {"PER", "LOC", "ORG"}, reader=read_iob2,
            ),
        },
    ),
}
#: The Indonesian PUD file (the default language's).
PUD = EVAL_SETS["id"].pud


def _pct(x: float) -> float:
    return round(100 * x, 2)


def _universal(label: str) -> str:
    label = label.lower()
    return "root" if label == "root" else label.split(":")[0]


def _f1(correct: int, predicted: int, gold: int) -> dict[str, float]:
    p = correct / predicted if predicted else 0.0
    r = correct / gold if gold else 0.0
    return {"p": _pct(p), "r": _pct(r), "f1": _pct(2 * p * r / (p + r) if p + r else 0.0)}


def _heads(doc: Doc) -> list[int]:
    return [-1 if t.head.i == t.i else t.head.i for t in doc]


def score_gold_tokens(nlp: Language, sentences: list[Sentence]) -> dict[str, float]:
    docs = (Doc(nlp.vocab, words=s.words, spaces=s.spaces) for s in sentences)
    upos = uas = las = total = 0
    for s, doc in zip(sentences, nlp.pipe(docs, batch_size=64)):
        heads = _heads(doc)
        for i, token in enumerate(doc):
            total += 1
            upos += token.pos_ == s.pos[i]
            if heads[i] == s.heads[i]:
                uas += 1
                las += _universal(token.dep_) == _universal(s.deps[i])
    return {"upos": _pct(upos / total), "uas": _pct(uas / total), "las": _pct(las / total), "words": total}


def _gold_spans(s: Sentence) -> list[tuple[int, int]]:
    """Character spans of the gold words in the sentence text, found left to right."""
    spans, offset = [], 0
    for word in s.words:
        start = s.text.find(word, offset)
        start = offset if start < 0 else start
        spans.append((start, start + len(word)))
        offset = start + len(word)
    return spans


def score_raw_text(nlp: Language, sentences: list[Sentence]) -> dict[str, float]:
    gold_words = system_words = tokens = upos = uas = las = 0
    for s, doc in zip(sentences, nlp.pipe((s.text for s in sentences), batch_size=64)):
        gold = _gold_spans(s)
        index = {span: i for i, span in enumerate(gold)}
        system = [t for t in doc if not t.is_space]
        gold_words += len(gold)
        system_words += len(system)
        aligned = {t.i: index.get((t.idx, t.idx + len(t.text))) for t in system}
        for t in system:
            g = aligned[t.i]
            if g is None:
                continue
            tokens += 1
            upos += t.pos_ == s.pos[g]
            head = -1 if t.head.i == t.i else aligned.get(t.head.i, -2)
            if head == s.heads[g]:
                uas += 1
                las += _universal(t.dep_) == _universal(s.deps[g])
    return {
        "tokens": _f1(tokens, system_words, gold_words)["f1"],
        "upos": _f1(upos, system_words, gold_words)["f1"],
        "uas": _f1(uas, system_words, gold_words)["f1"],
        "las": _f1(las, system_words, gold_words)["f1"],
    }


def score_entities(nlp: Language, shared: Path, spec: NerTest) -> dict:
    """Entity P/R/F1, also without the test sentences that are copies of training sentences."""
    labels = spec.labels
    seen = {tuple(w.lower() for w in words) for words, _ in spec.reader(shared / spec.train)}
    sentences = list(spec.reader(shared / spec.test))
    docs = (Doc(nlp.vocab, words=w, spaces=[True] * len(w)) for w, _ in sentences)
    counts = Counter()
    per_label: dict[str, Counter] = {}
    for (words, tags), doc in zip(sentences, nlp.pipe(docs, batch_size=64)):
        gold = {(s, e, NER_LABELS[l]) for s, e, l in bio_spans(tags) if l in NER_LABELS}
        pred = {(e.start, e.end, e.label_) for e in doc.ents if labels is None or e.label_ in labels}
        dup = tuple(w.lower() for w in words) in seen
        for key in ("all",) + (() if dup else ("unique",)):
            counts[key, "correct"] += len(gold & pred)
            counts[key, "pred"] += len(pred)
            counts[key, "gold"] += len(gold)
        counts["dup"] += dup
        for label in {l for *_, l in gold | pred}:
            c = per_label.setdefault(label, Counter())
            c["correct"] += len({x for x in gold & pred if x[2] == label})
            c["pred"] += len({x for x in pred if x[2] == label})
            c["gold"] += len({x for x in gold if x[2] == label})
    result = _f1(counts["all", "correct"], counts["all", "pred"], counts["all", "gold"])
    result["sentences"] = len(sentences)
    result["without_duplicates"] = _f1(counts["unique", "correct"], counts["unique", "pred"], counts["unique", "gold"])
    result["without_duplicates"]["sentences"] = len(sentences) - counts["dup"]
    result["labels"] = {l: _f1(c["correct"], c["pred"], c["gold"])["f1"] for l, c in sorted(per_label.items())}
    return result


def measure_speed(nlp: Language, sentences: list[Sentence], per_text: int = 20) -> dict:
    """Words per second reading the sentences' texts, `per_text` sentences to a text."""
    texts = [" ".join(s.text for s in sentences[i : i + per_text]) for i in range(0, len(sentences), per_text)]
    nlp(texts[0])  # warm up
    with one_blas_thread():
        start, cpu = time.perf_counter(), time.process_time()
        words = sum(sum(not t.is_space for t in nlp(text)) for text in texts)
        seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu
    return {
        "words": words, "seconds": round(seconds, 2), "words_per_s": round(words / seconds),
        "cpu_seconds": round(cpu_seconds, 2), "words_per_cpu_s": round(words / cpu_seconds),
    }


def evaluate(nlp: Language, shared: Path, language: str = "id", speed: bool = True) -> dict:
    """The full report: {"pud": {upos, uas, las}, "pud_raw": {...}, NER test name: {p, r, f1}, "speed": {...}}."""
    sets = EVAL_SETS[language]
    pud = list(read_conllu(shared / sets.pud))
    report = {"language": language, "pud": score_gold_tokens(nlp, pud), "pud_raw": score_raw_text(nlp, pud)}
    for name, spec in sets.ner.items():
        report[name] = score_entities(nlp, shared, spec)
    if speed:
        report["speed"] = measure_speed(nlp, pud)
    return report


def table(report: dict) -> str:
    """The report as a plain-text table."""
    lines = [f"{'test set':<30}{'metric':<8}{'score':>8}"]
    pud, raw = report["pud"], report["pud_raw"]
    for key in ("upos", "uas", "las"):
        lines.append(f"{'PUD (gold tokens)':<30}{key.upper():<8}{pud[key]:>8.2f}")
    for key in ("tokens", "upos", "uas", "las"):
        lines.append(f"{'PUD (raw text, F1)':<30}{key.upper():<8}{raw[key]:>8.2f}")
    for name, spec in EVAL_SETS[report.get("language", "id")].ner.items():
        r = report[name]
        for key in ("p", "r", "f1"):
            lines.append(f"{name.upper() + ' test':<30}{key.upper():<8}{r[key]:>8.2f}")
        u = r["without_duplicates"]
        lines.append(f"{name.upper() + ' w/o train copies':<30}{'F1':<8}{u['f1']:>8.2f}")
        if spec.published:
            lines.append(f"{'':<30}published: {spec.published}")
    if "speed" in report:
        lines.append(f"{'PUD texts, one at a time':<30}{'words/s':<8}{report['speed']['words_per_s']:>8}")
        lines.append(f"{'  per second of CPU time':<30}{'words/s':<8}{report['speed']['words_per_cpu_s']:>8}")
    return "\n".join(lines)
