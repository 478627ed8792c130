"""Measure the linguistic pipeline: UD_Indonesian-PUD (tags, parses) and NERP/NERGrit (entities).

Conventions (those of the CoNLL 2018 shared task): every syntactic word counts, punctuation
included; LAS compares universal relations (`flat:name` counts as `flat`). With gold tokens
each PUD sentence is given to the pipeline as its words; end to end, the pipeline reads each
sentence's text and its tokens are matched to the gold words by character span, so scores
are F1 over words. Entities are compared as exact (start, end, label) word spans, the
model reading the corpus's own tokens; NERGrit only annotates PER, LOC and ORG, so other
predicted labels are left out there.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from warta.language.conllu import NER_LABELS, Sentence, bio_spans, read_bio, read_conllu

PUD = "data/ud/UD_Indonesian-PUD/id_pud-ud-test-revised-2.0.conllu"
NER_TESTS = {
    "nerp": ("data/ner/nerp/test_preprocess.txt", "data/ner/nerp/train_preprocess.txt", None),
    "nergrit": ("data/ner/nergrit/test_preprocess.txt", "data/ner/nergrit/train_preprocess.txt", {"PER", "LOC", "ORG"}),
}
#: Published entity F1 on the same test sets (IndoNLU paper), for the table.
PUBLISHED = {
    "nerp": "IndoBERT-large 79.25, XLM-R large 78.52, mBERT 69.27",
    "nergrit": "XLM-R base 79.09, IndoBERT-large 77.60, mBERT 75.02",
}


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


def score_entities(nlp: Language, test: Path, train: Path, labels: set[str] | None) -> dict:
    """Entity P/R/F1, also without the test sentences that are copies of training sentences."""
    seen = {tuple(w.lower() for w in words) for words, _ in read_bio(train)}
    sentences = list(read_bio(test))
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


def evaluate(nlp: Language, shared: Path) -> dict:
    """The full report: {"pud": {upos, uas, las}, "pud_raw": {...}, "nerp": {p, r, f1}, "nergrit": {...}}."""
    pud = list(read_conllu(shared / PUD))
    report = {"pud": score_gold_tokens(nlp, pud), "pud_raw": score_raw_text(nlp, pud)}
    for name, (test, train, labels) in NER_TESTS.items():
        report[name] = score_entities(nlp, shared / test, shared / train, labels)
    return report


def table(report: dict) -> str:
    """The report as a plain-text table."""
    lines = [f"{'test set':<28}{'metric':<8}{'score':>8}"]
    pud, raw = report["pud"], report["pud_raw"]
    for key in ("upos", "uas", "las"):
        lines.append(f"{'PUD (gold tokens)':<28}{key.upper():<8}{pud[key]:>8.2f}")
    for key in ("tokens", "upos", "uas", "las"):
        lines.append(f"{'PUD (raw text, F1)':<28}{key.upper():<8}{raw[key]:>8.2f}")
    for name in NER_TESTS:
        r = report[name]
        for key in ("p", "r", "f1"):
            lines.append(f"{name.upper() + ' test':<28}{key.upper():<8}{r[key]:>8.2f}")
        u = r["without_duplicates"]
        lines.append(f"{name.upper() + ' w/o train copies':<28}{'F1':<8}{u['f1']:>8.2f}")
        lines.append(f"{'':<28}published: {PUBLISHED[name]}")
    return "\n".join(lines)
