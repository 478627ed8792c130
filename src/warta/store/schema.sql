-- warta's DuckDB schema. Every child table is keyed by (article_id, idx): idx is the record's
-- position in the article's JSON output. Offsets (start, "end") are character offsets into articles.text.
CREATE TABLE IF NOT EXISTS articles (
    id            VARCHAR PRIMARY KEY,   -- hash of the normalised text: the article's identity
    title         VARCHAR,
    url           VARCHAR,
    date          DATE,
    language      VARCHAR,
    dateline_text VARCHAR,
    dateline_start INTEGER,
    dateline_end  INTEGER,
    dateline_place VARCHAR,
    dateline_country VARCHAR,
    dateline_lat  DOUBLE,
    dateline_lon  DOUBLE,
    dateline_geonameid BIGINT,
    source        VARCHAR,               -- where it was read from: path, or path:line
    text          VARCHAR NOT NULL,
    ingested_at   TIMESTAMP NOT NULL
);

CREATE TABLE IF NOT EXISTS sentences (
    article_id VARCHAR NOT NULL, idx INTEGER NOT NULL,
    start INTEGER, "end" INTEGER, text VARCHAR,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE IF NOT EXISTS events (
    article_id   VARCHAR NOT NULL,
    idx          INTEGER NOT NULL,
    code         VARCHAR NOT NULL,       -- CAMEO code as text: leading zeros kept
    root         VARCHAR NOT NULL,
    name         VARCHAR,
    quad_class   INTEGER,
    goldstein    DOUBLE,
    plover       VARCHAR,
    source_code  VARCHAR, source_text VARCHAR, source_start INTEGER, source_end INTEGER,
    target_code  VARCHAR, target_text VARCHAR, target_start INTEGER, target_end INTEGER,
    date         DATE,
    date_source  VARCHAR,                -- 'text' or 'article'
    mode         VARCHAR NOT NULL,       -- asserted, negated, hypothetical, alleged, demanded, ...
    reported_by  VARCHAR,
    sentence     INTEGER,
    start        INTEGER, "end" INTEGER,
    evidence     VARCHAR,
    trigger      VARCHAR,
    place_text   VARCHAR, place_name VARCHAR, place_country VARCHAR,
    place_lat    DOUBLE, place_lon DOUBLE, place_geonameid BIGINT,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE IF NOT EXISTS quotes (
    article_id VARCHAR NOT NULL, idx INTEGER NOT NULL,
    text VARCHAR, start INTEGER, "end" INTEGER, kind VARCHAR,
    speaker_name VARCHAR, speaker_code VARCHAR,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE IF NOT EXISTS entities (
    article_id VARCHAR NOT NULL, idx INTEGER NOT NULL,
    text VARCHAR, label VARCHAR, start INTEGER, "end" INTEGER, actor VARCHAR,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE IF NOT EXISTS places (
    article_id VARCHAR NOT NULL, idx INTEGER NOT NULL,
    text VARCHAR, start INTEGER, "end" INTEGER, name VARCHAR, country VARCHAR,
    lat DOUBLE, lon DOUBLE, geonameid BIGINT, feature VARCHAR,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE IF NOT EXISTS times (
    article_id VARCHAR NOT NULL, idx INTEGER NOT NULL,
    text VARCHAR, start INTEGER, "end" INTEGER, value VARCHAR, kind VARCHAR,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE IF NOT EXISTS rejects (
    id       VARCHAR PRIMARY KEY,        -- hash of input and reason: re-running adds no duplicate
    input    VARCHAR NOT NULL,
    reason   VARCHAR NOT NULL,
    rejected_at TIMESTAMP NOT NULL
);
