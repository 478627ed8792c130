"""Actors a reader infers where no words stand in the role: who fired from where, what a force
struck, the crowd tear gas is used on, the state behind an agentless arrest, the home government
in talks with a foreign one. Each rule is a plain function over one sentence; the words it needs
are data (grammar.yaml)."""

from __future__ import annotations

from typing import Iterable

from warta.coding.lexicon import Grammar, Sense
from warta.coding.mentions import NON_STATES, Mention
from warta.coding.places import PlaceCountry
from warta.coding.roles import Sentence
from warta.coding.triggers import Trigger

VISIT_REACH = 8  # words from a visit noun to the preposition of the town visited
THIRD_STATE_REACH = 12  # words from a standing conflict's act within which a third state may be its party
STRUCK_TOWN_REACH = 6  # words after a force verb in which "di"/"ke" a town may stand ("menjatuhkan bom atom di Hiroshima")
IMPLIED = "implied"  # an actor no words name, inferred from the event (implied_agent, home_party)
FORCE_ROOTS = frozenset({"18", "19", "20"})


def struck_place(g: Grammar, trigger: Trigger, sense: Sense, s: Sentence, source: Mention | None = None) -> Mention | None:
    """"membom sekitar 20 target di Gaza", "roket ditembakkan ke Israel": force used on a
    place strikes that place's country."""
    if sense.code[:2] not in FORCE_ROOTS or _unaccusative(g, trigger, s):  # "tewas di Gaza": the dead, not the doer
        return None
    for m in s.right_mentions(trigger.last):
        if m.kind == "country" and s.governor(m) in g.struck_place_prepositions and (source is None or m.country != source.country):
            return m
    return None


def _unaccusative(g: Grammar, trigger: Trigger, s: Sentence) -> bool:
    """"tewas", "jatuh": a verb of what befalls its subject, in its own form; "menjatuhkan bom"
    (its causative) has a doer and a place it strikes."""
    return trigger.lemma in g.unaccusative_verbs and s.words[trigger.first].base == trigger.lemma


def attacked_place(g: Grammar, places: PlaceCountry | None, trigger: Trigger, sense: Sense, s: Sentence, source: Mention | None = None) -> Mention | None:
    """"Pasukan itu menyerang Semarang", "mengepung kota Surabaya": force whose object is a town
    the gazetteer knows, home or abroad, strikes the town's country (as "menyerang Rafah" does);
    a visit to a town abroad (grammar.yaml `visit_codes`: "Merkel mengunjungi Auschwitz") is a
    visit to its country."""
    visit = sense.code in g.visit_codes
    if places is None or trigger.kind != "verb" or not (visit or sense.code[:2] in FORCE_ROOTS) or _unaccusative(g, trigger, s):
        return None
    town = _town_at(g, places, s, trigger.last + 1)
    if town is None and not visit:
        town = _struck_town(g, places, s, trigger, source)
    if town is None or (visit and (source is None or source.country == town.country)):
        return None
    return town


def bombed_place(g: Grammar, trigger: Trigger, sense: Sense, s: Sentence, source: Mention | None) -> Mention | None:
    """"Teroris meledakkan bom di gereja di Surabaya", "bom bunuh diri di sebuah pasar di Baghdad":
    a bombing (`bombing_codes`) at a place where people of one kind gather (grammar.yaml
    `bombed_places`: gereja → REL, pasar → CVL, pos polisi → COP) strikes those people, of the
    country the sentence sets it in, else the bomber's."""
    if source is None or not sense.code.startswith(tuple(g.bombing_codes)):
        return None
    country = s.place or source.country
    if not country or country in NON_STATES:
        return None
    limit = min(s.right_limit(trigger.last), trigger.last + 1 + STRUCK_TOWN_REACH)
    for k in range(trigger.last + 1, limit):
        if s.words[k].lower not in g.struck_place_prepositions:
            continue
        j = k + 1
        while j < limit and s.words[j].lower in g.determiners:
            j += 1  # "di sebuah pasar"
        for n in (2, 1):
            place = " ".join(w.lower for w in s.words[j : j + n])
            if j + n <= limit and place in g.bombed_places:
                return implied(Trigger(j, j, "noun", "", ()), s, country + g.bombed_places[place])
        return None
    return None


def _struck_town(g: Grammar, places: PlaceCountry, s: Sentence, trigger: Trigger, source: Mention | None) -> Mention | None:
    """"menjatuhkan bom atom di Hiroshima": force used in a town abroad, named after "di" or "ke"
    within the clause, strikes the town's country (a town at home may be where it was used on
    someone unnamed)."""
    limit = min(s.right_limit(trigger.last), trigger.last + 1 + STRUCK_TOWN_REACH)
    for k in range(trigger.last + 1, limit):
        if s.words[k].lower in g.struck_place_prepositions:
            town = _town_at(g, places, s, k + 1)
            if town is not None and source is not None and source.country and town.country != source.country:
                return town
            return None
    return None


def visited_town(g: Grammar, places: PlaceCountry | None, trigger: Trigger, sense: Sense, s: Sentence, source: Mention | None) -> Mention | None:
    """"kunjungan pertama kali Merkel ke Auschwitz": a visit noun's town abroad, after one of
    the noun's own prepositions, is the country visited."""
    if places is None or source is None or sense.code not in g.visit_codes:
        return None
    for k in range(trigger.last + 1, min(s.end - 1, trigger.last + VISIT_REACH)):
        if s.words[k].text == "," or s.is_hard_break(k):
            return None
        if s.words[k].lower in sense.target:
            town = _town_at(g, places, s, k + 1)
            return town if town is not None and town.country != source.country else None
    return None


def host_met(g: Grammar, trigger: Trigger, sense: Sense, s: Sentence, source: Mention | None) -> Mention | None:
    """"kedatangan Surya Dharma Ali ... bertemu SBY": a visit noun whose clause goes on to a
    meeting (grammar.yaml `host_meeting_verbs`) is a visit to the one met."""
    if source is None or sense.code not in g.visit_codes:
        return None
    for k in range(trigger.last + 1, min(s.end - 1, trigger.last + 2 * VISIT_REACH)):
        if s.words[k].text == "," or s.is_hard_break(k):
            return None
        if s.words[k].lower in g.host_meeting_verbs:
            k += 2 if k + 1 < s.end and s.words[k + 1].lower == "dengan" else 1  # "bertemu dengan SBY"
            host = s.by_first.get(k)
            return host if host is not None and host.code and host is not source else None
    return None


def _town_at(g: Grammar, places: PlaceCountry | None, s: Sentence, k: int) -> Mention | None:
    """The town the gazetteer knows, named from word k ("kota Semarang", "Auschwitz"), as its
    country; none where an actor is named."""
    if places is None:
        return None
    while k < s.end and s.words[k].lower in g.place_nouns:
        k += 1  # "menyerang kota Semarang"
    taken = {i for m in s.mentions for i in range(m.first, m.last + 1)}
    run = []
    for w in s.words[k : min(s.end, k + 3)]:
        if not w.is_capitalised or w.i in taken or not w.text.isalpha():
            break
        run.append(w)
    for n in range(len(run), 0, -1):
        country = places(" ".join(w.text for w in run[:n]))
        if country and country not in NON_STATES:
            first, last = run[0], run[n - 1]
            return Mention(first.i, last.i, first.sent, " ".join(w.text for w in run[:n]), first.start, last.end, country, "country", country_from="place")
    return None


def fired(g: Grammar, trigger: Trigger, sense: Sense, s: Sentence, before: bool = False) -> Mention | None:
    """"roket yang ditembakkan dari Suriah", "Tembakan roket dari Suriah menghantam ...": force
    told by where it came from (`before`: in the subject before the verb)."""
    if sense.code[:2] not in FORCE_ROOTS:
        return None
    if before:
        pool = [m for m in s.mentions if m.last < trigger.first and not any(s.is_hard_break(k) for k in range(m.last, trigger.first))]
    else:
        pool = s.right_mentions(trigger.last)
    return next((m for m in pool if m.kind == "country" and s.governor(m) in g.origin_prepositions), None)


def crowd(g: Grammar, trigger: Trigger, sense: Sense, s: Sentence, source: Mention | None) -> Mention | None:
    """"Untuk memukul mundur massa, aparat menyemprotkan gas air mata": tear gas is used on
    the crowd the sentence names (grammar.yaml `crowd_codes`, `crowd_sectors`), wherever it stands."""
    if source is None or not sense.code.startswith(tuple(g.crowd_codes)):
        return None
    side = {(m.first, m.last) for m in s.members(source)}
    crowds = [m for m in s.mentions if (m.first, m.last) not in side and (m.code or "")[3:6].lower() in g.crowd_sectors]
    named = min(crowds, key=lambda m: abs(m.first - trigger.first), default=None)
    if named is None and _fires_at_crowds(g, trigger, s) and source.country and source.country not in NON_STATES and (source.code or "")[3:6] in ("COP", "MIL"):
        return implied(trigger, s, source.country + "CVL")  # "polisi menembakkan gas air mata": at the crowd before it
    return named


def _fires_at_crowds(g: Grammar, trigger: Trigger, s: Sentence) -> bool:
    """"menembakkan gas air mata", "menyemprotkan meriam air": a verb whose object is a weapon
    used only on crowds (grammar.yaml `crowd_weapons`)."""
    after = " ".join(w.lower for w in s.words[trigger.last + 1 : min(s.end, trigger.last + 4)])
    return trigger.kind == "verb" and any(after.startswith(weapon) for weapon in g.crowd_weapons)


def unnamed_patient(g: Grammar, trigger: Trigger, sense: Sense, s: Sentence, source: Mention | None) -> Mention | None:
    """"Polisi menangkap seorang pria", "menahan sepasang suami istri": the people coercion or
    force is used on, named by no more than what they are (grammar.yaml `unnamed_patients`), are
    civilians of the doer's own country (`unnamed_patient_roots`)."""
    if source is None or not source.country or source.country in NON_STATES or not sense.code.startswith(tuple(g.unnamed_patient_roots)):
        return None
    k = trigger.last + 1
    while k < s.end and (s.words[k].lower in g.determiners or s.words[k].lower in g.unnamed_patient_counts or s.words[k].text.isdigit()):
        k += 1
    for n in (2, 1):
        if k + n <= s.end and " ".join(w.lower for w in s.words[k : k + n]) in g.unnamed_patients:
            w = s.words[k]
            last = s.words[k + n - 1]
            text = " ".join(x.text for x in s.words[k : k + n])
            return Mention(k, k + n - 1, w.sent, text, w.start, last.end, None, "agent", sector="CVL", possessive=True)
    return None


def unnamed_subject(g: Grammar, trigger: Trigger, sense: Sense, s: Sentence) -> Mention | None:
    """"Seorang pria ditangkap di Inggris": the unnamed people (grammar.yaml `unnamed_patients`)
    a passive of coercion or force is told of, right before it, are civilians of the place the
    sentence sets it in; with no place named, whose people they are the text does not say."""
    if not s.place or s.place in NON_STATES or not sense.code.startswith(tuple(g.unnamed_patient_roots)):
        return None
    k = trigger.first - 1
    while k > s.start and s.words[k].lower in g.passive_adverbs:
        k -= 1  # "seorang pria akhirnya ditangkap"
    if k > s.start and s.words[k].lower in g.demonstratives:
        k -= 1  # "kedua lelaki tersebut dikenakan tuduhan"
    for n in (2, 1):
        first = k - n + 1
        if first >= s.start and " ".join(w.lower for w in s.words[first : k + 1]) in g.unnamed_patients:
            if first > s.start and s.words[first - 1].lower not in g.unnamed_patient_counts | g.determiners and not s.words[first - 1].text.isdigit():
                return None  # "polisi menangkap pria ...": a counted or bare noun opening the clause only
            while first > s.start and (s.words[first - 1].lower in g.unnamed_patient_counts or s.words[first - 1].text.isdigit()):
                first -= 1  # the mention reads "Seorang pria", "Dua pemuda"
            w, last = s.words[first], s.words[k]
            text = " ".join(x.text for x in s.words[first : k + 1])
            return Mention(first, k, w.sent, text, w.start, last.end, s.place + "CVL", "agent", sector="CVL", country_from="place")
    return None


UNKNOWN_DOER = "COUNTRY"  # grammar.yaml `implied_agents`: someone of the country, no sector ("dipukul": by whom, unsaid)


def implied_agent(g: Grammar, sectors: frozenset[str], trigger: Trigger, s: Sentence, target: Mention | None, code: str = "") -> Mention | None:
    """"Tersangka ditangkap", "Ia dipenjara": only a state arrests, jails or deports, so an
    agentless passive of such a verb (grammar.yaml `implied_agents`: verb → sector) was done by
    the patient's own state, when the sentence names no other, or by the state of the place the
    sentence sets it in ("dua WNI ditangkap di Malaysia")."""
    sector = g.implied_agents.get(trigger.lemma) or g.implied_agents.get(f"{trigger.lemma}:{code}")  # "jatuh:173": only in that sense
    if sector is None or target is None or not target.country or target.country in sectors:
        return None
    if sector == UNKNOWN_DOER and trigger.kind == "verb" and not _done_on_purpose(g, s.words[trigger.first].base):
        return None
    if sector == UNKNOWN_DOER and target.country_from == "home" and s.words[target.first].lower in g.pronouns_person | g.pronouns_plural:
        return None  # "ia ditembak di Manhattan": one no one named, of no country the text says
    if sector == "OWN":  # "dipecat dari kepengurusan partai": the body one is dismissed from is one's own
        return implied(trigger, s, target.code) if len(target.code or "") > 3 and not any(
            m.code and m.country != target.country for m in s.mentions) else None
    if s.place and s.place != target.country and s.place not in NON_STATES and target.country not in NON_STATES:
        if all(m.country in (s.place, target.country) or m.country in NON_STATES for m in s.mentions if m.code):
            return implied(trigger, s, s.place + ("" if sector == UNKNOWN_DOER else sector))
    if target.kind == "agent" and target.country_from == "home" and target.code[3:6] in ("", "CVL") and not any(
            w.base in g.process_patients for w in s.words[target.first : target.last + 1]):
        return None  # "13 orang yang ditangkap": whose people, the text does not say; "Anas ditetapkan" is the home state's
    if s.words[target.first].lower in g.pronouns_person | g.pronouns_plural and target.country_from and sector in ("CVL", "LAB"):
        # "demonstrasi yang ditunjukkannya ..., ia berhasil": a pronoun no one was named for is
        # no protest's addressee; "Ia dijatuhi hukuman penjara" is still a court's sentence
        return None
    if any(m.code and m.country != target.country and m.country not in NON_STATES and not _of_another_verb(m, trigger, s) for m in s.mentions):
        return None  # "ditangkap polisi Thailand": another state named may be the one; Amnesty, the UN are none
    return implied(trigger, s, target.country + ("" if sector == UNKNOWN_DOER else sector))


def _done_on_purpose(g: Grammar, form: str) -> bool:
    """"dipukul", "dianiaya": someone's doing; "terbunuh", "tertembak" may befall one in war or by
    accident, and "ditembakkan" is a weapon fired (grammar.yaml `unknown_doer_prefixes`, `fired_suffixes`)."""
    return form.startswith(tuple(g.unknown_doer_prefixes)) and not form.endswith(tuple(g.fired_suffixes))


def _of_another_verb(m: Mention, trigger: Trigger, s: Sentence) -> bool:
    """"Rice mengecam penangkapan Tsvangirai": an actor before an event noun with a verb between
    them is that verb's, not a candidate doer of what the noun tells."""
    return trigger.kind == "noun" and m.last < trigger.first and any(w.pos == "VERB" for w in s.words[m.last + 1 : trigger.first])


def telling_agent(g: Grammar, trigger: Trigger, teller: Mention | None, target: Mention | None, code: str = "") -> Mention | None:
    """"'Mereka ditahan di Polda Riau,' tutur Jubir KPK": an agentless arrest or charge told by
    one of a body that makes them (grammar.yaml `telling_agents`) was that body's doing; "Pemerintah
    diminta segera menurunkan harga BBM, kata Budi": an agentless request or demand
    (`told_request_roots`) is its teller's."""
    if code.startswith(tuple(g.told_request_roots)) and teller is not None and teller.code and target is not None:
        return teller
    sector = g.implied_agents.get(trigger.lemma)
    if sector not in g.telling_agents or teller is None or target is None or (teller.code or "")[3:6] not in g.telling_agents:
        return None
    return teller


def home_party(trigger: Trigger, sense: Sense, s: Sentence, target: Mention, home: str | None) -> Mention | None:
    """"Sedang berlangsung negosiasi dengan Vietnam": talks with a foreign partner that the
    home press tells with no one of its own named are its own government's."""
    if not sense.mutual or not home or target.kind not in ("country", "metonym") or target.country == home or len([m for m in s.mentions if m.code]) > 1:
        return None
    return implied(trigger, s, home + "GOV")


def other_side(g: Grammar, trigger: Trigger, sense: Sense, s: Sentence, known: Mention, sector: str = "", country: str | None = None) -> Mention | None:
    """"Israel menanggapinya dengan serangan udara", "serangan terhadap kediaman komandan Hamas":
    force in a standing conflict (grammar.yaml `standing_conflicts`, `conflict_roots`) whose other
    side goes unnamed is the other side's, when the sentence names no third state. `country`: the
    known side's, when its mention has none of its own ("pesawat-pesawat tempurnya": its owner's)."""
    country = known.country or country
    other = g.standing_conflicts.get(country) if country else None
    if other is None or not sense.code.startswith(tuple(g.conflict_roots)):
        return None
    if any(m.code and m.country not in (country, other) and m.country not in NON_STATES and not _bare_sector(m) and _near(m, trigger) for m in s.mentions):
        return None  # a third state named near; "militan" with no country is none
    return implied(trigger, s, other + sector)


def _near(m: Mention, trigger: Trigger) -> bool:
    """Within THIRD_STATE_REACH words of the trigger: a state named further off ("perundingan ...
    yang ditengahi Mesir ... dan Israel menanggapinya dengan serangan udara") is another clause's."""
    return min(abs(m.first - trigger.last), abs(trigger.first - m.last)) <= THIRD_STATE_REACH


def _bare_sector(m: Mention) -> bool:
    """An agent whose country no one told ("militan", "pasukan" abroad): its code is its sector alone."""
    return m.kind == "agent" and len(m.code or "") == 3 and m.country_from is None


def home_recipient(g: Grammar, trigger: Trigger, sense: Sense, s: Sentence, source: Mention, home: str | None) -> Mention | None:
    """"Jepang memberikan pinjaman 200 juta dolar": aid a foreign state gives, told by the home
    press with no recipient named and no third state, goes to the home country (grammar.yaml
    `home_recipient_roots`)."""
    if not home or sense.code[:2] not in g.home_recipient_roots or not source.country or source.country == home:
        return None
    if (source.code or "")[3:6] not in ("", "GOV"):
        return None  # "dengan bantuan dari warga" Madrid's: people help where they are, not a foreign state
    if any(m.code and m.country not in (source.country, home) for m in s.mentions):
        return None
    return implied(trigger, s, home + "GOV")


def lawmaker(g: Grammar, trigger: Trigger, sense: Sense, s: Sentence, source: Mention, home: str | None) -> Mention | None:
    """"Presiden Jokowi tegas menolak amandemen UUD 1945": rejecting what only a legislature
    makes (grammar.yaml `legislated_things`) is rejecting the home legislature, unless a
    legislator or a party rejects it (`legislated_roots`)."""
    if not home or sense.code[:2] not in g.legislated_roots or source.country != home or (source.code or "")[3:6] in ("LEG", "OPP"):
        return None
    after = " ".join(w.lower for w in s.words[trigger.last + 1 : min(s.end, trigger.last + 4)])
    if not any(f" {thing} " in f" {after} " for thing in g.legislated_things):
        return None
    return implied(trigger, s, home + "LEG")


def enforced_on(g: Grammar, sense: Sense, trigger: Trigger, s: Sentence, source: Mention) -> Mention | None:
    """"penyidik menyita Rp 800 juta", "KPK menggeledah ruangan kepala dinas", "KPK mengeluarkan
    cekal": a search, seizure, ban or arrest by the police or prosecutors (grammar.yaml
    `enforcement_codes`, `enforcement_sectors`) whose suspect goes unnamed is aimed at someone of
    their own country; the record says no more than the country."""
    if not source.country or source.country in NON_STATES:
        return None
    if trigger.lemma not in g.enforcement_bans and (trigger.kind != "verb" or not sense.code.startswith(tuple(g.enforcement_codes))):
        return None  # an event noun ("membuat dakwaan") is often a plan's object, its mode unread
    word = s.words[trigger.first]
    if trigger.kind == "verb" and g.transitive_prefixes and word.base != word.lemma and not word.base.startswith(tuple(g.transitive_prefixes)):
        return None  # "KPK bertindak sewenang-wenang": a ber- verb acts on no one
    if (source.code or "")[3:6].lower() not in g.enforcement_sectors:
        return None
    return implied(trigger, s, source.country)


def implied(trigger: Trigger, s: Sentence, code: str) -> Mention:
    """An actor no words name, standing at its event's trigger."""
    w = s.words[trigger.first]
    return Mention(trigger.first, trigger.first, w.sent, "", w.start, w.start, code, IMPLIED, country_from=IMPLIED)


def opposing_side(s: Sentence, source: str, sector: str, conflicts: dict[str, str] | None = None) -> str | None:
    """"pesawat tempur Israel menyerang markas besar militer dan posisi-posisi Suriah": force
    used on a bare sector ("militer") strikes the one state the sentence names besides the
    source's own; naming none, in a standing conflict (`conflicts`), the other side ("17 orang
    terluka dalam serangan ... yang Israel nyatakan telah digunakan Hamas")."""
    states = {m.country for m in s.mentions if m.kind in ("country", "metonym") and m.country and m.country != source[:3]}
    if len(states) == 1:
        return next(iter(states)) + sector
    other = (conflicts or {}).get(source[:3])
    if states or other is None or any(m.code and m.country not in (source[:3], other) and m.country not in NON_STATES and len(m.code) > 3 for m in s.mentions):
        return None
    return other + sector


def colonised_patient(g: Grammar, trigger: Trigger, sense: Sense, s: Sentence, source: Mention | None, home: str | None, told: Iterable[str]) -> Mention | None:
    """"Trimurti dipenjarakan lagi oleh Belanda", "Pangeran Singa Brata tertangkap oleh tentara
    Hindia-Belanda": a name no one placed, held or struck by a foreign state (grammar.yaml
    `colonised_patient_roots`) in a sentence dated before `colonised_patient_before` ("pada tahun
    1939"), where neither the sentence nor the article so far (`told`) names another state, is one
    of the article's home people — the home press telling its own history. Without such a year it
    is today's news abroad ("Julian Assange ditangkap oleh polisi Inggris"), and the name stays
    unplaced."""
    if home is None or source is None or not source.country or source.country in NON_STATES or source.country == home:
        return None
    if not sense.code.startswith(tuple(g.colonised_patient_roots)) or not _told_of_the_past(g, s):
        return None
    others = {m.country for m in s.mentions if m.country} | set(told)
    if others - {source.country, home}:
        return None  # "... merebut Korea. Maharani Myeongseong dibunuh oleh mata-mata Jepang": Korea's
    k = trigger.first - 1
    while k > s.start and s.words[k].lower in g.passive_adverbs:
        k -= 1
    taken = {i for m in s.mentions for i in range(m.first, m.last + 1)}
    last = k
    while k >= s.start and last - k < 4 and s.words[k].pos == "PROPN" and s.words[k].is_capitalised and s.words[k].text.isalpha() and k not in taken:
        k -= 1
    if k == last:
        return None
    first, end = s.words[k + 1], s.words[last]
    text = " ".join(w.text for w in s.words[k + 1 : last + 1])
    return Mention(first.i, end.i, first.sent, text, first.start, end.end, home, "person", country_from="home")


def _told_of_the_past(g: Grammar, s: Sentence) -> bool:
    """Does the sentence name a year before grammar.yaml's `colonised_patient_before`?"""
    bound = min(g.colonised_patient_before, default="")
    return any(len(w.text) == 4 and w.text.isdigit() and w.text < bound for w in s.words[s.start : s.end])
