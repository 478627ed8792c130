"""Source and target of a trigger, by word order (Indonesian is SVO; di- passives take
"oleh X"), refined by the dependency parse when the language stage provides one."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from warta.coding.lexicon import Lexicon, Sense, match_phrase
from warta.coding.mentions import Mention
from warta.coding.triggers import Trigger
from warta.coding.words import Word

RIGHT_WINDOW = 15  # words after a trigger in which its target may stand, an actor's name one word
NOUN_MODIFIERS = 3  # words of an event noun's phrase before its verb ("kritik yang sangat keras")
ANY_WINDOW = 8  # words after a verb in which an "any" target may stand
NP_NOUNS = 3  # plain nouns a preposition may stand before the actor it governs
PLACE_PHRASE = 6  # words of a place phrase between a noun and its relative clause ("di Kediri, Jawa Timur,")
OBJECT_GAP = 4  # plain nouns allowed between a verb and the owner of its object ("memuji peran Qatar")
CONTROL_GAP = 2  # "menuntut AS (untuk) menarik ...": the object is the subject of the next verb
SCARE_QUOTE = 4  # quotes around at most this many words mark a term, not a clause
APPOSITION_TAIL = 4  # words after an apposition's actor before its closing comma ("pt global tiket network atau tiket.com,")
QUOTES = frozenset("“”\"‘’'«»")
SUBJECT_DEPS = ("nsubj", "nsubj:pass", "csubj")
OBJECT_DEPS = ("obj", "iobj")
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")  # 200.000, 1,500, 2.5
KEPT_SUBTYPES = frozenset({"nsubj:pass", "csubj:pass", "obl:agent"})  # other subtypes compare as their base relation
CLAUSE_DEPS = frozenset({"acl", "advcl", "ccomp", "xcomp", "parataxis", "conj"})  # a subtree stops at another clause
NO_ACTOR = object()  # the parse names a subject, and it is no actor


def relation(w: Word) -> str:
    """A word's dependency relation, subtypes aside but for those that change a role (nsubj:pass, obl:agent)."""
    return w.dep if w.dep in KEPT_SUBTYPES else w.dep.split(":")[0]


@dataclass
class Sentence:
    """One sentence's words and mentions, with the lookups role finding needs."""

    words: list[Word]
    start: int  # first word index
    end: int  # one past the last word index
    mentions: list[Mention]
    lexicon: Lexicon
    place: str | None = None  # the country the sentence sets itself in ("ditangkap di Malaysia")

    def __post_init__(self) -> None:
        self.by_last = {m.last: m for m in self.mentions}
        self.by_first = {m.first: m for m in self.mentions}
        self.inside = {i: m for m in self.mentions for i in range(m.first, m.last + 1)}
        self.has_parse = any(w.dep for w in self.words[self.start : self.end])
        self.breaks = self._breaks()

    def _breaks(self) -> set[int]:
        """Hard clause breaks, without the quotes of a short quoted term (“destruktif”)."""
        hard = self.lexicon.grammar.hard_breaks
        out = {i for i in range(self.start, self.end) if self.words[i].lower in hard}
        quotes = [i for i in sorted(out) if self.words[i].text in QUOTES]
        for a, b in zip(quotes, quotes[1:]):
            if 0 < b - a - 1 <= SCARE_QUOTE and not any(self.words[k].text in (",", ".") for k in range(a + 1, b)):
                out -= {a, b}
        for a in [i for i in out if self.words[i].text == "("]:  # "rapat dengar pendapat (RDP) dengan X": an abbreviation
            b = a + 2
            if b < self.end and self.words[b].text == ")" and self.words[a + 1].text.isalnum():
                out -= {a, b}
        return out

    # -- word classes ----------------------------------------------------------------------
    def _word(self, i: int) -> Word | None:
        return self.words[i] if self.start <= i < self.end else None

    def is_hard_break(self, i: int) -> bool:
        return i in self.breaks

    def _skip_determiners_left(self, i: int) -> int:
        g = self.lexicon.grammar
        while i >= self.start and (self.words[i].lower in g.determiners or self.words[i].lower in g.place_nouns or NUMBER.fullmatch(self.words[i].text) or self._quantity(i)):
            i -= 1
        return i

    def _quantity(self, i: int) -> bool:
        """A word of a quantity before a noun ("thousands of", "up to 100", "more than 1,000"):
        grammar.yaml `quantity_words`, the preposition after one, and a number written with separators."""
        q = self.lexicon.grammar.quantity_words
        if not q:
            return False
        w = self.words[i]
        before = self.words[i - 1].lower if i > self.start else ""
        return w.lower in q or (w.lower in self.lexicon.grammar.prepositions and before in q) or w.text.replace(",", "").isdigit()

    def is_plain_noun(self, i: int) -> bool:
        """A lower-case content word that is neither a verb nor a function word."""
        w = self.words[i]
        g = self.lexicon.grammar
        function = g.prepositions | g.relative_markers | g.complementizers | g.coordinators | g.subordinators | g.demonstratives
        title = w.is_capitalised and w.pos in ("NOUN", "PROPN") and i not in self.inside  # "dengan Kepala Kepolisian RI"
        if not w.text.replace("-", "").isalpha() or (w.is_capitalised and not title) or w.lower in function or i in self.breaks:
            return False
        if w.lower in g.verb_particles:
            return True
        if w.pos == "VERB" and w.lower == w.lemma and w.lemma not in self.lexicon.verbs and i > self.start and self.words[i - 1].pos == "VERB":
            return True  # "mengutuk uji coba nuklir Korea Utara": a bare root after a verb names a thing
        if w.pos:
            return w.pos in ("NOUN", "ADJ", "PROPN", "ADV", "X", "NUM")
        return not self.is_verbish(i) and not self._inflected_verb(w)

    def _inflected_verb(self, w: Word) -> bool:
        """With no tagger, a known verb with a verb's ending (grammar.yaml `verb_endings`):
        "killed" in "killed 46 Afghan civilians" is no noun of the object's phrase."""
        g = self.lexicon.grammar
        return any(
            suffix in g.verb_endings and w.lower.endswith(suffix) and w.lower[: -len(suffix)] + replacement in self.lexicon.verbs
            for suffix, replacement in g.inflections
        )

    def governor(self, m: Mention) -> str | None:
        """The preposition before a mention's noun phrase (skipping determiners and up to
        NP_NOUNS plain nouns: "di depan gedung DPR" → di), if any."""
        j = self._skip_determiners_left(m.first - 1)
        g = self.lexicon.grammar
        for _ in range(NP_NOUNS):
            if j >= self.start and self.words[j].lower not in g.prepositions and self.is_plain_noun(j):
                if self.words[j].lower in g.time_nouns or self.words[j].lower in g.calendar_words:
                    return None  # "dalam beberapa bulan terakhir Hamas menahan": a time phrase ends before the name
                j = self._skip_determiners_left(j - 1)
        if j < self.start:
            return None
        word = self.words[j].lower
        if word in self.lexicon.grammar.prepositions:
            return word
        if m.group >= 0 and m.first != m.group and m.group in self.by_first:
            return self.governor(self.by_first[m.group])
        return None

    def is_verbish(self, i: int) -> bool:
        w = self.words[i]
        g = self.lexicon.grammar
        if w.lower in g.prepositions or w.lower in g.non_verbs:
            return False
        if w.pos:
            return w.pos == "VERB"
        return w.lemma != w.base and w.base.startswith(tuple(g.verb_prefixes)) and i not in self.inside

    def is_object(self, m: Mention) -> bool:
        """Right after a verb, and not the subject of a reported clause ("mengatakan X ...")."""
        j = self._skip_determiners_left(m.first - 1)
        if j >= self.start and self.words[j].lower in self.lexicon.grammar.resultatives:
            j -= 1  # "menembak mati seorang perampok": the result stands between the verb and its object
        if m.group >= 0 and m.first != m.group and m.group in self.by_first:
            return self.is_object(self.by_first[m.group])
        if j < self.start or not self.is_verbish(j):
            return False
        return self.words[j].lemma not in self.lexicon.grammar.reporting_verbs

    # -- subjects ------------------------------------------------------------------------
    def subject_left(self, i: int) -> Mention | None:
        """The subject of a verb at word i: the nearest free actor to its left in its clause;
        failing that, the parser's nsubj (word order is the more reliable of the two here).
        A language whose grammar.yaml lists `subject` in `parse_roles` trusts its parse first:
        the verb's own subject, when it has one that is no pronoun, and no actor if it names none
        ("media reports said sporadic clashes were continuing": the clashes, not Bosnia)."""
        ordered = self._ordered_subject(i)
        if "subject" in self.lexicon.grammar.parse_roles and self.has_parse:
            found = self.parsed_role(i, ("nsubj", "nsubj:pass", "csubj"))
            if found is NO_ACTOR:
                return None
            # a bare sector ("helicopter gunships") in the phrase of an owned actor ("Russian
            # aircraft including ..."): the parse cut the phrase short, word order did not
            if found is not None and (ordered is None or found.code not in self.lexicon.sector_codes):
                return found
        return ordered or self._parsed_subject(i)

    def phrase_head(self, first: int, last: int) -> Word:
        """The word of words[first..last] that the parse hangs outside them."""
        return next((w for w in self.words[first : last + 1] if not first <= w.head <= last or w.head == w.i), self.words[last])

    def embedded(self, first: int, last: int) -> bool:
        """Does the parse make the noun at first..last a modifier of another noun ("two days of
        fierce fighting", "a series of bombs")? Such an event noun is a detail of that noun's
        phrase: its doer is not the clause's subject (`parse_roles: [embedded]`)."""
        if "embedded" not in self.lexicon.grammar.parse_roles or not self.has_parse:
            return False
        w = self.phrase_head(first, last)  # the tagger's nouns only: it tags main verbs amod often enough
        return w.pos in ("NOUN", "PROPN") and relation(w) in ("nmod", "compound") and self.words[w.head].pos in ("NOUN", "PROPN", "NUM")

    def participle(self, i: int):
        """For a verb the parse hangs on a noun as a reduced relative clause (`acl`, with no
        subject or "to" of its own; `parse_roles: [participle]`): its (source, target). A past
        participle's doer is only its "by" agent, and the noun is what it was done to ("a
        ceasefire agreement signed in March": no one signed it here; "West Africans ordered
        out"); an -ing participle's doer is the noun ("lorries passing through"). None for any
        other verb; a pair with no source tells the caller there is no event."""
        w = self.words[i]
        if "participle" not in self.lexicon.grammar.parse_roles or not self.has_parse or w.dep != "acl" or w.pos != "VERB":
            return None
        if relation(self.words[w.head]) in ("ROOT", "root", "nsubj", "appos", "conj") or self.dependents(i, ("obj",)) or not self._verb_rooted(i):
            return None  # "officials agreed on Wednesday", "aircraft ... killed 4 Iraqis": a main verb the parse hung on its subject
        if self.dependents(i, ("nsubj", "nsubj:pass", "csubj")) or any(self.words[k].lower == "to" for k in self.dependents(i, ("mark",))):
            return None
        noun = self._in_phrase(w.head) if w.head != i else None
        if w.lower.endswith("ing"):
            return noun, None
        agent = self.dependents(i, ("obl:agent",))
        return (self._in_phrase(agent[0]) if agent else None), noun

    def _verb_rooted(self, i: int) -> bool:
        """Is the root of the parse tree word i is in a verb or a copular predicate (a parse that found the main verb)?"""
        for _ in range(self.end - self.start):
            w = self.words[i]
            if w.head == i or not self.start <= w.head < self.end:
                return w.pos in ("VERB", "AUX") or bool(self.dependents(i, ("cop",)))  # "are guilty of ...": a copula's
            i = w.head
        return False

    def dependents(self, i: int, relations: tuple[str, ...]) -> list[int]:
        return [k for k in range(self.start, self.end) if k != i and self.words[k].head == i and relation(self.words[k]) in relations]

    def parsed_role(self, i: int, relations: tuple[str, ...]):
        """The actor the parse gives word i in one of `relations`: the mention of the dependent
        or the first one in its phrase ("Tens of thousands of students throughout Indonesia");
        NO_ACTOR when the dependent's phrase holds none; None when i has no such dependent or it
        is a pronoun (word order, which knows antecedents, decides)."""
        for k in self.dependents(i, relations):
            if k in self.inside:
                return self._group_head(self.inside[k])
            w = self.words[k]
            if w.pos == "PRON" or w.lower in self.lexicon.grammar.relative_markers or w.base in self.lexicon.agent_starts:
                return None  # a pronoun, or an agent noun no mention took ("500,000 workers affiliated with ...")
            if w.lower in self.lexicon.grammar.time_nouns:
                return None  # "Klibi today urged": a time the parse took for the subject (grammar.yaml `time_nouns`)
            inner = self._in_phrase(k)
            return inner if inner is not None else NO_ACTOR
        return None

    def _in_phrase(self, k: int) -> Mention | None:
        """The first actor in the phrase headed by word k (not in a clause inside it)."""
        phrase = {k}
        for _ in range(self.start, self.end):  # heads come before or after: grow to a fixed point
            changed = False
            for x in range(self.start, self.end):
                w = self.words[x]
                if x not in phrase and w.head in phrase and w.head != x and relation(w) not in CLAUSE_DEPS:
                    phrase.add(x)
                    changed = True
            if not changed:
                break
        for m in self.mentions:
            if any(x in phrase for x in range(m.first, m.last + 1)) and m.code is not None:
                return self._group_head(m)
        return None

    def _ordered_subject(self, i: int) -> Mention | None:
        j = i - 1
        control = self.lexicon.grammar.control_words
        while j >= self.start:
            if self.words[j].text == ")":  # "massa pengemudi (PPAD) melakukan": past the aside
                j = self._opening_parenthesis(j) - 1
                continue
            if self.is_hard_break(j):
                return None
            if self._reports_unnamed_subject(j, i):
                return None  # "Polisi mengatakan seorang pria telah ditangkap": the man, no actor, is the subject
            m = self.by_last.get(j)
            if m is not None:
                marker = self._reported_marker(m)
                if marker is not None:  # "yang -- menurut perkiraan PBB -- sudah membunuh": who says so, not who did it
                    j = marker - 1
                    continue
                if self.governor(m) is None and not self.is_object(m):
                    head = self._apposition_head(m, i)
                    if head is not None and self.governor(head) in self.lexicon.grammar.location_prepositions:
                        j = head.first - 1  # "berunjuk rasa di depan Gedung DPR, Jakarta, menolak": a place and its town
                        continue
                    return self._group_head(head or m)
                if self.is_object(m) and self._control_verb(m) and self._controls(m, i):
                    return self._group_head(m)  # object control: "meminta Myanmar untuk membebaskan"
                if self._passive_agent_before_subordinate(m, i):
                    return self._group_head(m)  # "Hal itu disampaikan Presiden saat menerima X": the agent is the one receiving
                j = m.first - 1
                continue
            if self.words[j].lower in self.lexicon.grammar.relative_markers:
                k = j - 1
                if k >= self.start and self.words[k].text == ",":
                    k -= 1
                while k > self.start and k not in self.by_last and self.words[k].lower in self.lexicon.grammar.post_modifiers:
                    k -= 1  # "anggota DPP PPP lainnya yang mendatangi"
                k = self._past_age(k)
                antecedent = self.by_last.get(k) or self.by_last.get(self._past_place(k))
                if antecedent is not None:
                    return self._group_head(antecedent)
                if k >= self.start and self.is_plain_noun(k):
                    return None  # "sipir penjara yang menyiksa": the clause's subject is no actor
            j -= 1
        return None

    def _past_place(self, k: int) -> int:
        """"12 petani di Kediri, Jawa Timur, yang masuk penjara": the word before a place phrase
        ("di" and capitalised names and commas) that ends at word k, else k."""
        j = k
        while j > self.start and (self.words[j].text == "," or self.words[j].is_capitalised) and k - j < PLACE_PHRASE:
            j -= 1
        return j - 1 if j > self.start and j < k and self.words[j].lower in self.lexicon.grammar.location_prepositions else k

    def _reports_unnamed_subject(self, j: int, i: int) -> bool:
        """Is word j a reporting verb whose clause, before the verb at i, opens with a noun that
        names no actor ("mengatakan (bahwa) seorang pria ...")?"""
        g = self.lexicon.grammar
        w = self.words[j]
        if w.lemma not in g.reporting_verbs or w.pos != "VERB" or w.lower == w.lemma or j + 1 >= i:
            return False
        k = j + 1
        while k < i and (self.words[k].lower in g.complementizers or self.words[k].lower in g.determiners or NUMBER.fullmatch(self.words[k].text)):
            k += 1
        return k < i and k not in self.inside and self.words[k].pos == "NOUN" and self.is_plain_noun(k) and self.words[k].lower not in g.time_nouns

    def _reported_marker(self, m: Mention) -> int | None:
        """The index of "menurut" when m is what it attributes ("menurut (perkiraan) PBB")."""
        k = m.first - 1
        while k > m.first - 3 and k >= self.start and self.is_plain_noun(k):
            k -= 1
        return k if k >= self.start and self.words[k].lower in self.lexicon.grammar.reported_markers else None

    def _passive_agent_before_subordinate(self, m: Mention, i: int) -> bool:
        """Is m the agent right after a di- verb, with only a subordinator ("saat", "ketika",
        "usai") between it and the verb at i?"""
        g = self.lexicon.grammar
        between = [w.lower for w in self.words[m.last + 1 : i]]
        verb = self.words[m.first - 1] if m.first > self.start else None
        return (len(between) == 1 and between[0] in g.subordinators and verb is not None and self.is_verbish(verb.i)
                and any(verb.base.startswith(p) and not verb.lemma.startswith(p) for p in g.passive_prefixes))

    def describes(self, m: Mention, head: Mention) -> bool:
        """Does m stand in an apposition to head ("gaery undarsa, managing director pt global tiket
        network, berpendapat": the company is the speaker's, not another party)?"""
        if m.first <= head.last:
            return False
        close = next((k for k in range(m.last + 1, min(self.end, m.last + 1 + APPOSITION_TAIL)) if self.words[k].text == ","), None)
        if close is None or any(w.pos == "VERB" for w in self.words[m.last + 1 : close]):
            return False  # "Menurut dia, pemerintah perlu membangun ...": a clause, no apposition
        return self._apposition_head(m, close + 1) is head

    def _apposition_head(self, m: Mention, i: int) -> Mention | None:
        """"Turkey, a NATO member, condemned": the actor an apposition between commas describes."""
        before = self._skip_determiners_left(m.first - 1)
        for _ in range(NP_NOUNS):  # "Turkey, a founding member of NATO,": plain nouns before the actor
            if before > self.start and self.is_plain_noun(before):
                before = self._skip_determiners_left(before - 1)
        if before <= self.start or self.words[before].text != "," or not any(self.words[k].text == "," for k in range(m.last + 1, i)):
            return None
        head = self.by_last.get(before - 1)
        return head if head is not None and head.group < 0 else None

    def _opening_parenthesis(self, j: int) -> int:
        """The "(" that a ")" at j closes within a few words, else j itself."""
        for k in range(j - 1, max(self.start, j - 8) - 1, -1):
            if self.words[k].text == "(":
                return k
        return j

    def relative_of_thing(self, i: int) -> bool:
        """Does the verb at i open a relative clause on a noun that names no actor
        ("babi yang ditangkap")?"""
        k = i - 1
        if k <= self.start or self.words[k].lower not in self.lexicon.grammar.relative_markers:
            return False
        head = self._past_place(self._past_age(k - 1))  # "warga di Bekasi yang ditangkap": the residents, not Bekasi
        return head not in self.inside and self.is_plain_noun(head)

    def _past_age(self, k: int) -> int:
        """"seorang pria Jerman berusia 27 tahun yang diculik": the word before the age phrase
        ending at k (the man, not the years); k itself when there is none."""
        if k - 2 > self.start and self.words[k - 2].lemma == "usia" and NUMBER.fullmatch(self.words[k - 1].text):
            return k - 3
        return k

    def _controls(self, m: Mention, i: int) -> bool:
        """Is the verb at i in the complement of the control verb whose object m is?"""
        g = self.lexicon.grammar
        gap = self.words[m.last + 1 : i]
        if len(gap) <= CONTROL_GAP and all(w.lower in g.control_words for w in gap):
            return True
        opens = bool(gap) and (gap[0].lower in g.control_complementizers or self.is_verbish(m.last + 1))
        return opens and not any(k in self.breaks or self.words[k].lower in g.scope_breakers for k in range(m.last + 1, i))

    def _control_verb(self, m: Mention) -> bool:
        j = self._skip_determiners_left(m.first - 1)
        return j >= self.start and self.words[j].lemma in self.lexicon.grammar.control_verbs

    def _parsed_subject(self, i: int) -> Mention | None:
        if not self.has_parse:
            return None
        for k in range(self.start, self.end):
            w = self.words[k]
            if w.head == i and w.dep in SUBJECT_DEPS and k < i and k in self.inside:
                return self._group_head(self.inside[k])
        return None

    def _group_head(self, m: Mention) -> Mention:
        if m.group >= 0 and m.group in self.by_first:
            return self.by_first[m.group]
        return m

    def members(self, m: Mention) -> list[Mention]:
        """A mention and those listed with it ("Jerman, Israel, dan Swedia")."""
        if m.members:  # "kedua pemimpin": the antecedents, named by these words
            return [replace(x, first=m.first, last=m.last, start=m.start, end=m.end, text=m.text, sent=m.sent, group=-1) for x in m.members]
        if m.group < 0:
            return self._examples(m) or [m]
        return [x for x in self.mentions if x.group == m.group]

    def _examples(self, m: Mention) -> list[Mention]:
        """"Mereka yang tersangkut, seperti A dan B, ...": a plural or generic mention stands for
        the ones its examples name (grammar.yaml `example_markers`)."""
        g = self.lexicon.grammar
        if not (self.words[m.first].lower in g.pronouns_plural or m.kind == "agent"):
            return []
        for k in range(m.last + 1, min(self.end - 1, m.last + 6)):
            if self.words[k].text == "," and self.words[k + 1].lower in g.example_markers:
                first = self.by_first.get(k + 2)
                return self.members(first) if first is not None and first.group >= 0 else []
            if self.words[k].text == ",":
                return []
        return []

    # -- right side --------------------------------------------------------------------------
    def right_limit(self, i: int) -> int:
        g = self.lexicon.grammar
        j, units = i + 1, 0
        while j < self.end and units < RIGHT_WINDOW:
            if (j in self.breaks or self.words[j].lower in g.subordinators) and j not in self.inside:
                break
            m = self.inside.get(j)
            j = m.last + 1 if m is not None and m.first == j else j + 1  # an actor's long name counts as one word
            units += 1
        return j

    def right_mentions(self, i: int) -> list[Mention]:
        limit = self.right_limit(i)
        return [m for m in self.mentions if i < m.first < limit]

    def find_slot(
        self, trigger: Trigger, slot: str, exclude: Mention | None = None, theme: range | None = None, physical: bool = False
    ) -> Mention | None:
        """The mention filling a slot after the trigger; `physical` events (force, violence) do
        not reach their target through an abstract noun ("menyerang kebijakan pemerintah")."""
        after = trigger.last
        candidates = [
            m
            for m in self.right_mentions(after)
            if m is not exclude
            and m.group != (exclude.group if exclude and exclude.group >= 0 else -2)
            and not (theme and m.kind == "agent" and m.first <= theme[-1] and theme[0] <= m.last)
        ]
        if slot == "obj" and trigger.kind == "verb":
            parsed = self._parsed_object(trigger, candidates, theme, physical)
            if parsed is not None:
                return parsed
        location = self.lexicon.grammar.location_prepositions
        for m in candidates:
            gov = self.governor(m)
            if slot == "obj":
                j = self._skip_determiners_left(m.first - 1)
                gap = range(after + 1, j + 1)
                abstract = self.lexicon.grammar.abstract_nouns if physical else frozenset()
                determiners = self.lexicon.grammar.determiners  # "menyerang sebuah pos polisi": the post's owner
                if gov is None and len(gap) <= OBJECT_GAP and all((self.is_plain_noun(k) or self.words[k].lower in determiners) and self.words[k].base not in abstract for k in gap):
                    return self._group_head(m)
            elif slot == "direct":  # the actor right after the verb ("menerima pengurus ICMI", not "menerima laporan Komnas HAM")
                if gov is None and self._skip_determiners_left(m.first - 1) == after:
                    return self._group_head(m)
            elif slot == "any":
                if m.first - after > ANY_WINDOW:
                    continue
                if gov is None or (gov not in location and gov not in self.lexicon.grammar.agent_prepositions):
                    return self._group_head(m)
            elif gov == slot:
                return self._group_head(m)
            elif slot in self.lexicon.grammar.fronting_nouns and gov in location and (self._fronted_by(m, slot) or self._seated(m)):
                return self._group_head(m)  # "berunjuk rasa di depan gedung DPR": whom a protest faces
        return None

    def _seated(self, m: Mention) -> bool:
        """Does a building the body sits in open m's noun phrase ("di gedung DPR") or name it ("di Balai Kota")?"""
        seats = self.lexicon.grammar.seat_nouns
        return self.words[m.first].lower in seats or any(self._fronted_by(m, noun) for noun in seats)

    def _fronted_by(self, m: Mention, noun: str) -> bool:
        """Does `noun` open the noun phrase of m ("di depan gedung DPR": depan)?"""
        j = self._skip_determiners_left(m.first - 1)
        for _ in range(NP_NOUNS + 1):
            if j < self.start:
                return False
            if self.words[j].lower == noun:
                return True
            if not self.is_plain_noun(j):
                return False
            j = self._skip_determiners_left(j - 1)
        return False

    def absorbed(self, trigger: Trigger, consumed: set[int]) -> bool:
        """Is the trigger part of an event coded before it (`consumed`: the complements and
        adjuncts of the verbs coded so far)? An event noun, or a verb's form the tagger reads as
        a noun ("established diplomatic ties", "reimposed blockades"), or a participle adjunct
        ("shelled Juba, killing about 20 people": how the shelling went)."""
        if "object" not in self.lexicon.grammar.parse_roles:  # by the word lists alone: a noun at a complement
            return trigger.kind == "noun" and trigger.first in consumed
        if consumed.isdisjoint(range(trigger.first, trigger.last + 1)):
            return False
        # a verb's form the parse makes an object is a noun ("agreed to lift embargoes on ...")
        return self.nominal(trigger) or self.words[trigger.first].dep in ("advcl", "acl", "obj")

    def purposes(self, i: int) -> list[int]:
        """The purpose infinitives of word i or of its object ("staged demonstrations to demand
        reforms", "began a hunger strike to protest against"): why the event was done, no event
        of their own (`parse_roles: [purpose]`, grammar.yaml `purpose_markers`)."""
        if "purpose" not in self.lexicon.grammar.parse_roles or not self.has_parse:
            return []
        markers = self.lexicon.grammar.purpose_markers
        heads = [i, *self.dependents(i, ("obj",))]
        found = [k for h in heads for k in self.dependents(h, ("advcl", "acl"))
                 if k > i and any(self.words[a].lower in markers for a in self.dependents(k, ("aux", "mark")))]
        return found + [x for k in found for x in self.dependents(k, ("xcomp",))]  # "to help support"

    def charged_acts(self, i: int) -> list[int]:
        """The -ing clauses with a preposition of their own on word i or on its object ("blamed
        Iraq for attacking Kuwaiti ships", "charging its neighbor with supporting dissidents"):
        what an accusation says its target did (`parse_roles: [object]`)."""
        if "object" not in self.lexicon.grammar.parse_roles or not self.has_parse:
            return []
        heads = [i, *self.dependents(i, ("obj",))]
        return [k for h in heads for k in self.dependents(h, ("advcl", "acl"))
                if k > i and self.words[k].lower.endswith("ing") and self.dependents(k, ("mark",))]

    def nominal(self, trigger: Trigger) -> bool:
        """An event noun, or a verb's form the tagger reads as a noun ("ties", "blockades")."""
        return trigger.kind == "noun" or self.words[trigger.last].pos in ("NOUN", "PROPN")

    def parsed_complements(self, trigger: Trigger) -> list[int]:
        """A verb's parsed objects and its -ing adjuncts with no subject of their own
        (`parse_roles: [object]`)."""
        if "object" not in self.lexicon.grammar.parse_roles or not self.has_parse or trigger.kind != "verb":
            return []
        adjuncts = [k for k in self.dependents(trigger.first, ("advcl",))
                    if self.words[k].lower.endswith("ing") and not self.dependents(k, ("nsubj", "nsubj:pass", "mark"))]
        return [k for k in self.dependents(trigger.first, ("obj",)) + adjuncts if k > trigger.last]

    def _parsed_object(self, trigger: Trigger, candidates: list[Mention], theme: range | None, physical: bool) -> Mention | None:
        """The actor in the phrase of the verb's parsed object (`parse_roles: [object]`), past
        the prepositions word order stops at ("shelled positions of the Palestinian security
        forces"); not through an abstract noun for a physical event, nor the complement a sense
        asks for ("lifted a ban on": the ban)."""
        if "object" not in self.lexicon.grammar.parse_roles or not self.has_parse:
            return None
        for k in self.dependents(trigger.first, ("obj",)):
            if k < trigger.first or (physical and self.words[k].base in self.lexicon.grammar.abstract_nouns):
                continue
            found = self._in_phrase(k)  # its first actor: "U.N. mediator Diego Cordovez" is the U.N.'s
            if found is not None and found in candidates and not (theme and found.first <= theme[-1] and theme[0] <= found.last):
                return found
        return None

    def agent_of_passive(self, trigger: Trigger) -> Mention | None:
        """"dipukul oleh Kriss"; or, as Indonesian allows, the actor right after a di- verb
        ("ditelepon Mensesneg Sudi Silalahi", "diterima Presiden")."""
        for m in self.right_mentions(trigger.last):
            if self.governor(m) in self.lexicon.grammar.agent_prepositions or self._agent_by_example(trigger, m):
                return self._group_head(m)
        k = trigger.last + 1
        while k < self.end and self.words[k].lower in self.lexicon.grammar.determiners:
            k += 1  # "didukung mantan Ketua MK Mahfud MD"
        direct = self.by_first.get(k)
        if trigger.kind == "verb" and trigger.passive and direct is not None:
            return self._group_head(direct)
        if trigger.kind == "noun":
            return self._agent_after_noun(trigger)
        return None

    def _agent_after_noun(self, trigger: Trigger) -> Mention | None:
        """"Kritik keras dilontarkan Fadli Zon terhadap pemerintah", "Kecaman datang dari
        Indonesia": an event noun's doer is the actor right after the passive light verb (or the
        verb of coming, `source_verbs`, and "dari") that follows its phrase."""
        g = self.lexicon.grammar
        j = trigger.last + 1
        while j < self.end and j - trigger.last <= NOUN_MODIFIERS and (self.words[j].lower in g.determiners or self.words[j].pos == "ADJ"):
            j += 1  # "kritik keras", "tudingan itu"
        if j + 1 >= self.end:
            return None
        verb = self.words[j]
        passive_light = verb.lemma in g.light_verbs and verb.base.startswith(tuple(g.passive_prefixes)) and verb.base != verb.lemma
        coming = verb.lemma in g.source_verbs and self.words[j + 1].lower in g.origin_prepositions
        if not (passive_light or coming):
            return None
        k = j + 2 if coming else j + 1
        while k < self.end and self.words[k].lower in g.determiners:
            k += 1
        direct = self.by_first.get(k)
        return self._group_head(direct) if direct is not None else None

    def _agent_by_example(self, trigger: Trigger, m: Mention) -> bool:
        """"diragukan oleh lembaga-lembaga antikorupsi, seperti ICW": the agent is a plain noun
        phrase no actor names, and the example after it names one."""
        g = self.lexicon.grammar
        k = trigger.last + 1
        if m.first < k + 3 or self.words[m.first - 1].lower not in g.example_markers or self.words[k].lower not in g.agent_prepositions:
            return False
        between = range(k + 1, m.first - 2)
        return self.words[m.first - 2].text == "," and len(between) > 0 and all(self.is_plain_noun(j) for j in between)

    def complement_has(self, trigger: Trigger, sense: Sense) -> bool:
        return not sense.with_ or self.theme(trigger, sense) is not None

    def _window_end(self, lo: int, hi: int) -> int:
        """Where the grammar's `complement_window` words after a verb end, an actor counting as one word and
        punctuation or what stands in brackets as none: "menetapkan salah satu calon pimpinan Komisi
        Pemberantasan Korupsi (KPK) sebagai tersangka" has its complement in reach."""
        k, units, depth = lo, 0, 0
        while k < hi:
            w = self.words[k]
            depth += (w.text == "(") - (w.text == ")")
            if depth <= 0 and w.text[:1].isalnum():
                units += 1
                if units > self.lexicon.grammar.complement_window:
                    return k
            m = self.inside.get(k)
            k = m.last + 1 if m is not None and m.first == k else k + 1
        return hi

    def theme(self, trigger: Trigger, sense: Sense) -> range | None:
        """Where the complement a sense asks for ("menarik pasukan") stands, if it does."""
        if not sense.with_:
            return None
        lo = self.start if trigger.passive else trigger.last + 1
        hi = self.right_limit(trigger.last)
        if hi < self.end and self.words[hi].lower in self.lexicon.grammar.control_complementizers:
            hi += 1  # "mengingatkan, agar ...": the complementizer that ends the clause may be the complement
        forms = [w.forms() for w in self.words[lo:hi]]
        starts = len(forms) if trigger.passive else self._window_end(lo, hi) - lo
        for phrase in sense.with_:
            found = match_phrase(phrase, forms, starts, self.lexicon.grammar.determiners)
            if found is not None:
                return range(lo + found[0], lo + found[1])
        return None
