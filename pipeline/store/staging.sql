-- Staging: the rows of each hand-off file (gzipped JSON Lines, one record of pipeline/records.py
-- per line), as read into {source} (a table pipeline/store/read.py read the file into, or DuckDB's
-- JSON reader over the file), turned into the target table's columns, in the target's order.
-- Timestamps arrive as ISO 8601 text and are stored as UTC TIMESTAMP (the connection's
-- TimeZone is UTC, so text without an offset is read as UTC); text that is not a timestamp
-- becomes NULL. {source} and {labels} are names chosen by pipeline/store/load.py, never input.
-- Sections start with "-- name: <table>": the SELECT for that table's rows.

-- name: macros
CREATE OR REPLACE TEMP MACRO newsreact_ts(value) AS
    CAST(try_cast(value AS TIMESTAMPTZ) AT TIME ZONE 'UTC' AS TIMESTAMP);

-- name: reaction_labels
SELECT reaction_id, label, score_joke, score_relief, score_criticism, score_other, model_version, tone_cue
FROM {source}

-- name: articles
SELECT article_id, url, canonical_url, outlet, title, authors,
       newsreact_ts(published_at) AS published_at, language, text,
       newsreact_ts(crawled_at) AS crawled_at, duplicate_of, published_from
FROM {source}

-- name: posts
SELECT post_id, platform, url, author, newsreact_ts(created_at) AS created_at, text,
       reply_to_url, article_id, coalesce(origin, 'post') AS origin
FROM {source}

-- name: entities
SELECT entity_id, name, label, aliases
FROM {source}

-- name: mentions
SELECT doc_id, entity_id, text, label, start_char, end_char
FROM {source}

-- name: quotes
SELECT quote_id, article_id, text, start_char, end_char, speaker, speaker_text,
       speaker_start_char, speaker_end_char, speaker_entity_id, speaker_kind, cue,
       coalesce(kind, 'direct') AS kind
FROM {source}

-- name: reactions
-- A reaction without a verdict in {labels} keeps NULL label and scores.
SELECT r.reaction_id, r.origin, r.article_id, r.post_id, r.quote_id, r.text, r.author,
       l.label, l.score_joke, l.score_relief, l.score_criticism, l.score_other, l.model_version, l.tone_cue
FROM {source} AS r
LEFT JOIN {labels} AS l USING (reaction_id)

-- name: failures
SELECT url, stage, status, error, newsreact_ts("at") AS "at"
FROM {source}

-- name: reaction_labels_duplicates
SELECT count(*) - count(DISTINCT reaction_id) FROM {source};

-- name: reaction_labels_dedup
-- One verdict per reaction: when the classifier wrote two, the one with the highest
-- winning score is kept (ties broken by the row's content, so file order does not matter).
CREATE OR REPLACE TEMP TABLE stage_reaction_labels AS
SELECT * FROM {source} AS l
QUALIFY row_number() OVER (
    PARTITION BY reaction_id
    ORDER BY greatest(score_joke, score_relief, score_criticism, score_other) DESC NULLS LAST,
             to_json(l) DESC) = 1;
