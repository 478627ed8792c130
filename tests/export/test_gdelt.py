from __future__ import annotations

import duckdb

from warta.export import export, gdelt
from warta.export.codes import split_actor
from warta.store import EventFilter
from warta.store.database import ALL_MODES


def _lines(path):
    return [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()]


def _by_column(fields):
    return dict(zip(gdelt.COLUMNS, fields))


def test_gdelt_split_actor_codes_as_gdelt_does():
    assert (split_actor("RUSGOV").country, split_actor("RUSGOV").type1) == ("RUS", "GOV")
    assert (split_actor("IGOUNO").type1, split_actor("IGOUNO").known_group, split_actor("IGOUNO").country) == (
        "IGO", "UNO", "")
    eu = split_actor("IGOEUREEC")
    assert (eu.country, eu.known_group, eu.type1) == ("EUR", "EEC", "IGO")
    assert (split_actor("USAGOVMIL").type1, split_actor("USAGOVMIL").type2) == ("GOV", "MIL")
    assert split_actor("IRQkurREB").ethnic == "kur"
    assert split_actor(None).code == ""


def test_gdelt_has_61_columns_on_every_line(store, tmp_path):
    out = tmp_path / "events.CSV"
    rows = export(store, "gdelt", out, EventFilter(mode=ALL_MODES))
    lines = _lines(out)
    assert rows == len(lines) == 4  # 041 twice becomes one event; 010, 120 (negated), 190
    assert all(len(fields) == 61 for fields in lines)


def test_gdelt_merges_mentions_and_counts_them(store, tmp_path):
    out = tmp_path / "events.CSV"
    assert export(store, "gdelt", out) == 3  # asserted only: the negated 120 is left out
    rows = {r["EventCode"]: r for r in map(_by_column, _lines(out))}
    assert set(rows) == {"041", "010", "190"}
    consult = rows["041"]
    assert (consult["NumMentions"], consult["NumSources"], consult["NumArticles"]) == ("2", "2", "2")
    assert (consult["Day"], consult["MonthYear"], consult["Year"], consult["FractionDate"]) == (
        "20220212", "202202", "2022", "2022.1151")  # GDELT: ((month - 1) * 30 + day) / 365
    assert (consult["Actor1Code"], consult["Actor1CountryCode"], consult["Actor1Type1Code"]) == ("RUSGOV", "RUS", "GOV")
    assert consult["Actor1Name"] == "PRESIDEN RUSIA VLADIMIR PUTIN"
    assert (consult["Actor2Code"], consult["Actor2CountryCode"]) == ("USAGOV", "USA")
    assert (consult["EventBaseCode"], consult["EventRootCode"], consult["QuadClass"]) == ("041", "04", "1")
    assert consult["IsRootEvent"] == "1"
    assert consult["SOURCEURL"] == "https://www.kompas.com/a/1"  # the first article ingested
    assert (consult["Actor1Geo_Type"], consult["Actor1Geo_CountryCode"]) == ("1", "RS")  # FIPS, not ISO
    # No place on the event: ActionGeo falls back to the dateline, Moscow.
    assert (consult["ActionGeo_Type"], consult["ActionGeo_FullName"], consult["ActionGeo_CountryCode"]) == (
        "4", "Moscow, Russia", "RS")
    assert (consult["ActionGeo_ADM1Code"], consult["ActionGeo_FeatureID"]) == ("RS48", "524901")
    assert len(consult["DATEADDED"]) == 14
    statement = rows["010"]
    assert statement["EventCode"] == "010" and statement["EventRootCode"] == "01"  # leading zeros kept
    assert (statement["NumSources"], statement["SOURCEURL"]) == ("1", "archive/c.txt")
    attack = rows["190"]
    assert (attack["ActionGeo_FullName"], attack["ActionGeo_CountryCode"], attack["ActionGeo_Lat"]) == (
        "Kyiv, Ukraine", "UP", "50.4547")
    assert attack["IsRootEvent"] == "0"  # second paragraph
    assert (attack["Actor1Type1Code"], attack["GoldsteinScale"]) == ("MIL", "-10.0")


def test_gdelt_event_ids_are_stable_across_exports(store, tmp_path):
    one, two = tmp_path / "1.CSV", tmp_path / "2.CSV"
    export(store, "gdelt", one)
    export(store, "gdelt", two, EventFilter(code="04"))
    ids_one = {r["EventCode"]: r["GlobalEventID"] for r in map(_by_column, _lines(one))}
    assert [r["GlobalEventID"] for r in map(_by_column, _lines(two))] == [ids_one["041"]]


def test_gdelt_loads_with_duckdb_csv_reader(store, tmp_path):
    out = tmp_path / "events.CSV"
    export(store, "gdelt", out)
    con = duckdb.connect()
    # Documented types: codes stay text with their leading zeros.
    rows = con.execute(
        "SELECT EventCode, EventRootCode, NumArticles, GoldsteinScale, Day FROM read_csv(?, delim='\t', "
        "header=false, columns=?) ORDER BY EventCode", [str(out), gdelt.TYPES]
    ).fetchall()
    assert rows == [("010", "01", 1, 1.0, 20220212), ("041", "04", 2, 1.0, 20220212), ("190", "19", 1, -10.0, 20220301)]
    # The sniffer on its own finds 61 columns too.
    sniffed = con.execute("SELECT * FROM read_csv(?, delim='\t', header=false)", [str(out)])
    assert len(sniffed.description) == 61 and len(sniffed.fetchall()) == 3


def test_gdelt_mentions_16_columns_with_offsets_and_confidence(store, tmp_path):
    from warta.export import mentions

    events_out, mentions_out = tmp_path / "events.CSV", tmp_path / "mentions.CSV"
    export(store, "gdelt", events_out, EventFilter(mode=ALL_MODES))
    assert export(store, "gdelt-mentions", mentions_out, EventFilter(mode=ALL_MODES)) == 5
    lines = [dict(zip(mentions.COLUMNS, f)) for f in _lines(mentions_out)]
    assert all(len(line) == 16 for line in lines)
    event_ids = {r["GlobalEventID"] for r in map(_by_column, _lines(events_out))}
    assert {line["GlobalEventID"] for line in lines} == event_ids  # every mention links to an event
    consult = [line for line in lines if line["MentionIdentifier"] == "https://www.kompas.com/a/1"]
    first = next(line for line in consult if line["ActionCharOffset"] == "26")
    assert (first["Actor1CharOffset"], first["Actor2CharOffset"], first["SentenceID"]) == ("26", "66", "1")
    assert (first["MentionSourceName"], first["Confidence"], first["MentionType"]) == ("kompas.com", "100", "1")
    assert first["MentionDocTranslationInfo"] == "srclc:ind"
    negated = next(line for line in consult if line["ActionCharOffset"] == "120")
    assert (negated["Actor2CharOffset"], negated["Confidence"]) == ("-1", "70")  # no target, not asserted
    con = duckdb.connect()
    types = con.execute("SELECT typeof(Confidence), typeof(MentionIdentifier) FROM read_csv(?, delim='\t', "
                        "header=false, columns=?) LIMIT 1", [str(mentions_out), mentions.TYPES]).fetchone()
    assert types == ("INTEGER", "VARCHAR")
