"""Indonesian lemmatizer: affix stripping against a root list, in UD GSD's lemma convention.

`lemmatize(word, pos)` is a pure function. It looks a word up in a small table of
exceptions learnt from the UD treebanks (`data/lemma-exceptions.tsv`), then strips
inflectional particles (-lah, -kah, -tah, -pun), possessive clitics (-ku, -mu, -nya),
derivational suffixes (-i, -kan, -an) and up to three prefixes (meN-, di-, ber-, ter-,
per-, peN-, ke-, se-) with the usual sound changes (menawar → tawar, memerintah →
perintah, mengeluh → keluh, menyatakan → nyata), accepting the first candidate that is
in the root list `data/kata-dasar.txt` (Sastrawi, MIT). Reduplicated words take the
lemma of their base (negara-negara → negara). Lemmas are lower case, as in UD GSD.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

_DATA = Path(__file__).parent / "data"

#: Parts of speech whose words are never stripped (only the exception table applies).
_CLOSED = frozenset(
    {"ADP", "AUX", "CCONJ", "SCONJ", "DET", "PRON", "PART", "NUM", "PUNCT", "SYM", "X", "SPACE", "INTJ", "ADV"}
)
_PARTICLES = ("lah", "kah", "tah", "pun")
_POSSESSIVES = ("nya", "ku", "mu")
_SUFFIXES = ("kan", "an", "i")
#: Prefix–suffix pairs Indonesian morphology does not allow (confix constraints).
_BAD_CONFIX = {("be", "i"), ("di", "an"), ("ke", "i"), ("ke", "kan"), ("me", "an"), ("se", "i"), ("se", "kan"), ("te", "an")}
_VOWEL = "aiueo"
_WORD = re.compile(r"^[a-z]+$")


def _load_roots() -> frozenset[str]:
    lines = (_DATA / "kata-dasar.txt").read_text(encoding="utf-8").split("\n")
    return frozenset(w.strip() for w in lines if w.strip())


def _load_exceptions() -> dict[tuple[str, str], str]:
    table: dict[tuple[str, str], str] = {}
    path = _DATA / "lemma-exceptions.tsv"
    if not path.exists():
        return table
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        form, pos, lemma = line.split("\t")
        table[(form, pos)] = lemma
    return table


ROOTS = _load_roots()
EXCEPTIONS = _load_exceptions()


def _prefix_options(word: str) -> list[tuple[str, str]]:
    """(prefix family, remainder) pairs for one prefix removal, most likely first."""
    w, out = word, []
    if len(w) < 4:
        return out
    v = lambda i: len(w) > i and w[i] in _VOWEL  # noqa: E731
    if w.startswith(("di", "ke", "se")):
        out.append((w[:2], w[2:]))
    if w.startswith("me") or w.startswith("pe"):
        fam = w[:2]
        if w.startswith(("meng", "peng")):
            if w.startswith(("menge", "penge")) and len(w) <= 8:
                out.append((fam, w[5:]))  # mengebom, pengecat
            if v(4):
                out += [(fam, w[4:]), (fam, "k" + w[4:])]
            else:
                out.append((fam, w[4:]))  # mengganti, menghadap, mengkritik
        elif w.startswith(("meny", "peny")) and v(4):
            out += [(fam, "s" + w[4:]), (fam, w[2:])]
        elif w.startswith(("mem", "pem")):
            if v(3):
                out += [(fam, "p" + w[3:]), (fam, w[2:]), (fam, "m" + w[3:])]
            else:
                out.append((fam, w[3:]))  # membeli, memfitnah, memproduksi
        elif w.startswith(("men", "pen")):
            if v(3):
                out += [(fam, "t" + w[3:]), (fam, w[2:]), (fam, "n" + w[3:])]
            else:
                out.append((fam, w[3:]))  # mencari, menduga, menjual, menyusun
        else:
            if w.startswith("per"):
                out.append(("pe", w[3:]))
                if v(3):
                    out.append(("pe", w[2:]))
            elif w.startswith("pel") and w[3:] == "ajar":
                out.append(("pe", "ajar"))
            if w[2:3] in ("l", "r", "w", "y") or v(2):
                out.append((fam, w[2:]))  # melihat, merawat, pelari
    elif w.startswith("be"):
        if w.startswith("ber"):
            out.append(("be", w[3:]))
            if v(3):
                out.append(("be", w[2:]))  # beranak? berupa → rupa; beri-
        elif w.startswith("belajar"):
            out.append(("be", w[3:]))
        else:
            out.append(("be", w[2:]))  # bekerja, beserta
    elif w.startswith("te"):
        if w.startswith("ter"):
            out.append(("te", w[3:]))
            if v(3):
                out.append(("te", w[2:]))
        else:
            out.append(("te", w[2:]))  # tebersit (rare)
    return [(f, r) for f, r in out if len(r) >= 2]


def _prefix_roots(word: str, suffix: str, depth: int = 0) -> list[str]:
    """Every root reachable by removing one to three prefixes, in order of preference."""
    found: list[str] = []
    if depth == 3:
        return found
    for family, rest in _prefix_options(word):
        if depth == 0 and (family, suffix) in _BAD_CONFIX:
            continue
        if rest in ROOTS:
            found.append(rest)
        found += _prefix_roots(rest, suffix, depth + 1)
    return found


def _suffix_options(word: str, clitics: bool = True) -> list[tuple[str, str]]:
    """(derivational suffix, remainder) pairs after removing particles and possessives."""
    bases = [word]
    if not clitics:
        return [("", word)] + [(s, word[: -len(s)]) for s in _SUFFIXES if word.endswith(s) and len(word) - len(s) >= 3]
    for particle in _PARTICLES:
        if word.endswith(particle) and len(word) - len(particle) >= 3:
            bases.append(word[: -len(particle)])
            break
    for base in list(bases):
        for possessive in _POSSESSIVES:
            if base.endswith(possessive) and len(base) - len(possessive) >= 3:
                bases.append(base[: -len(possessive)])
                break
    out = []
    for base in bases:
        out.append(("", base))
        for suffix in _SUFFIXES:
            if base.endswith(suffix) and len(base) - len(suffix) >= 3:
                out.append((suffix, base[: -len(suffix)]))
    return out


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The root of a lower-case word, or the word itself when no analysis reaches a root."""
    if word in ROOTS or not _WORD.match(word) or len(word) <= 3:
        return word
    candidates: list[str] = []
    # The most stripped analyses first (as in confix stripping), the first root wins ...
    for suffix, rest in sorted(_suffix_options(word), key=lambda o: len(o[1])):
        if suffix and rest in ROOTS:
            candidates.append(rest)
        candidates += _prefix_roots(rest, suffix)
    if not candidates:
        return word
    # ... unless a longer root extends it (mencapai → capai, not capa; membeli → beli).
    first = candidates[0]
    return max((c for c in candidates if c.startswith(first)), key=len)


@lru_cache(maxsize=100_000)
def is_derived(word: str) -> bool:
    """Whether a lower-case word is a root or a root with affixes (clitics not counted)."""
    if word in ROOTS:
        return True
    for suffix, rest in _suffix_options(word, clitics=False):
        if suffix and rest in ROOTS or _prefix_roots(rest, suffix):
            return True
    return False


def lemmatize(word: str, pos: str | None = None) -> str:
    """The lemma of an Indonesian word (lower case), given its UPOS tag if known."""
    lower = word.lower()
    if pos is not None:
        hit = EXCEPTIONS.get((lower, pos))
        if hit is not None:
            return hit
    hit = EXCEPTIONS.get((lower, ""))
    if hit is not None:
        return hit
    if "-" in lower:
        head, _, tail = lower.partition("-")
        if head == tail or tail.endswith(head) or head.endswith(tail):
            return lemmatize(head, pos)  # negara-negara, kemerah-merahan → merah
        return lower
    if pos in _CLOSED or pos == "PROPN":
        return lower
    return stem(lower)


def known_share(words: list[str]) -> float:
    """The share of words whose lemma is an Indonesian root: a check on the language
    identifier for short text, which fastText often reads as Javanese, Malay or Italian."""
    return sum(w in ROOTS or lemmatize(w, "VERB") in ROOTS for w in words) / len(words) if words else 0.0
