"""The event coder: sentence by sentence, triggers → senses → actors → mode → Event records."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from itertools import product

from warta.actors import ActorKB
from warta.coding.cameo import CameoTable
from warta.coding.clauses import clause_target, complement_target, condition_target, find_obligation, find_wish, intent_code, intent_mode, owned_target, place_target, verbs_first
from warta.coding.evaluations import find_judgement
from warta.coding.inference import (
    FORCE_ROOTS, IMPLIED, attacked_place, bombed_place, colonised_patient, crowd, enforced_on, fired, home_party, home_recipient, implied, implied_agent, lawmaker,
    host_met, opposing_side, other_side, struck_place, telling_agent, unnamed_patient, unnamed_subject, visited_town,
)
from warta.coding.learned import sentence_features
from warta.coding.lemmas import mend_lemmas
from warta.coding.lexicon import Grammar, Lexicon, Sense
from warta.coding.mentions import MEDIA, ROMAN, DocMemory, Mention, MentionFinder
from warta.coding.modality import alleges, complement_mode, denies, local_mode
from warta.coding.places import PlaceCountry
from warta.coding.roles import SUBJECT_DEPS, Sentence
from warta.coding.triggers import Trigger, find_triggers, is_passive, subject_has
from warta.coding.words import Lemmatize, Word, build_words
from warta.document import ActorRef, Document, Event

MAX_PAIRS = 6
PHYSICAL_ROOTS = frozenset({"17", "18", "19", "20"})
SENTENCE_FINAL = frozenset({".", "!", "?", "”", '"', "’", "…", ":"})
ACTION_REACH = 4  # words after a trigger in which "tindakan tersebut" may stand
ADVERBIAL_REACH = 4  # words back to the event an adverbial verb ("menentang") qualifies
MAX_SCORE = 20  # the highest number a match score holds ("14-0")
SCORE = re.compile(r"(\d{1,2})-(\d{1,2})")
ASKED = ("demanded", "requested")  # modes of what is asked for: a demand or an appeal governs it


@dataclass
class Coded:
    """One coded trigger before it becomes Event records (one per source-target pair)."""

    trigger: Trigger
    sense: Sense
    sources: list[Mention]
    targets: list[Mention]
    light: int | None = None  # index of the light verb of a noun trigger
    light_mode: str = "asserted"


@dataclass
class ArticleState:
    memory: DocMemory = field(default_factory=DocMemory)
    events: list[tuple[Coded, Mention]] = field(default_factory=list)  # (coded, first source)
    last_reporter: Mention | None = None
    untold: Sentence | None = None  # the last sentence no one told and that judged no one: the next may say who spoke it
    teller: Mention | None = None  # who tells the sentence being coded


class Coder:
    def __init__(
        self, lexicon: Lexicon, kb: ActorKB, cameo: CameoTable, lemmatize: Lemmatize | None = None, places: PlaceCountry | None = None,
        known_word: Callable[[str], bool] | None = None,
    ) -> None:
        self.lexicon = lexicon
        self.kb = kb
        self.cameo = cameo
        self.lemmatize = lemmatize
        self.finder = MentionFinder(lexicon, kb, places, known_word)
        self.sectors = lexicon.sector_codes
        self.countries = frozenset(r.code for a in kb.actors if a.kind == "country" for r in a.roles if len(r.code) == 3)

    # -- public ------------------------------------------------------------------------
    def __call__(self, document: Document) -> Document:
        if document.spacy_doc is None or not document.sentences:
            return document
        words = build_words(document.spacy_doc, _sentence_lookup(document), self.lemmatize)
        mend_lemmas(words, self.lexicon)
        state = ArticleState()
        state.memory.home, state.memory.home_from = self._home(document)
        all_mentions: list[Mention] = []
        events: list[Event] = []
        for lo, hi in _sentence_spans(words, document.article.text):
            mentions = self.finder.mentions(words, lo, hi, state.memory, document.article.date)
            all_mentions.extend(mentions)
            sentence = Sentence(words, lo, hi, mentions, self.lexicon, state.memory.place)
            events.extend(self._code_sentence(sentence, state, document))
        document.events = events
        _set_entity_actors(document, all_mentions)
        return document

    def _home(self, document: Document) -> tuple[str | None, str]:
        """The country an unowned institution or person belongs to, and where it comes from:
        the dateline's, else the language's home country (an Indonesian story with no other
        clue is domestic news)."""
        dateline = document.article.dateline
        if dateline is not None and dateline.text:
            actor = self.kb.find(dateline.text.title())
            country = actor.code_on(document.article.date)[:3] if actor else ""
            if len(country) == 3 and actor.kind in ("country", "metonym"):
                return country, "dateline"
        homes = sorted(self.lexicon.grammar.home_countries)
        return (homes[0].upper() if len(homes) == 1 else None), "home"

    # -- one sentence -------------------------------------------------------------------
    def _code_sentence(self, s: Sentence, state: ArticleState, document: Document) -> list[Event]:
        named = {k for m in s.mentions if m.code and m.kind in ("organization", "country") for k in range(m.first, m.last + 1)}  # "Liga Arab" is no league, "Komite Olimpiade Internasional" no match
        discard = self.lexicon.grammar.discard_words
        state_actor = any((m.code or "")[3:6].lower() in self.lexicon.grammar.politics_over_sport and not (m.first > s.start and s.words[m.first - 1].lower in discard)
                          for m in s.mentions)  # "pemerintah ... melarang Persebaya tampil di liga"; not "Piala Presiden"
        if not state_actor and (any(s.words[k].lower in discard and k not in named for k in range(s.start, s.end)) or self._match_score(s)):
            return []  # "Ia pernah membela klub Bolton Wanderers": sport, as PETRARCH's discards say, is no politics
        triggers = find_triggers(s.words, s.start, s.end, self.lexicon, set(s.inside))
        teller = state.teller = self._reporter(s, state)
        reporter = _name(teller) if teller else None
        for m in s.mentions:
            if m.kind == "speaker" and teller is not None:  # "Kami ...," kata X: kami is X
                m.code, m.name = teller.code, teller.name
            elif m.kind == "speaker" and self._at_home(s, state):  # a teller never named: one of the article's country
                m.code, m.country_from = state.memory.home, state.memory.home_from
        out: list[Event] = []
        governing: list[tuple[int, str, str]] = []
        seen: set[tuple[str, str, str, str]] = set()
        consumed: set[int] = set()  # "lifted a blockade": the verb's complement is no event of its own
        nominal: list[Event] = []  # events told by a noun alone (no light verb)
        wanted: dict[int, tuple[str | None, str | None]] = {}  # a demander's purpose infinitives: word → (mode, demander)
        for n, trigger in enumerate(triggers):
            if self._adverbial(trigger, triggers[:n]) or s.absorbed(trigger, consumed):
                continue
            coded = self._roles(trigger, s, state)
            if coded is None:
                if trigger.kind == "verb" and not self._caused_by_event(trigger, triggers[:n], s):
                    fallback = next((x for x in trigger.senses if not x.with_), None)
                    if fallback is not None:
                        governing.append((trigger.first, fallback.code, ""))
                continue
            anchor = coded.light if coded.light is not None else trigger.first
            mode = local_mode(s.words, s.start, anchor, trigger.last, trigger.kind == "noun", self.lexicon)
            mode = mode or (coded.light_mode if coded.light_mode != "asserted" else None)
            source = (coded.sources[0].code or "")[:3]
            want, demander = wanted.get(trigger.first, (None, None))
            want = want if demander in (None, coded.sources[0].code) else None  # "urged X to support Y": X's act, no purpose of the one urging
            if not mode and not self._presupposed(trigger, s):
                mode = complement_mode(s.words, s.start, anchor, governing, self.lexicon, source, coded.sense.code)
            mode = mode or want or "asserted"
            if mode == "alleged" and self._own_claim(s, anchor, coded.sources[0]):
                mode = "asserted"
            intent = intent_code(s, anchor, coded.sense.code, self.lexicon, mode == "negated") if mode in ("hypothetical", "asserted", "negated") else None
            if intent is not None and complement_mode(s.words, s.start, anchor, governing, self.lexicon, source) in ("demanded", "requested"):
                intent = None  # "demanded that the US cancel plans to sell ...": no one's intention
            if intent is not None:  # "will support", "threatened to shell": the intention is the event
                coded.sense, mode = Sense(intent), intent_mode(s, anchor, self.lexicon)
            negated = self.lexicon.modality.negated_codes.get(coded.sense.code) if mode == "negated" else None
            if negated is not None:  # modality.yaml `negated_codes`: "did not clash" is an event of its own (050)
                coded.sense, mode = Sense(negated), "asserted"
            if trigger.kind == "verb":
                governing.append((trigger.first, coded.sense.code, source))
                consumed.update(s.theme(trigger, coded.sense) or (), s.parsed_complements(trigger))
            if mode == "asserted" and coded.sense.code[:2] not in self.lexicon.grammar.clause_target_roots:
                consumed.update(s.purposes(anchor))  # "urged X to support Y": a complement, no purpose
            elif mode == "asserted":  # "demanded a meeting of the Council to discuss ...": what is demanded, not done
                wanted.update(dict.fromkeys(s.purposes(anchor), (self._complement_mode(coded.sense.code), coded.sources[0].code)))
            if mode == "asserted" and self._complement_mode(coded.sense.code) == "alleged":  # "blamed Iraq for attacking ...": Iraq's act, alleged
                wanted.update(dict.fromkeys(s.charged_acts(anchor), ("alleged", None)))
            state.events.append((coded, coded.sources[0]))
            events = self._events(coded, s, mode, reporter, document, state)
            if coded.sense.reverse and coded.targets:  # [a:b]: b with the roles reversed
                events += self._events(Coded(trigger, Sense(coded.sense.reverse), coded.targets, coded.sources), s, mode, reporter, document, state)
            for event in events:
                # "menjatuhkan sanksi": the verb and its noun tell one event; two people of one
                # code ("seperti A dan B") are two
                key = (event.root, event.source.code, event.target.code if event.target else None, event.mode,
                       event.target.start if event.target and (len(coded.targets) > 1 or event.target.text) else None,
                       event.source.start if len(coded.sources) > 1 else None)
                if key not in seen:
                    seen.add(key)
                    out.append(event)
                    if coded.light is None and s.nominal(trigger):
                        nominal.append(event)
        out = verbs_first(out, nominal, self.lexicon)
        judged = any(e.root in ("11", "05") and e.mode == "asserted" for e in out)  # "... dalam membela SBY" (not told as done) judges no one
        if not judged:
            judgement = self._judgement(s, teller, reporter, document, state)
            judged = bool(judgement)
            out.extend(judgement)
        if teller is not None and state.untold is not None and self._told_at_end(s, teller):
            # "Saya tidak tahu mengapa beliau kurang berani. Jadi ..., ucap Nurul": the quote began a sentence before
            out.extend(self._judgement(state.untold, teller, reporter, document, state))
        state.untold = s if teller is None and not judged else None
        out.extend(self._obligation(s, out, reporter, document, state))
        out.extend(self._learned_judgements(s, out, teller, reporter, document, state))
        for m in s.mentions:
            if m.code and s.governor(m) is None and not s.is_object(m):
                state.memory.subjects.append(m)
        return out

    def _own_claim(self, s: Sentence, anchor: int, source: Mention) -> bool:
        """Is the event at `anchor` a state's claim of its own side's act ("Israel mengklaim serangan
        udaranya ...", "pemerintah mengklaim polisi telah menangkap ...": grammar.yaml
        `self_claim_verbs`, `claiming_sectors`), with no other allegation cue between?"""
        g = self.lexicon.grammar
        claims = [k for k in range(s.start, anchor) if s.words[k].lemma in g.self_claim_verbs and s.words[k].lower != s.words[k].lemma]
        if not claims or not source.country:
            return False
        k = claims[-1]
        if alleges(s.words, k + 1, anchor, self.lexicon):
            return False
        claimant = s.subject_left(k)
        if claimant is not None and claimant.code == source.code:
            return True  # "Taliban mengklaim bertanggung jawab atas serangan itu": a group owns its act
        sides = {(m.code or "")[3:6].lower() for m in (claimant, source) if m is not None}
        return claimant is not None and claimant.country == source.country and sides <= g.claiming_sectors

    def _complement_mode(self, code: str) -> str | None:
        """The mode a verb of this code gives what it governs (modality.yaml `complement_by_code`)."""
        by_code = self.lexicon.modality.complement_by_code
        return next((by_code[code[:n]] for n in (4, 3, 2) if code[:n] in by_code), None)

    @staticmethod
    def _at_home(s: Sentence, state: ArticleState) -> bool:
        home = state.memory.home
        return bool(home) and all(m.country == home for m in s.mentions if m.code and m.kind != "agent")

    def _judgement(self, s: Sentence, teller: Mention | None, reporter: str | None, document: Document, state: ArticleState) -> list[Event]:
        """A judgement of an actor by another: "X menilai Y tak mampu" is disapproval (111),
        "X menganggap Y telah bekerja sangat baik" praise (051)."""
        found = find_judgement(s, teller, lambda k: self._clitic_agent(k, s, state))
        if found is None:
            return []
        sense = Sense(found.code)
        trigger = Trigger(found.first, found.last, "noun", "judgement", (sense,))
        coded = Coded(trigger, sense, [found.source], [found.target])
        mode = local_mode(s.words, s.start, found.first, found.last, False, self.lexicon) or "asserted"
        return self._events(coded, s, mode, reporter, document, state)

    def _obligation(self, s: Sentence, out: list[Event], reporter: str | None, document: Document, state: ArticleState) -> list[Event]:
        """"X said Y must ...": X's demand of Y; "X berharap Y tidak ...": X's appeal to Y (see
        clauses.find_obligation, find_wish)."""
        found = find_obligation(s) or find_wish(s)
        if found is None or any(e.root in (found.code[:2], "10", "02") and e.mode == "asserted" for e in out):
            return []
        sense = Sense(found.code)
        trigger = Trigger(found.first, found.last, "noun", "obligation", (sense,))
        return self._events(Coded(trigger, sense, [found.source], [found.target]), s, "asserted", reporter, document, state)

    def _learned_judgements(
        self, s: Sentence, out: list[Event], teller: Mention | None, reporter: str | None, document: Document, state: ArticleState
    ) -> list[Event]:
        """A criticism or a demand no rule found, where the language's learned judge is sure of it
        (coding/learned.py): the teller's, else the first actor's, of the next actor named."""
        g = self.lexicon.grammar
        actors = [m for m in s.mentions if m.code]
        if len({m.code for m in actors} | ({teller.code} if teller is not None and teller.code else set())) < 2:
            return []  # no two actors to judge one by the other: the model need not be read
        words = s.words[s.start : s.end]
        if not self.lexicon.judges or any(w.lower in g.conditionals or w.lower in g.speculation_words for w in words) or denies(s.words, s.start, s.end, self.lexicon) or _case_and_consequence(words, g):
            return []  # "mungkin presiden ... meminta ...", "... apabila ...", "membantah tuduhan ...": nothing asserted to judge by
        lowers, bases = [w.lower for w in words], [w.base for w in words]
        features = sentence_features(lowers, bases)
        found: list[Event] = []
        for judge in self.lexicon.judges:
            if any(e.root in judge.left_out_by for e in out + found) or judge.probability(features) < judge.threshold:
                continue
            source = teller if teller is not None and teller.code else next(iter(actors), None)
            # the one judged is the doer of an act the sentence tells ("penangkapan ... oleh Iran tidak
            # bisa dibenarkan"), else the next actor named
            doers = {e.source.start for e in out if e.source is not None and e.root != "01"}
            others = [m for m in actors if source is not None and m is not source and m.code != source.code and not s.describes(m, source)]
            target = next((m for m in others if m.start in doers), None) or next(iter(others), None)
            if source is None or target is None or (target.code[3:6] or target.code).lower() in g.unjudged_sectors:
                continue
            if teller is None and any(e.root == "17" and e.mode == "asserted" and e.target is not None and e.target.start == source.start for e in out):
                continue  # "Terdakwa divonis 5 tahun penjara oleh majelis hakim": the one sentenced, named first, is no critic
            if judge.code[:2] == "11" and any(e.root in g.unjudged_after_roots and e.target is not None and e.target.start == target.start for e in out):
                continue  # "KPK mengumumkan X sebagai tersangka kasus ...": the one charged is not also criticised
            names = {k - s.start for m in s.mentions for k in range(m.first, m.last + 1)}
            k = s.start + judge.cue(lowers, bases, names)
            sense = Sense(judge.code)
            trigger = Trigger(k, k, "noun", "learned judgement", (sense,))
            mode = local_mode(s.words, s.start, k, k, False, self.lexicon) or self._asked_for(s, k, judge.code) or "asserted"
            found.extend(self._events(Coded(trigger, sense, [source], [target]), s, mode, reporter, document, state))
        return found

    def _asked_for(self, s: Sentence, k: int, code: str) -> str | None:
        """"kami berharap pemerintah Irak ... dan mengutuk ...": a judged criticism after a word of
        hoping, asking or demanding (modality.yaml `complement_by_lemma`) is what is asked for, not
        done, however far the word stands; a judged demand is the asking itself."""
        mod = self.lexicon.modality
        if self._complement_mode(code) in ASKED:
            return None
        return next((m for w in s.words[s.start : k] if (m := mod.complement_by_lemma.get(w.lemma)) in ASKED + ("hypothetical",) and w.lower not in mod.complement_exclude), None)

    @staticmethod
    def _caused_by_event(trigger: Trigger, before: list[Trigger], s: Sentence) -> bool:
        """"Tembakan roket dari Suriah mendorong artileri Israel membom ...": a verb whose
        subject is an event causes what follows; it asks no one, so governs no mode."""
        subjects = s.dependents(trigger.first, SUBJECT_DEPS)
        return any(t.kind == "noun" and t.first <= k <= t.last for t in before for k in subjects)

    def _adverbial(self, trigger: Trigger, before: list[Trigger]) -> bool:
        roots = self.lexicon.grammar.adverbial_verbs.get(trigger.lemma)
        return bool(roots) and any(
            t.first >= trigger.first - ADVERBIAL_REACH and any(x.code[:2] in roots for x in t.senses) for t in before
        )

    def _roles(self, trigger: Trigger, s: Sentence, state: ArticleState) -> Coded | None:
        """The first sense whose complement is there and whose source and target are found."""
        for sense in trigger.senses:
            if s.complement_has(trigger, sense) and subject_has(s.words, s.start, trigger, sense, self.lexicon):
                if not sense.code:  # `code: null`: with this complement the verb tells no event
                    return None
                coded = self._sense_roles(trigger, sense, s, state)
                if sense.reversed and coded is not None:  # [:b]: the target does it to the source
                    coded = Coded(trigger, sense, coded.targets, coded.sources) if coded.targets else None
                if coded is not None and sense.fits_source(coded.sources[0].code) and sense.fits_target(coded.targets[0].code if coded.targets else None):
                    if sense.abroad and (not coded.targets or coded.targets[0].country == coded.sources[0].country):
                        continue  # "membantu pemerintah Republik" at home: help, not aid
                    return coded
        return None

    def _sense_roles(self, trigger: Trigger, sense: Sense, s: Sentence, state: ArticleState) -> Coded | None:
        if trigger.kind == "noun":
            return self._noun_roles(trigger, sense, s, state)
        if s.embedded(trigger.first, trigger.last):  # "days of fierce fighting": a verb form the tagger calls a noun
            return None
        participle = s.participle(trigger.first)
        if participle is not None:  # "an agreement signed in March", "lorries passing through"
            source, target = participle
            target = target or self._first_slot(trigger, sense, s, exclude=source)
            return self._finish(trigger, sense, source, target, s, state)
        if trigger.agent_clitic:  # disebutnya: "-nya" is the agent, the clause subject its antecedent
            source = s.subject_left(trigger.first)
            target = self._first_slot(trigger, sense, s, exclude=source) or s.agent_of_passive(trigger)
        elif trigger.passive or sense.undergone:
            if s.relative_of_thing(trigger.first) and sense.mutual:  # "kesepakatan yang diteken Aburizal bersama SBY": the signers
                source = s.agent_of_passive(trigger)
                return self._finish(trigger, sense, source, self._first_slot(trigger, sense, s, exclude=source), s, state) if source else None
            if s.relative_of_thing(trigger.first) and not fired(self.lexicon.grammar, trigger, sense, s):
                return None  # "hewan ... yang ditangkap warga": what was caught is no actor
            chained = self._chained_passive(trigger, s, sense.code)  # "X ditahan KPK setelah diperiksa": X was examined, by KPK
            target = chained[0] if chained else None
            target = target or s.subject_left(trigger.first) or struck_place(self.lexicon.grammar, trigger, sense, s) or self._time_clause_subject(trigger, s, patient=True)
            target = target or unnamed_subject(self.lexicon.grammar, trigger, sense, s)
            source = s.agent_of_passive(trigger) or (chained[1] if chained else None) or self._complement_owner(trigger, sense, s, target)
            source = source or fired(self.lexicon.grammar, trigger, sense, s) or telling_agent(self.lexicon.grammar, trigger, state.teller, target, sense.code)
            source = source or implied_agent(self.lexicon.grammar, self.sectors, trigger, s, target, sense.code)
            if source is None and target is not None:  # "570 roket ditembakkan ke Israel": the other side's
                source = other_side(self.lexicon.grammar, trigger, sense, s, target)
            target = target or colonised_patient(self.lexicon.grammar, trigger, sense, s, source, state.memory.home, state.memory.story)
        else:
            source = s.subject_left(trigger.first) or fired(self.lexicon.grammar, trigger, sense, s, before=True) or self._opening_clause_subject(trigger, s)
            source = source or self._time_clause_subject(trigger, s)
            target = condition_target(s, trigger, sense, source) or self._doer_of_judged_act(trigger, sense, s) or self._first_slot(trigger, sense, s, exclude=source)
            conjunct = self._conjunct(trigger, s) if target is None else None
            if conjunct is not None:  # "menangkap dan menahan X": X is the object of both verbs
                target = self._first_slot(conjunct, sense, s, exclude=source)
            if target is None:
                target = self._anaphoric_target(trigger, s, state) or self._action_anaphor(trigger, source, s, state)
            if target is None and trigger.kind == "verb" and s.words[trigger.last].possessive:
                target = self._clitic_object(trigger, s, state, source)
            if target is None and trigger.kind == "verb" and self._owned_abstract(trigger, s):
                target = self._clitic_object(trigger, s, state, source)  # "mengkritik taktiknya": the one whose tactics
            if target is None:
                target = self._addressee_of_clause(trigger, sense, s, source) or clause_target(s, trigger, sense, source)
            if target is None:
                target = struck_place(self.lexicon.grammar, trigger, sense, s, source) or place_target(s, trigger, sense, source) or complement_target(s, trigger, sense, source)
                target = target or attacked_place(self.lexicon.grammar, self.finder.places, trigger, sense, s, source)
                target = target or bombed_place(self.lexicon.grammar, trigger, sense, s, source)
            if target is None:
                target = crowd(self.lexicon.grammar, trigger, sense, s, source) or unnamed_patient(self.lexicon.grammar, conjunct or trigger, sense, s, source)
            if target is None and source is not None:
                target = other_side(self.lexicon.grammar, trigger, sense, s, source, country=self._owner_country(source, s, state))
        return self._finish(trigger, sense, source, target, s, state)

    @staticmethod
    def _grounded_act_subject(j: int, s: Sentence) -> Mention | None:
        """The subject of the verb whose act was done on the grounds named at word j ("Polisi
        menahan tersangka atas ...": the police; "Tim itu dibentuk atas ...": the team)."""
        verb = next((k for k in range(j - 1, s.start - 1, -1) if s.words[k].pos == "VERB"), None)
        return s.subject_left(verb) if verb is not None else None

    def _match_score(self, s: Sentence) -> bool:
        """"Barcelona menghajar Real Madrid 5-0": a score (two small numbers joined by a dash,
        ending the clause or before "atas", "di", ..., `score_followers`; not "17-18 Agustus" nor
        "2-3 orang") tells of a match."""
        words = s.words
        for k in range(s.start, s.end):
            score = SCORE.fullmatch(words[k].text)
            after = words[k + 1] if k + 1 < s.end else None
            if score and max(int(score.group(1)), int(score.group(2))) <= MAX_SCORE and (
                    after is None or after.pos == "PUNCT" or after.lower in self.lexicon.grammar.score_followers):
                return True
        return False

    def _conjunct(self, trigger: Trigger, s: Sentence) -> Trigger | None:
        """"menangkap dan menahan X", "pengusiran dan penahanan warga Australia": the next
        conjunct of the same form, whose complement the trigger shares (grammar.yaml
        `argument_coordinators`), as a trigger standing where that conjunct stands."""
        k = trigger.last + 2
        if k >= s.end or s.words[k - 1].lower not in self.lexicon.grammar.argument_coordinators:
            return None
        word, own = s.words[k], s.words[trigger.last]
        if trigger.kind == "verb":
            same = word.pos == "VERB" and word.lower[:2] == own.lower[:2] and own.lower[:2] in ("me", "di")
        else:
            same = (word.base,) in self.lexicon.nouns and word.lower[:2] == own.lower[:2]
        return replace(trigger, first=k, last=k) if same else None

    def _first_slot(self, trigger: Trigger, sense: Sense, s: Sentence, exclude: Mention | None) -> Mention | None:
        """A verb's target by its slots in order of preference; a noun's, the nearest slot filled."""
        physical = sense.code[:2] in PHYSICAL_ROOTS
        # "mengirim pasukan ke X": the complement is no target; but the people a force or
        # coercion is used on are ("mengeksekusi delapan orang")
        theme = s.theme(trigger, sense) if trigger.kind == "verb" and not physical else None
        found = [s.find_slot(trigger, slot, exclude, theme, physical) for slot in sense.target]
        found = [m for m in found if m is not None]
        if not found:
            return None
        return found[0] if trigger.kind == "verb" else min(found, key=lambda m: m.first)

    def _noun_roles(self, trigger: Trigger, sense: Sense, s: Sentence, state: ArticleState) -> Coded | None:
        g = self.lexicon.grammar
        source = target = None
        light, light_mode = None, "asserted"
        between = s.find_slot(trigger, "antara") if "antara" in sense.target else None
        if between is not None and s.governor(between) == "antara" and self._adjuncts_only(trigger, between, s):  # "pertemuan biasa silaturahim antara X dan Y"
            pair = s.members(between)
            if len(pair) < 2:  # "antara pejabat AS di Baghdad dengan pemberontak Sunni"
                other = s.find_slot(trigger, "dengan", exclude=between)
                pair += [other] if other is not None and other.first > between.last else []
            if len(pair) >= 2:
                return Coded(trigger, sense, [pair[0]], [pair[1]])
        within = s.by_first.get(trigger.last + 2) if trigger.last + 2 < s.end and s.words[trigger.last + 1].lower in g.within_group_prepositions else None
        if sense.mutual and within is not None and self._one_group(within):  # "tawuran antar warga": residents against residents
            return Coded(trigger, sense, [within], [implied(trigger, s, within.code)])
        after = (self._conjunct(trigger, s) or trigger).last + 1  # "pengusiran dan penahanan warga Australia"
        while after < s.end and s.words[after].lower in g.event_modifiers and after not in s.by_first:
            after += 1  # "serangan lain Israel", "kunjungan terakhir Obama"; not "kunjungan Perdana Menteri India"
        if after + 2 < s.end and s.words[after].text == "(" and s.words[after + 2].text == ")":
            after += 3  # "Rapat Dengar Pendapat (RDP) Komisi XI": the noun's abbreviation, then its owner
        genitive = s.by_first.get(_past_ordinal(s, after))  # right after the noun: its owner ("invasi Rusia", "KTT ke-20 ASEAN")
        if genitive is None and after < s.end and s.words[after].lower in g.determiners:
            genitive = s.by_first.get(after + 1)  # "penetapan tersangka calon kepala Polri", "kunjungan seorang pejabat AS"
        overlap = s.inside.get(trigger.last)
        if genitive is None and overlap is not None and overlap.last > trigger.last:
            genitive = overlap  # "penetapan tersangka Komjen Budi Gunawan": the noun's last word opens its owner's title
        if genitive is None and sense.code[:2] in g.patient_genitive_roots and s.words[trigger.last].possessive:
            genitive = self._clitic_patient(trigger, s, state)  # "Penetapannya sebagai tersangka": the one named before
        if genitive is not None and genitive.kind == "person" and trigger.lemma in g.group_act_nouns:
            return None  # "memuji aksi Aiptu Sunarya": one person's deed, no rally
        claimant = self._claimant(trigger, s)
        if claimant is not None:  # "bertanggung jawab atas penculikan tujuh WNI": the claimant's act, on the noun's owner if any
            target = genitive if genitive is not None and genitive.code != claimant.code else self._first_slot(trigger, sense, s, exclude=claimant)
            return self._finish(trigger, replace(sense, unnamed=True), claimant, target, s, state)
        by = s.agent_of_passive(trigger) if genitive is not None else None
        right_after = by is not None and by.first - genitive.last == 2 and s.words[genitive.last + 1].lower in g.agent_prepositions
        if genitive is not None and (sense.code[:2] in g.patient_genitive_roots or right_after):
            # "penahanan warga Australia": the one detained, not the one detaining; so is the
            # noun's owner when "oleh" names the doer ("penembakan warga oleh polisi")
            source = by
            light_word = s.words[trigger.first - 1] if trigger.first > s.start else None
            if source is None and light_word is not None and light_word.lemma in g.light_verbs:
                source = s.subject_left(trigger.first - 1)
            if source is None:  # "penangkapan aktivis Malaysia": only a state arrests, the patient's own
                source = implied_agent(g, self.sectors, trigger, s, genitive, sense.code)
            return self._finish(trigger, sense, source, genitive, s, state)
        j = trigger.first - 1
        while j >= s.start and (s.words[j].lower in g.determiners | {"sebuah", "serangkaian", "rangkaian", "kali"} or s.words[j].text.isdigit()):
            j -= 1  # "melancarkan 16 serangan"
        word = s.words[j] if j >= s.start else None
        if word is not None and word.lemma in g.light_verbs and (word.lemma != word.base or g.inflections) and j not in s.inside:
            light, light_mode = j, g.light_verbs[word.lemma]
            subject = s.subject_left(j)
            if light_mode == "host":  # "X menerima kunjungan Y": Y visits X
                caller = genitive or (s.find_slot(trigger, "dari", exclude=subject) if sense.code in g.received_from_codes else None)
                if caller is not None and subject is not None:  # "X menerima panggilan telepon dari Y": Y calls X
                    return Coded(trigger, sense, s.members(caller), s.members(subject), j, "asserted")
                light_mode = "asserted"
            if light_mode == "attend":  # "X mengikuti rapat Pansus": X meets the body whose meeting it is
                if sense.mutual and genitive is not None and subject is not None:
                    return Coded(trigger, sense, s.members(subject), s.members(genitive), j, "asserted")
                light_mode = "asserted"
            if genitive is None and word.lemma in g.using_verbs and sense.code[:2] in g.given_from_roots:
                return None  # "Kenya menggunakan pinjaman tersebut": who uses aid received it; its giver goes unnamed
            source = genitive or subject
        else:
            free = not s.embedded(trigger.first, trigger.last)  # "days of fighting": no doer from the clause
            if sense.mutual and genitive is not None and free and word is not None and word.lower in g.frame_prepositions:
                # "Dalam rapat kerja Komisi XI, Miranda mengatakan": who speaks at a body's meeting met that body
                attendee = self._teller_of_frame(j, s, state) or self._after_frame(trigger, s)
                if attendee is not None and attendee.code and attendee.code != genitive.code:
                    return Coded(trigger, sense, s.members(attendee), s.members(genitive))
            source = genitive or s.agent_of_passive(trigger) or self._relative_doer(trigger, s)
            if source is not None and source is not genitive and not sense.mutual and self._done_by(trigger, source, s):
                sense = replace(sense, unnamed=True)  # "Serangan itu dilancarkan oleh militan Al-Shabaab": its doer named, a target or none
            if source is None and free and s.words[trigger.last].possessive:  # "dalam kunjungannya": the subject's
                source = s.subject_left(trigger.first)
                if source is None and self._in_opening_clause(trigger, s):  # "Setelah memulai kunjungannya di Lebanon, Solana ..."
                    source = self._after_frame(trigger, s)
            if source is None and free and word is not None and word.lower in g.frame_prepositions:
                source = self._teller_of_frame(j, s, state) or self._after_frame(trigger, s)
            if source is None and free and word is not None and word.lower in g.told_frame_prepositions:
                source = self._teller_of_frame(j, s, state)
            if source is None and free and word is not None and word.lower in g.instrument_prepositions and j - 1 >= s.start and s.words[j - 1].pos == "VERB":
                source = s.subject_left(j - 1) or s.by_last.get(j - 2)  # "Israel menanggapinya dengan serangan udara": the one who answers
            if source is None and free:
                source = self._predicate_subject(trigger, s)
            if source is None and self._crowd_weapon(trigger, s):
                source = self._weapon_user(trigger, s, state)
            if source is None and sense.code[:2] in g.given_from_roots:  # "Hibah dari Jepang": who gives it
                giver = s.by_first.get(trigger.last + 2)
                source = giver if giver is not None and s.words[trigger.last + 1].lower in g.origin_prepositions else None
        target = self._first_slot(trigger, sense, s, exclude=source)
        if target is None and source is not None and source is genitive and word is not None and word.lower in g.grounds_prepositions and sense.code[:2] in g.grounds_roots:
            target = self._grounded_act_subject(j, s)  # "menahan tersangka atas permintaan KPK": KPK asked the ones who detained
        if target is None and source is not None:
            target = complement_target(s, trigger, sense, source)  # "kunjungan Jokowi ke Busan, Korea Selatan"
            target = target or visited_town(g, self.finder.places, trigger, sense, s, source) or host_met(g, trigger, sense, s, source)
        if target is None and source is not None and word is not None and word.lemma in g.receiving_verbs and sense.code[:2] in g.given_from_roots:
            # "22 TKI di Arab Saudi mendapat pengampunan dari Raja Arab Saudi": who receives it, not where
            target = next((m for m in reversed(s.mentions) if m.last < j and m.code and s.governor(m) is None), None)
        if source is None and target is not None:
            source = home_party(trigger, sense, s, target, state.memory.home) or implied_agent(self.lexicon.grammar, self.sectors, trigger, s, target, sense.code)
            source = source or other_side(g, trigger, sense, s, target, "MIL")
        if target is None and source is not None:
            target = self._action_anaphor(trigger, source, s, state) or self._victims(trigger, sense, s)
            target = target or other_side(g, trigger, sense, s, source, country=self._owner_country(source, s, state))
        if target is None and source is not None and source.country and self._crowd_weapon(trigger, s):
            target = implied(trigger, s, source.country + "CVL")  # "Jadi baru gas air mata dan water cannon": at the crowd
        if source is None and target is None and sense.code[:2] in g.placed_crowd_roots and s.place:
            source = implied(trigger, s, s.place + "CVL")  # "Demo antipemerintah terus berlangsung di Hong Kong": its people's
            if any(w.lower in g.against_government_words for w in s.words[trigger.first : trigger.last + 2]):
                target = implied(trigger, s, s.place + "GOV")
        if source is None and target is None:
            return None
        coded = self._finish(trigger, sense, source, target, s, state)
        if coded is not None:
            coded.light, coded.light_mode = light, light_mode
        return coded

    def _addressee_of_clause(self, trigger: Trigger, sense: Sense, s: Sentence, source: Mention | None) -> Mention | None:
        """"mendorong agar kabinet ... segera mengambil langkah": an appeal or demand made of
        the subject of the clause it opens."""
        g = self.lexicon.grammar
        k = trigger.last + 1
        if k + 1 < s.end and s.words[k].text == ",":
            k += 1  # "mengingatkan, agar seluruh kader ..."
        if sense.code[:2] not in ("02", "10") or k >= s.end or s.words[k].lower not in g.control_complementizers:
            return None
        limit = s.right_limit(k)
        first = k + 1
        if first < limit and s.words[first].lower in g.frame_prepositions:  # "agar dalam waktu dua hari ke depan, Kejagung ..."
            comma = next((j for j in range(first + 1, min(limit, first + 8)) if s.words[j].text == ","), None)
            first = comma + 1 if comma is not None else first
        while first < limit and s.words[first].lower in g.determiners:
            first += 1  # "agar seluruh kader ...": the clause's subject opens it; "agar pencalonan X" asks nothing of X
        return next((m for m in s.mentions if m.first == first and m is not source and s.governor(m) is None), None)

    def _predicate_subject(self, trigger: Trigger, s: Sentence) -> Mention | None:
        """"Gubernur Bali Wayan Koster keberatan dengan ...": an event noun as the predicate
        of the actor right before it (adverbs and a verb of saying aside) is that actor's act."""
        g = self.lexicon.grammar
        j = trigger.first - 1
        while j >= s.start and (s.words[j].pos == "ADV" or s.words[j].lemma in g.reporting_verbs | g.speech_verbs):
            j -= 1  # "Syarief Hasan menegaskan sependapat dengan Jokowi": says he agrees
        m = s.by_last.get(j)
        if m is None or s.governor(m) is not None or s.is_object(m):
            return None
        return s._group_head(m)

    def _relative_doer(self, trigger: Trigger, s: Sentence) -> Mention | None:
        """"serangan udara yang dilancarkan Israel": the agent of a light verb in a relative clause."""
        g = self.lexicon.grammar
        k = trigger.last + 1
        if k + 2 >= s.end or s.words[k].lower not in g.relative_markers:
            return None
        v = k + 1
        while v < min(k + 3, s.end - 2) and (s.words[v].pos in ("ADV", "AUX") or s.words[v].dep == "advmod"):
            v += 1  # "yang kembali dilancarkan Israel", "yang telah dilakukan polisi"
        verb = s.words[v]
        if verb.lemma not in g.light_verbs or not is_passive(s.words, v, verb.lemma, self.lexicon):
            return None
        return s.by_first.get(v + 1)

    def _victims(self, trigger: Trigger, sense: Sense, s: Sentence) -> Mention | None:
        """"Lima warga tewas dalam serangan Israel": those who died of it are its target."""
        g = self.lexicon.grammar
        if sense.code[:2] not in PHYSICAL_ROOTS:
            return None
        j = trigger.first - 1
        while j > s.start and (s.words[j].lower in g.determiners or s.words[j].pos == "NUM"):
            j -= 1
        if j <= s.start or s.words[j].lower not in g.cause_prepositions:
            return None
        verb = s.words[j - 1]
        if verb.lemma not in g.unaccusative_verbs and verb.stem not in g.unaccusative_verbs:
            return None
        return s.subject_left(j - 1)

    @staticmethod
    def _complement_owner(trigger: Trigger, sense: Sense, s: Sentence, target: Mention | None) -> Mention | None:
        """"terjaring operasi tangkap tangan KPK": the actor right after a passive's complement owns
        the operation that did it."""
        theme = s.theme(trigger, sense) if sense.with_ else None
        if theme is None or theme.start != trigger.last + 1:
            return None
        owner = s.inside.get(theme.stop)
        if owner is None or owner.first != theme.stop or owner is target:
            return None
        named = s.words[owner.first].lower
        return None if any(named in phrase for phrase in sense.with_) else owner  # "diperiksa sebagai saksi": the witness is the complement

    def _chained_passive(self, trigger: Trigger, s: Sentence, code: str = "") -> tuple[Mention, Mention] | None:
        """"Andi ditahan KPK setelah diperiksa selama delapan jam": a passive verb whose nearest actor
        to the left is the agent of an earlier passive ("ditahan KPK", "ditahan oleh KPK"), with only a
        time word or a conjunction between, shares that passive's patient and agent."""
        g = self.lexicon.grammar
        j = trigger.first - 1
        while j > s.start and (s.words[j].lower in g.time_subordinators | g.coordinators or s.words[j].pos in ("ADV", "AUX")):
            j -= 1
        agent = s.by_last.get(j)
        if agent is None or j == trigger.first - 1 or not agent.code:
            return None
        k = agent.first - 1
        if k > s.start and s.words[k].lower in g.agent_prepositions:
            k -= 1
        verb = s.words[k] if k >= s.start else None
        if verb is None or verb.pos != "VERB" or verb.base == verb.lemma:
            return None
        if verb.base.startswith(tuple(g.transitive_prefixes)) and not verb.base.startswith(tuple(g.passive_prefixes)) and k == agent.first - 1:
            # "KPK menahan Tamzil usai diperiksa": the object of the active verb is the one examined, by its subject
            doer = s.subject_left(k)
            return (agent, doer) if doer is not None and doer is not agent and code[:2] in g.chained_roots else None
        if not verb.base.startswith(tuple(g.passive_prefixes)):
            return None
        patient = s.subject_left(k)
        return (patient, agent) if patient is not None and patient is not agent else None

    def _done_by(self, trigger: Trigger, doer: Mention, s: Sentence) -> bool:
        """Is the event noun the subject of a passive light verb whose agent is `doer` ("Serangan
        itu dilancarkan oleh X", "Penggeledahan dilakukan KPK")?"""
        g = self.lexicon.grammar
        between = s.words[trigger.last + 1 : doer.first]
        return any(w.lemma in g.light_verbs and w.base != w.lemma and w.base.startswith(tuple(g.passive_prefixes)) for w in between) and all(
            w.lower in g.determiners | g.demonstratives | g.agent_prepositions or w.lemma in g.light_verbs or w.pos == "ADV" for w in between)

    def _claimant(self, trigger: Trigger, s: Sentence) -> Mention | None:
        """"Taliban mengklaim bertanggung jawab atas serangan itu", "ISIS mengklaim mereka berada
        di balik serangan": who owns an act did it (grammar.yaml `responsibility_frames`, the words
        right before the event noun, past determiners: "atas dua serangan")."""
        g = self.lexicon.grammar
        frames = g.responsibility_frames
        j = trigger.first - 1
        while j >= s.start and (s.words[j].lower in g.determiners or s.words[j].text.isdigit()):
            j -= 1
        for n in range(1, 4):
            first = j - n + 1
            if first >= s.start and " ".join(w.lower for w in s.words[first : j + 1]) in frames:
                claimant = s.subject_left(first)
                return None if claimant is not None and self._told_by_another(claimant, s) else claimant
        return None

    def _told_by_another(self, m: Mention, s: Sentence) -> bool:
        """"Arab Saudi menyebut Iran bertanggung jawab atas serangan itu": a verb of accusing
        (grammar.yaml `accusing_verbs`, `control_verbs`) before the claimant, with a subject of its
        own, makes the claim someone else's: an allegation, not the act told as done."""
        g = self.lexicon.grammar
        k = m.first - 1
        while k > s.start and (s.words[k].lower in g.complementizers or s.words[k].lower in g.colloquial_complementizers or s.words[k].text == ","):
            k -= 1
        verb = s.words[k] if k >= s.start else None
        if verb is None or not (verb.lemma in g.accusing_verbs or verb.lemma in g.control_verbs):  # not "mengatakan": told as fact
            return False
        if m.text.lower() in g.pronouns_person | g.pronouns_plural:
            return False  # "ISIS mengklaim bahwa mereka berada di balik serangan itu": the teller itself
        teller = s.subject_left(k)
        return teller is not None and teller is not m

    def _teller_of_frame(self, frame: int, s: Sentence, state: ArticleState) -> Mention | None:
        """"..., kata Gubernur BI dalam rapat kerja dengan Komisi XI": who speaks at a meeting
        took part in it; "..., katanya dalam rapat": the last one named speaking."""
        g = self.lexicon.grammar
        speech = g.speech_verbs
        k = frame - 1
        if k > s.start and s.words[k].lower not in speech:
            # "kata X, kepada pers usai rapat": past the one spoken to
            to = next((i for i in range(k, max(s.start, k - 4), -1) if s.words[i].lower in g.addressee_prepositions), None)
            if to is not None and s.words[to - 1].text == ",":
                frame = to - 1
            elif s.words[k].text == ",":  # "kata X, usai pertemuan dengan Y"; "Menurut X, dalam rapat kerja dengan Y"
                frame = k
        teller = s.by_last.get(frame - 1)
        verb = s.words[teller.first - 1] if teller is not None and teller.first > s.start else s.words[frame - 1]
        if teller is None and frame - 3 >= s.start and f"{s.words[frame - 2].lower} {s.words[frame - 1].lower}" in g.speech_objects:
            # "X menyampaikan hal itu dalam rapat dengan Y": the one who says it, past what is said
            said = s.words[frame - 3]
            return s.subject_left(said.i) if said.lemma in g.telling_verbs or said.base in g.telling_verbs else None
        told = verb.lemma in speech or verb.base in speech or verb.lemma in g.telling_verbs or verb.lower in g.reported_markers
        if teller is None and frame - 1 >= s.start and verb.i == frame - 1 and not verb.possessive and (told or verb.lemma in g.reporting_verbs):
            return s.subject_left(verb.i)  # "X menyatakan berdasarkan pembahasan dengan Y": the one who speaks took part
        if frame - 1 < s.start or not told:
            return None
        if teller is not None:
            return s._group_head(teller)
        if verb.possessive and state.last_reporter is None and self._at_home(s, state):
            return implied(Trigger(verb.i, verb.i, "verb", "", ()), s, state.memory.home)  # "katanya" with no one named: one of the article's country
        return state.last_reporter if verb.possessive else None

    def _after_frame(self, trigger: Trigger, s: Sentence) -> Mention | None:
        """"Dalam percakapan telepon dengan X ..., Blinken menekankan": the main clause's subject."""
        g = self.lexicon.grammar
        for k in range(trigger.last + 1, s.end):
            if s.words[k].text == ",":
                for m in s.mentions:
                    teller = s.words[m.first - 1].lemma in g.speech_verbs | g.reporting_verbs  # "..., lapor Xinhua": who tells it
                    # "... Komisi V DPR RI, Jakarta, Rabu": a city set off by commas is where, not who
                    where = m.kind == "metonym" and m.last + 1 < s.end and s.words[m.last + 1].text == ","
                    if m.first > k and s.governor(m) is None and not teller and not where:
                        return s._group_head(m)
                return None
        return None

    def _opening_clause_subject(self, trigger: Trigger, s: Sentence) -> Mention | None:
        """"Saat mengunjungi Kairo, Wakil Presiden Suriah ... mengatakan": a verb in a clause that
        opens the sentence with a subordinator shares the main clause's subject."""
        k = trigger.first - 1
        while k > s.start and s.words[k].pos in ("ADV", "AUX"):
            k -= 1
        if k != s.start or s.words[k].lower not in self.lexicon.grammar.subordinators:
            return None
        return self._after_frame(trigger, s)

    def _in_opening_clause(self, trigger: Trigger, s: Sentence) -> bool:
        """Does the trigger stand in a clause that opens the sentence with a subordinator
        ("Setelah memulai kunjungannya di Lebanon, ...")?"""
        if s.words[s.start].lower not in self.lexicon.grammar.subordinators:
            return False
        return all(w.text != "," for w in s.words[s.start : trigger.first])

    def _time_clause_subject(self, trigger: Trigger, s: Sentence, patient: bool = False) -> Mention | None:
        """"Harapan itu disampaikan Dubes saat menerima pengurus ICMI": a verb right after "saat",
        "ketika", "usai" within the sentence is done by the actor the main clause ends on; a
        passive is done to it, whatever governs it ("kondisi Antony usai dipukul oleh Kriss")."""
        g = self.lexicon.grammar
        k = trigger.first - 1
        if k <= s.start or s.words[k].lower not in g.time_subordinators:
            return None
        before = s.by_last.get(k - 1)
        return before if before is not None and before.code and (patient or s.governor(before) is None) else None

    def _action_anaphor(self, trigger: Trigger, source: Mention | None, s: Sentence, state: ArticleState) -> Mention | None:
        """"mengecam tindakan tersebut", "protes atas insiden itu": the last event's source."""
        g = self.lexicon.grammar
        for k in range(trigger.last + 1, min(s.end - 1, trigger.last + 1 + ACTION_REACH)):
            if s.words[k].lower in g.anaphoric_nouns and s.words[k + 1].lower in g.demonstratives:
                if not state.events:
                    return None
                actor = state.events[-1][1]
                return actor if source is None or actor.country != source.country else None
        return None

    def _doer_of_judged_act(self, trigger: Trigger, sense: Sense, s: Sentence) -> Mention | None:
        """"mengecam penangkapan 15 pelaut Inggris oleh Iran": what is condemned is Iran's act,
        so Iran is the target, not the sailors (grammar.yaml `act_judging_roots`)."""
        if sense.code[:2] not in self.lexicon.grammar.act_judging_roots:
            return None
        noun = self._event_noun_after(trigger, s)
        return s.agent_of_passive(noun) if noun is not None and noun.kind == "noun" and noun.senses else None

    def _victim_of_inquiry(self, trigger: Trigger, sense: Sense, s: Sentence, target: Mention) -> bool:
        """Is the target the victim of what an inquiry looks into ("menyelidiki penyebab kematian
        Hakim X": grammar.yaml `victim_event_nouns`, `victim_inquiry_roots`)?"""
        g = self.lexicon.grammar
        if sense.code[:2] not in g.victim_inquiry_roots or target.first <= trigger.last:
            return False
        between = s.words[trigger.last + 1 : target.first]
        return len(between) <= 4 and any(w.lower in g.victim_event_nouns for w in between) and not any(w.pos == "VERB" for w in between)

    def _doer_of_condemned_act(self, trigger: Trigger, sense: Sense, s: Sentence, state: ArticleState, source: Mention) -> Mention | None:
        """"Rice mengecam keras penangkapan dan pemukulan terhadap Tsvangirai": the act condemned
        was done by whom the reader infers for it (the Zimbabwean police), and the condemnation
        is aimed at them (grammar.yaml `condemned_act_roots`)."""
        if trigger.kind != "verb" or sense.code[:2] not in self.lexicon.grammar.condemned_act_roots:
            return None
        noun = self._event_noun_after(trigger, s)
        if noun is None or noun.kind != "noun" or not noun.senses:
            return None
        coded = self._roles(noun, s, state)
        doer = coded.sources[0] if coded is not None and coded.sources else None
        return doer if doer is not None and doer.code and doer.country != source.country else None

    def _event_noun_after(self, trigger: Trigger, s: Sentence) -> Trigger | None:
        """The trigger that starts right after this one ("mengecam penangkapan ...", "mengutuk keras
        serangan ...": a manner adverb between them is skipped)."""
        k = trigger.last + 1
        while k < s.end and s.words[k].lower in self.lexicon.grammar.manner_adverbs:
            k += 1
        if k >= s.end:
            return None
        nouns = find_triggers(s.words, k, min(s.end, k + 3), self.lexicon, set(s.inside))
        return nouns[0] if nouns and nouns[0].first == k else None

    def _anaphoric_target(self, trigger: Trigger, s: Sentence, state: ArticleState) -> Mention | None:
        """The actor behind an event noun object: "mengutuk penembakan ... oleh tentara Israel"
        → the shooter; "menolak tuntutan tersebut" → the source of the earlier demand."""
        noun = self._event_noun_after(trigger, s)
        if noun is None or not noun.senses:  # "mengecam aksi jual itu": a phrase known to be no event
            return None
        after = noun.last + 1
        if after < s.end and s.words[after].lower in self.lexicon.grammar.demonstratives:
            root = noun.senses[0].code[:2]
            for coded, source in reversed(state.events):
                if coded.sense.code[:2] == root:
                    return source
            return None
        genitive = s.by_first.get(after)
        if genitive is not None:
            return s._group_head(genitive)
        return s.agent_of_passive(noun)

    def _owned_abstract(self, trigger: Trigger, s: Sentence) -> bool:
        """"mengkritik taktiknya", "menolak usulannya": the object is someone's policy or words
        (grammar.yaml `abstract_nouns` with "-nya"), so the act is aimed at its owner."""
        k = trigger.last + 1
        return k < s.end and s.words[k].possessive and s.words[k].base in self.lexicon.grammar.abstract_nouns

    @staticmethod
    def _clitic_object(trigger: Trigger, s: Sentence, state: ArticleState, source: Mention | None) -> Mention | None:
        """"Majelis hakim memvonisnya": "-nya" on an active verb is its object, someone told of
        before: an actor earlier in the sentence, else the last person told of as a subject in an
        earlier sentence (failing one, the last actor so told)."""
        taken = {source.code} if source is not None and source.code else set()
        before = [m for m in s.mentions if m.last < (source.first if source is not None else trigger.first) and m.code and m.code not in taken]
        if before:
            return before[-1]
        told = [m for m in state.memory.subjects if m.code and m.code not in taken and m.sent != s.words[trigger.first].sent]
        return next((m for m in reversed(told) if m.kind == "person"), told[-1] if told else None)  # a person first: one is sentenced, not "2 orang"

    def _clitic_patient(self, trigger: Trigger, s: Sentence, state: ArticleState) -> Mention | None:
        """"Penahanannya", "penetapannya sebagai tersangka": "-nya" on an event noun done to its
        owner is someone told of before (as on an active verb), else, in a sentence that names
        no other country, an unnamed one of the article's country."""
        found = self._clitic_object(trigger, s, state, None)
        if found is None and self._at_home(s, state):
            found = implied(trigger, s, state.memory.home)
        return found

    @staticmethod
    def _clitic_agent(k: int, s: Sentence, state: ArticleState) -> Mention | None:
        """"KPK dianggapnya ...": "-nya" on a passive at word k is its agent, someone told of
        before: a person who is a subject earlier in the sentence (not the passive's own), else the
        last person told of as a subject in an earlier sentence, else an unnamed one of the
        article's country."""
        judged = s.subject_left(k)
        here = [m for m in s.mentions if m.last < k and m is not judged and m.kind == "person" and m.code
                and s.governor(m) is None and not s.is_object(m)]
        if here:
            return here[0]
        sent = s.words[k].sent
        told = [m for m in state.memory.subjects if m.kind == "person" and m.code and m.sent != sent]
        if told:
            return told[-1]
        home = state.memory.home
        return implied(Trigger(k, k, "verb", "", ()), s, home) if home else None

    def _finish(self, trigger, sense, source, target, s: Sentence, state: ArticleState) -> Coded | None:
        if source is None:
            return None
        target = owned_target(s, trigger, target, source)
        sources = s.members(source)
        if target is None:
            target = home_recipient(self.lexicon.grammar, trigger, sense, s, source, state.memory.home)
        if target is None:
            target = self._doer_of_condemned_act(trigger, sense, s, state, source) or lawmaker(self.lexicon.grammar, trigger, sense, s, source, state.memory.home)
        elif self._victim_of_inquiry(trigger, sense, s, target):
            return Coded(trigger, sense, sources, [])
        if target is None:
            if sense.mutual and len(sources) == 1 and self._one_group(source) and self._two_sides(source, s):
                return Coded(trigger, sense, sources, [implied(trigger, s, source.code)])  # "warga dua kelurahan terlibat bentrokan"
            if sense.mutual and len(sources) >= 2:  # "X and Y met": each met the other, or X met Y
                both = self.lexicon.grammar.mutual_both_ways
                return Coded(trigger, sense, sources[:2] if both else [sources[0]], sources[:2] if both else [sources[1]])
            if self._stands_alone(trigger, sense, s):
                return Coded(trigger, sense, sources, [])
            suspect = enforced_on(self.lexicon.grammar, sense, trigger, s, source)  # "KPK menyita uang Rp 800 juta"
            return Coded(trigger, sense, sources, [suspect]) if suspect else None
        return Coded(trigger, sense, sources, s.members(target))

    @staticmethod
    def _adjuncts_only(trigger: Trigger, between: Mention, s: Sentence) -> bool:
        """"pertemuan sebelumnya pada hari yang sama di Jerusalem antara X dan Y": the pair of a
        meeting may follow when, where it was, but no verb and no comma between."""
        gap = s.words[trigger.last + 1 : between.first - 1]
        return len(gap) <= 2 or (len(gap) <= 12 and not any(w.pos in ("VERB", "PUNCT") for w in gap))

    def _one_group(self, m: Mention) -> bool:
        """Ordinary people (grammar.yaml `infighting_sectors`), who may fight among themselves."""
        return (m.code or "")[3:6].lower() in self.lexicon.grammar.infighting_sectors

    def _two_sides(self, m: Mention, s: Sentence) -> bool:
        """"warga dua kelurahan", "kedua kelompok warga", "dua kelompok warga": the group is two sides."""
        grouped = m.first - 1 > s.start and s.words[m.first - 1].lower in self.lexicon.grammar.group_nouns  # "dua kelompok warga"
        words = s.words[max(s.start, m.first - (2 if grouped else 1)) : min(s.end, m.last + 3)]
        return any(w.lower in self.lexicon.grammar.two_sides_words for w in words)

    def _stands_alone(self, trigger: Trigger, sense: Sense, s: Sentence) -> bool:
        """May the event be told without an actor as its target (`target: null`)?"""
        g = self.lexicon.grammar
        word = s.words[trigger.first]
        unaccusative = trigger.kind == "verb" and trigger.lemma in g.unaccusative_verbs and word.base == trigger.lemma
        after = s.words[trigger.last + 1] if trigger.last + 1 < s.end else None
        figurative = after is not None and after.base in g.abstract_nouns  # "menyerang kebijakan": words, not force
        if sense.unnamed:
            return True
        if trigger.kind == "verb" and sense.code[:2] in g.condemned_act_roots:
            noun = self._event_noun_after(trigger, s)  # "mengutuk pembunuhan pastor itu": a condemned act whose doer goes unnamed
            return noun is not None and noun.kind == "noun" and bool(noun.senses) and not noun.senses[0].code.startswith(tuple(g.uncondemned_roots))
        return sense.code.startswith(tuple(g.null_target_roots)) and not unaccusative and not figurative

    # -- records ----------------------------------------------------------------------------
    def _events(self, coded: Coded, s: Sentence, mode: str, reporter: str | None, document: Document, state: ArticleState) -> list[Event]:
        cameo = self.cameo[coded.sense.code]
        out = []
        for source, target in list(product(coded.sources, coded.targets or [None]))[:MAX_PAIRS]:
            src_code = self._resolve(source, None, s, state, other=target.code if target else None)
            tgt_code = self._resolve(target, src_code, s, other=src_code) if target else None
            if tgt_code in self.sectors and src_code and src_code[:3] not in self.sectors and cameo.root in FORCE_ROOTS:
                tgt_code = opposing_side(s, src_code, tgt_code, self.lexicon.grammar.standing_conflicts) or tgt_code
            if not src_code or (target is not None and (not tgt_code or _same_actor(source, target, src_code, tgt_code))):
                continue
            if self._ambiguous(src_code, tgt_code, target) or self._private(source, target, src_code, tgt_code, cameo.root, s):
                continue
            lo, hi = self._span(coded, source, target, s)
            text = document.article.text
            out.append(
                Event(
                    code=cameo.code,
                    root=cameo.root,
                    name=cameo.name,
                    quad_class=cameo.quad_class,
                    goldstein=cameo.goldstein,
                    source=_actor_ref(source, src_code),
                    target=_actor_ref(target, tgt_code) if target else self._domestic_target(cameo.root, src_code),
                    sentence=s.words[coded.trigger.first].sent,
                    start=lo,
                    end=hi,
                    evidence=text[lo:hi],
                    trigger=" ".join(w.text for w in s.words[coded.trigger.first : coded.trigger.last + 1]),
                    plover=cameo.plover,
                    mode=mode,
                    reported_by=reporter if reporter and reporter not in (source.name, source.text) else None,
                )
            )
        return out

    def _ambiguous(self, source: str, target_code: str | None, target: Mention | None) -> bool:
        """Is a side a bare sector whose country is not told? With a home country (grammar.yaml
        `home_countries`) an agent stays bare only where the sentence leaves it between states
        ("milisi menculik tiga orang ... Pakistan, kata pejabat Iran"): not guessed. Elsewhere a
        bare source still needs a target to say whose conflict it is. "media" may be anyone's."""
        if source in self.sectors and target is None:  # "pasukan menyerang": whose, and whom?
            return True
        bare = {source, target_code} & self.sectors - {MEDIA}
        return bool(bare) and bool(self.lexicon.grammar.home_countries)

    def _private(self, source: Mention, target: Mention | None, src_code: str, tgt_code: str | None, root: str, s: Sentence) -> bool:
        """"Indra Lesmana meminta Yaya Moektio ...", "Wright bertemu Roger Waters": a request, a
        meeting or an agreement between two people known by no more than their names, placed only
        by the article's country, is private life, not politics (grammar.yaml `private_roots`); force
        between two persons or pronouns placed only so is old kingdoms or fiction (`unplaced_force_roots`)."""
        if target is not None and root in self.lexicon.grammar.unplaced_force_roots:  # "Yan menyerang Gojoseon"
            return all(m.kind == "person" and _placed_loosely(m) and len(code or "") == 3 for m, code in ((source, src_code), (target, tgt_code)))
        g = self.lexicon.grammar
        if target is None or root not in g.private_roots:
            return False
        sides = ((source, src_code), (target, tgt_code))
        sectors = [(code or "")[3:6].lower() for _, code in sides]
        if root in g.interview_roots and sectors[1] in g.press_sectors and sectors[0] not in g.press_sectors:
            return True  # "ujar warga, saat berbincang dengan detikcom": an interview, not a meeting
        if root in g.commerce_roots and (src_code or "")[:3] == (tgt_code or "")[:3] and "bus" in sectors:
            # "kerja sama antara Tokopedia dengan Ria Miranda", "kerja sama BNI dengan Kumparan": commerce
            return all(sector in g.commerce_sectors or (m.country_from == "home" and not sector) for (m, _), sector in zip(sides, sectors))
        if all(m.country_from == "home" and sector in g.private_sectors for (m, _), sector in zip(sides, sectors)) and any(sectors) and any(m.name for m, _ in sides):
            return True  # "Costa bertemu dengan dokter": a named nobody and a doctor
        if root in g.commoner_roots and "" in sectors and all(_placed_loosely(m) and sector in g.commoner_sectors for (m, _), sector in zip(sides, sectors)):
            return True  # "Kita berkesempatan bertemu orang-orang baru": someone of no office and commoners, placed by the article's country only
        placed_by_home = all(_placed_loosely(m) and len(code or "") == 3 for m, code in sides)
        # "ia meminta agar mereka ...": two pronouns, in a sentence that names no one they could mean
        pronouns = g.pronouns_person | g.pronouns_plural
        unnamed = all(m.text.lower() in pronouns for m, _ in sides) and not any(len(m.code or "") > 3 for m in s.mentions)
        return placed_by_home and (all(m.name for m, _ in sides) or unnamed)

    def _domestic_target(self, root: str, source: str) -> ActorRef | None:
        """"Albanians demonstrated in Serbia": a protest told without whom it is against is
        against its own country's authorities (grammar.yaml `domestic_target_roots`)."""
        country = source[:3]
        if root not in self.lexicon.grammar.domestic_target_roots or country not in self.countries:
            return None
        return ActorRef(country + "GOV", "", None, None, "domestic")

    def _resolve(self, m: Mention, owner: str | None, s: Sentence, state: ArticleState | None = None, other: str | None = None) -> str | None:
        """A mention's code. A -nya agent takes its owner's country: for a target the source
        ("meminta warganya"), for a source the sentence's subject ("pihaknya"). An unowned
        domestic sector ("partai oposisi") takes the other actor's country."""
        if m.code in self.sectors and other and m.code.lower() in self.lexicon.grammar.domestic_sectors and other[:3] not in self.sectors:
            return other[:3] + m.code
        if m.code:
            return m.code
        if m.possessive and m.sector is not None:
            side = s.words[m.first].base in self.lexicon.grammar.side_nouns  # "pihaknya": the owner's own side, sector and all
            owner = (owner if side else owner[:3]) if owner else None
            if owner is None and state is not None:
                earlier = [x for x in s.mentions if x.code and x.last < m.first and s.governor(x) is None]
                pool = earlier or [x for x in state.memory.subjects if x.code]
                owner = (pool[-1].code if side else pool[-1].country) if pool else None
            return owner + m.sector if owner else None
        return None

    def _presupposed(self, trigger: Trigger, s: Sentence) -> bool:
        """"EU mengharapkan kunjungan Solana ini akan membantu ...": an event noun pointed at by a
        demonstrative is one the reader knows happened; what governs it does not make it a wish."""
        if trigger.kind != "noun":
            return False
        for w in s.words[trigger.last + 1 : min(s.end, trigger.last + 4)]:
            if w.lower in self.lexicon.grammar.demonstratives:
                return True
            if w.pos in ("VERB", "PUNCT", "ADP"):
                return False
        return False

    def _crowd_weapon(self, trigger: Trigger, s: Sentence) -> bool:
        """"gas air mata", "penyemprotan meriam air": a noun that tells of a weapon used only on crowds."""
        told = " ".join(w.lower for w in s.words[trigger.first : trigger.last + 1])
        before = s.words[trigger.first - 1] if trigger.first > s.start else None
        if before is not None and before.pos in ("VERB", "AUX") and told in self.lexicon.grammar.crowd_weapons:
            return False  # "membeli gas air mata": a thing bought, not used ("menembakkan ...": the verb's own event)
        return trigger.kind == "noun" and any(told.endswith(weapon) for weapon in self.lexicon.grammar.crowd_weapons)

    def _weapon_user(self, trigger: Trigger, s: Sentence, state: ArticleState) -> Mention | None:
        """Who used a crowd weapon no one is named using: the police the sentence names, else its
        teller's police, else the police of where the sentence is set (or of the article's country)."""
        police = [m for m in s.mentions if (m.code or "")[3:6] == "COP"]
        if police:
            return min(police, key=lambda m: abs(m.first - trigger.first))
        country = (state.teller.country if state.teller is not None and state.teller.code else None) or s.place or state.memory.home
        return implied(trigger, s, country + "COP") if country else None

    def _owner_country(self, m: Mention, s: Sentence, state: ArticleState) -> str | None:
        """The country of a "-nya" agent with none of its own ("pesawat-pesawat tempurnya"): its owner's."""
        if m.code or not m.possessive:
            return None
        code = self._resolve(m, None, s, state)
        return code[:3] if code else None

    @staticmethod
    def _span(coded: Coded, source: Mention, target: Mention, s: Sentence) -> tuple[int, int]:
        first, last = coded.trigger.first, coded.trigger.last
        for m in (source, target):
            if m is not None and s.start <= m.first < s.end:
                first, last = min(first, m.first), max(last, m.last)
        return s.words[first].start, s.words[last].end

    def _told_at_end(self, s: Sentence, teller: Mention) -> bool:
        """", kata X" closing the sentence (not "menurut X" opening it): the speech may have begun before."""
        g = self.lexicon.grammar
        verb = s.words[teller.first - 1] if teller.first > s.start else None
        return verb is not None and (verb.lemma in g.speech_verbs or verb.base in g.speech_verbs)

    def _clitic_teller(self, k: int, s: Sentence, state: ArticleState) -> Mention | None:
        """"..., ungkapnya", "Menurutnya, ...": the last teller; with no one named before, one of the
        home country."""
        if state.last_reporter is None and self._at_home(s, state):
            return implied(Trigger(k, k, "verb", "", ()), s, state.memory.home)
        return state.last_reporter

    def _reporter(self, s: Sentence, state: ArticleState) -> Mention | None:
        """Who tells the sentence: "menurut X", "..., kata X", "..., katanya" (the last teller)."""
        g = self.lexicon.grammar
        for k in range(s.start, s.end):
            w = s.words[k]
            nxt = s.by_first.get(k + 1)
            if w.lower in g.reported_markers and nxt is not None and nxt.code:
                return nxt
            if w.base in g.reported_markers and w.possessive:  # "Menurutnya, ...": the last teller
                return self._clitic_teller(k, s, state)
            if w.lemma in g.speech_verbs or w.base in g.speech_verbs:
                prev = s.words[k - 1].text if k > s.start else ""
                if prev in (",", "”", "\"", "’") and nxt is not None and nxt.code:
                    state.last_reporter = nxt
                    return nxt
                if prev in (",", "”", "\"", "’") and w.possessive:
                    return self._clitic_teller(k, s, state)
                after = s.words[k + 1].lower if k + 1 < s.end else ""
                told_by = s.by_last.get(k - 1)
                while told_by is not None and told_by.first > s.start and s.by_last.get(told_by.first - 1) is not None:
                    told_by = s.by_last.get(told_by.first - 1)  # "Kapolda Metro Jaya Irjen Pol Mochamad Iriawan": the office first
                if (after in (",", "bahwa") or w.base != w.lemma) and told_by is not None and told_by.code and told_by.first == s.start:
                    return told_by  # "Kapolda Metro Jaya menyebut, ada enam orang yang ditangkap": he tells what follows
        return None


def _sentence_lookup(document: Document):
    """Offset → index into document.sentences (-1 outside them), by bisection."""
    starts = [sentence.start for sentence in document.sentences]
    ends = [sentence.end for sentence in document.sentences]

    def sentence_of(offset: int) -> int:
        i = bisect_right(starts, offset) - 1
        return i if i >= 0 and offset < ends[i] else -1

    return sentence_of


def _past_ordinal(s: Sentence, k: int) -> int:
    """The first word at or after k past an ordinal ("ke-20", "ke - 20", "VIII"); "ke Jakarta" is none."""
    words = s.words[k : min(s.end, k + 3)]
    texts = [w.lower for w in words]
    if texts[:1] == ["ke"]:
        skip = 3 if texts[1:2] == ["-"] else 2
        return k + skip if len(words) >= skip and _numeral(words[skip - 1]) else k
    return k + 1 if words and _numeral(words[0]) else k


def _numeral(w: Word) -> bool:
    return w.lower.removeprefix("ke-").isdigit() or bool(ROMAN.fullmatch(w.text))


def _actor_ref(m: Mention, code: str) -> ActorRef:
    if m.kind == IMPLIED:  # no words name it
        return ActorRef(code, "", None, None, IMPLIED)
    origin = m.country_from
    if origin is None and m.code != code and m.code in (None, code[3:]):
        origin = "other actor"  # a bare domestic sector or a -nya owner: the country of the other side
    return ActorRef(code, m.text, m.start, m.end, origin)


def _placed_loosely(m: Mention) -> bool:
    """Is the mention's country only a default: the article's, or, for a stranger's name, the place the sentence is set in?"""
    return m.country_from == "home" or (m.country_from == "place" and bool(m.name) and m.kind == "person")


def _same_actor(source: Mention, target: Mention, source_code: str, target_code: str) -> bool:
    """One actor on both sides: the same words, or the same code with the same name. Two
    actors of one country and role are not one ("Presiden ... menegur Menteri ...")."""
    if source_code != target_code:
        return False
    if source.first == target.first and source.last == target.last:
        return True
    return _name(source).lower() == _name(target).lower()


def _name(m: Mention) -> str:
    return m.name or m.text


def _sentence_spans(words: list[Word], text: str) -> list[tuple[int, int]]:
    """Word ranges of the sentences; a sentence cut off without final punctuation, on the same
    line as the next ("Beijing | menuduh Manila ..."), is coded together with it."""
    spans: list[tuple[int, int]] = []
    for w in words:
        if w.sent < 0:
            continue
        if spans and spans[-1][1] == w.i:
            last = words[w.i - 1]
            same = last.sent == w.sent
            cut = last.text not in SENTENCE_FINAL and "\n" not in text[last.end : w.start]
            if same or cut:
                spans[-1] = (spans[-1][0], w.i + 1)
                continue
        spans.append((w.i, w.i + 1))
    return spans


def _set_entity_actors(document: Document, mentions: list[Mention]) -> None:
    for entity in document.entities:
        for m in mentions:
            if m.code and m.start <= entity.start and entity.end <= m.end:
                entity.actor = m.code
                break


def _case_and_consequence(words: list[Word], g: Grammar) -> bool:
    """"Ketika warga merasa dirugikan, maka mereka bisa menggugat": a case and what may follow from
    it (grammar.yaml `case_openers` ... `consequence_words`), told as advice, not as a deed."""
    openers = [k for k, w in enumerate(words) if w.lower in g.case_openers]
    return bool(openers) and any(w.lower in g.consequence_words for w in words[openers[0] + 1 :])
