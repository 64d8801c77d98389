-- Primary keys of the warehouse tables (DESIGN.md "DuckDB schema": contract). pipeline/store/db.py
-- adds each one to a table that has none yet: at once for `create_schema`, and for a table
-- new in a store load after the load's rows are in (building the index once over them is
-- cheaper than inserting into it row by row), before the transaction commits.
-- Sections start with "-- name: <table>".

-- name: articles
ALTER TABLE articles ADD PRIMARY KEY (article_id);

-- name: posts
ALTER TABLE posts ADD PRIMARY KEY (post_id);

-- name: entities
ALTER TABLE entities ADD PRIMARY KEY (entity_id);

-- name: mentions
ALTER TABLE mentions ADD PRIMARY KEY (doc_id, entity_id, start_char, end_char);

-- name: quotes
ALTER TABLE quotes ADD PRIMARY KEY (quote_id);

-- name: reactions
ALTER TABLE reactions ADD PRIMARY KEY (reaction_id);

-- name: runs
ALTER TABLE runs ADD PRIMARY KEY (run_id);

-- name: failures
ALTER TABLE failures ADD PRIMARY KEY (url, stage, status);
