-- Merging a batch into its table. {table}, {key}, {newest}, {source} and {select} (a staging.sql
-- SELECT) come from pipeline/store/load.py (never user input); no values are interpolated.
-- Sections start with "-- name: <step>".

-- A table that held no rows before this load takes the batch straight from the file's rows:
-- every row is new and nothing in it can be stale, so nothing is staged or compared.

-- name: source_stats
-- Rows of a file as read ({source}), and how many repeat a key already in it (0 for almost
-- every load).
SELECT count(*), count(*) - count(DISTINCT ({key})) FROM {source};

-- name: insert_new
INSERT INTO {table} {select};

-- name: insert_new_dedup
-- In-batch duplicates, resolved by the same rule as `dedup` below.
INSERT INTO {table}
SELECT * EXCLUDE (newsreact_rank) FROM (
    SELECT s.*, row_number() OVER (
        PARTITION BY {key} ORDER BY {newest} DESC NULLS LAST, to_json(s) DESC) AS newsreact_rank
    FROM ({select}) AS s)
WHERE newsreact_rank = 1;

-- A table that already holds rows: the batch is staged, then compared and merged.

-- name: stage
CREATE OR REPLACE TEMP TABLE stage_{table} AS {select};

-- name: batch_stats
-- Rows staged, how many repeat a key already in the batch (0 for almost every load), and
-- whether the table is empty (then every batch row is new and nothing in it can be stale).
SELECT count(*), count(*) - count(DISTINCT ({key})), NOT EXISTS (SELECT 1 FROM {table})
FROM stage_{table};

-- name: batch_stats_all_columns
SELECT count(*), 0, NOT EXISTS (SELECT 1 FROM {table}) FROM stage_{table};

-- name: no_dedup
CREATE OR REPLACE TEMP VIEW batch_{table} AS SELECT * FROM stage_{table};

-- name: dedup
-- In-batch duplicates of a key: the row with the newest {newest} wins; ties are broken by
-- the row's content, so the outcome never depends on the order of lines in the file.
CREATE OR REPLACE TEMP TABLE batch_{table} AS
SELECT * EXCLUDE (newsreact_rank) FROM (
    SELECT s.*, row_number() OVER (
        PARTITION BY {key} ORDER BY {newest} DESC NULLS LAST, to_json(s) DESC) AS newsreact_rank
    FROM stage_{table} AS s)
WHERE newsreact_rank = 1;

-- name: dedup_all_columns
-- Tables without a key (failures): identical rows are one row.
CREATE OR REPLACE TEMP TABLE batch_{table} AS
SELECT DISTINCT * FROM stage_{table};

-- name: delta_all
-- The table is empty: every batch row is new.
CREATE OR REPLACE TEMP VIEW delta_{table} AS SELECT * FROM batch_{table};

-- name: delta
-- Rows that are new or differ from what the table holds (EXCEPT treats NULLs as equal).
CREATE OR REPLACE TEMP TABLE delta_{table} AS
SELECT * FROM batch_{table}
EXCEPT
SELECT * FROM {table};

-- name: count_updates
SELECT count(*) FROM delta_{table} SEMI JOIN {table} USING ({key});

-- name: merge
INSERT OR REPLACE INTO {table} SELECT * FROM delta_{table};

-- name: append
INSERT INTO {table} SELECT * FROM delta_{table};

-- name: count
SELECT count(*) FROM {table};

-- name: is_empty
SELECT NOT EXISTS (SELECT 1 FROM {table});

-- name: record_run
INSERT OR REPLACE INTO runs (run_id, started_at, finished_at, params_hash, code_version, counts)
VALUES (?, newsreact_ts(?), newsreact_ts(?), ?, ?, ?);

-- Re-extraction replaces what an article (or post) yielded: rows that hang off a document
-- present in this batch, but that the batch no longer contains, are stale (an improved
-- extractor moved a quote's offsets, dropped a false mention) and are removed. Documents
-- absent from the batch keep everything. Each statement returns the number of rows removed.
-- {articles} and {posts} name the batch's article and post rows as read from the files.

-- name: prune_mentions
DELETE FROM mentions AS m
WHERE (m.doc_id IN (SELECT article_id FROM {articles}) OR m.doc_id IN (SELECT post_id FROM {posts}))
  AND NOT EXISTS (SELECT 1 FROM batch_mentions AS b
                  WHERE b.doc_id = m.doc_id AND b.entity_id = m.entity_id
                    AND b.start_char = m.start_char AND b.end_char = m.end_char);

-- name: prune_quotes
DELETE FROM quotes AS q
WHERE q.article_id IN (SELECT article_id FROM {articles})
  AND q.quote_id NOT IN (SELECT quote_id FROM batch_quotes);

-- name: prune_reactions
-- Reactions found in an article (quoted or embedded); crawled posts' reactions are kept.
DELETE FROM reactions AS r
WHERE r.origin IN ('quote', 'embed')
  AND r.article_id IN (SELECT article_id FROM {articles})
  AND r.reaction_id NOT IN (SELECT reaction_id FROM batch_reactions);

-- name: prune_embeds
DELETE FROM posts AS p
WHERE p.origin = 'embed'
  AND p.article_id IN (SELECT article_id FROM {articles})
  AND p.post_id NOT IN (SELECT post_id FROM batch_posts);
