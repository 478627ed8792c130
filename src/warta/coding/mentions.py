"""Actor mentions: runs of agent nouns, countries, organisations and names, with a CAMEO code.

"pejabat Departemen Luar Negeri AS" → USAGOV; "Presiden Rusia Vladimir Putin" → the KB's
code for Putin on the article date; "negara-negara Barat dan media" → a list of two
mentions (WST, MED); "kedua pemimpin" → the last two heads of state named; "pasukannya" →
MIL, its owner found by the event (the -nya possessive).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from warta.actors import Actor, ActorKB
from warta.coding.lexicon import Agent, Lexicon
from warta.coding.places import PlaceCountry
from warta.coding.words import Word, fold

MEDIA = "MED"  # CAMEO's sector of news outlets
ROMAN = re.compile(r"[IVXLC]+")  # a numeral written in capitals
BLOC_KINDS = ("organization", "country", "metonym")
ARTICLE_NAME = re.compile(r"(?:al|el|ad|ash|as)-[A-Z]\w+")  # "Omar al-Beshir", "Nuri al-Maliki": a name after its article
NAME_LABELS = frozenset({"PER", "PERSON", "ORG", "ORGANISATION", "ORGANIZATION", "PPL", "IND"})
PLACE_LABELS = frozenset({"LOC", "GPE", "PLACE", "PLC", "FAC"})
OPENING_CONNECTIVES = frozenset({"ADV", "CCONJ", "SCONJ", "ADP", "PART", "AUX"})  # tags of a first word that opens no name


#: How near (in words) an agent stands to "di wilayah Utara Meksiko" to be placed there
NEAR_PLACE = 10
#: How far (in words) a product noun reaches to the maker's name ("sepeda motor miliknya, Honda")
PRODUCT_REACH = 4


@dataclass(slots=True)
class Atom:
    first: int
    last: int  # inclusive word index
    kind: str  # agent, person, country, metonym, organization, name, dual
    code: str = ""
    actor: Actor | None = None
    agent: Agent | None = None


@dataclass(slots=True)
class Mention:
    first: int
    last: int
    sent: int
    text: str
    start: int
    end: int
    code: str | None
    kind: str
    name: str = ""  # person's canonical name, when known
    head: bool = False
    sector: str = ""  # agent sector when the owner is still unknown (-nya, generic)
    possessive: bool = False
    group: int = -1
    members: list["Mention"] = field(default_factory=list)  # "kedua pemimpin" → two antecedents
    unowned: bool = False  # an agent with no country yet: the sentence or the article decides it
    domestic: bool = False  # an unowned office only the home country has ("para bupati"): the home country's
    country_from: str | None = None  # see ActorRef.country_from
    home_named: bool = False  # a home institution by its full name alone ("Dewan Perwakilan Rakyat"), which another state may have

    @property
    def country(self) -> str:
        return (self.code or "")[:3]


@dataclass
class DocMemory:
    """What the coder remembers across sentences of one article (never across articles)."""

    names: dict[str, tuple[str, bool, str]] = field(default_factory=dict)  # surname → code, head, name
    heads: list[Mention] = field(default_factory=list)
    countries: list[Mention] = field(default_factory=list)
    subjects: list[Mention] = field(default_factory=list)
    home: str | None = None  # the country of actors the article leaves without one
    home_from: str = "home"  # "dateline" or "home" (the language's home country)
    story: Counter[str] = field(default_factory=Counter)  # the states of the actors of the article's earlier sentences
    owned_agents: dict[tuple[str, ...], str] = field(default_factory=dict)  # "junta" → MMRMIL once named
    sentence: list[Mention] = field(default_factory=list)  # mentions of the sentence being read
    place: str | None = None  # the country the sentence being read sets itself in


#: The roles of bodies whose title says what a known person is in the text ("Jubir KPK Johan
#: Budi" is KPK's even on a date he sat in the DPR); a party's (GOV or OPP by date) says less.
OFFICE_ROLES = ("JUD", "COP", "MIL", "LEG", "SPY")
#: The sectors of titles and ranks before a known person's name that say what he is in the text;
#: not a soldier's rank, which a retired general in office keeps ("Jenderal TNI (Purn) Moeldoko")
TITLE_ROLES = ("JUD", "COP", "LEG", "SPY")
#: A known person's sectors that a former title ("mantan Menteri ...") says he is out of; a convict stays one
OFFICE_SECTORS = ("GOV", "JUD", "COP", "MIL", "LEG", "SPY")
#: Words from which a home institution's name is its full name ("Dewan Perwakilan Rakyat"), not an
#: abbreviation ("DPR") only the home press uses
FULL_NAME_WORDS = 3
#: CAMEO prefixes of actors that are no state: international and non-governmental
#: organisations, armed groups across borders, multinational companies
NON_STATES = frozenset({"IGO", "NGO", "IMG", "MNC"})

def _keys(words: list[Word], i: int, n: int) -> tuple[str, ...]:
    out: list[str] = []
    for w in words[i : i + n]:
        out.extend(w.keys)
    return tuple(out)


def _case_ok(alias: str, words: list[Word], caseless: bool = False) -> bool:
    """Does the text's case fit the alias ("AS" the country, not "as")? A text written all in
    lower case (some corpora are) says nothing by case: there a short alias needs the
    language stage to call its words a name."""
    if alias.islower():
        return True
    if caseless:
        return len(alias.replace(".", "")) > 2 or all(w.entity for w in words)
    text = " ".join(w.text for w in words)
    if not alias.isupper() and ROMAN.fullmatch(text):
        return False  # "Komisi XI", "Muktamar VIII": a number, not Xi
    if alias.isupper() and len(alias.replace(".", "")) <= 3:
        return text.replace(".", "") == alias.replace(".", "")
    return all(w.text[:1].isupper() or not w.text[:1].isalpha() for w in words[:1])


class MentionFinder:
    def __init__(self, lexicon: Lexicon, kb: ActorKB, places: PlaceCountry | None = None, known_word: Callable[[str], bool] | None = None) -> None:
        self.lexicon = lexicon
        self.kb = kb
        self.places = places
        self.known_word = known_word  # is a lower-case word one of the language's? (None: no word list)
        g = lexicon.grammar
        self.sectors = lexicon.sector_codes
        self._function = (g.calendar_words | g.reported_markers | g.prepositions | g.relative_markers | g.complementizers
                          | g.coordinators | g.subordinators | g.list_joiners | g.demonstratives | g.pronouns_reader)

    # -- atoms ---------------------------------------------------------------------------
    def _kb_atom(self, words: list[Word], i: int, end: int, caseless: bool = False) -> Atom | None:
        first = words[i].keys  # this runs on every word: most start no name
        longest = self.kb.longest_from.get(first[0], 0) if first else 0
        if not longest:
            return None
        if longest > 1:  # a spaced hyphen ("Hindia - Belanda") is a word with no key
            longest += sum(1 for w in words[i + 1 : min(end, i + longest + 1)] if not w.keys)
        for n in range(min(longest, end - i), 0, -1):
            if (n == 1 and caseless and self._compass_in_name(words, i)) or not words[i + n - 1].keys:
                continue
            if n == 1 and caseless and words[i].lemma != words[i].base and words[i].base.startswith(tuple(self.lexicon.grammar.verb_prefixes)):
                continue  # "warga bernama rahmad": the verb "named", not the news agency Bernama
            if n == 1 and caseless and not words[i].entity and (words[i].lower in self.lexicon.grammar.determiners or words[i].lower in self._function):
                continue  # "menahan lima warga iran": the number five, not Lima, unless the NER calls it a name
            for actor, alias in self.kb.lookup(_keys(words, i, n)):
                if _case_ok(alias, words[i : i + n], caseless):
                    return Atom(i, i + n - 1, actor.kind, actor=actor)
        return None

    def _aspect_after(self, words: list[Word], k: int, end: int) -> bool:
        """"KPK tengah menyelidiki", "Jepang tengah membantu": a place suffix that is also an
        aspect word (grammar.yaml `aspect_words`), lower case before a verb, says what the actor is
        doing, not which part of it ("Jawa Tengah"; in a text with no capitals, "jawa tengah" may be either)."""
        w = words[k]
        return w.lower in self.lexicon.grammar.aspect_words and w.text.islower() and k + 1 < end and words[k + 1].pos in ("VERB", "AUX")

    def _compass_in_name(self, words: list[Word], i: int) -> bool:
        """"gubernur jawa barat", "kecamatan palu barat": in a text with no capitals, a compass
        word (grammar.yaml `compass_words`) after a content word ends a place's name; it is not
        "Barat", the West."""
        g = self.lexicon.grammar
        if words[i].lower not in g.compass_words or i == 0:
            return False
        before = words[i - 1]
        return before.text.isalpha() and before.lower not in self._function and before.lower not in g.determiners

    def _describes_agent(self, out: list[Atom], words: list[Word], name: Atom, end: int) -> bool:
        """Is a one- or two-word capitalised name right after an agent, with a state right after
        it, a description of the agent ("Nasional", "Diraja") rather than someone's name?"""
        if not out or out[-1].kind != "agent" or out[-1].last != name.first - 1 or name.last - name.first > 1:
            return False
        if any(w.entity for w in words[name.first : name.last + 1]):
            return False  # "Gubernur New Mexico": the language stage reads a place, or a person, there
        after = self._kb_atom(words, name.last + 1, end)
        return after is not None and after.kind == "country"

    def _opens_longer_name(self, words: list[Word], k: int, end: int) -> bool:
        """Is word `k` a capitalised name word that goes on the name before it: not a place
        suffix ("Jakarta Selatan"), a word of the calendar ("Moskow Senin"), nor an actor of its own
        ("Washington Amerika Serikat")?"""
        if k >= end:
            return False
        w = words[k]
        g = self.lexicon.grammar
        return (w.is_capitalised and _spelled_as_name(w.text) and not w.text.isupper() and w.lower not in self._function
                and w.lower not in g.place_suffixes and w.lower not in g.place_directions
                and not self._kb_atom(words, k, end) and not self._agent_atom(words, k, end))

    def _product(self, words: list[Word], i: int, start: int, actor: Actor) -> bool:
        """A firm named within a few words after a product noun (grammar.yaml `product_nouns`) names
        what it made: "menyita satu unit mobil Toyota Fortuner"."""
        if not any(r.code[3:6] == "BUS" for r in actor.roles):
            return False
        g = self.lexicon.grammar
        nouns = [k for k in range(max(start, i - PRODUCT_REACH), i) if words[k].base in g.product_nouns]
        return bool(nouns) and not any(w.pos == "VERB" and w.base not in g.owning_words for w in words[nouns[-1] + 1 : i])

    def _reflexive_subject(self, words: list[Word], i: int, start: int) -> bool:
        """"diri" with its clitic opening a clause ("Dirinya ...", "mengatakan, dirinya ...",
        "bahwa dirinya ..."): the person, not an object ("menyerahkan diri")."""
        g = self.lexicon.grammar
        if words[i].base not in g.reflexive_pronouns or not words[i].possessive:
            return False
        return i == start or words[i - 1].text == "," or words[i - 1].lower in g.complementizers | g.colloquial_complementizers

    def _agent_atom(self, words: list[Word], i: int, end: int) -> Atom | None:
        starts = self.lexicon.agent_starts
        if words[i].base not in starts and words[i].lower not in starts:
            return None
        for n in range(min(self.lexicon.max_agent, end - i), 0, -1):
            # by base form ("pasukan-pasukan" is "pasukan"), else as written: "mata-mata" (spies) is no "mata"
            for key in (tuple(w.base for w in words[i : i + n]), tuple(w.lower for w in words[i : i + n])):
                agent = self.lexicon.agents.get(key)
                if agent is not None:
                    return Atom(i, i + n - 1, "agent", code=agent.code, agent=agent)
        return None

    def atoms(self, words: list[Word], start: int, end: int, memory: DocMemory) -> list[Atom]:
        out: list[Atom] = []
        i = start
        dual = self.lexicon.grammar.dual_words
        caseless = not any(c.isupper() for w in words[start:end] for c in w.text)
        while i < end:
            w = words[i]
            found = [a for a in (self._kb_atom(words, i, end, caseless), self._agent_atom(words, i, end)) if a]
            atom = max(found, key=lambda a: a.last) if found else None
            if i == start and w.lower in self.lexicon.grammar.speaker_sides:
                atom = Atom(i, i, "speaker")  # "Pihaknya telah menangkap tiga tersangka, kata Kapolres": the teller's side
            if atom and atom.first == atom.last and i == start and i + 1 < end and (w.base, words[i + 1].base) in self.lexicon.nouns:
                atom = None  # "Baku tembak antara polisi ...": an event noun opens the sentence, not Azerbaijan's capital
            if atom and (atom.kind in BLOC_KINDS or (atom.kind == "person" and not w.text.isupper())) and atom.first == atom.last and i > start:
                prev = words[i - 1]  # "Fachri Hamzah" is no "Hamzah" the knowledge base knows
                compass = prev.lower in self.lexicon.grammar.place_suffixes  # "wilayah Utara Meksiko": northern Mexico
                compass = compass or prev.lower in self.lexicon.grammar.calendar_words  # "Thailand April, Brunei Juni": a month, no name
                compass = compass or (atom.kind == "organization" and (prev.base,) in self.lexicon.nouns)  # "KTT ASEAN": an event noun before a body, no longer name; "Perjanjian Paris" stays one
                if prev.is_capitalised and _spelled_as_name(prev.text) and prev.lower not in self.lexicon.grammar.determiners and not compass and not (out and out[-1].last == i - 1 and out[-1].kind != "name") and i - 1 > start:
                    atom = None  # part of a longer proper name: Jawa Barat, Tepi Barat, Fachri Hamzah
            if atom and atom.kind == "metonym" and not caseless and self._opens_longer_name(words, atom.last + 1, end):
                atom = None  # "Paris Saint Germain", "Jakarta Globe": a club or a paper named after the city, not its government
            if atom and atom.kind in BLOC_KINDS and atom.last + 1 < end and words[atom.last + 1].lower in self.lexicon.grammar.place_suffixes and (caseless or not self._aspect_after(words, atom.last + 1, end)):
                suffix = words[atom.last + 1]
                struck = i > start and words[i - 1].lower in self.lexicon.grammar.struck_place_prepositions
                apposed = i > start and (words[i - 1].text == "," or words[i - 1].lower in self.lexicon.grammar.location_prepositions)  # "di kota Rafah, Gaza selatan": where
                if atom.kind == "country" and (struck or (not caseless and not apposed and suffix.text.islower() and suffix.lower in self.lexicon.grammar.place_directions)):
                    # "ke Israel utara", "di Ukraina timur", "Israel utara diserang": a part of the state, which a strike hits
                    atom = Atom(atom.first, atom.last + 1, atom.kind, actor=atom.actor)
                else:
                    atom = None  # "Jakarta Selatan", "Jawa Tengah": a place name, not the capital's government
            if atom and out and self._abbreviation_of(out[-1], atom, words, i, end):
                out[-1].last = atom.last + 1  # "Badan Energi Atom Internasional (IAEA) Mohamed ElBaradei": one name, then its head
                i = atom.last + 2
                continue
            if atom and atom.kind == "metonym" and out and out[-1].kind == "organization" and self._seat_of(out[-1], words, i):
                i = atom.last + 1  # "PTUN (Pengadilan Tata Usaha Negara) Jakarta": the court's seat, not the government
                continue
            if atom and atom.actor is not None and self._product(words, i, start, atom.actor):
                i = atom.last + 1  # "mobil Toyota Fortuner", "sepeda motor miliknya, Honda Vario": a product, not its maker
                while i < end and i <= atom.last + 2 and (words[i].is_capitalised or any(c.isdigit() for c in words[i].text)):
                    i += 1  # and its model's name ("Fortuner", "Pajero Sport")
                continue
            if atom and atom.kind in BLOC_KINDS and i > start and words[i - 1].lower in self.lexicon.grammar.language_words:
                i = atom.last + 1  # "berbicara dalam bahasa Turki": a language, no actor
                continue
            if atom and atom.kind in BLOC_KINDS and i > start and words[i - 1].lower in self.lexicon.grammar.currency_words:
                i = atom.last + 1  # "200 juta dolar AS": a currency, no actor at all
                if i + 2 < end and words[i].text == "(" and words[i + 2].text == ")":
                    i += 3  # "dollar Amerika Serikat (AS)": its abbreviation too
                continue
            if i > start and words[i - 1].lower in self.lexicon.grammar.initial_cues and _initials(w):
                atom = Atom(i, i, "name")  # "Saudara AS", "berinisial RI": a person, not a country
                if out and out[-1].last == i - 1 and out[-1].kind == "name":
                    atom.first = out.pop().first
            if atom is None and w.lower in self.lexicon.grammar.pronouns_person:
                atom = Atom(i, i, "pronoun")
            if atom is None and self._reflexive_subject(words, i, start):
                atom = Atom(i, i, "pronoun")  # "Dirinya juga sempat mempertanyakan ...": "he" as a clause's subject
            if atom is None and w.lower in self.lexicon.grammar.pronouns_plural:
                atom = Atom(i, i, "plural")
            if atom is None and w.lower in self.lexicon.grammar.pronouns_speaker:
                atom = Atom(i, i, "speaker")
            if atom is None and w.lower in dual and i + 1 < end:
                nxt = self._agent_atom(words, i + 1, end)
                if nxt is not None:
                    out.append(Atom(i, nxt.last, "dual", code=nxt.code, agent=nxt.agent))
                    i = nxt.last + 1
                    continue
            # "Penetapan Waryono sebagai tersangka", "Pertemuan tingkat tinggi ...": an event noun opening the sentence
            opening_noun = i == start and ((w.base,) in self.lexicon.nouns or (i + 1 < end and (w.base, words[i + 1].base) in self.lexicon.nouns))
            # "Kondisi Budi memburuk", "Rumah Budi digeledah": a common noun capitalised only as the sentence's first word
            opening_noun = opening_noun or (i == start and w.pos == "NOUN" and not w.entity and not caseless and not self._opening_stranger(words, i, end))
            # "Makanya BPH Migas ...", "Alhasil ...": a connective capitalised only as the first word
            opening_noun = opening_noun or (i == start and w.pos in OPENING_CONNECTIVES and not w.entity and not caseless)
            if atom is None and _looks_named(w, caseless) and _spelled_as_name(w.text) and w.lower not in self._function and not opening_noun:
                last = i
                while last + 1 < end and _looks_named(words[last + 1], caseless) and _spelled_as_name(words[last + 1].text) and words[last + 1].lower not in self._function:
                    suffix = words[last + 1].lower in self.lexicon.grammar.place_suffixes  # "Jawa Barat", "Papua Barat": not the West
                    if not suffix and (self._kb_atom(words, last + 1, end, caseless) or self._agent_atom(words, last + 1, end)):
                        break
                    last += 1
                atom = Atom(i, last, "name")
                known = memory.names.get(fold(words[last].text))
                if known and (i > start or last > i):
                    atom.code = known[0]
                if not known and self._describes_agent(out, words, atom, end):
                    head = out.pop()  # "Kepolisian Nasional Filipina", "Polisi Diraja Malaysia": the agent's own words
                    atom = Atom(head.first, atom.last, head.kind, code=head.code, agent=head.agent)
            if atom is not None:
                out.append(atom)
                i = atom.last + 1
            else:
                i += 1
        return out

    # -- grouping --------------------------------------------------------------------------
    def _modifier_gap(self, words: list[Word], a: int, b: int) -> bool:
        gap = words[a:b]
        blocked = self._function | self.lexicon.grammar.non_joining
        return 0 < len(gap) <= 4 and all(
            w.text.isalpha() and not w.is_capitalised and w.lower not in blocked and w.lemma not in self.lexicon.verbs and w.lower not in self.lexicon.verbs
            and not self._inflected_verb(w) and not (w.pos == "VERB" and w.base != w.lemma and w.base.startswith(tuple(self.lexicon.grammar.transitive_prefixes)))  # "tokoh lintas agama menemui Kapolri": a verb ends the phrase; "pasukan bersenjata AS" goes on
            for w in gap
        )

    def _inflected_verb(self, w: Word) -> bool:
        """"Foreign Minister visited Russia": an inflected form of a known verb joins no actor's words."""
        return any(w.lower.endswith(suffix) and w.lower[: -len(suffix)] + rest in self.lexicon.verbs
                   for suffix, rest in self.lexicon.grammar.inflections if suffix in self.lexicon.grammar.verb_endings)

    def _genitive_gap(self, words: list[Word], a: int, b: int) -> bool:
        """A genitive marker ("'s"), then at most two modifiers ("interim")."""
        return a < b and words[a].lower in self.lexicon.grammar.genitive_markers and (a + 1 == b or self._modifier_gap(words, a + 1, b) and b - a <= 3)

    def _joinable(self, current: list[Atom], nxt: Atom, words: list[Word]) -> bool:
        kinds = {a.kind for a in current}
        gap_start, gap_end = current[-1].last + 1, nxt.first
        has_owner = bool(kinds & {"country", "metonym", "organization"})
        if nxt.kind == "person" and gap_start == gap_end and "agent" in kinds and kinds <= {"agent", "name"}:
            return True  # "Sekretaris Dewan Pembina Andi Mallarangeng": a title, then the person
        if nxt.kind == "agent" and has_owner and "agent" not in kinds and self._genitive_gap(words, gap_start, gap_end):
            return True  # "Poland's parliament", "Iraq's interim government": the owner's
        if "person" in kinds or "dual" in kinds or (("name" in kinds) and nxt.kind != "name"):
            return False
        if gap_start == gap_end and nxt.kind == "country" and current[-1].kind == "organization" and self._home_institution(current[-1]):
            return True  # "Mahkamah Agung Mesir", "Kementerian Pertahanan Jepang": that country's
        if gap_start == gap_end:
            if nxt.kind == "agent":
                owner_first = self.lexicon.grammar.owner_before_agent and "agent" not in kinds
                return (owner_first or not has_owner) and "name" not in kinds
            if nxt.kind in BLOC_KINDS:
                return not has_owner or current[-1].kind == "agent"
            return nxt.kind in ("person", "name") and bool(kinds & {"agent", "country", "metonym", "organization"})
        # "pejabat dari Amerika Serikat", "pejabat senior dari Washington": an agent's origin
        described = all(w.pos == "ADJ" and w.text.islower() for w in words[gap_start : gap_end - 1])
        if nxt.kind in ("country", "metonym") and kinds == {"agent"} and 1 <= gap_end - gap_start <= 2 and described and words[gap_end - 1].lower in self.lexicon.grammar.origin_markers:
            sector = (current[-1].agent.code if current[-1].agent else "").lower()
            return sector not in self.lexicon.grammar.stationed_sectors  # not "pasukan dari Irak" (withdrawn from)
        if nxt.kind in BLOC_KINDS and kinds == {"agent"}:
            return self._modifier_gap(words, gap_start, gap_end)
        if nxt.kind in ("person", "name") and gap_end - gap_start == 1 and words[gap_start].text == ",":
            if self._told_clause_subject(current, nxt, words):
                return False  # "Menurut polisi, Budi menyerang petugas": the teller, then the subject of what he tells
            return "agent" in kinds  # appositive: "Ajudan ... Kremlin, Yury Ushakov"
        return False

    def _told_clause_subject(self, current: list[Atom], nxt: Atom, words: list[Word]) -> bool:
        """A name after "menurut X," that no closing comma follows opens the clause X tells
        ("Menurut polisi, Budi menyerang petugas"); one between commas is X's name ("Menurut Juru
        Bicara KPK, Febri Diansyah, penyidik ...")."""
        opening = current[0].first
        closed = nxt.last + 1 < len(words) and words[nxt.last + 1].text == ","
        return opening > 0 and words[opening - 1].lower in self.lexicon.grammar.reported_markers and not closed

    def mentions(self, words: list[Word], start: int, end: int, memory: DocMemory, date: str | None) -> list[Mention]:
        atoms = self.atoms(words, start, end, memory)
        out: list[Mention] = []
        memory.sentence = out
        k = 0
        while k < len(atoms):
            current = [atoms[k]]
            k += 1
            while k < len(atoms) and self._joinable(current, atoms[k], words):
                current.append(atoms[k])
                k += 1
            mention = self._build(current, words, memory, date)
            if mention is not None:
                out.append(mention)
                if mention.code and mention.kind != "dual":
                    memory.countries.append(mention)
                    if mention.head:
                        memory.heads.append(mention)
        out = self._place_in_sentence(out, memory, words, start, end)
        self._group(out, words)
        return out

    def _before_place(self, word: Word) -> bool:
        """"kota", "wilayah", "Utara": words between a place preposition and the place's name."""
        g = self.lexicon.grammar
        return word.lower in g.place_nouns or word.lower in g.place_directions

    def _placed(self, words: list[Word], first: int) -> bool:
        """Does a place preposition stand before the mention starting at `first` ("di Meksiko",
        "di wilayah Utara Meksiko")?"""
        k = first - 1
        while k >= 0 and k >= first - 3 and self._before_place(words[k]):
            k -= 1
        return k >= 0 and words[k].lower in self.lexicon.grammar.location_prepositions

    def _after_placed_name(self, words: list[Word], first: int) -> bool:
        """"di Erbil, Irak", "di sebuah kota di Hertfordshire, Inggris": a country right after a
        place's name and a comma, the name after a place preposition, is where it happens."""
        k = first - 1
        if k < 2 or words[k].text != ",":
            return False
        j = k - 1
        while j > 0 and k - j <= 3 and words[j].text.isalpha() and words[j].lower not in self._function:
            j -= 1
        return j < k - 1 and words[j].lower in self.lexicon.grammar.location_prepositions

    def _named_place(self, mentions: list[Mention], words: list[Word], start: int, end: int) -> str | None:
        """The country of a place the sentence is set in ("di Xinjiang"), by the gazetteer."""
        if self.places is None:
            return None
        g = self.lexicon.grammar
        taken = {i for m in mentions for i in range(m.first, m.last + 1)}
        heads = g.place_heads
        for k in range(start, end):
            lower = words[k].lower  # this runs on every word: no joins but of two words
            head = 2 if (k + 1 < len(words) and f"{lower} {words[k + 1].lower}" in heads) or (k + 1 == len(words) and lower in heads) else 1 if lower in heads else 0
            if lower not in g.location_prepositions and not head:
                continue  # "di Xinjiang"; or a place's own head noun, "negara bagian Coahuila", "kota Manchester"
            run = []
            j = k + (head or 1)
            while j < end and j <= k + 3 and (self._before_place(words[j]) or (head and _describes_place(words[j]))):
                j += 1  # "di kota Tijuana", "di wilayah utara Irak", "kota besar kedua, Bulawayo": the name after its head noun
            for nxt in words[j : min(end, j + 3)]:
                if not nxt.is_capitalised or nxt.i in taken or not nxt.text.isalpha():
                    break
                run.append(nxt.text)
            for n in range(len(run), 0, -1):
                country = self.places(" ".join(run[:n]))
                if country:
                    return country
        return None

    def _thing(self, words: list[Word], atom: Atom) -> bool:
        """"menolak kenaikan harga BBM": an abbreviation of a thing (grammar.yaml `thing_acronyms`),
        not someone's initials."""
        return all(w.lower in self.lexicon.grammar.thing_acronyms for w in words[atom.first : atom.last + 1])  # "RUU KUHP" too

    def _policy(self, words: list[Word], atom: Atom) -> bool:
        """"BBM" (its price), "RUU KUHP": abbreviations of what a government decides (grammar.yaml
        `policy_acronyms`); "RUU Pilkada", "UU ITE": a law named after its kind (`policy_heads`)."""
        g = self.lexicon.grammar
        named = words[atom.first : atom.last + 1]
        return all(w.lower in g.policy_acronyms for w in named) or (len(named) > 1 and named[0].lower in g.policy_heads)

    def _no_place(self, words: list[Word], atom: Atom) -> bool:
        """"Amien Rais mengkritik ...": a proper name of two words or more that the tagger took
        for a place, where no place preposition stands before it and the gazetteer knows no place
        of that name, is someone's name."""
        named = words[atom.first : atom.last + 1]
        if self.places is None or len(named) < 2 or any(w.pos != "PROPN" or w.entity not in PLACE_LABELS for w in named):
            return False
        if atom.first > 0 and words[atom.first - 1].lower in self.lexicon.grammar.location_prepositions:
            return False
        return self.places(" ".join(w.text for w in named)) is None

    def _headed_place(self, words: list[Word], atom: Atom) -> bool:
        """"di negara bagian Coahuila", "kota Bulawayo": a name after a place's head noun
        (grammar.yaml `place_heads`) that the gazetteer knows is that place, whatever the tagger
        made of it."""
        if self.places is None:
            return False
        before = " ".join(w.lower for w in words[max(0, atom.first - 2) : atom.first])
        heads = self.lexicon.grammar.place_heads
        if not any(before == h or before.endswith(" " + h) for h in heads):
            return False
        return self.places(" ".join(w.text for w in words[atom.first : atom.last + 1])) is not None

    def _untagged_subject(self, words: list[Word], atom: Atom) -> bool:
        """"Galih Ginanjar kini mendekam di rutan": a proper name of two words or more that the
        NER left untagged, the gazetteer knows as no place, and a verb follows (past one adverb
        or time word), is someone doing something."""
        named = words[atom.first : atom.last + 1]
        if self.places is None or len(named) < 2 or any(w.pos != "PROPN" or w.entity for w in named):
            return False
        k = atom.last + 1
        if k < len(words) and words[k].pos in ("ADV", "NOUN", "PART") and words[k].text.isalpha() and words[k].text.islower():
            k += 1
        return k < len(words) and words[k].pos == "VERB" and self.places(" ".join(w.text for w in named)) is None

    def _opening_stranger(self, words: list[Word], i: int, end: int) -> bool:
        """"Oerip menentang kebijakan pemerintah", "Bilqis juga meminta ...": a capitalised first
        word that is no word of the language and no place, before a verb (past one adverb), is someone."""
        w = words[i]
        if self.known_word is None or (i > 0 and words[i - 1].sent == w.sent):
            return False  # only a sentence's first word: after it, the tagger's PROPN and the NER decide
        if self.known_word(w.lower) or not w.text.isalpha() or (self.places is not None and self.places(w.text) is not None):
            return False
        k = i + 1
        if k < end and words[k].pos in ("ADV", "PART", "AUX") and words[k].text.islower():
            k += 1
        return k < end and words[k].pos == "VERB"

    def _after_agent_preposition(self, words: list[Word], atom: Atom) -> bool:
        """"dipukul oleh Kriss": only someone can do it, whatever the tagger made of the name."""
        return atom.first > 0 and words[atom.first - 1].lower in self.lexicon.grammar.agent_prepositions

    @staticmethod
    def _home_institution(atom: Atom) -> bool:
        """An institution named the way the home press names its own (a role under the
        country code of the language's home), which another country may have too."""
        roles = atom.actor.roles if atom.actor else ()
        return bool(roles) and all(len(r.code) == 6 and r.code[:3] == "IDN" for r in roles)

    def _place_in_sentence(self, mentions: list[Mention], memory: DocMemory, words: list[Word], start: int, end: int) -> list[Mention]:
        """The country of an unowned agent ("polisi", "warga") or an unknown name ("Ruhut"):
        the place the sentence sets it in ("di Nigeria"), else the article's home country when
        the sentence names no other; failing both, an agent keeps its bare sector (or, if it
        names no actor on its own, is dropped) and a name is dropped."""
        g = self.lexicon.grammar
        mentions = [m for m in mentions if not self._goods_origin(m, words)]
        self._home_names_abroad(mentions, words, memory)
        settled = [m for m in mentions if m.code and not m.unowned and m.kind != "unknown" and m.code not in self.sectors
                   and not m.code.endswith(MEDIA)]  # "Diberitakan Reuters, ...": who tells it is not where it happens
        place = next((m.country for m in settled if m.first > 0 and (words[m.first - 1].lower in g.location_prepositions or self._after_placed_name(words, m.first))
                      and m.kind in ("country", "metonym")), None)
        memory.place = place or self._named_place(mentions, words, start, end)
        if any(m.unowned for m in mentions):  # a gazetteer place is for agents ("polisi di Xinjiang"); "Di Surabaya, ia bertemu ...": he may be a visitor
            place = memory.place
        # "polisi ... di wilayah Utara Meksiko": agents act where the sentence sets them, a place
        # noun or a direction between; a pronoun ("mereka ... di perairan Irak") is not so placed
        loose = next((m for m in settled if self._placed(words, m.first) and m.kind in ("country", "metonym")), None)
        named = {m.country for m in settled}
        home = memory.home if memory.home and named <= {memory.home} else None
        states = named - NON_STATES  # "menurut perkiraan PBB", "laporan Amnesty International": no place where the agents act
        only = next(iter(states)) if len(states) == 1 and home is None else None
        # the one state abroad a sentence names, the home named beside it or not ("Duta Besar China untuk Indonesia")
        abroad = only or (next(iter(states - {memory.home})) if memory.home in states and len(states) == 2 else None)
        # a story the article has told at home so far stays at home: "Pemerintah mengecam Israel"
        # in an article whose actors so far were mostly Indonesian is the Indonesian government's
        # (rebels, courts, parties still take the other side's country, `domestic_sectors`)
        told_home = memory.story[memory.home] if memory.home else 0
        at_home = memory.home if home is None and told_home > memory.story.total() - told_home else None
        out = []
        for m in mentions:
            if m.kind == "metonym" and m.first > 0 and words[m.first - 1].lower in g.location_prepositions and "kept" not in g.place_metonyms:
                continue  # "di Jakarta Selatan": where it happens, not who acts
            if m.kind == "country" and m.first > 0 and words[m.first - 1].lower in g.ethnic_markers:
                self._people_where_they_live(m, settled, words)
            foreign = m.last + 1 < len(words) and words[m.last + 1].lower in g.foreign_words
            # a place sets where agents act ("pengadilan di Xinjiang"); a person named near it
            # may be a visitor ("Beshir ... di Abuja"), so a name takes only the article's country
            near = loose is not None and not m.possessive and abs(loose.first - m.last) <= NEAR_PLACE
            local = (place or (loose.country if near else None)) if m.unowned else place if m.kind == "unknown" and not m.name else None  # "hakim di Sao Paulo menuntut dia": so is a pronoun no one named before
            if local is None and m.kind == "unknown" and m.name and not named and memory.place and memory.place != memory.home:
                local = memory.place  # "Mitnick ditangkap ... di Raleigh, North Carolina": no state named, the stranger is local
            if words[m.first].base in g.envoy_words:
                local = None  # "Dubes ... di KBRI London": an envoy serves where he is not from
            country = None if foreign else local or home
            origin = "place" if local else memory.home_from
            if m.unowned and m.domestic and memory.home and not foreign:
                country, origin = memory.home, memory.home_from  # "para bupati di Tatar Sunda", told beside the Dutch
            if country is None and m.unowned and abroad and memory.home and not foreign and words[m.first].base not in g.envoy_words and all(
                    words[x.first].base in g.envoy_words for x in settled if x.country == abroad):
                country, origin = memory.home, memory.home_from  # "Kementerian Luar Negeri memanggil Duta Besar Australia": an envoy serves abroad, here
            if country is None and m.unowned and only and memory.home and not foreign and m.sector.lower() not in g.people_sectors and all(
                    x.first > m.last and words[x.first - 1].lower in g.partner_prepositions and x.code in (only, only + "GOV") for x in settled if x.country == only):
                country, origin = memory.home, memory.home_from  # "Kementerian Kesehatan menandatangani kerja sama dengan Jepang": a state its partner abroad
            if country is None and m.unowned and only and not foreign and any(x.country == only and (x.last < m.first or self._paired(words, m, x)) for x in settled):
                country, origin = only, "sentence"  # "Tiongkok mengeksekusi delapan orang": China's, told before them
            if country is None and m.unowned and at_home and not foreign and m.sector.lower() not in g.domestic_sectors:
                country, origin = at_home, "article"
            if country is None and m.unowned and not foreign and memory.home in named and " ".join(w.base for w in words[m.first : m.last + 1]) in g.home_first_agents:
                country, origin = memory.home, "sentence"  # "DPR meminta pemerintah memanggil Dubes Australia": the home's, named beside others
            if country is None and m.unowned and only and memory.home and not foreign and only not in g.standing_conflicts and m.sector.lower() not in g.domestic_sectors and all(
                    (x.code or "")[3:6].lower() in g.people_sectors and words[x.first].base in g.visitor_words for x in settled if x.country == only):
                country, origin = memory.home, memory.home_from  # "Polisi menangkap tiga warga Australia": foreigners here, at home
            if country is None and m.unowned and only and not foreign and m.sector.lower() not in g.people_sectors and all(
                    words[x.first].base not in g.visitor_words and (x.code or "")[3:6].lower() in g.home_crowd_sectors for x in settled if x.country == only):
                country, origin = only, "sentence"  # "Polisi bentrok dengan demonstran Hong Kong": the people at home, and their police
            if country and (m.kind == "unknown" or m.unowned):
                m.country_from = origin
            if m.kind == "unknown" and country:
                m.kind, m.code = "person", country
                if m.name:  # a name comes back; a pronoun does not
                    memory.names[fold(words[m.last].text)] = (country, False, m.name)
            elif m.unowned:
                m.unowned = False
                m.code = country + m.sector if country else m.code
            if m.code or m.possessive or m.kind == "speaker":  # "warganya", "kami": found by the event, the teller
                out.append(m)
        memory.story.update(m.country for m in out if m.code and m.country not in NON_STATES and len(m.country) == 3
                            and not m.code.endswith(MEDIA) and m.country_from in (None, "place", "sentence"))  # told, not defaulted
        return out

    def _home_names_abroad(self, mentions: list[Mention], words: list[Word], memory: DocMemory) -> None:
        """"Pasukan Misrata telah menolak Dewan Perwakilan Rakyat yang baru": a home institution
        named by its full name alone, acted on by a foreign state's own forces (told before it, by an
        active verb) in a sentence whose other actors are all of that state, is its body of the same
        name. "DPR mengecam militer Israel", "Militer Israel dikecam DPR" stay the home's."""
        named = [m for m in mentions if m.home_named and m.code and m.country == memory.home]
        if not named:
            return
        others = {m.country for m in mentions if m.code and not m.home_named and not m.unowned and m.kind != "unknown"
                  and len(m.code) > 3 and m.country not in NON_STATES}
        g = self.lexicon.grammar
        if len(others) != 1 or memory.home in others:
            return
        state = next(iter(others))
        # a state's own armed or political forces act at home; its envoys and leaders travel ("Dubes AS bertemu DPR")
        forces = [m for m in mentions if m.code and m.country == state and m.code[3:6].lower() in g.forces_at_home]
        for m in named:
            if any(f.last < m.first and not any(w.base.startswith(tuple(g.passive_prefixes)) and w.lemma != w.base for w in words[f.last + 1 : m.first])
                   for f in forces):
                m.code, m.country_from = state + m.code[3:], "sentence"

    def _goods_origin(self, m: Mention, words: list[Word]) -> bool:
        """"heroin dari Malaysia", "sabu asal Malaysia": a country after a word of origin that
        follows goods (grammar.yaml `goods_nouns`) tells where they came from; it names no actor."""
        g = self.lexicon.grammar
        return (m.kind in ("country", "metonym") and m.first >= 2 and words[m.first - 1].lower in g.origin_markers
                and words[m.first - 2].base in g.goods_nouns)

    def _paired(self, words: list[Word], m: Mention, x: Mention) -> bool:
        """"bentrokan antara polisi dan pendukung MDC": two sides named together after "antara"
        are of one country when only one is named."""
        return (m.first > 0 and words[m.first - 1].lower == "antara" and x.first > m.last
                and all(w.lower in self.lexicon.grammar.argument_coordinators | {"dengan"} for w in words[m.last + 1 : x.first]))

    def _people_where_they_live(self, m: Mention, settled: list[Mention], words: list[Word]) -> None:
        """"ethnic Albanians in south Serbia", "Serb forces killed three ethnic Albanians in
        southeastern Serbia": a people (grammar.yaml `ethnic_markers`) takes the state the sentence
        sets it in, a few words after a location preposition (the PLOVER records code them so)."""
        places = self.lexicon.grammar.location_prepositions
        for x in settled:
            if x is not m and x.kind in ("country", "metonym") and any(w.lower in places for w in words[max(0, x.first - 3) : x.first]):
                if x.country != m.country:
                    m.code, m.country_from = x.country, "place"
                return

    def _build(self, atoms: list[Atom], words: list[Word], memory: DocMemory, date: str | None) -> Mention | None:
        first, last = atoms[0].first, atoms[-1].last
        text = " ".join(w.text for w in words[first : last + 1]).replace(" ,", ",")
        agents = [a.agent for a in atoms if a.kind in ("agent", "dual") and a.agent is not None]
        sector = next((a.code for a in reversed(agents) if a.code), "")
        head = any(a.head for a in agents)
        owner = next((a for a in reversed(atoms) if a.kind in BLOC_KINDS), None)
        person = next((a for a in atoms if a.kind == "person"), None)
        name_atom = next((a for a in atoms if a.kind == "name"), None)
        mention = Mention(first, last, words[first].sent, text, words[first].start, words[last].end, None, atoms[0].kind, head=head)
        if atoms[0].kind == "speaker":  # kami, kita, saya: the sentence's teller, if one is named
            mention.kind = "speaker"
            return mention
        if atoms[0].kind == "pronoun":  # ia, dia, beliau: the last person named, else the last subject
            person = next((m for m in reversed(memory.sentence) if m.kind == "person" and m.code), None)
            person = person or next((m for m in reversed(memory.subjects) if m.kind == "person" and m.code), None)
            if person is None:  # no one named before: someone of the article's country, if nothing says otherwise
                mention.kind = "unknown"
                return mention
            mention.kind, mention.code, mention.name, mention.head = "person", person.code, person.name, person.head
            return mention
        if atoms[0].kind == "plural":  # mereka: the last actor told as a subject
            antecedent = next((m for m in reversed(memory.subjects) if m.code), None)
            if antecedent is None:
                mention.kind = "unknown"
                return mention
            mention.kind, mention.code, mention.name = antecedent.kind, antecedent.code, antecedent.name
            return mention
        if atoms[0].kind == "dual":
            agent = atoms[0].agent
            if agent and agent.head:
                pool = memory.heads  # kedua pemimpin
            elif agent and agent.code:
                pool = memory.subjects  # kedua menteri
            else:  # kedua negara, kedua pihak: countries named as such, else any actor
                pool = [m for m in memory.countries if m.kind == "country"] or memory.countries
            picked = _last_distinct(pool, 2)
            if len(picked) < 2 and agent and agent.code and agent.code.lower() in self.lexicon.grammar.home_sectors:
                # "Kedua pelaku langsung digiring ..." with no two named before: two of them, unowned
                mention.kind, mention.sector, mention.code, mention.unowned, mention.domestic = "agent", agent.code, None, True, agent.domestic
                return mention
            if len(picked) < 2:
                return None
            mention.kind, mention.members, mention.code = "dual", picked, picked[0].code
            return mention
        owner_code = owner.actor.code_on(date) if owner and owner.actor else ""
        institution = next((a for a in atoms if a.kind == "organization" and self._home_institution(a)), None)
        if institution is not None and owner is not None and owner.kind == "country" and owner is not institution:
            owner_code += institution.actor.code_on(date)[3:6]  # the institution's role, the country's flag
        relational = next((a for a in atoms if a.kind == "agent" and a.last < (person.first if person else -1)
                           and " ".join(w.base for w in words[a.first : a.last + 1]) in self.lexicon.grammar.relational_agents), None)
        if person is not None and person.actor is not None and relational is not None:
            # "massa pendukung Prabowo", "kuasa hukum Setya Novanto": someone of the person's country, not the person
            mention.kind, mention.code = "agent", person.actor.code_on(date)[:3] + (relational.code or "")
            return mention
        if person is not None and person.actor is not None:
            code = person.actor.code_on(date)
            if len(code) == 3 and sector:  # no role on that date, but the text gives one: "Menlu Retno"
                code += sector
            if self._held(words, first):  # "mantan Ketua MK Mahfud MD": out of that office, an elite, as annotators code him; a convict stays one
                code = code[:3] + "ELI" if code[3:6] in OFFICE_SECTORS else code
            elif owner is not None and owner.kind == "organization" and owner_code[3:6] in OFFICE_ROLES and code[:3] == owner_code[:3]:
                code = owner_code  # "Jubir KPK Johan Budi": the body the text puts him in, whatever his role on another date
            elif owner is None and sector in TITLE_ROLES and len(code) > 3:
                code = code[:3] + sector  # "Kapolri Jenderal Tito Karnavian", "Irjen Pol Iriawan": the office or rank the text gives him
            if not owner_code or code.startswith(owner_code[:3]):
                mention.kind, mention.code, mention.name = "person", code, person.actor.name
                mention.head = head or person.actor.is_head
                self._remember(memory, words, person, code, mention.head, person.actor.name)
                return mention
        if owner_code:
            mention.kind = owner.kind
            is_country = owner.kind == "country" and len(owner_code) == 3
            mention.code = owner_code + sector if is_country and sector else owner_code
            if owner.kind == "metonym" and sector and atoms.index(owner) > 0:
                mention.code = owner_code[:3] + sector  # "warga Jakarta", "Uskup Agung Jakarta": the capital's people, not its government
            mention.home_named = len(atoms) == 1 and owner.kind == "organization" and self._home_institution(owner) and (
                owner.last - owner.first >= FULL_NAME_WORDS - 1)  # "Dewan Perwakilan Rakyat", not "DPR"
            if agents and sector:
                key = _agent_key(atoms, words)
                for part in (key, *((w,) for w in key)):
                    memory.owned_agents[part] = mention.code
        elif name_atom is not None and name_atom.code and len(atoms) == 1:
            known = memory.names[fold(words[name_atom.last].text)]
            mention.kind, mention.code, mention.head, mention.name = "person", known[0], known[1], known[2]
            return mention
        elif name_atom is not None and len(atoms) == 1 and self._policy(words, name_atom) and memory.home:
            # "menolak kenaikan harga BBM", "menolak RUU KUHP": a policy stands for the government that makes
            # it, the one of the country the sentence is about ("warga Hong Kong memprotes RUU ekstradisi")
            mention.kind, mention.sector, mention.unowned = "agent", "GOV", True
            return mention
        elif name_atom is not None and len(atoms) == 1 and not self._thing(words, name_atom) and not self._headed_place(words, name_atom) and (
                _named_entity(words, name_atom) or self._after_agent_preposition(words, name_atom) or self._no_place(words, name_atom) or self._untagged_subject(words, name_atom)
                or (name_atom.first == name_atom.last and self._opening_stranger(words, name_atom.first, len(words)))):
            # An unknown person or body the tagger names: the article's country, decided once
            # the whole sentence is read (see _place_unknown_names).
            mention.kind, mention.name = "unknown", mention.text
            return mention
        elif agents and (seat := self._seat(atoms, words, name_atom, memory)):
            mention.kind, mention.sector, mention.code, mention.country_from = "agent", sector, seat + sector, "place"
            return mention  # "Polisi Manchester", "walikota San Bruno": an office of the place it names
        elif agents:
            generic = all(a.generic for a in agents)
            mention.kind, mention.sector = "agent", sector
            mention.possessive = words[last].possessive and sector.lower() not in self.lexicon.grammar.act_doer_sectors
            mention.code = None if generic or mention.possessive else sector or None
            key = _agent_key(atoms, words)
            known = memory.owned_agents.get(key) or memory.owned_agents.get(key[-1:])
            if not mention.possessive and known and not generic:
                mention.code = known  # "junta" after "Junta militer Myanmar"
            elif not mention.possessive and (sector.lower() in self.lexicon.grammar.home_sectors or (name_atom and not sector)):
                mention.unowned = True  # its country is decided once the sentence is read
                mention.domestic = all(a.domestic for a in agents)
            if mention.code is None and not mention.possessive and not mention.unowned:
                return None
        else:
            return None
        if name_atom is not None and mention.code:
            name = " ".join(w.text for w in words[name_atom.first : name_atom.last + 1])
            mention.kind, mention.name = "person", name
            if self._held(words, first) and mention.code[3:6] in OFFICE_SECTORS:
                mention.code = mention.code[:3] + "ELI"  # "mantan Wakil Ketua KPU Ramlah Surbakti"
            self._remember(memory, words, name_atom, mention.code, head, name)
        return mention

    def _held(self, words: list[Word], first: int) -> bool:
        """A title after "mantan" (grammar.yaml `former_titles`) is one the person held, not what he is."""
        return first > 0 and words[first - 1].lower in self.lexicon.grammar.former_titles

    @staticmethod
    def _abbreviation_of(body: Atom, atom: Atom, words: list[Word], i: int, end: int) -> bool:
        """Is the atom at word i the bracketed abbreviation of the body just named ("Badan Energi
        Atom Internasional (IAEA)"), with a title's holder or more of the name after it?"""
        bracketed = body.last + 2 == i and words[i - 1].text == "(" and atom.last + 1 < end and words[atom.last + 1].text == ")"
        same = body.actor is not None and atom.actor is not None and body.actor.roles == atom.actor.roles
        return bracketed and same and atom.last + 2 < end and words[atom.last + 2].is_capitalised

    @staticmethod
    def _seat_of(body: Atom, words: list[Word], i: int) -> bool:
        """Does the place at word i follow the body directly, or past the bracket of its acronym?"""
        return all(w.text in ("(", ")") for w in words[body.last + 1 : i])

    def _seat(self, atoms: list[Atom], words: list[Word], name_atom: Atom | None, memory: DocMemory) -> str | None:
        """The country of the place named right after an agent ("Pasukan Misrata"), by the
        gazetteer; a name the article already knows as someone's is no place."""
        if self.places is None or name_atom is None or atoms[-1] is not name_atom or len(atoms) < 2 or atoms[-2].kind != "agent":
            return None
        if name_atom.code or fold(words[name_atom.last].text) in memory.names:
            return None
        if name_atom.first == name_atom.last and words[name_atom.first].keys and words[name_atom.first].keys[0] in self.kb.given_names:
            return None  # "Menko Rizal": Rizal Ramli, not the Philippine town
        return self.places(" ".join(w.text for w in words[name_atom.first : name_atom.last + 1]))

    @staticmethod
    def _remember(memory: DocMemory, words: list[Word], atom: Atom, code: str, head: bool, name: str) -> None:
        memory.names[fold(words[atom.last].text)] = (code, head, name)

    def _group(self, mentions: list[Mention], words: list[Word]) -> None:
        """Lists joined by commas and a final dan/serta: "Jerman, Israel, dan Swedia"."""
        joiners = self.lexicon.grammar.list_joiners
        determiners = self.lexicon.grammar.determiners
        run: list[Mention] = [mentions[0]] if mentions else []
        separators: list[set[str]] = []
        for prev, nxt in zip(mentions, mentions[1:]):
            gap = {w.base if w.base in determiners else w.lower for w in words[prev.last + 1 : nxt.first]}  # "dan kelompok-kelompok"
            repeated = prev.text.lower() == nxt.text.lower()  # "ke arah polisi dan polisi bereaksi": a new clause
            fronted = gap == {","} and self._opens_fronted_phrase(prev, words)
            if gap & joiners and gap <= joiners | determiners and nxt.first - prev.last <= 4 and not repeated and not fronted:
                run.append(nxt)
                separators.append(gap & joiners)
                continue
            self._close(run, separators)
            run, separators = [nxt], []
        self._close(run, separators)

    def _opens_fronted_phrase(self, m: Mention, words: list[Word]) -> bool:
        """Is m the end of a phrase that opens its sentence with a preposition ("Dalam hemat
        Ryamizard, Indonesia dan Filipina ...", "Menurut X, ...")? Its comma ends the phrase: no list."""
        g = self.lexicon.grammar
        k = m.first - 1
        while k >= 0 and words[k].sent == m.sent and words[k].text != ",":
            k -= 1
        opener = words[k + 1]
        return (k < 0 or words[k].sent != m.sent) and opener.i < m.first and opener.lower in g.prepositions | g.frame_prepositions | g.reported_markers

    @staticmethod
    def _close(run: list[Mention], separators: list[set[str]]) -> None:
        if len(run) > 1 and separators and separators[-1] - {","}:
            for m in run:
                m.group = run[0].first


def _looks_named(word: Word, caseless: bool) -> bool:
    """Capitalised; in a text with no capitals, a word the language stage tags as a person's
    or organisation's name."""
    return word.is_capitalised or (caseless and word.entity in NAME_LABELS) or ARTICLE_NAME.fullmatch(word.text) is not None


def _spelled_as_name(text: str) -> bool:
    """Letters, with the hyphens and apostrophes of names ("Al-Maliki", "Ma'ruf", "O’Brien")."""
    return text.replace("-", "").replace("'", "").replace("’", "").isalpha()


def _named_entity(words: list[Word], atom: Atom) -> bool:
    """Do the language stage's named entities call these words a person or an organisation?"""
    if _initials(words[atom.last]) and (atom.first == atom.last or not words[atom.first].entity):
        return True  # "Saudara AS"
    labels = {w.entity for w in words[atom.first : atom.last + 1]}
    return bool(labels & NAME_LABELS) and not labels & PLACE_LABELS


def _describes_place(word: Word) -> bool:
    """"besar", "kedua", ",": what may stand between a place's head noun and its name."""
    return word.text == "," or (word.text.islower() and word.pos in ("ADJ", "NUM"))


def _initials(word: Word) -> bool:
    return word.text.isupper() and word.text.isalpha() and 2 <= len(word.text) <= 4


def _agent_key(atoms: list[Atom], words: list[Word]) -> tuple[str, ...]:
    """The agent nouns of a mention ("junta militer"), to recognise them when they come back."""
    return tuple(w.base for a in atoms if a.kind == "agent" for w in words[a.first : a.last + 1])


def _last_distinct(pool: list[Mention], n: int) -> list[Mention]:
    picked: list[Mention] = []
    for m in reversed(pool):
        if m.code and all(m.country != p.country for p in picked):
            picked.append(m)
        if len(picked) == n:
            break
    return list(reversed(picked))
