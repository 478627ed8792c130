"""warta.dictionaries.petrarch on small inline PETRARCH snippets."""

import pytest

from pathlib import Path

from warta.coding.cameo import default_table
from warta.dictionaries import petrarch as P

VERBS = """
####### SYNONYM SETS #######
&FOOD
+FOOD
+GRAIN_

####### VERB PATTERNS #######
---  RUSH   [---]  ---
RUSH
SPEED {SPEEDING SPEEDS SPED }
- * &FOOD                                             [073]         # RUSH
- * {ARMS SHIPMENT}                                   [072]         # RUSH
- * (TO)                                              [042:043]     # RUSH
- &MILITARY *                                         [154]         # RUSH
- * POLICE (TO BORDER)                                [153]         # RUSH
- * PICTURE                                           [---]         # RUSH

---  ACCUSE   [112]  ---
ACCUSE
BLAME [111]
- % * TALKS                                           [031]         # ACCUSE

######## TRANSFORMATIONS ##########
~ a (a b ATTACK) SAY = a b 015
"""


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    path = tmp_path_factory.mktemp("petrarch") / "verbs.txt"
    path.write_text(VERBS, encoding="utf-8")
    return P.convert_verbs(path, default_table())


def test_synsets_expand_into_complements_with_both_numbers(converted):
    verbs, _ = converted
    food = next(s for s in verbs["rush"] if s["code"] == "073")
    assert food["with"] == ["food", "foods", "grain", "grains"]


def test_noun_phrase_and_preposition_patterns(converted):
    verbs, _ = converted
    assert {"code": "072", "with": ["arms shipment", "arms shipments"], "target": ["obj", "any"]} in verbs["rush"]
    assert {"code": "042", "with": ["to"], "target": ["to", "obj", "any"], "reverse": "043"} in verbs["rush"]  # [042:043]; "to" must be there


def test_a_block_with_no_default_code_gives_its_verbs_no_bare_sense(converted):
    verbs, _ = converted
    assert all(s.get("with") for s in verbs["rush"])


def test_patterns_stay_on_the_verb_they_were_written_for(converted):
    verbs, _ = converted
    assert "speed" not in verbs  # RUSH's patterns name RUSH; SPEED has no code of its own


def test_own_verb_code_overrides_the_block_and_percent_is_mutual(converted):
    verbs, _ = converted
    assert verbs["blame"][-1] == {"code": "111", "target": ["obj", "any"]}
    assert verbs["accuse"][0] == {"code": "031", "with": ["talks", "talk"], "target": ["obj", "any"], "mutual": True}
    assert verbs["accuse"][-1] == {"code": "112", "target": ["obj", "any"]}


def test_report_counts_each_pattern_and_the_reason_it_does_not_convert(converted):
    _, report = converted
    assert report.patterns == 7
    assert report.converted == 6  # "- * PICTURE [---]" too: a sense that codes no event
    assert report.rejected == {P.UNKNOWN_SYNSET: 1}  # "- &MILITARY *": a subject condition, but no &MILITARY set here
    assert report.compound_codes == 1


def test_several_complements_are_one_phrase_with_gaps(converted):
    """`- * POLICE (TO BORDER)`: the parts in order, any words between them, and determiners
    between a preposition and its words ("rushed police to the border")."""
    verbs, _ = converted
    assert {"code": "153", "with": ["police ... to ~ border", "police ... to ~ borders"], "target": ["obj", "any"]} in verbs["rush"]


def test_prepositional_phrases_are_required_and_skipped_words_are_no_target():
    synsets = {"TIETYPES": [("military",), ("economic",)]}
    codes = default_table()
    eid = P.convert_pattern("- * EID (AT ^) (WITH +) [017]", synsets, codes)
    assert (eid.with_, eid.target) == (("eid ... at ... with",), ("with",))  # (AT ^): "at" and a word, not the target
    memos = P.convert_pattern("- * MEMOS (ON &TIETYPES) (FROM) [091]", synsets, codes)
    assert memos.with_ == ("memos ... on ~ military ... from", "memos ... on ~ economic ... from")
    assert memos.target == ("from", P.USUAL)  # no plural of a preposition; its object, else the usual target
    assert P.sense_of(memos, ("obj", "any"))["target"] == ["from", "obj", "any"]
    assert P.convert_pattern("- * (DOWN) [190]", synsets, codes).target == ("down",)  # a particle: no phrase, no target


def test_a_multiword_verb_takes_its_block_patterns_after_its_particles_and_keeps_a_reversed_code(tmp_path):
    path = tmp_path / "verbs.txt"
    path.write_text("---  BREAK  [120]  ---\nBREAK\n+BREAK_DOWN\n- * TREATY  [1246]\n\n---  LEFT  [042:043]  ---\nLEFT [042:043]\n", encoding="utf-8")
    verbs, _ = P.convert_verbs(path, default_table())
    assert verbs["break"][0] == {"code": "1246", "with": ["down ... treaty", "down ... treaties"], "target": ["obj", "any"]}
    assert {"code": "120", "target": ["obj", "any"], "with": ["down"]} in verbs["break"]
    assert verbs["left"] == [{"code": "042", "target": ["obj", "any"], "reverse": "043"}]


def test_a_gap_in_a_with_phrase_matches_any_words_between_its_parts():
    from warta.coding.lexicon import match_phrase

    words = [(w,) for w in "rushed more police to the northern border".split()]
    assert match_phrase(("police", "...", "to", "...", "border"), words, 6) == (2, 7)
    assert match_phrase(("police", "...", "from"), words, 6) is None
    assert match_phrase(("more", "police"), words, 6) == (1, 3)
    assert match_phrase(("border",), words, 3) is None  # must start within the first 3 words
    the = frozenset({"the", "a"})
    assert match_phrase(("to", "~", "northern", "border"), words, 6, the) == (3, 7)  # "~": determiners only
    assert match_phrase(("to", "~", "border"), words, 6, the) is None  # "northern" is no determiner


def test_an_inflected_key_is_folded_into_its_lemma():
    verbs = {"attack": [{"code": "190", "target": ["obj"]}], "attacked": [{"code": "190", "with": ["and stabbed"], "target": ["obj"]}]}
    assert P.fold_inflected(verbs) == {"attack": [{"code": "190", "with": ["and stabbed"], "target": ["obj"]}, {"code": "190", "target": ["obj"]}]}


ACTORS = """
ARNOR_  [ARN]
+ARNORIAN
GOLLUM # a hobbit, once
+SMEAGOL
	[HOB < 950601]
	[HOBGOV 19950601 - 19990815]
	[HOBREB > 990816]
BOROMIR  [---]
ITHILEN_TELEVISION [ITHTV]
"""


def test_actors_with_dated_roles():
    entries = P.read_actors(ACTORS)
    assert [(e.name, e.aliases) for e in entries] == [("Arnor", ["Arnorian"]), ("Gollum", ["Smeagol"])]
    assert entries[1].roles == [("HOB", "", "1995-06-01"), ("HOBGOV", "1995-06-01", "1999-08-15"), ("HOBREB", "1999-08-16", "")]


def test_actor_tables_split_countries_from_dated_actors():
    countries, named = P.actor_tables(P.read_actors(ACTORS))
    assert countries[1:] == ["ARN\t\tArnor\tArnorian"]
    assert named[1:] == ["Gollum\tSmeagol\tHOB::1995-06-01;HOBGOV:1995-06-01:1999-08-15;HOBREB:1999-08-16:\t"]


def test_actor_tables_load_into_warta_kb(tmp_path):
    from warta.actors import load_kb

    P.write_actor_tables(P.read_actors(ACTORS), tmp_path)
    kb = load_kb(tmp_path)
    assert kb.find("Smeagol").code_on("1997-01-01") == "HOBGOV"
    assert kb.find("Arnor").code_on("1997-01-01") == "ARN"


AGENTS = """
!MINST! = MINISTER, MINISTRY
FOREIGN_!MINST! [~GOVFRM] # jap 4/14/01
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]
MEDIA {} [~MED]
"""


def test_agents_with_substitutions_and_plurals():
    assert P.read_agents(AGENTS) == {
        "foreign minister": {"code": "GOVFRM", "generic": True},
        "foreign ministers": {"code": "GOVFRM", "generic": True},  # no {...}: the regular plural too
        "foreign ministry": {"code": "GOVFRM", "generic": True},
        "foreign ministries": {"code": "GOVFRM", "generic": True},
        "attorney general": {"code": "JUD", "generic": True},
        "attorneys general": {"code": "JUD", "generic": True},
        "media": {"code": "MED", "generic": True},
    }


def test_discards_by_scope():
    assert P.read_discards("MONTHS LATER\n+TYPHOON   # ELH\nBASEBALL\n") == {"sentence": ["months later", "baseball"], "story": ["typhoon"]}


def test_curation_drops_and_replaces_and_hand_lemmas_lose_their_shadows():
    verbs = {"say": [{"code": "010"}], "attack": [{"code": "190"}], "attacked": [{"code": "195", "with": ["x"]}]}
    curated = P.apply_curation(verbs, {"drop": ["say"], "replace": {"attack": [{"code": "190", "target": ["obj", "in"]}]}})
    assert curated == {"attack": [{"code": "190", "target": ["obj", "in"]}]}


def test_roles_with_impossible_dates_are_left_out_and_names_lose_tabs():
    assert P.parse_role("EGYGOV 121207-120802") is None  # ends before it starts
    assert P.parse_role("EGYGOV 20121301-20121231") is None  # month 13
    assert P.parse_role("EGYGOV >121207") == ("EGYGOV", "2012-12-07", "")
    assert P.display_name("OSMAN_OLCAY\tTURKEY") == "Osman Olcay Turkey"


def test_an_imported_folder_codes_intentions_as_petrarch_does(tmp_path):
    """warta's English `intent` rule (will support → 03) stays out of a PETRARCH folder."""
    P.import_dictionaries(P.Sources(), tmp_path, default_table())
    modality = (tmp_path / "modality.yaml").read_text(encoding="utf-8")
    assert "\nintent:" not in modality and "intent_codes:" not in modality
    assert "negation:" in modality and "hypothetical:" in modality
    assert P._without_keys("a: 1\nintent:\n  - x\nb: [2]\n", frozenset({"intent"})) == "a: 1\nb: [2]\n"


def test_an_imported_folder_takes_no_noun_for_a_verb(tmp_path):
    """PETRARCH codes verbs only: `nonverb_tags` in the folder's grammar.yaml, read by triggers."""
    from warta.coding.lexicon import load_lexicon
    from warta.coding.triggers import find_triggers
    from warta.coding.words import Word

    (tmp_path / "verbs.txt").write_text("---  ALLOW  [080]  ---\nPASS\n", encoding="utf-8")
    P.import_dictionaries(P.Sources(verbs=tmp_path / "verbs.txt"), tmp_path / "out", default_table())
    lexicon = load_lexicon(tmp_path / "out", "en", default_table())
    assert lexicon.grammar.nonverb_tags == {"noun", "propn"}
    assert lexicon.verbs["pass"][0].target == P.PETRARCH_TARGET  # PETRARCH's target: any phrase of the verb
    assert P.PETRARCH_TARGET[:5] == ("obj", "any", "by", "in", "at") and "with" in P.PETRARCH_TARGET
    assert lexicon.grammar.clause_target_roots == {f"{r:02d}" for r in range(1, 21)}  # "allowed that Mordor ..."

    def word(i, text, pos):
        return Word(i, text, text.lower(), text.lower(), text.lower(), i * 10, i * 10 + len(text), 0, pos)

    noun = [word(0, "the", "DET"), word(1, "pass", "NOUN")]
    verb = [word(0, "they", "PRON"), word(1, "pass", "VERB")]
    assert find_triggers(noun, 0, 2, lexicon, set()) == []
    assert [t.lemma for t in find_triggers(verb, 0, 2, lexicon, set())] == ["pass"]


ONTOLOGY = """
010:0x1000#Make Public Statement
011:0x1000-0xFFFF
050:0x0080#DiplomaticCoop
057:0x0087
110:0x1007f#0xFFFF+0x0080#0x7000#Disapprove
170:0x10086#0x0087+0xFFFF#0x9000#Coerce
120:-0xFFFF#Reject
"""


def test_the_codes_of_negated_events_come_from_the_ontology():
    assert P.read_negations(ONTOLOGY, default_table()) == {
        "010": "011", "011": "010", "050": "110", "057": "170", "110": "050", "170": "057"}


def imported_coder(folder: Path, verbs: str, ontology: str | None = None):
    """code(text) → {(code, source, target, mode)}: English text coded with PETRARCH dictionaries
    imported into `folder` (actors: Arnor ARN, Gondor GON; agent: court, JUD)."""
    from warta import language, resolution
    from warta.actors import load_kb
    from warta.coding import Coder
    from warta.coding.lexicon import load_lexicon
    from warta.coding.words import load_lemmatizer
    from warta.document import Article, Document
    from warta.lang import get_language

    (folder / "verbs.txt").write_text(verbs, encoding="utf-8")
    (folder / "actors.txt").write_text("ARNOR_ [ARN]\nGONDOR_ [GON]\n", encoding="utf-8")
    (folder / "agents.txt").write_text("COURT [~JUD]\n", encoding="utf-8")
    if ontology:
        (folder / "pico.txt").write_text(ontology, encoding="utf-8")
    out = folder / "out"
    sources = P.Sources(folder / "verbs.txt", (folder / "actors.txt",), folder / "agents.txt", ontology=folder / "pico.txt" if ontology else None)
    report = P.import_dictionaries(sources, out, default_table())
    english, cameo = get_language("en"), default_table()
    stages = [language.load_stage(english), Coder(load_lexicon(out, "en", cameo), load_kb(out / "actors"), cameo, load_lemmatizer("en")),
              resolution.load_stage(english)]

    def code(text):
        document = Document(article=Article(id="t", text=text, date="2020-01-01", language="en", source="t"))
        for stage in stages:
            document = stage(document)
        return {(e.code, e.source.code, e.target.code if e.target else "", e.mode) for e in document.events}

    return code, report


def test_a_negated_event_takes_its_negated_code(tmp_path):
    """"Arnor did not clash over the efforts of Gondor": PETRARCH's 110, negated, is 050."""
    code, report = imported_coder(tmp_path, "---  CLASH  [190]  ---\nCLASH\n- * (OVER EFFORTS)  [110]\n", ONTOLOGY)
    assert report.negated_codes == 6
    assert code("Arnor clashed over the efforts of Gondor.") == {("110", "ARN", "GON", "asserted")}
    assert code("Arnor did not clash over the efforts of Gondor.") == {("050", "ARN", "GON", "asserted")}


NO_EVENT_AND_REVERSED = """
---  APPROVE   [030]  ---
APPROVE
- * BUDGET  [---]
- * (BEFORE COURT)  [:173]

---  RECEIVE   [---]  ---
RECEIVE
GET
- * SUPPORT (FROM)  [:051]  # GET
"""


def test_no_event_and_reversed_only_codes_convert():
    codes = default_table()
    assert P.sense_of(P.convert_pattern("- * BUDGET  [---]", {}, codes), ("obj",)) == {"code": None, "with": ["budget", "budgets"]}
    court = P.sense_of(P.convert_pattern("- * (BEFORE COURT +)  [:173]", {}, codes), ("obj",))
    assert court == {"code": "173", "with": ["before ~ court", "before ~ courts"], "target": ["before"], "reversed": True}
    with pytest.raises(P.Unconvertible, match="nothing to block"):
        P.convert_pattern("- *  [---]", {}, codes)


def test_a_no_event_sense_blocks_and_a_reversed_one_swaps_the_roles(tmp_path):
    code, report = imported_coder(tmp_path, NO_EVENT_AND_REVERSED)
    assert report.rejected == {}
    assert code("Arnor approved the plan of Gondor.") == {("030", "ARN", "GON", "asserted")}
    assert code("Arnor approved the budget of Gondor.") == set()  # [---]: "approve the budget" is no event
    assert code("Arnor got support from Gondor.") == {("051", "GON", "ARN", "asserted")}  # [:051]: Gondor supports Arnor


def test_an_adverb_between_auxiliary_and_participle_keeps_the_passive(tmp_path):
    """"Eriador was fiercely opposed by Osgiliath" (2_02 PASSIVE-02): the by-phrase is the source."""
    code, _ = imported_coder(tmp_path, "---  OPPOSE   [110]  ---\nOPPOSE\n")
    assert code("Arnor was opposed by Gondor.") == {("110", "GON", "ARN", "asserted")}
    assert code("Arnor was fiercely opposed by Gondor.") == {("110", "GON", "ARN", "asserted")}


def test_words_before_the_verb_are_a_condition_on_its_subject(tmp_path):
    """`- {DEATH TOLL} *`: the words must stand in the verb's subject (by the parse), adverbs aside."""
    codes = default_table()
    toll = P.sense_of(P.convert_pattern("- {DEATH TOLL} *  [190]", {}, codes), ("obj",))
    assert toll == {"code": "190", "subject": ["death toll", "death tolls"], "target": ["obj"]}
    with pytest.raises(P.Unconvertible, match="prepositional phrase before the verb"):
        P.convert_pattern("- (IN) *  [075]", {}, codes)
    code, _ = imported_coder(tmp_path, "---  RISEN  [---]  ---\nRISEN\n- {DEATH TOLL} *  [190]\n\n---  ALLOW  [080]  ---\nALLOW\n- RECENTLY *  [025]\n")
    assert code("Arnor's death toll has risen in the dispute with Gondor.") == {("190", "ARN", "GON", "asserted")}
    assert code("Arnor has risen in the dispute with Gondor.") == set()  # no death toll: RISEN codes nothing
    assert code("Arnor recently did allow Gondor to leave.") == {("080", "ARN", "GON", "asserted")}  # an adverb is not the subject


def test_a_target_before_or_a_source_after_the_verb_codes_the_roles_reversed(tmp_path):
    """`- + * ...`: the subject is the target; `- * ... (FROM $)`: the source stands after the verb."""
    codes = default_table()
    demand = P.convert_pattern("- + * {DEMAND CONVENTIONS}  [111]", {}, codes)
    assert (demand.code, demand.with_, demand.reversed) == ("111", ("demand conventions", "demand convention"), True)
    back = P.convert_pattern("- * SUPPORT (FROM $)  [:051]", {}, codes)  # reversed twice: as found
    assert (back.code, back.target, back.reversed) == ("051", ("from",), False)
    with pytest.raises(P.Unconvertible, match="source after the verb"):
        P.convert_pattern("- * + (FROM $)  [051]", {}, codes)
    code, _ = imported_coder(tmp_path, "---  RECEIVE  [---]  ---\nRECEIVE\n- * SUPPORT (FROM $)  [051]\n")
    assert code("Arnor received support from Gondor.") == {("051", "GON", "ARN", "asserted")}


def test_a_verb_form_with_an_entry_of_its_own_is_read_as_that_entry(tmp_path):
    """PETRARCH's LEFT [042:043] beside LEAVE [012]: "left for" is a visit (grammar.yaml forms_first)."""
    code, _ = imported_coder(tmp_path, "---  LEAVE  [012]  ---\nLEAVE\n\n---  LEFT  [042:043]  ---\nLEFT [042:043]\n")
    assert code("Arnor left for Gondor.") == {("042", "ARN", "GON", "asserted"), ("043", "GON", "ARN", "asserted")}
    assert code("Arnor leaves Gondor.") == {("012", "ARN", "GON", "asserted")}
