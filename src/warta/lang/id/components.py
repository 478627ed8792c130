"""spaCy components of the Indonesian pipeline (registered on import).

- `warta_id_breaks`: a line break ends a sentence, a dateline (`MOSKOW –`) is one, and a
  sentence can only start after `.`, `!`, `?` (and closing quotes); one does start after a
  capitalised name and `.` before a capitalised word (`di Kuala Lumpur. Nantinya`), never
  after an initial or a title (`H. Agus`, `Dr. Budi`, `PT. Maju`). Runs before the parser,
  which respects preset sentence starts; with `punct=True` (the pipeline without a parser)
  it also starts a sentence at each place after final punctuation.
- `warta_id_lemmatizer`: lemmas from `warta.lang.id.lemmatizer`, using the UPOS tag;
  whitespace tokens get the SPACE tag. Its few fixes of the statistical tagger
  (verbs of saying) live here too.
"""

from __future__ import annotations

import numpy
from spacy.attrs import IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from warta.lang.id.lemmatizer import lemmatize
from warta.lang.id import tokenizer as _tokenizer  # noqa: F401  (registers the tokenizer)

_FINAL = frozenset({".", "!", "?", "…", "...", ". . ."})
_DASHES = frozenset({"–", "—", "-", "--"})
_CLOSING = frozenset({"”", "’", '"', "'", ")", "»"})
#: Words written before a name or number with a full stop that the tokenizer leaves apart
#: (`Dr.`, `No.`, `PT.`, `Gg.`): a capital after them continues the sentence. The tokenizer's own
#: abbreviations (`Prof.`, `Jl.`, `Tbk.`) keep their stop and never end a sentence here.
_TITLES = frozenset(
    """dr drs dra ir no nomor pt cv ud kh rt rw moh muh mohd abd ust ustadz gg kp ds dsn dk desa
    prov pol kombes akbp akp iptu ipda irjen komjen brigjen marsdya laksda mayor kapten inf kav
    purn mgr rm tgk drh apt""".split()
)
#: `kata`/`ujar`/`ucap`/`tutur` followed by a speaker (`kata Ushakov`, `katanya`) are verbs of saying.
_SAYING = frozenset({"kata", "ujar", "ucap", "tutur", "tanya", "jelas", "imbuh", "tambah", "lanjut", "sambung", "tegas", "papar", "terang", "ungkap"})


class LineBreaks:
    def __init__(self, punct: bool = False):
        self.punct = punct

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        starts: list[bool | None] = [None] * len(doc)
        starts[0] = True
        _dateline(doc, 0, starts)
        for i in numpy.flatnonzero(doc.to_array(IS_SPACE)):
            if "\n" in doc[i].text:
                starts[i] = False
                if i + 1 < len(doc):
                    starts[i + 1] = True
                    _dateline(doc, i + 1, starts)
        _name_ends(doc, starts)  # before _punctuation, which only fills what is still open
        _punctuation(doc, starts, self.punct)
        values = numpy.array([0 if s is None else 1 if s else -1 for s in starts], dtype="int32")
        doc.from_array([SENT_START], values.reshape(-1, 1).astype("uint64"))
        return doc


def _punctuation(doc: Doc, starts: list, punct: bool) -> None:
    """A sentence can only start after `.`, `!`, `?` (and any closing quotes), or where already
    set (line breaks, datelines): elsewhere the parser may not start one. Without a parser
    (`punct`), every such place starts a sentence."""
    after_final = False
    for i, text in enumerate(t.text for t in doc):
        if after_final and text not in _CLOSING and text not in _FINAL:
            if starts[i] is None and punct:
                starts[i] = True
            after_final = False
        elif text in _FINAL:
            after_final = True
            if starts[i] is None:
                starts[i] = False
        else:
            if text not in _CLOSING:
                after_final = False
            if starts[i] is None:
                starts[i] = False


def _name_ends(doc: Doc, starts: list) -> None:
    """A capitalised word, `.`, a capitalised word: the stop ends a sentence after a name
    (`… di Kuala Lumpur. Nantinya …`) and never after an initial or a title (`H. Agus`,
    `Dr. Budi`, `KH. Ma'ruf`). The parser alone gets both wrong now and then, since the two
    look alike to it."""
    for i in range(1, len(doc) - 1):
        if doc[i].text != "." or starts[i + 1] is not None:
            continue
        word, following = doc[i - 1], doc[i + 1]
        if word.whitespace_ or not word.text[:1].isupper() or not following.text[:1].isupper():
            continue
        if _is_title_or_initial(word.text):
            starts[i + 1] = False
        elif word.text.isalpha():
            starts[i + 1] = True


def _is_title_or_initial(text: str) -> bool:
    return len(text) == 1 or text.lower() in _TITLES


def _dateline(doc: Doc, start: int, starts: list) -> None:
    """`MOSKOW –`, `JAKARTA, KOMPAS.com –` opening a line: a sentence of its own."""
    for j in range(start, min(start + 8, len(doc))):
        token = doc[j]
        if token.text in _DASHES and j > start:
            if j + 1 < len(doc) and not doc[j + 1].is_space:
                starts[j + 1] = True
                for k in range(start + 1, j + 1):
                    starts[k] = False
            return
        if token.is_space or not (token.is_upper or token.is_punct or "." in token.text or token.like_num):
            return


class Lemmatizer:
    def __init__(self) -> None:
        self._cache: dict[tuple[int, int], str] = {}

    def __call__(self, doc: Doc) -> Doc:
        cache = self._cache
        for i, token in enumerate(doc):
            if token.is_space:
                token.pos_ = "SPACE"
                token.lemma = token.orth
                continue
            if token.lower_ in _SAYING and token.pos_ in ("NOUN", "PROPN", "ADJ", "") and _speaker_follows(doc, i):
                token.pos_ = "VERB"
            key = (token.orth, token.pos)
            lemma = cache.get(key)
            if lemma is None:
                lemma = cache[key] = lemmatize(token.text, token.pos_ or None)
                if len(cache) > 500_000:
                    cache.clear()
            token.lemma_ = lemma
        return doc


def _speaker_follows(doc: Doc, i: int) -> bool:
    """`kata Ushakov`, `katanya`, `kata seorang pejabat` after a quote or a comma."""
    if i + 1 >= len(doc) or i == 0:
        return False
    before, after = doc[i - 1], doc[i + 1]
    if before.text not in {",", "”", '"', "’", "'"} and not before.is_sent_start:
        return False
    return after.lower_ in ("nya", "seorang", "sang", "para") or after.text[:1].isupper()


@Language.factory("warta_id_breaks", default_config={"punct": False})
def make_line_breaks(nlp: Language, name: str, punct: bool) -> LineBreaks:
    return LineBreaks(punct=punct)


@Language.factory("warta_id_lemmatizer")
def make_lemmatizer(nlp: Language, name: str) -> Lemmatizer:
    return Lemmatizer()
