"""The shipped data: CAMEO table, Indonesian dictionaries and the actor knowledge base."""

import pytest

from warta.actors import KBError, default_kb, load_kb
from warta.coding.cameo import default_table
from warta.coding.lexicon import LexiconError, load_lexicon
from warta.lang import get_language

SUB_CODES = "036 041 042 043 046 057 061 071 111 112 114 120 130 138 141 160 161 163 166 172 173 180 190 193 195".split()


@pytest.fixture(scope="module")
def lexicon():
    language = get_language("id")
    return load_lexicon(language.data_dir, "id", default_table())


def test_cameo_table_has_quad_class_goldstein_and_plover():
    table = default_table()
    assert len(table) > 300
    call, war = table["041"], table["190"]
    assert (call.quad_class, call.goldstein, call.plover) == (1, 1.0, "CONSULT")
    assert (war.quad_class, war.goldstein, war.plover) == (4, -10.0, "ASSAULT")


def test_every_root_has_several_triggers(lexicon):
    codes = [s.code for senses in lexicon.verbs.values() for s in senses]
    codes += [s.code for senses in lexicon.nouns.values() for s in senses]
    for root in (f"{n:02d}" for n in range(1, 21)):
        assert sum(c.startswith(root) for c in codes) >= 3, root


def test_common_sub_codes_have_triggers(lexicon):
    codes = {s.code for senses in lexicon.verbs.values() for s in senses}
    codes |= {s.code for senses in lexicon.nouns.values() for s in senses}
    missing = [c for c in SUB_CODES if not any(code.startswith(c) for code in codes)]
    assert missing == []


def test_lexicon_rejects_unknown_codes(tmp_path):
    with pytest.raises(LexiconError, match="999"):
        _lexicon_with_verbs(tmp_path, 'tuduh:\n  - {code: "999"}\n')


def _lexicon_with(tmp_path, name: str, text: str):
    """The Indonesian lexicon with one of its files replaced by `text`."""
    language = get_language("id")
    for other in ("verbs.yaml", "nouns.yaml", "agents.yaml", "modality.yaml", "grammar.yaml"):
        (tmp_path / other).write_text((language.data_dir / other).read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / name).write_text(text, encoding="utf-8")
    return load_lexicon(tmp_path, "id", default_table())


def _lexicon_with_verbs(tmp_path, verbs: str):
    return _lexicon_with(tmp_path, "verbs.yaml", verbs)


def test_lexicon_rejects_a_key_written_twice(tmp_path):
    with pytest.raises(LexiconError, match="written twice: tuduh"):
        _lexicon_with_verbs(tmp_path, 'tuduh:\n  - {code: "112"}\ntuduh:\n  - {code: "111"}\n')


def test_lexicon_reads_no_and_on_as_words(tmp_path):
    lexicon = _lexicon_with_verbs(tmp_path, 'no:\n  - {code: "112"}\non:\n  - {code: "111"}\n')
    assert set(lexicon.verbs) == {"no", "on"}


@pytest.mark.parametrize("code", ["id", "en"])
def test_grammar_word_lists_name_each_word_once(code):
    import yaml

    grammar = yaml.safe_load((get_language(code).data_dir / "grammar.yaml").read_text(encoding="utf-8"))
    repeated = {key: sorted({w for w in words if words.count(w) > 1}) for key, words in grammar.items() if isinstance(words, list)}
    assert {key: words for key, words in repeated.items() if words} == {}


def test_kb_has_news_forms_capitals_and_igos():
    kb = default_kb()
    expected = {
        "AS": "USA", "Rusia": "RUS", "Prancis": "FRA", "Inggris": "GBR", "Tiongkok": "CHN", "Barat": "WST",
        "Washington": "USAGOV", "Kremlin": "RUSGOV", "Kyiv": "UKRGOV", "Kiev": "UKRGOV", "Gedung Putih": "USAGOV",
        "Beijing": "CHNGOV", "PBB": "IGOUNO", "NATO": "IGOWSTNAT", "Uni Eropa": "IGOEUREEC", "ASEAN": "IGOSEAASN",
    }  # fmt: skip
    assert {name: kb.find(name).code_on("2022-02-15") for name in expected} == expected


def test_kb_covers_un_member_states():
    kb = default_kb()
    countries = {a.roles[0].code for a in kb.actors if a.kind == "country"}
    assert len(countries) >= 193
    for name in ("Swedia", "Jerman", "Arab Saudi", "Selandia Baru", "Afrika Selatan", "Korea Utara", "Timor Leste"):
        assert kb.find(name) is not None, name


def test_kb_dated_roles():
    kb = default_kb()
    biden, trump = kb.find("Biden"), kb.find("Donald Trump")
    assert biden.code_on("2022-02-15") == "USAGOV"
    assert biden.code_on("2025-06-01") == "USAELI"
    assert trump.code_on("2019-01-01") == "USAGOV" and trump.code_on("2022-01-01") == "USAOPP"
    assert kb.find("Prabowo").code_on("2025-01-01") == "IDNGOV"


def test_an_international_officials_past_role_leaves_the_organisation_not_igo():
    from warta.actors.kb import Actor, Role

    solana = Actor("Javier Solana", "person", (Role("ESPGOV", "1992-07-01", "1995-12-01"), Role("IGOEUREEC", "1999-10-18", "2009-12-01")))
    assert solana.code_on("2019-12-01") == "IGOEUREEC"
    assert solana.code_on("1997-01-01") == "ESP"


@pytest.mark.parametrize(
    "row, message",
    [
        ("Nobody\t\tUSAGOVX:2020-01-01:\thead\n", "CAMEO actor code"),
        ("Nobody\t\tUSAGOV:2020-13-01:\thead\n", "ISO date"),
        ("Nobody\t\tUSAGOV:2021-01-01:2020-01-01\thead\n", "ends before"),
        ("Nobody\t\tUSAGOV\thead\n", "CODE:from:to"),
    ],
)
def test_kb_loader_rejects_bad_rows(tmp_path, row, message):
    data = default_kb  # the shipped tables, copied, with one bad row in people.tsv
    from warta.actors.kb import DATA_DIR

    for name in ("countries.tsv", "country_extra.tsv", "organizations.tsv"):
        (tmp_path / name).write_text((DATA_DIR / name).read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "people.tsv").write_text(row, encoding="utf-8")
    with pytest.raises(KBError, match=message):
        load_kb(tmp_path, phoenix=False)
    assert data is default_kb


def test_passive_prefix_rules_are_parsed_once_in_a_fixed_order(lexicon):
    from warta.coding.triggers import active_forms

    rules = lexicon.grammar.active_prefix_rules
    assert rules == tuple(sorted(rules))
    assert ("di", "mem", "p") in rules and ("di", "meng", "k") in rules
    forms = active_forms("dipukul", lexicon)
    assert "memukul" in forms and forms == active_forms("dipukul", lexicon)
    assert "menandatangani" in active_forms("ditandatangani", lexicon)
    assert active_forms("ditemui", lexicon) == []


@pytest.mark.parametrize(
    ("text", "folded"), [("Menlu", "menlu"), ("Götzen", "gotzen"), ("Ḥamās", "hamas"), ("ÉLYSÉE", "elysee")]
)
def test_ascii_and_accented_words_fold_alike(text, folded):
    from warta.actors.kb import normalise
    from warta.coding.words import fold
    from warta.resolution.gazetteer import fold as place_key

    assert fold(text) == normalise(text) == place_key(text) == folded


def test_offices_compose_a_title_and_a_portfolio_unless_listed(lexicon):
    assert lexicon.agents[("menteri", "keuangan")].code == "GOV"
    assert lexicon.agents[("kementerian", "perdagangan")].generic
    assert lexicon.agents[("menteri", "pertahanan")].code == "MIL"  # listed with its own sector


def test_offices_need_titles_that_are_agents(tmp_path):
    agents = "agents:\n  menteri: {code: GOV}\noffices:\n  titles: [menter]\n  portfolios: [keuangan]\n"
    with pytest.raises(LexiconError, match="title 'menter' is no agent"):
        _lexicon_with(tmp_path, "agents.yaml", agents)
