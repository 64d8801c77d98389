-- Staging: each hand-off file (gzipped JSON Lines, one record of pipeline/records.py per line)
-- becomes a temporary table with the target table's columns, in the target's order.
-- The file path is bound with ?. Timestamps arrive as ISO 8601 text and are stored as UTC
-- TIMESTAMP (the connection's TimeZone is UTC, so text without an offset is read as UTC);
-- text that is not a timestamp becomes NULL.
-- Sections start with "-- name: <table>"; the loader runs one section per input file.

-- name: macros
CREATE OR REPLACE TEMP MACRO newsreact_ts(value) AS
    CAST(try_cast(value AS TIMESTAMPTZ) AT TIME ZONE 'UTC' AS TIMESTAMP);

-- name: articles
CREATE OR REPLACE TEMP TABLE stage_articles AS
SELECT article_id, url, canonical_url, outlet, title, authors,
       newsreact_ts(published_at) AS published_at, language, text,
       newsreact_ts(crawled_at) AS crawled_at, duplicate_of
FROM read_json(?, format = 'newline_delimited', columns = {
    article_id: 'VARCHAR', url: 'VARCHAR', canonical_url: 'VARCHAR', outlet: 'VARCHAR',
    title: 'VARCHAR', authors: 'VARCHAR[]', published_at: 'VARCHAR', language: 'VARCHAR',
    text: 'VARCHAR', crawled_at: 'VARCHAR', duplicate_of: 'VARCHAR'});

-- name: posts
CREATE OR REPLACE TEMP TABLE stage_posts AS
SELECT post_id, platform, url, author, newsreact_ts(created_at) AS created_at, text,
       reply_to_url, article_id, coalesce(origin, 'post') AS origin
FROM read_json(?, format = 'newline_delimited', columns = {
    post_id: 'VARCHAR', platform: 'VARCHAR', url: 'VARCHAR', author: 'VARCHAR',
    created_at: 'VARCHAR', text: 'VARCHAR', reply_to_url: 'VARCHAR', article_id: 'VARCHAR',
    origin: 'VARCHAR'});

-- name: entities
CREATE OR REPLACE TEMP TABLE stage_entities AS
SELECT entity_id, name, label, aliases
FROM read_json(?, format = 'newline_delimited', columns = {
    entity_id: 'VARCHAR', name: 'VARCHAR', label: 'VARCHAR', aliases: 'VARCHAR[]'});

-- name: mentions
CREATE OR REPLACE TEMP TABLE stage_mentions AS
SELECT doc_id, entity_id, text, label, start_char, end_char
FROM read_json(?, format = 'newline_delimited', columns = {
    doc_id: 'VARCHAR', entity_id: 'VARCHAR', text: 'VARCHAR', label: 'VARCHAR',
    start_char: 'BIGINT', end_char: 'BIGINT'});

-- name: quotes
CREATE OR REPLACE TEMP TABLE stage_quotes AS
SELECT quote_id, article_id, text, start_char, end_char, speaker, speaker_text,
       speaker_start_char, speaker_end_char, speaker_entity_id, speaker_kind, cue,
       coalesce(kind, 'direct') AS kind
FROM read_json(?, format = 'newline_delimited', columns = {
    quote_id: 'VARCHAR', article_id: 'VARCHAR', text: 'VARCHAR', start_char: 'BIGINT',
    end_char: 'BIGINT', speaker: 'VARCHAR', speaker_text: 'VARCHAR',
    speaker_start_char: 'BIGINT', speaker_end_char: 'BIGINT', speaker_entity_id: 'VARCHAR',
    speaker_kind: 'VARCHAR', cue: 'VARCHAR', kind: 'VARCHAR'});

-- name: reaction_labels
CREATE OR REPLACE TEMP TABLE stage_reaction_labels AS
SELECT * FROM read_json(?, format = 'newline_delimited', columns = {
    reaction_id: 'VARCHAR', label: 'VARCHAR', score_joke: 'DOUBLE', score_relief: 'DOUBLE',
    score_criticism: 'DOUBLE', score_other: 'DOUBLE', model_version: 'VARCHAR', tone_cue: 'VARCHAR'});

-- name: reaction_labels_duplicates
SELECT count(*) - count(DISTINCT reaction_id) FROM stage_reaction_labels;

-- name: reaction_labels_dedup
-- One verdict per reaction: when the classifier wrote two, the one with the highest
-- winning score is kept (ties broken by the row's content, so file order does not matter).
CREATE OR REPLACE TEMP TABLE stage_reaction_labels AS
SELECT * FROM stage_reaction_labels AS l
QUALIFY row_number() OVER (
    PARTITION BY reaction_id
    ORDER BY greatest(score_joke, score_relief, score_criticism, score_other) DESC NULLS LAST,
             to_json(l) DESC) = 1;

-- name: reactions
-- Needs stage_reaction_labels; a reaction without a verdict keeps NULL label and scores.
CREATE OR REPLACE TEMP TABLE stage_reactions AS
SELECT r.reaction_id, r.origin, r.article_id, r.post_id, r.quote_id, r.text, r.author,
       l.label, l.score_joke, l.score_relief, l.score_criticism, l.score_other, l.model_version, l.tone_cue
FROM read_json(?, format = 'newline_delimited', columns = {
    reaction_id: 'VARCHAR', origin: 'VARCHAR', article_id: 'VARCHAR', post_id: 'VARCHAR',
    quote_id: 'VARCHAR', text: 'VARCHAR', author: 'VARCHAR'}) AS r
LEFT JOIN stage_reaction_labels AS l USING (reaction_id);

-- name: failures
CREATE OR REPLACE TEMP TABLE stage_failures AS
SELECT url, stage, status, error, newsreact_ts("at") AS "at"
FROM read_json(?, format = 'newline_delimited', columns = {
    url: 'VARCHAR', stage: 'VARCHAR', status: 'VARCHAR', error: 'VARCHAR', "at": 'VARCHAR'});
