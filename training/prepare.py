"""Turn the public corpora in ../shared/data into spaCy training files (.spacy).

UD treebanks (train/dev for the tagger, morphologizer and parser):
- current UD_Indonesian-GSD dev and test, UD_Indonesian-CSUI train and test (CC BY-SA 4.0);
  a fixed slice of GSD test and CSUI test is kept apart as the development set;
- optionally the old UD v2.0 GSD train file, harmonised to current conventions:
  clitics split as the tokenizer splits them (-nya → PRON dependent), `flat` → `flat:name`,
  PROPN on ordinary capitalised words → their usual tag, features from current data;
- everywhere `compound` → `nmod` (the convention of current GSD annotations and of PUD,
  which uses `compound` 25 times in 1,000 sentences).
UD_Indonesian-PUD is never read here: it is for evaluation only.

NER corpora (train/dev for the entity recogniser), mapped to one scheme:
NERP PPL→PER, PLC→LOC, IND→ORG, EVT→EVT, FNB→PRODUCT; NERGrit PERSON→PER, PLACE→LOC,
ORGANISATION→ORG; idner-news-2k PER/LOC/ORG. NERP is lower case: a re-cased copy (names in
title case, the first word capitalised) is added; the cased corpora get lower-cased copies.

English (`--en`): UD_English-EWT train + dev for the tagger, parser and lemmatizer, EWT test as
their development set; Universal NER (uner-en-ewt) train and two thirds of dev (every third dev
sentence is the development set), labels PER, LOC, ORG.
UD_English-PUD and the uner-en-ewt test file are never read here.

Usage: python training/prepare.py DATA_DIR OUT_DIR [--old-gsd]
       python training/prepare.py DATA_DIR OUT_DIR --en
       python training/prepare.py DATA_DIR OUT_DIR --ner-documents [--pooled]
"""

from __future__ import annotations

import random
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin, Span

from warta.language.conllu import NER_LABELS, Sentence, bio_spans, read_bio, read_conllu

SEED = 20260225
UD = "ud"
CURRENT = (
    "UD_Indonesian-GSD/id_gsd-ud-dev.conllu",
    "UD_Indonesian-GSD/id_gsd-ud-test.conllu",
    "UD_Indonesian-CSUI/id_csui-ud-train.conllu",
    "UD_Indonesian-CSUI/id_csui-ud-test.conllu",
)
#: Development sentences: every fifth sentence of GSD test and CSUI test.
DEV_FILES = ("UD_Indonesian-GSD/id_gsd-ud-test.conllu", "UD_Indonesian-CSUI/id_csui-ud-test.conllu")
OLD_GSD = "UD_Indonesian-GSD/id-ud-train.v2.0-old-annotation.conllu"
SENTS_PER_DOC = 10

NER_FILES = {
    "nerp": ("nerp/train_preprocess.txt", "nerp/valid_preprocess.txt"),
    "nergrit": ("nergrit/train_preprocess.txt", "nergrit/valid_preprocess.txt"),
    "idner": ("idner-news-2k/train.txt", "idner-news-2k/dev.txt"),
}


# --- CoNLL-U ---------------------------------------------------------------------------

def harmonise(sentence: Sentence) -> Sentence:
    """Labels every training sentence shares: `compound` → `nmod`."""
    sentence.deps = ["nmod" if d == "compound" else d for d in sentence.deps]
    return sentence


# --- the old v2.0 GSD train file ---------------------------------------------------------

_FUNCTION_TAGS = {"ADV", "ADP", "SCONJ", "CCONJ", "AUX", "PART", "DET", "PRON"}
_FUNCTION_DEPS = {"advmod", "aux", "case", "mark", "cc", "det", "cop"}


def function_word_table(sentences: list[Sentence]) -> dict:
    """From current data: (form, head UPOS) → the usual (UPOS, relation) of a function word."""
    table: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for s in sentences:
        for i, word in enumerate(s.words):
            head_pos = s.pos[s.heads[i]] if s.heads[i] >= 0 else "ROOT"
            dep = s.deps[i].split(":")[0]
            table[(word.lower(), head_pos)][(s.pos[i], dep)] += 1
            table[(word.lower(), "*")][(s.pos[i], dep)] += 1
    return table


def _usual_function(table: dict, word: str, head_pos: str) -> tuple[str, str] | None:
    for key, least, share in (((word, head_pos), 3, 0.6), ((word, "*"), 5, 0.8)):
        counts = table.get(key)
        if counts and sum(counts.values()) >= least:
            (pos, dep), n = counts.most_common(1)[0]
            if n >= share * sum(counts.values()) and dep in _FUNCTION_DEPS:
                return pos, dep
    return None


def feature_lexicon(sentences: list[Sentence]) -> tuple[dict, dict]:
    """From current data: the usual features of (form, UPOS), and the usual UPOS of a form."""
    feats: dict[tuple[str, str], Counter] = defaultdict(Counter)
    tags: dict[str, Counter] = defaultdict(Counter)
    for s in sentences:
        for word, pos, morph in zip(s.words, s.pos, s.morphs):
            feats[(word.lower(), pos)][morph] += 1
            tags[word.lower()][pos] += 1
    return (
        {k: c.most_common(1)[0][0] for k, c in feats.items()},
        {k: c for k, c in tags.items()},
    )


def default_features(word: str, pos: str) -> str:
    lower = word.lower()
    if pos == "NOUN":
        head, _, tail = lower.partition("-")
        return "Number=Plur" if tail and head == tail else "Number=Sing"
    if pos == "VERB":
        return "Voice=Pass" if lower.startswith("di") else "Voice=Act"
    if pos == "NUM":
        return "NumType=Card"
    return ""


def harmonise_old(sentence: Sentence, feats: dict, tags: dict, functions: dict) -> Sentence | None:
    """Bring an old v2.0 GSD sentence to current conventions; None if a clitic can't be placed.

    Function words take the tag and relation current data gives them under the same kind of
    head (old `akan`, `telah`, `dapat` ADV/advmod → AUX/aux; `untuk` + verb ADP/case → SCONJ/mark).
    """
    sentence = _function_words(sentence, functions)
    from warta.lang.id.lemmatizer import lemmatize
    from warta.lang.id.tokenizer import split_clitic

    out = Sentence(text=sentence.text)
    new_index: list[int] = []  # old word index → new index of its host
    clitics: list[tuple[int, int, str]] = []  # (new index of clitic, new index of host, host UPOS)
    for i, word in enumerate(sentence.words):
        pos = sentence.pos[i]
        if pos == "PROPN" and i > 0 and word[:1].isupper():
            usual = tags.get(word.lower())
            total = sum(usual.values()) if usual else 0
            if total >= 3 and usual.most_common(1)[0][0] != "PROPN" and usual["PROPN"] < 0.2 * total:
                pos = usual.most_common(1)[0][0]
        pieces = split_clitic(word) if pos not in ("PROPN", "X", "PUNCT", "SYM") else (word,)
        new_index.append(len(out.words))
        host = pieces[0]
        out.words.append(host)
        out.spaces.append(sentence.spaces[i] if len(pieces) == 1 else False)
        out.pos.append(pos)
        out.morphs.append(feats.get((host.lower(), pos), default_features(host, pos)))
        out.lemmas.append(lemmatize(host, pos))
        out.heads.append(sentence.heads[i])
        out.deps.append(sentence.deps[i])
        if len(pieces) == 2:
            clitic = pieces[1]
            clitics.append((len(out.words), len(out.words) - 1, pos))
            out.words.append(clitic)
            out.spaces.append(sentence.spaces[i])
            lower = clitic.lower()
            if lower in ("nya", "ku", "mu"):
                out.pos.append("PRON")
                person = {"nya": "3", "ku": "1", "mu": "2"}[lower]
                out.morphs.append(f"Number=Sing|Person={person}|PronType=Prs")
                out.lemmas.append({"nya": "dia", "ku": "aku", "mu": "kamu"}[lower])
            else:
                out.pos.append("PART")
                out.morphs.append("")
                out.lemmas.append(lower)
            out.heads.append(-2)  # placeholder, fixed below
            out.deps.append("")
    # old heads index old words; map to new indexes
    out.heads = [new_index[h] if h >= 0 else h for h in out.heads]
    for c, host, host_pos in clitics:
        if out.pos[c] == "PART":
            out.heads[c], out.deps[c] = host, "advmod" if out.words[c].lower() == "lah" else "discourse"
            if out.words[c].lower() == "kah":
                out.deps[c] = "discourse"
        elif host_pos in ("NOUN", "PROPN", "ADJ", "NUM", "DET"):
            out.heads[c], out.deps[c] = host, "nmod:poss"
        elif host_pos == "VERB":
            has_obj = any(h == host and d == "obj" for h, d in zip(out.heads, out.deps))
            out.heads[c], out.deps[c] = host, "nmod:poss" if has_obj else "obj"
        elif host_pos == "ADP":
            # kepadanya: the pronoun takes the preposition's place; the preposition is its case
            out.heads[c], out.deps[c] = out.heads[host], "obl" if out.deps[host] == "case" else out.deps[host]
            for j, h in enumerate(out.heads):
                if h == host and j != c:
                    out.heads[j] = c
            out.heads[host], out.deps[host] = c, "case"
        else:
            return None
    out.deps = ["flat:name" if d == "flat" else d for d in out.deps]
    _flat_to_nmod(out)
    return harmonise(out)


def _function_words(s: Sentence, functions: dict) -> Sentence:
    for i, word in enumerate(s.words):
        if s.pos[i] not in _FUNCTION_TAGS or s.deps[i] not in _FUNCTION_DEPS:
            continue
        head_pos = s.pos[s.heads[i]] if s.heads[i] >= 0 else "ROOT"
        usual = _usual_function(functions, word.lower(), head_pos)
        if usual:
            s.pos[i], s.deps[i] = usual
    return s


def _flat_to_nmod(s: Sentence) -> None:
    """Old `kecamatan →flat Kejajar, →flat Baru` becomes current `kecamatan →nmod Kejajar →flat Baru`."""
    for head, pos in enumerate(s.pos):
        if pos != "NOUN":
            continue
        names = [i for i, (h, d) in enumerate(zip(s.heads, s.deps)) if h == head and i > head and d == "flat:name" and s.pos[i] == "PROPN"]
        if names:
            first = names[0]
            s.deps[first] = "nmod"
            for other in names[1:]:
                s.heads[other] = first


# --- Docs ----------------------------------------------------------------------------------

def to_docs(nlp, sentences: list[Sentence], per_doc: int = SENTS_PER_DOC) -> Iterator[Doc]:
    for start in range(0, len(sentences), per_doc):
        group = sentences[start : start + per_doc]
        words, spaces, pos, morphs, lemmas, heads, deps, starts = [], [], [], [], [], [], [], []
        for s in group:
            offset = len(words)
            words += s.words
            spaces += s.spaces[:-1] + [True]
            pos += s.pos
            morphs += s.morphs
            lemmas += s.lemmas
            heads += [offset + h if h >= 0 else offset + i for i, h in enumerate(s.heads)]
            deps += s.deps
            starts += [True] + [False] * (len(s.words) - 1)
        spaces[-1] = False
        parsed = len(heads) == len(words)  # nlp-id's POS corpus has no dependencies
        yield Doc(
            nlp.vocab, words=words, spaces=spaces, pos=pos, morphs=morphs,
            lemmas=[l or w for l, w in zip(lemmas, words)], heads=heads if parsed else None,
            deps=deps if parsed else None, sent_starts=starts,
        )


def spans(tags: list[str]) -> list[tuple[int, int, str]]:
    return [(s, e, NER_LABELS[l]) for s, e, l in bio_spans(tags) if l in NER_LABELS]


def recase(words: list[str], ents: list[tuple[int, int, str]]) -> list[str]:
    """A lower-case NERP sentence as news would write it: names title-cased, first word capital."""
    out = list(words)
    for s, e, label in ents:
        for i in range(s, e):
            w = out[i]
            if label == "ORG" and len(w) <= 4 and w.isalpha() and w not in ("dan", "di", "ke"):
                out[i] = w.upper()
            elif w not in ("dan", "di", "ke", "dari", "bin", "binti", "van", "de"):
                out[i] = w[:1].upper() + w[1:]
    if out:
        out[0] = out[0][:1].upper() + out[0][1:]
    return out


def ner_doc(nlp, words: list[str], ents: list[tuple[int, int, str]]) -> Doc:
    doc = Doc(nlp.vocab, words=words, spaces=[True] * (len(words) - 1) + [False])
    doc.ents = [Span(doc, s, e, label=l) for s, e, l in ents]
    return doc


def write_corpus(out: Path, name: str, train: list[Doc], dev: list[Doc]) -> None:
    """OUT/NAME-train/NAME.spacy and OUT/NAME-dev.spacy, the layout train.py reads."""
    (out / f"{name}-train").mkdir(exist_ok=True)
    DocBin(docs=train).to_disk(out / f"{name}-train" / f"{name}.spacy")
    DocBin(docs=dev).to_disk(out / f"{name}-dev.spacy")
    print(f"{name}: {len(train)} train docs, {len(dev)} dev docs")


def prepare_ner(nlp, data: Path, out: Path) -> None:
    rng = random.Random(SEED)
    train, dev = [], []
    for corpus, (train_file, dev_file) in NER_FILES.items():
        for words, tags in read_bio(data / "ner" / train_file):
            ents = spans(tags)
            if corpus == "nerp":
                # NERP twice as it is (lower case) and once re-cased: its labels are the widest
                train += [ner_doc(nlp, words, ents), ner_doc(nlp, words, ents), ner_doc(nlp, recase(words, ents), ents)]
                continue
            train.append(ner_doc(nlp, words, ents))
            if rng.random() < 0.5:
                train.append(ner_doc(nlp, [w.lower() for w in words], ents))
        for words, tags in read_bio(data / "ner" / dev_file):
            dev.append(ner_doc(nlp, words, spans(tags)))
    rng.shuffle(train)
    write_corpus(out, "ner", train, dev)


def prepare_ud(nlp, data: Path, out: Path, old_gsd: bool) -> None:
    train: list[Sentence] = []
    dev: list[Sentence] = []
    for name in CURRENT:
        for i, s in enumerate(read_conllu(data / UD / name)):
            (dev if name in DEV_FILES and i % 5 == 0 else train).append(harmonise(s))
    if old_gsd:
        feats, tags = feature_lexicon(train)
        functions = function_word_table(train)
        old = [harmonise_old(s, feats, tags, functions) for s in read_conllu(data / UD / OLD_GSD)]
        kept = [s for s in old if s is not None]
        print(f"old GSD: {len(kept)} of {len(old)} sentences harmonised")
        train += kept
    random.Random(SEED).shuffle(train)
    write_corpus(out, "ud", list(to_docs(nlp, train)), list(to_docs(nlp, dev)))
    print(f"UD: {len(train)} train sentences, {len(dev)} dev sentences")


# --- nlp-id's POS corpus (MIT) and raw text for pretraining --------------------------------

NLP_ID = "nlp-id==0.1.23.0"
#: nlp-id's 16 tags → UPOS; function words then take their usual UD tag (see pos_sentences).
NLP_ID_TAGS = {
    "NN": "NOUN", "NNP": "PROPN", "VB": "VERB", "vb": "VERB", "JJ": "ADJ", "ADV": "ADV", "IN": "ADP",
    "SC": "SCONJ", "CC": "CCONJ", "PR": "PRON", "DT": "DET", "NUM": "NUM", "FW": "X", "NEG": "PART",
    "RP": "PART", "UH": "INTJ", "SYM": "PUNCT",
}
_CLOSED = {"AUX", "ADV", "DET", "PRON", "ADP", "SCONJ", "CCONJ", "PART", "NUM", "SYM", "PUNCT"}


def fetch_nlp_id(work: Path) -> Path:
    """nlp-id's POS-tagged corpus, from its wheel on PyPI (pip download; no install)."""
    import subprocess
    import zipfile

    target = work / "nlp-id" / "dataset_postag.txt"
    if not target.exists():
        folder = work / "nlp-id"
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", str(folder), NLP_ID], check=True)
        wheel = next(folder.glob("nlp_id-*.whl"))
        with zipfile.ZipFile(wheel) as archive:
            target.write_bytes(archive.read("nlp_id/data/dataset_postag.txt"))
    return target


def pos_sentences(path: Path, feats: dict, tags: dict) -> list[Sentence]:
    """nlp-id sentences with UPOS (and features from current UD), no dependencies."""
    out = []
    for words, nlp_tags in read_bio(path):
        s = Sentence(text=" ".join(words))
        for word, tag in zip(words, nlp_tags):
            pos = NLP_ID_TAGS.get(tag)
            if pos is None:
                break
            usual = tags.get(word.lower())
            if usual:
                best, n = usual.most_common(1)[0]
                if best in _CLOSED and n >= 0.8 * sum(usual.values()) and n >= 5:
                    pos = best
            if pos == "PUNCT" and not any(c in word for c in ".,:;!?\"'()[]-–—“”‘’/…"):
                pos = "SYM"
            s.words.append(word)
            s.spaces.append(True)
            s.pos.append(pos)
            s.morphs.append(feats.get((word.lower(), pos), default_features(word, pos)))
            s.lemmas.append("")
        else:
            out.append(s)
    return out


def write_raw_text(data: Path, out: Path, extra: list[str]) -> None:
    """Raw sentences for `spacy pretrain`: UD (not PUD) and NER training text, nlp-id."""
    import json

    texts = [s.text or " ".join(s.words) for name in CURRENT for s in read_conllu(data / UD / name)]
    texts += [s.text for s in read_conllu(data / UD / OLD_GSD)]
    for train_file, _ in NER_FILES.values():
        texts += [" ".join(words) for words, _ in read_bio(data / "ner" / train_file)]
    texts += extra
    with (out / "raw.jsonl").open("w", encoding="utf-8") as f:
        for text in texts:
            f.write(json.dumps({"text": text}, ensure_ascii=False) + "\n")
    print(f"raw text: {len(texts)} sentences")


#: How many nlp-id sentences join the UD training set (about twice the treebank sentences).
POS_SENTENCES = 13_000


def prepare_pos(nlp, data: Path, out: Path, work: Path) -> list[str]:
    """A seeded sample of nlp-id's tagged sentences, in the UD training folder (tags only)."""
    train = [harmonise(s) for name in CURRENT for s in read_conllu(data / UD / name)]
    feats, tags = feature_lexicon(train)
    sentences = pos_sentences(fetch_nlp_id(work), feats, tags)
    sample = random.Random(SEED).sample(sentences, min(POS_SENTENCES, len(sentences)))
    DocBin(docs=list(to_docs(nlp, sample))).to_disk(out / "ud-train" / "pos.spacy")
    print(f"nlp-id POS: {len(sample)} of {len(sentences)} sentences")
    return [s.text for s in sentences]


# --- English: UD_English-EWT and Universal NER over the same treebank -------------------

#: EWT train and dev train the tagger, parser and lemmatizer; EWT test is their development set
#: (the held-out measure is UD_English-PUD, never read here).
EN_UD_TRAIN = ("UD_English-EWT/en_ewt-ud-train.conllu", "UD_English-EWT/en_ewt-ud-dev.conllu")
EN_UD_DEV = "UD_English-EWT/en_ewt-ud-test.conllu"
#: Universal NER: train and dev only (test is `warta eval nlp`'s). Its dev and test annotate
#: PER, LOC and ORG; train's OTH (and a few stray `B-O`) are left unlabelled, as there.
#: Train is the project's first release; dev is current, annotated as test is: two thirds of
#: dev join the training set, every third dev sentence is the development set.
EN_NER = ("uner-en-ewt/en_ewt-ud-train.iob2", "uner-en-ewt/en_ewt-ud-dev.iob2")
EN_NER_DEV_EVERY = 3


def main_en(data: Path, out: Path) -> None:
    from warta.evaluation.nlp import read_iob2

    out.mkdir(parents=True, exist_ok=True)
    nlp = spacy.blank("en")
    train = [s for name in EN_UD_TRAIN for s in read_conllu(data / UD / name)]
    random.Random(SEED).shuffle(train)
    dev = list(read_conllu(data / UD / EN_UD_DEV))
    write_corpus(out, "ud", list(to_docs(nlp, train)), list(to_docs(nlp, dev)))
    ner_train, dev_file = ([ner_doc(nlp, words, spans(tags)) for words, tags in read_iob2(data / "ner" / f)] for f in EN_NER)
    ner_dev = []
    for i, doc in enumerate(dev_file):
        (ner_dev if i % EN_NER_DEV_EVERY == 0 else ner_train).append(doc)
    random.Random(SEED).shuffle(ner_train)
    write_corpus(out, "ner", ner_train, ner_dev)


#: Document held-out NER development set (`--ner-documents`): every EWT document whose sent_id
#: prefix (before the last `-NNNN`) hashes by zlib.crc32 to 0 mod 8.
EN_NER_DOC_FOLDS = 8


def read_iob2_ids(path: Path) -> Iterator[tuple[str, list[str], list[str]]]:
    """(sent_id, words, tags) of a Universal NER file."""
    sent_id, words, tags = "", [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if words:
                yield sent_id, words, tags
            sent_id, words, tags = "", [], []
        elif line.startswith("# sent_id"):
            sent_id = line.split("=", 1)[1].strip()
        elif not line.startswith("#"):
            cols = line.split("\t")
            words.append(cols[1])
            tags.append(cols[2])
    if words:
        yield sent_id, words, tags


def held_out_document(sent_id: str) -> bool:
    import zlib

    document = sent_id.rsplit("-", 1)[0]
    return zlib.crc32(document.encode("utf-8")) % EN_NER_DOC_FOLDS == 0


def main_en_documents(data: Path, out: Path, pooled: bool = False) -> None:
    """NER only: uner-en-ewt train + dev pooled, whole documents held out (see EN_NER_DOC_FOLDS).

    With `pooled`, every sentence trains (the final refit) and the held-out documents stay the
    dev file only so that spaCy has one to log; its figures are then in-sample.
    """
    out.mkdir(parents=True, exist_ok=True)
    nlp = spacy.blank("en")
    train, dev = [], []
    for name in EN_NER:
        for sent_id, words, tags in read_iob2_ids(data / "ner" / name):
            doc = ner_doc(nlp, words, spans(tags))
            held = held_out_document(sent_id)
            (dev if held else train).append(doc)
            if held and pooled:
                train.append(doc)
    random.Random(SEED).shuffle(train)
    write_corpus(out, "ner", train, dev)


def main(data: Path, out: Path, old_gsd: bool, nlp_id: bool = True) -> None:
    out.mkdir(parents=True, exist_ok=True)
    nlp = spacy.blank("id")
    prepare_ud(nlp, data, out, old_gsd)
    prepare_ner(nlp, data, out)
    extra = prepare_pos(nlp, data, out, out.parent) if nlp_id else []
    write_raw_text(data, out, extra)


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if "--ner-documents" in sys.argv:
        main_en_documents(Path(args[0]), Path(args[1]), pooled="--pooled" in sys.argv)
    elif "--en" in sys.argv:
        main_en(Path(args[0]), Path(args[1]))
    else:
        main(Path(args[0]), Path(args[1]), "--old-gsd" in sys.argv, "--no-nlp-id" not in sys.argv)
