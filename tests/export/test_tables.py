"""jsonl, csv and parquet exports read back by pandas and DuckDB with the documented types."""

from __future__ import annotations

import datetime as dt

import duckdb
import pandas as pd

from warta.export import export, parquet
from warta.store import EventFilter
from warta.store.database import ALL_MODES


def test_jsonl_reads_back_with_pandas(store, tmp_path):
    out = tmp_path / "events.jsonl"
    assert export(store, "jsonl", out) == 4
    frame = pd.read_json(out, lines=True, dtype={"code": str, "root": str})
    assert sorted(frame["code"]) == ["010", "041", "041", "190"]
    assert set(frame["article_url"].dropna()) == {"https://www.kompas.com/a/1", "https://detik.com/b"}
    assert frame.loc[frame["code"] == "190", "date"].item() == pd.Timestamp("2022-03-01")  # ISO text → datetime
    assert (frame["mode"] == "asserted").all()


def test_csv_reads_back_with_documented_types(store, tmp_path):
    out = tmp_path / "events.csv"
    assert export(store, "csv", out, EventFilter(mode=ALL_MODES)) == 5
    frame = pd.read_csv(out, dtype={"code": str, "root": str}, parse_dates=["date", "article_date"])
    assert sorted(frame["code"]) == ["010", "041", "041", "120", "190"]
    assert frame["goldstein"].dtype == "float64" and frame["idx"].dtype == "int64"
    assert frame["date"].min() == pd.Timestamp("2022-02-12")
    con = duckdb.connect()
    row = con.execute("SELECT code, date, goldstein FROM read_csv(?, header=true) WHERE code = '190'",
                      [str(out)]).fetchone()  # fmt: skip
    assert row == ("190", dt.date(2022, 3, 1), -10.0)  # quoted: the sniffer keeps codes as text


def test_parquet_one_file_per_table(store, tmp_path):
    out = tmp_path / "pq"
    assert parquet.write(store, EventFilter(code="19"), out) == 1
    assert sorted(p.name for p in out.iterdir()) == sorted(
        f"{t}.parquet" for t in ("articles", "sentences", "events", "quotes", "entities", "places", "times"))
    events = pd.read_parquet(out / "events.parquet")
    assert events["code"].tolist() == ["190"] and events["date"].tolist() == [dt.date(2022, 3, 1)]  # Parquet DATE
    articles = pd.read_parquet(out / "articles.parquet")
    assert articles["source"].tolist() == ["archive/c.txt"]  # only the selected events' articles
    assert len(pd.read_parquet(out / "sentences.parquet")) == 2


def test_parquet_partitioned_by_event_month(store, tmp_path):
    out = tmp_path / "pq"
    assert parquet.write(store, EventFilter(mode=ALL_MODES), out, partition=True) == 5
    assert sorted(p.name for p in (out / "events").iterdir()) == ["month=2022-02", "month=2022-03"]
    con = duckdb.connect()
    months = con.execute(
        "SELECT month, count(*), min(code) FROM read_parquet(?, hive_partitioning=true) GROUP BY month ORDER BY month",
        [str(out / "events" / "**" / "*.parquet")],
    ).fetchall()
    assert months == [("2022-02", 4, "010"), ("2022-03", 1, "190")]
    assert con.execute("SELECT typeof(code), typeof(date) FROM read_parquet(?) LIMIT 1",
                       [str(out / "events" / "**" / "*.parquet")]).fetchone() == ("VARCHAR", "DATE")  # fmt: skip
