"""Judgements of one actor by another: criticism (CAMEO 111) — "X menilai Y tak mampu ...",
"Y lambat, kata X" —, accusation (112) — "X menyebut Y menerima suap" —, rejection (120) —
"Pengadilan memutuskan penetapan tersangka Budi tidak sah" — and praise (051) — "X menganggap
Y telah melakukan awalan yang sangat baik".

Political news criticises and praises more often by judging than by a verb of doing so: an
opinion verb (menilai, menganggap, berpendapat) or, for criticism, a quoted speaker; an
actor; and a judgement from the language's lists (grammar.yaml `criticism_cues`,
`praise_cues`; for accusations, `accusing_verbs` and the wrongdoings of `accusation_cues`, or a
wrongdoing verb a quoted speaker tells of its doer). Praise needs an opinion verb: a quoted "baik"
is too often no praise.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from warta.coding.inference import IMPLIED
from warta.coding.mentions import Mention
from warta.coding.roles import Sentence

MAX_CUE_WORDS = 3  # the longest cue in words ("tidak pernah belajar")
DOER_GAP = 3  # words from a wrongdoer to the wrongdoing verb: "Jaksa Agung sudah melanggar"
OBLIGATION_REACH = 4  # words before a praise cue in which "harus" makes it a demand
CLEARED_REACH = 3  # words before a wrongdoing in which "tidak" clears its doer ("tidak terbukti melakukan")
SUSPICION_REACH = 6  # words from "diduga" to the wrongdoing it suspects ("diduga berperan sebagai pengepul uang suap")


@dataclass(frozen=True, slots=True)
class Judgement:
    code: str  # "111" criticism, "112" accusation, "051" praise
    source: Mention
    target: Mention
    first: int  # word span of the judgement (the cue)
    last: int


def find_judgement(s: Sentence, teller: Mention | None, clitic_agent: Callable[[int], Mention | None] | None = None) -> Judgement | None:
    """The sentence's criticism or praise by opinion, if it holds one. `clitic_agent(k)` is who
    "-nya" on a passive opinion verb at word k stands for ("KPK dianggapnya ...")."""
    g = s.lexicon.grammar
    cue = _cue(s, g.criticism_cues)
    if cue is not None:
        found = _by_opinion_verb(s, cue, "111", clitic_agent) or _by_teller(s, cue, teller)
        if found is not None:
            return found
    cue = _cue(s, g.hindsight_cues)
    if cue is not None:
        found = _hindsight(s, cue, teller)
        if found is not None:
            return found
    cue = _cue(s, g.accusation_cues)
    if cue is not None:
        found = _by_accusing_verb(s, cue) or _wrongdoer_by_teller(s, cue, teller) or _suspected(s, cue)
        if found is not None:
            return found
    cue = _cue(s, g.rejection_cues)
    if cue is not None:
        found = _by_opinion_verb(s, cue, "120", clitic_agent, g.ruling_verbs)
        if found is not None:
            return found
    cue = _cue(s, g.praise_cues)
    if cue is None or any(w.lower in g.obligation_words for w in s.words[max(s.start, cue[0] - OBLIGATION_REACH) : cue[0]]):
        return None  # "Jokowi harus tetap bersikap tegas": what one must be is asked of him, not praised
    return _by_opinion_verb(s, cue, "051", clitic_agent)


def _by_accusing_verb(s: Sentence, cue: tuple[int, int]) -> Judgement | None:
    """"PPATK mengungkap ada transaksi mencurigakan yang melibatkan anggota DPR", "Agus
    menyebut koleganya menerima duit yang diduga suap": a wrongdoing told of an actor is an
    accusation (112) by the one who tells it. The verb is the trigger: the accusation is
    asserted even when the wrongdoing is only alleged."""
    g = s.lexicon.grammar
    for k in range(s.start, cue[0]):
        w = s.words[k]
        if not (w.lemma in g.accusing_verbs or w.base in g.accusing_verbs) or w.base == w.lemma or not w.base.startswith(tuple(g.verb_prefixes)):
            continue  # "menyebut", not "sebut" (nor the noun "laporan")
        if w.base.startswith(tuple(g.passive_prefixes)):
            continue  # "Menteri itu disebut-sebut menerima suap": the subject is the accused, not the accuser
        source = s.subject_left(k)
        if source is None or not source.code:
            return None
        that = k + 1 < cue[0] and s.words[k + 1].lower in g.colloquial_complementizers and not any(
            w.lower in g.consequence_words for w in s.words[k + 2 : s.end])  # "menyatakan kalau KPK ...": that, not if (no "maka" after)
        told = k + 2 if that else k + 1
        if any(s.words[i].lower in g.conditionals for i in range(told, s.end)):
            return None  # "menyatakan, Anas akan dinonaktifkan apabila ditetapkan tersangka korupsi", "... jika terbukti": no one accused
        if any(s.words[i].lower in g.cleared_words for i in range(max(told, cue[0] - CLEARED_REACH), cue[0])):
            return None  # "Bawaslu memutuskan KPU tidak melanggar ...": cleared, not accused
        frame = " ".join(w.lower for w in s.words[cue[0] : cue[1] + 1]) in g.responsibility_frames
        if frame and not any(k < m.first < cue[0] for m in s.mentions):
            return None  # "Houthi mengklaim bertanggung jawab atas serangan ...": a claim of one's own act, no accusation
        limit = s.right_limit(cue[1])
        target = next((m for m in s.mentions if k < m.first < limit and m.code and m is not source
                       and m.country and s.governor(m) not in g.location_prepositions and not _unnamed_offender(m)), None)
        return Judgement("112", source, target, k, k) if target is not None else None
    return None


def _suspected(s: Sentence, cue: tuple[int, int]) -> Judgement | None:
    """"Waryono diduga berperan sebagai pengepul uang suap", "Waryono dianggap melanggar Pasal 2":
    a named actor suspected of a wrongdoing (grammar.yaml `suspecting_verbs` in the passive, the
    wrongdoing after it) is accused of a crime (1121) by the law of his own country, whose
    suspicion the sentence reports; the wrongdoing itself stays alleged."""
    g = s.lexicon.grammar
    if any(w.lower in g.conditionals for w in s.words[s.start : s.end]):
        return None
    for k in range(s.start + 1, cue[0]):
        w = s.words[k]
        if not (w.lemma in g.suspecting_verbs and w.base.startswith(tuple(g.passive_prefixes))) or w.base == w.lemma:
            continue
        if cue[0] - k > SUSPICION_REACH or s.words[k - 1].lower in g.relative_markers:
            return None  # "duit yang diduga suap": a thing suspected, no one
        accused = s.subject_left(k)
        if accused is None or not accused.code or not accused.country or _unnamed_offender(accused) or accused.kind not in ("person", "organization", "agent"):
            return None
        if accused.text.lower() in g.pronouns_person | g.pronouns_plural:
            return None  # "mereka diduga telah memfitnah ...": whom the sentence does not name
        source = Mention(k, k, w.sent, "", w.start, w.start, accused.country + "JUD", IMPLIED, country_from=IMPLIED)
        return Judgement("1121", source, accused, k, k)
    return None


def _wrongdoer_by_teller(s: Sentence, cue: tuple[int, int], teller: Mention | None) -> Judgement | None:
    """"Menurut pengacara Hary, Jaksa Agung sudah melanggar KUHAP", "kesepakatan yang dilanggar
    oleh PKS, jelas Ical": a wrongdoing done, told by a quoted speaker, accuses its doer: the
    actor just before the verb ("sudah", "telah" between) or after "oleh" on its passive. A noun
    ("korupsi", "pelanggaran") names a case, not a doer."""
    g = s.lexicon.grammar
    if teller is None or not teller.code:
        return None
    verb = s.words[cue[0]]
    if verb.pos != "VERB":
        return None
    if verb.base.startswith(tuple(g.passive_prefixes)):
        doer = s.by_first.get(cue[1] + 2) if cue[1] + 2 < s.end and s.words[cue[1] + 1].lower in g.agent_prepositions else None
    else:
        doer = next((m for m in reversed(s.mentions) if m.last < cue[0] and cue[0] - m.last <= DOER_GAP
                     and not any(w.pos in ("PUNCT", "VERB", "SCONJ") for w in s.words[m.last + 1 : cue[0]])), None)
    if doer is None or not doer.code or doer is teller or doer.first == teller.first or _unnamed_offender(doer):
        return None
    return Judgement("112", teller, doer, *cue)


def _unnamed_offender(m: Mention) -> bool:
    """"melaporkan bahwa tersangka pelaku kejahatan telah ditangkap": a crime told of a suspect
    no one names reports a case; it accuses no one."""
    return m.kind == "agent" and (m.code or "")[3:6] == "CRM"


def _by_teller(s: Sentence, cue: tuple[int, int], teller: Mention | None) -> Judgement | None:
    if teller is None or not teller.code:
        return None
    target = _nearest_actor(s, cue, exclude=teller, before=_speech_verb(s))
    return Judgement("111", teller, target, *cue) if target is not None else None


def _hindsight(s: Sentence, cue: tuple[int, int], teller: Mention | None) -> Judgement | None:
    """"Pemerintah harusnya bisa mengambil sikap dengan cepat, ucap X": X criticises the actor
    right before the word of what it should have done (grammar.yaml `hindsight_cues`), or right
    after it, unless the verb after is a passive, what the actor should undergo."""
    g = s.lexicon.grammar
    if teller is None or not teller.code:
        return None
    j = cue[0] - 1
    while j >= s.start and s.words[j].lower in g.hindsight_adverbs:
        j -= 1
    target = s.by_last.get(j)
    k = cue[1] + 1
    while k < s.end and s.words[k].lower in g.hindsight_adverbs:
        k += 1
    if target is None and k in s.by_first:  # "Mestinya DPP jangan terlalu legal formalistik"
        target = s.by_first[k]
        k = target.last + 1
        while k < s.end and s.words[k].lower in g.hindsight_adverbs:
            k += 1
    if target is None or not target.code or target is teller or target.kind == "speaker":
        return None
    if k < s.end and s.words[k].pos == "VERB" and s.words[k].base.startswith(tuple(g.passive_prefixes)):
        return None  # "... seharusnya didukung oleh kader PDI-P": what others should do for it
    return Judgement("111", teller, target, *cue)


def _cue(s: Sentence, cues: frozenset[str]) -> tuple[int, int] | None:
    starts = _first_words(cues)
    for i in range(s.start, s.end):
        if s.words[i].lower not in starts or (i in s.inside and s.inside[i].first != i):
            continue  # "Kongres Luar Biasa" names, not judges
        for n in range(MAX_CUE_WORDS, 0, -1):
            if i + n <= s.end and " ".join(w.lower for w in s.words[i : i + n]) in cues:
                return i, i + n - 1
    return None


@cache
def _first_words(cues: frozenset[str]) -> frozenset[str]:
    return frozenset(cue.split()[0] for cue in cues if cue)


def _by_opinion_verb(s: Sentence, cue: tuple[int, int], code: str, clitic_agent: Callable[[int], Mention | None] | None = None,
                     verbs: frozenset[str] | None = None) -> Judgement | None:
    g = s.lexicon.grammar
    verbs = g.opinion_verbs if verbs is None else verbs
    for k in range(s.start, cue[0]):
        w = s.words[k]
        known = w.lemma in verbs or w.stem in verbs or w.base in verbs
        affixed = w.base != w.lemma or w.base.startswith(tuple(g.verb_prefixes))  # menilai, not "kira"
        if not (known and affixed):
            continue
        if w.base.startswith(tuple(g.passive_prefixes)):
            return _by_passive_opinion(s, k, cue, code, clitic_agent)
        source = s.subject_left(k)
        if source is None or not source.code:
            return None
        target = next((m for m in s.mentions if k < m.first <= cue[0] and m.code and m is not source), None)
        if code == "051" and target is not None and any(w.text == "," for w in s.words[k + 1 : target.first]):
            return None  # "menilai, hasil ... cukup baik": a result praised, not an actor
        if target is None and w.possessive:  # "menilainya tak mampu": the one named before
            target = next((m for m in reversed(s.mentions) if m.last < source.first and m.code), None)
        return Judgement(code, source, target, *cue) if target is not None else None
    return None


def _by_passive_opinion(s: Sentence, k: int, cue: tuple[int, int], code: str, clitic_agent: Callable[[int], Mention | None] | None) -> Judgement | None:
    """"Gaya Jokowi dinilai Ruhut hanya pencitraan", "KPK dianggapnya lembaga super body ...":
    the subject is judged by the actor right after the verb (or after "oleh"), or by whom
    "-nya" stands for. A passive with no one judging ("dinilai lamban") is no one's judgement."""
    g = s.lexicon.grammar
    after = s.by_first.get(k + 1)
    if after is None and k + 2 < cue[0] and s.words[k + 1].lower in g.agent_prepositions:
        after = s.by_first.get(k + 2)
    target = s.subject_left(k)
    source = after if after is not None else clitic_agent(k) if s.words[k].possessive and clitic_agent else None
    if source is None or not source.code or target is None or not target.code or target is source:
        return None
    return Judgement(code, source, target, *cue)


def _speech_verb(s: Sentence) -> int:
    """Where ", kata X" starts, or the sentence's end."""
    g = s.lexicon.grammar
    for k in range(s.start + 1, s.end):
        w = s.words[k]
        if (w.lemma in g.speech_verbs or w.base in g.speech_verbs) and s.words[k - 1].text == ",":
            return k
    return s.end


def _nearest_actor(s: Sentence, cue: tuple[int, int], exclude: Mention, before: int) -> Mention | None:
    """The actor judged: the mention nearest the cue inside the quoted part."""
    candidates = [
        m for m in s.mentions
        if m.code and m.last < before and m is not exclude and m.first != exclude.first and m.kind != "speaker"
    ]
    if not candidates:
        return None
    return min(candidates, key=lambda m: min(abs(m.first - cue[0]), abs(m.last - cue[1])))
