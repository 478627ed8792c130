"""Indonesian tokenizer in UD GSD's conventions, as a spaCy tokenizer.

- Clitics are split as in current UD GSD: `katanya` → `kata` `nya`, `rumahku` → `rumah` `ku`,
  `apakah` → `apa` `kah`, `inilah` → `ini` `lah`; lexicalised adverbs stay whole
  (`akhirnya`, `sebelumnya`, `misalnya`, `hanya`), and so do words whose ending only
  looks like a clitic (`sekolah`, `bertemu`, `adalah`, `buku`).
- Reduplication and hyphenated words are one token (`negara-negara`, `ke-5`, `1960-an`).
- Every punctuation mark is a token, curly quotes and dashes included (`“`, `’`, `–`, `—`);
  `...` and `…` are one token; `A.S.`, `Prof.`, `Tbk.` keep their full stop.
- Whitespace follows spaCy: one space after a token is its trailing space, anything else
  (line and paragraph breaks) is a token of its own, so that sentence splitting can see it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

from warta.lang.id.lemmatizer import ROOTS, is_derived, stem

_ABBREVIATIONS = (
    "Dra|Prof|Jl|Jln|Tbk|Ltd|Inc|Co|Corp|Pte|Bhd|dr|drg|Hj|St|Sdr|Sdri|Bpk|Kol|Jend|"
    "Letjen|Mayjen|Brigjen|Kapt|Kompol|Pdt|dll|dsb|dst|tsb|Yth|yth|Ny|Tn|Vol|hlm|tgl|Kab|Kec|"
    "Kel|Rp|SH|MH|MM|MSi|MA|MT|SE|Mr|Mrs|Ms|St|vs|etc|Jr|Sr|Gen|Lt|Col|Capt|Sgt|Gov|Sen|Rep"
)
_TOKEN = re.compile(
    r"""
    (?P<space>\s+)
    | (?P<url>(?:https?://|www\.)[^\s“”"'‘’<>()\[\]]+[^\s“”"'‘’<>()\[\].,;:!?])
    | (?P<domain>\w[\w-]*(?:\.[\w-]+)*\.(?:com|net|org|co|id|tv|info|news)(?:\.id)?(?![\w.]*\w))
    | (?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)
    | (?P<abbr>(?:[A-Za-z]\.){2,}|\b(?:"""
    + _ABBREVIATIONS
    + r""")\.(?=\s|$|,))
    | (?P<currency>(?:Rp|US\$|S\$|\$|€|£|¥)(?=\d))
    | (?P<num>\d+(?:[.,:/]\d+)*(?:-an|-nya)?(?![\w]))
    | (?P<word>\w+(?:[-'’]\w+)*)
    | (?P<ellipsis>\.{2,}|…|``|''|--)
    | (?P<other>\S)
    """,
    re.VERBOSE,
)
#: Lexicalised -nya words, kept whole as in UD GSD (sentence adverbs and the like).
_WHOLE_NYA = frozenset(
    """agaknya akhirnya aslinya awalnya berikutnya biasanya bukannya contohnya
    diantaranya dua-duanya hanya kesemuanya khususnya kiranya lainnya makanya
    mestinya misalnya nampaknya tampaknya pastinya rupanya sayangnya untungnya tentunya
    umumnya utamanya punya tanya bertanya ditanya nyanya manya bahwasanya nya""".split()
)
_CLITICS = ("nya", "lah", "kah", "ku", "mu")
#: Words UD GSD writes as host + `pun`.
_PUN = frozenset("ataupun".split())
#: Roots that end in a particle but that UD GSD still splits.
_SPLIT_ANYWAY = frozenset({"apakah"})
#: The words a capitalised -lah or -kah stands on ("Inilah", "Siapakah", "Janganlah"); any other
#: capitalised word ending so is a name ("Ramlah", "Fadillah", "Nabilah", "Mekkah"), kept whole.
_PARTICLE_HOSTS = frozenset(
    """ini itu dia ia mereka kami kita kamu engkau anda aku saya beliau apa siapa mana
    bagaimana kapan mengapa kenapa berapa bukan jangan mari coba sudah tidak belum ada harus
    bisa dapat perlu boleh mampu mungkin akan pernah masih begitu demikian sini situ sana hanya
    justru baru memang bahkan karena maka tentu pasti benar betul sekarang kini dulu""".split()
)
#: The words a capitalised -ku or -mu stands on; any other capitalised word ending so is a name.
_PREPOSITION_HOSTS = frozenset("untuk kepada bagi dengan pada dari oleh tanpa bersama".split())


def _is_word(form: str) -> bool:
    """Whether a lower-case form is an Indonesian word: a root or derived from one."""
    return form in ROOTS or stem(form) != form


@lru_cache(maxsize=100_000)
def split_clitic(word: str) -> tuple[str, ...]:
    """A word and its trailing clitic as separate tokens, or the word alone."""
    lower = word.lower()
    if lower in _PUN:
        return (word[:-3], word[-3:])
    last = lower.rsplit("-", 1)[-1]
    for clitic in _CLITICS:
        if not last.endswith(clitic) or len(last) - len(clitic) < 3:
            continue
        host = lower[: -len(clitic)]
        if clitic == "nya":
            if lower in _WHOLE_NYA or last in _WHOLE_NYA:
                return (word,)
            if lower.startswith("se") and _is_word(host[2:]) and host[2:] not in ("orang", "buah"):
                return (word,)  # sebelumnya, sepenuhnya, setidaknya, sesungguhnya
            if lower in ROOTS:
                return (word,)
        elif lower not in _SPLIT_ANYWAY and (is_derived(lower) or not _is_word(host)):
            return (word,)  # sekolah, adalah, bertemu, buku, bermasalah, menikah
        elif clitic in ("lah", "kah") and word[0].isupper() and host not in _PARTICLE_HOSTS and not host.endswith("kan"):
            return (word,)  # Ramlah, Fadillah, Mekkah: a name (Lakukanlah, Berikanlah still split)
        elif clitic in ("ku", "mu") and word[0].isupper() and host not in _PREPOSITION_HOSTS:
            return (word,)  # Maluku, Tunku, Jammu, Turku: a name (Untukku, Kepadamu still split)
        cut = len(word) - len(clitic)
        return (word[:cut], word[cut:])
    return (word,)


def split_hyphens(word: str) -> tuple[str, ...]:
    """`Januari-September` and `Bapepam-LK` are three tokens; `negara-negara`, `ke-5` one."""
    parts = word.split("-")
    if len(parts) != 2 or not parts[0] or not parts[1]:
        return (word,)
    head, tail = parts
    if head.lower() in tail.lower() or tail.lower() in head.lower():
        return (word,)  # reduplication: negara-negara, kemerah-merahan
    if head[0].isupper() and (tail[0].isupper() or tail[0].isdigit()):
        return (head, "-", tail)
    return (word,)


class IndonesianTokenizer:
    """A spaCy tokenizer: text in, Doc out. All its data ships with the package."""

    def __init__(self, vocab: Vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words, spaces = tokenize(text)
        return Doc(self.vocab, words=words, spaces=spaces)

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    # Nothing to save: the rules live in this module.
    def to_disk(self, path, **kwargs) -> None:
        path.mkdir(parents=True, exist_ok=True) if hasattr(path, "mkdir") else None

    def from_disk(self, path, **kwargs) -> IndonesianTokenizer:
        return self

    def to_bytes(self, **kwargs) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs) -> IndonesianTokenizer:
        return self


def tokenize(text: str) -> tuple[list[str], list[bool]]:
    """Words and trailing-space flags, as spaCy's Doc wants them."""
    words: list[str] = []
    spaces: list[bool] = []
    for match in _TOKEN.finditer(text):
        kind, token = match.lastgroup, match.group()
        if kind == "space":
            if words and not spaces[-1] and token[0] == " ":
                spaces[-1] = True
                token = token[1:]
            if token:
                words.append(token)
                spaces.append(False)
            continue
        if kind == "word":
            pieces = split_clitic(token) if token[-1] in "uhanUHAN" else (token,)
            if "-" in token:
                pieces = split_hyphens(pieces[0]) + pieces[1:]
        else:
            pieces = (token,)
        words.extend(pieces)
        spaces.extend([False] * len(pieces))
    return words, spaces


@registry.tokenizers("warta.id.tokenizer.v1")
def create_tokenizer():
    def make(nlp):
        return IndonesianTokenizer(nlp.vocab)

    return make
