"""An event's mode: asserted, negated, hypothetical, alleged, demanded or requested."""

from __future__ import annotations

from functools import lru_cache

from warta.coding.lexicon import Lexicon
from warta.coding.words import Word


@lru_cache(maxsize=64)
def _by_first_word(cues: frozenset[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for cue in cues:
        index.setdefault(cue[0], []).append(cue)
    return {word: tuple(found) for word, found in index.items()}


def _match_at(words: list[Word], k: int, cues: frozenset[tuple[str, ...]]) -> bool:
    index = _by_first_word(cues)
    candidates = index.get(words[k].lower, ()) + index.get(words[k].base, ())
    for cue in candidates:
        n = len(cue)
        if k + n <= len(words) and all(cue[x] in (words[k + x].lower, words[k + x].base) for x in range(n)):
            return True
    return False


def _window_has(words: list[Word], lo: int, hi: int, cues, lexicon: Lexicon, realised: dict[str, frozenset[str]] | None = None) -> bool:
    breaks = lexicon.grammar.hard_breaks
    for k in range(hi - 1, lo - 1, -1):
        if words[k].lower in breaks:
            return False
        if realised and k > 0 and words[k - 1].lower in realised.get(words[k].lower, ()):
            continue  # "akhirnya dapat menangkap": an ability used, not a possibility
        if _match_at(words, k, cues):
            return True
    return False


def _coordinated_verb(words: list[Word], lo: int, hi: int, lexicon: Lexicon, inflected: bool = False) -> bool:
    """A "dan/serta + verb" between lo and hi: a new main verb, outside a denial's scope.
    `inflected`: only an affixed verb starts one ("agar tidak tebang pilih dan berani mengusut":
    a bare "berani" goes on the clause asked for; "... dan menegaskan" is the speaker's own)."""
    joiners = lexicon.grammar.verb_coordinators
    prefixes = tuple(lexicon.grammar.verb_prefixes)
    for k in range(lo, hi):
        if words[k].lower in joiners and k + 1 < len(words):
            nxt = words[k + 1]
            if inflected and nxt.lemma == nxt.lower:
                continue
            if nxt.pos == "VERB" or (not nxt.pos and nxt.base.startswith(prefixes) and nxt.lemma != nxt.base):
                return True
    return False


def _not_only(words: list[Word], lo: int, hi: int, lexicon: Lexicon) -> bool:
    """"tak hanya meminta": a negation that adds ("not only"), which negates nothing; so does
    "tak (akan) segan memberhentikan" (will not hesitate to), past a hypothetical word."""
    mod = lexicon.modality
    for k in range(max(lo, hi - 4), hi - 1):
        if (words[k].lower,) not in mod.negation:
            continue
        j = k + 1
        while j < hi - 1 and (words[j].lower,) in mod.hypothetical:
            j += 1
        if words[j].lower in mod.negation_exceptions:
            return True
    return False


def denies(words: list[Word], lo: int, hi: int, lexicon: Lexicon) -> bool:
    """Does a denial stand among words[lo:hi] ("membantah", "tidak benar", modality.yaml `sentence_negation`)?"""
    return any(_match_at(words, k, lexicon.modality.sentence_negation) for k in range(lo, hi))


def alleges(words: list[Word], lo: int, hi: int, lexicon: Lexicon) -> bool:
    """Does an allegation cue ("diduga", "tuduhan", modality.yaml `alleged`) stand among words[lo:hi]?"""
    return any(_match_at(words, k, lexicon.modality.alleged) for k in range(lo, hi))


def local_mode(words: list[Word], sent_start: int, first: int, last: int, is_noun: bool, lexicon: Lexicon) -> str | None:
    """Cues around a trigger (words[first..last]) within its sentence."""
    mod = lexicon.modality
    for k in range(sent_start, first):
        if _match_at(words, k, mod.sentence_negation) and not _coordinated_verb(words, k + 1, first, lexicon):
            return "negated"
    if _window_has(words, max(sent_start, first - mod.negation_window), first, mod.negation, lexicon) and not _not_only(words, sent_start, first, lexicon):
        return "negated"
    if _none_that(words, sent_start, first, lexicon):
        return "negated"
    if _time_to_come(words, last, lexicon):
        return "hypothetical"
    if _speculated_opening(words, sent_start, first, lexicon):
        return "hypothetical"
    if _window_has(words, max(sent_start, first - mod.hypothetical_window), first, mod.hypothetical, lexicon, mod.realised):
        return "hypothetical"
    if _window_has(words, max(sent_start, first - mod.alleged_window), first, mod.alleged, lexicon):
        return "alleged"
    if is_noun:
        end = min(len(words), last + 1 + 6)
        for k in range(last + 1, end):
            if words[k].lower in lexicon.grammar.hard_breaks or words[k].text == ",":
                break
            if _match_at(words, k, mod.hypothetical_after):
                return None if _tells_an_effect(words, k, lexicon) else "hypothetical"
    return None


FUTURE_REACH = 12  # words after a trigger, within its clause, where its time may be told


def _time_to_come(words: list[Word], last: int, lexicon: Lexicon) -> bool:
    """"mengunjungi Jepang pekan depan", "kunjungan kerja PM Abe ke Jakarta pada 19-21 Agustus
    mendatang": an event whose own clause tells a time still to come (modality.yaml `future_times`,
    `future_after_calendar` after `calendar_words`)."""
    mod = lexicon.modality
    for k in range(last + 1, min(len(words), last + 1 + FUTURE_REACH)):
        if words[k].lower in lexicon.grammar.hard_breaks or words[k].text in (",", ";", ":") or words[k].pos == "VERB":
            return False  # "... dukungan ke Zulkifli menjadi ketua umum pada kongres mendatang": another verb's time
        if _match_at(words, k, mod.future_times):
            return True
        if words[k].lower in mod.future_after_calendar and k > last + 1 and (words[k - 1].lower in mod.calendar_words or words[k - 1].text[:1].isdigit()):
            return True  # "pekan depan", "19-21 Agustus mendatang"; not "pemilu mendatang"
    return False


def _speculated_opening(words: list[Word], sent_start: int, first: int, lexicon: Lexicon) -> bool:
    """""Mungkin presiden ... secara tertutup berbicara kepada PKS dan meminta ...": a sentence that
    opens with a speculation (modality.yaml `opening_speculation`) leaves its first clause unasserted."""
    k = sent_start
    while k < first and words[k].text in ("\"", "“", "'", "‘"):
        k += 1
    if k >= first or not _match_at(words, k, lexicon.modality.opening_speculation):
        return False
    return not any(w.text in (",", ";", ":", "\"", "”") or w.lower in lexicon.grammar.hard_breaks for w in words[k + 1 : first])


EXISTENTIAL_REACH = 6  # words from "tidak ada" to the "yang" whose clause it empties


def _none_that(words: list[Word], sent_start: int, first: int, lexicon: Lexicon) -> bool:
    """"Belum ada satu roket pun yang ditembakkan ke Israel", "tidak ada warga yang ditangkap":
    an event told in a relative clause of what does not exist (modality.yaml `existential_negation`)."""
    mod = lexicon.modality
    k = first - 1
    while k > sent_start and words[k].pos in ("ADV", "AUX") and first - k < 3:
        k -= 1  # "yang sudah ditangkap"
    that = k if k >= sent_start and words[k].lower == "yang" else None
    if that is None or not mod.existential_negation:
        return False  # "Tidak ada yang menyangka polisi menangkap X": the arrest is no clause of "tidak ada"
    return any(_match_at(words, i, mod.existential_negation) for i in range(max(sent_start, that - EXISTENTIAL_REACH), that))


def _tells_an_effect(words: list[Word], k: int, lexicon: Lexicon) -> bool:
    """"Kunjungan Solana ini akan membantu menyelesaikan krisis": the cue at k is about what the
    event will bring about, not whether it happens ("kunjungan itu akan dilakukan pekan depan"):
    a verb follows that is none of modality.yaml `occurrence_verbs`."""
    mod = lexicon.modality
    if not mod.occurrence_verbs:
        return False
    j = k + 1
    while j < len(words) and ((words[j].lower,) in mod.hypothetical_after or (words[j].lower,) in mod.hypothetical or words[j].pos == "ADV"):
        j += 1
    return j < len(words) and words[j].pos == "VERB" and words[j].lemma not in mod.occurrence_verbs


#: Modes whose complement has another subject ("X menuduh Y melakukan ..."): a later verb of
#: X's own ("... dan memperingatkan Z") is coordinated with the accusation, not inside it.
OTHER_SUBJECT = frozenset({"alleged", "demanded", "requested"})
CLOSING_QUOTES = frozenset({"”", '"', "’"})


def complement_mode(
    words: list[Word], sent_start: int, first: int, governing: list[tuple[int, str, str]], lexicon: Lexicon, source: str = "", code: str = ""
) -> str | None:
    """The mode a preceding demand, accusation, threat or fear gives to what it governs.

    `governing` holds (word index, code, source country) of the verb triggers before this one
    in the sentence; `source` is this trigger's source country. Scope ends at a clause-level
    breaker (sambil, namun, sementara, ...).
    """
    mod = lexicon.modality
    breakers = lexicon.grammar.scope_breakers
    candidates: list[tuple[int, str]] = []
    parallel = first > sent_start and words[first - 1].lower in lexicon.grammar.argument_coordinators
    for index, governor_code, governor_source in governing:
        if parallel and code and governor_code[:2] == code[:2]:
            continue  # "menolak amandemen ... dan menolak Presiden dipilih 3 kali": a second rejection, not a rejected one
        if _second_passive(words, index, first, lexicon):
            continue  # "mereka diduga terlibat ... dan masih diperiksa": what is done to them, not what is alleged
        if _relative_elsewhere(words, index, first):
            continue  # "Tiga orang yang diduga sebagai pelaku ... telah ditangkap polisi": the arrest is told, not alleged
        for size in (4, 3, 2):
            if governor_code[:size] in mod.complement_by_code:
                mode = mod.complement_by_code[governor_code[:size]]
                if not (mode in OTHER_SUBJECT and source and governor_source == source and _coordinated(words, index, first, lexicon)):
                    candidates.append((index, mode))
                break
    candidates.extend((index, "alleged") for index, governor_code, _ in governing if _charged_for(words, index, first, governor_code, lexicon))
    for k in range(sent_start, first):
        mode = mod.complement_by_lemma.get(words[k].lemma)
        if mode and words[k].pos == "NOUN" and any(w.text == "," for w in words[k + 1 : first]):
            continue  # "Setelah tuduhan pemilihan umum curang, Mugabe menuduh MDC": a noun's complement ends at its comma
        if mode and words[k].lower not in mod.complement_exclude and not _coordinated_verb(words, k + 1, first, lexicon, inflected=True) and not _second_passive(words, k, first, lexicon) and not _relative_elsewhere(words, k, first):
            candidates.append((k, mode))
    g = lexicon.grammar
    pronouns = g.pronouns_person | g.pronouns_plural | g.pronouns_speaker
    fronted = words[sent_start].lower in g.fronted_openers
    for index, mode in sorted(candidates, reverse=True):
        if fronted and any(words[k].text == "," for k in range(index + 1, first)):
            continue  # "Sebagai upaya mengajak X bergabung, Didi dibantu ...": the opening phrase ends at its comma
        if index < first and not any(words[k].lower in breakers or _quote_closes(words, k) or _new_subject(words, k, pronouns) for k in range(index + 1, first)):
            return mode
    return None


def _charged_for(words: list[Word], governor: int, first: int, code: str, lexicon: Lexicon) -> bool:
    """"dijatuhi hukuman mati karena bekerja sama dengan Israel": what someone is punished, held
    or charged for (modality.yaml `charged_reasons` after a trigger of `charged_codes`) is the
    charge against them, alleged, not an act the text tells as done."""
    mod = lexicon.modality
    if governor >= first or not any(code.startswith(c) for c in mod.charged_codes):
        return False
    return any(_match_at(words, k, mod.charged_reasons) for k in range(governor + 1, first))


def _relative_elsewhere(words: list[Word], governor: int, first: int) -> bool:
    """Does the parse make the governing verb a relative clause's ("orang yang diduga ...") and the
    trigger no part of it (the main verb after the clause)?"""
    if not words[governor].dep.startswith("acl"):
        return False
    k, steps = first, 0
    while 0 <= k < len(words) and words[k].head != k and steps < 30:
        if k == governor:
            return False
        k, steps = words[k].head, steps + 1
    return k != governor


def _coordinated(words: list[Word], governor: int, first: int, lexicon: Lexicon) -> bool:
    """"X menuduh Y ... dan memperingatkan Z": a verb joined by "dan", "lalu" may be X's own; with
    no such word between ("menganjurkan X ... dengan mengucapkan selamat") it is inside the demand."""
    return any(words[k].lower in lexicon.grammar.verb_coordinators or words[k].text == "," for k in range(governor + 1, first))


def _second_passive(words: list[Word], governor: int, first: int, lexicon: Lexicon) -> bool:
    """"Mereka diduga terlibat kasus itu dan masih diperiksa": a passive joined to a passive
    governor by "dan" and a word of sequence (grammar.yaml `sequel_adverbs`) tells a second thing
    done to the same subject, outside the governor's scope."""
    g = lexicon.grammar
    if not (words[governor].lower.startswith("di") and words[first].lower.startswith("di")):
        return False
    k = first - 1
    while k > governor and words[k].lower in g.sequel_adverbs:
        k -= 1
    return k < first - 1 and words[k].lower in g.verb_coordinators or k == first - 1 and words[k].lower in g.sequel_adverbs


def _new_subject(words: list[Word], k: int, pronouns: frozenset[str]) -> bool:
    """"KPK harus didorong agar lebih baik, kita dorong KPK agar ...": a comma, then a pronoun, starts a clause of its own."""
    return words[k].text == "," and k + 1 < len(words) and words[k + 1].lower in pronouns


def _quote_closes(words: list[Word], k: int) -> bool:
    """A quotation ends the scope of a verb in it ("“... didorong oleh ekspor,” katanya dalam rapat")."""
    return words[k].text in CLOSING_QUOTES and words[k - 1].text in (",", ".", "!", "?")
