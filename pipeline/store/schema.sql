-- newsreact warehouse tables (DESIGN.md "DuckDB schema", contract columns first, extras after).
-- Created with IF NOT EXISTS so loading into an existing database keeps its rows.
-- Primary keys are in keys.sql: a table new in this load gets its key after its first rows
-- (one index build over the loaded rows instead of one index insert per row), in the same
-- transaction, so no committed table is ever without its key.
-- Every table and column is documented in docs/schema.md (a test checks it).

CREATE TABLE IF NOT EXISTS articles (
    article_id    VARCHAR,
    url           VARCHAR NOT NULL,
    canonical_url VARCHAR,
    outlet        VARCHAR,
    title         VARCHAR,
    authors       VARCHAR[],
    published_at  TIMESTAMP,
    language      VARCHAR,
    text          VARCHAR,
    crawled_at    TIMESTAMP,
    duplicate_of  VARCHAR,
    published_from VARCHAR
);

CREATE TABLE IF NOT EXISTS posts (
    post_id      VARCHAR,
    platform     VARCHAR,
    url          VARCHAR,
    author       VARCHAR,
    created_at   TIMESTAMP,
    text         VARCHAR,
    reply_to_url VARCHAR,
    article_id   VARCHAR,
    origin       VARCHAR
);

CREATE TABLE IF NOT EXISTS entities (
    entity_id VARCHAR,
    name      VARCHAR,
    label     VARCHAR,
    aliases   VARCHAR[]
);

CREATE TABLE IF NOT EXISTS mentions (
    doc_id     VARCHAR NOT NULL,
    entity_id  VARCHAR NOT NULL,
    text       VARCHAR,
    label      VARCHAR,
    start_char BIGINT NOT NULL,
    end_char   BIGINT NOT NULL
);

CREATE TABLE IF NOT EXISTS quotes (
    quote_id           VARCHAR,
    article_id         VARCHAR,
    text               VARCHAR,
    start_char         BIGINT,
    end_char           BIGINT,
    speaker            VARCHAR,
    speaker_text       VARCHAR,
    speaker_start_char BIGINT,
    speaker_end_char   BIGINT,
    speaker_entity_id  VARCHAR,
    speaker_kind       VARCHAR,
    cue                VARCHAR,
    kind               VARCHAR
);

CREATE TABLE IF NOT EXISTS reactions (
    reaction_id     VARCHAR,
    origin          VARCHAR,
    article_id      VARCHAR,
    post_id         VARCHAR,
    quote_id        VARCHAR,
    text            VARCHAR,
    author          VARCHAR,
    label           VARCHAR,
    score_joke      DOUBLE,
    score_relief    DOUBLE,
    score_criticism DOUBLE,
    score_other     DOUBLE,
    model_version   VARCHAR,
    tone_cue        VARCHAR
);
-- Added after the first release: databases created before it gain the column here.
ALTER TABLE reactions ADD COLUMN IF NOT EXISTS tone_cue VARCHAR;
ALTER TABLE articles ADD COLUMN IF NOT EXISTS published_from VARCHAR;

CREATE TABLE IF NOT EXISTS runs (
    run_id       VARCHAR,
    started_at   TIMESTAMP,
    finished_at  TIMESTAMP,
    params_hash  VARCHAR,
    code_version VARCHAR,
    counts       JSON
);

CREATE TABLE IF NOT EXISTS failures (
    url    VARCHAR,
    stage  VARCHAR,
    status VARCHAR,
    error  VARCHAR,
    "at"   TIMESTAMP
);
