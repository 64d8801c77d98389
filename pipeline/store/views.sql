-- Views a journalist starts from (documented, with an example query each, in docs/schema.md).
-- Recreated on every load, so they always match the tables.

-- Every reaction with where and when it happened: platform ("news" for a reaction quoted in
-- an article), the article it reacts to, and its time (the post's time, else the article's).
CREATE OR REPLACE VIEW v_reactions AS
SELECT r.reaction_id,
       r.origin,
       r.label,
       r.score_joke,
       r.score_relief,
       r.score_criticism,
       r.score_other,
       r.text,
       r.author,
       coalesce(p.platform, CASE WHEN r.origin = 'quote' THEN 'news' END) AS platform,
       coalesce(p.created_at, a.published_at, a.crawled_at) AS reacted_at,
       a.article_id,
       a.title AS article_title,
       a.outlet,
       a.url AS article_url,
       r.post_id,
       p.url AS post_url,
       r.quote_id,
       r.tone_cue,
       r.model_version
FROM reactions AS r
LEFT JOIN posts AS p ON p.post_id = r.post_id
LEFT JOIN articles AS a ON a.article_id = coalesce(r.article_id, p.article_id)
ORDER BY reacted_at NULLS LAST, r.reaction_id;

-- The tone of reactions per article, per outlet, per platform and overall (column scope).
-- Shares are of labelled reactions, rounded to 3 places.
CREATE OR REPLACE VIEW v_reaction_mix AS
WITH counted AS (
    SELECT CASE
               WHEN grouping(article_id) = 0 THEN 'article'
               WHEN grouping(outlet) = 0 THEN 'outlet'
               WHEN grouping(platform) = 0 THEN 'platform'
               ELSE 'all'
           END AS scope,
           article_id, article_title, article_url, outlet, platform,
           count(*) AS reactions,
           count(*) FILTER (WHERE label = 'joke') AS joke,
           count(*) FILTER (WHERE label = 'relief') AS relief,
           count(*) FILTER (WHERE label = 'criticism') AS criticism,
           count(*) FILTER (WHERE label = 'other') AS other,
           count(*) FILTER (WHERE label IS NULL) AS unlabelled
    FROM v_reactions
    GROUP BY GROUPING SETS ((article_id, article_title, article_url, outlet), (outlet), (platform), ())
)
SELECT scope, article_id, article_title, article_url, outlet, platform,
       reactions, joke, relief, criticism, other, unlabelled,
       round(joke / nullif(reactions - unlabelled, 0), 3) AS share_joke,
       round(relief / nullif(reactions - unlabelled, 0), 3) AS share_relief,
       round(criticism / nullif(reactions - unlabelled, 0), 3) AS share_criticism,
       round(other / nullif(reactions - unlabelled, 0), 3) AS share_other
FROM counted
ORDER BY CASE scope WHEN 'all' THEN 0 WHEN 'outlet' THEN 1 WHEN 'platform' THEN 2 ELSE 3 END,
         reactions DESC, outlet NULLS LAST, platform NULLS LAST, article_id NULLS LAST;

-- Who and what the coverage and the reactions name, most mentioned first.
CREATE OR REPLACE VIEW v_top_entities AS
WITH docs AS (
    SELECT article_id AS doc_id, 'article' AS doc_kind, coalesce(published_at, crawled_at) AS seen_at
    FROM articles
    UNION ALL
    SELECT post_id, 'post', created_at FROM posts
),
spoken AS (
    SELECT speaker_entity_id AS entity_id, count(*) AS quotes
    FROM quotes WHERE speaker_entity_id IS NOT NULL GROUP BY ALL
)
SELECT e.entity_id, e.name, e.label, e.aliases,
       count(*) AS mentions,
       count(DISTINCT m.doc_id) FILTER (WHERE d.doc_kind = 'article') AS articles,
       count(DISTINCT m.doc_id) FILTER (WHERE d.doc_kind = 'post') AS posts,
       coalesce(any_value(s.quotes), 0) AS quotes,
       min(d.seen_at) AS first_seen,
       max(d.seen_at) AS last_seen
FROM mentions AS m
JOIN entities AS e USING (entity_id)
LEFT JOIN docs AS d USING (doc_id)
LEFT JOIN spoken AS s USING (entity_id)
GROUP BY e.entity_id, e.name, e.label, e.aliases
ORDER BY mentions DESC, articles DESC, e.name, e.entity_id;

-- Every quote with its speaker, the sentence around it and the article it appeared in.
-- sentence: from the last sentence end before the quote to the first one after it
-- (at most 300 characters either side), so the cue ("she told reporters") is included.
CREATE OR REPLACE VIEW v_quotes_by_speaker AS
SELECT q.speaker,
       q.speaker_text,
       q.speaker_kind,
       q.text AS quote,
       q.cue,
       q.kind,
       trim(regexp_extract(right(left(a.text, q.start_char), 300), '[^.!?\n]*$')
            || substr(a.text, q.start_char + 1, q.end_char - q.start_char)
            || regexp_extract(left(substr(a.text, q.end_char + 1), 300), '^[^.!?\n]*[.!?]?')) AS sentence,
       a.url,
       a.outlet,
       a.title,
       a.published_at,
       q.quote_id,
       q.article_id,
       q.speaker_entity_id,
       q.start_char,
       q.end_char
FROM quotes AS q
LEFT JOIN articles AS a USING (article_id)
ORDER BY q.speaker NULLS LAST, a.published_at NULLS LAST, q.article_id, q.start_char;

-- Coverage and reactions per hour and per day (column grain), UTC.
CREATE OR REPLACE VIEW v_timeline AS
WITH events AS (
    SELECT coalesce(published_at, crawled_at) AS event_at, 'article' AS what, NULL AS label FROM articles
    UNION ALL
    SELECT created_at, 'post', NULL FROM posts
    UNION ALL
    SELECT reacted_at, 'reaction', label FROM v_reactions
),
buckets AS (
    SELECT 'hour' AS grain, CAST(date_trunc('hour', event_at) AS TIMESTAMP) AS period, what, label
    FROM events WHERE event_at IS NOT NULL
    UNION ALL
    SELECT 'day', CAST(date_trunc('day', event_at) AS TIMESTAMP), what, label
    FROM events WHERE event_at IS NOT NULL
)
SELECT grain, period,
       count(*) FILTER (WHERE what = 'article') AS articles,
       count(*) FILTER (WHERE what = 'post') AS posts,
       count(*) FILTER (WHERE what = 'reaction') AS reactions,
       count(*) FILTER (WHERE what = 'reaction' AND label = 'joke') AS joke,
       count(*) FILTER (WHERE what = 'reaction' AND label = 'relief') AS relief,
       count(*) FILTER (WHERE what = 'reaction' AND label = 'criticism') AS criticism,
       count(*) FILTER (WHERE what = 'reaction' AND label = 'other') AS other
FROM buckets
GROUP BY grain, period
ORDER BY grain, period;

-- The story in one row: how much coverage, how many reactions of each tone, when.
CREATE OR REPLACE VIEW v_story_summary AS
SELECT (SELECT count(*) FROM articles) AS articles,
       (SELECT count(DISTINCT outlet) FROM articles) AS outlets,
       (SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL) AS near_duplicates,
       (SELECT count(*) FROM posts) AS posts,
       (SELECT count(DISTINCT platform) FROM posts) AS platforms,
       (SELECT count(*) FROM quotes) AS quotes,
       (SELECT count(DISTINCT speaker) FROM quotes) AS speakers,
       (SELECT count(*) FROM reactions) AS reactions,
       (SELECT count(*) FROM reactions WHERE label = 'joke') AS joke,
       (SELECT count(*) FROM reactions WHERE label = 'relief') AS relief,
       (SELECT count(*) FROM reactions WHERE label = 'criticism') AS criticism,
       (SELECT count(*) FROM reactions WHERE label = 'other') AS other,
       (SELECT count(*) FROM reactions WHERE label IS NULL) AS unlabelled,
       (SELECT count(*) FROM entities) AS entities,
       (SELECT count(*) FROM mentions) AS mentions,
       (SELECT count(*) FROM failures) AS failures,
       (SELECT min(published_at) FROM articles) AS first_published,
       (SELECT max(published_at) FROM articles) AS last_published,
       (SELECT min(reacted_at) FROM v_reactions) AS first_reaction_at,
       (SELECT max(reacted_at) FROM v_reactions) AS last_reaction_at,
       (SELECT name FROM v_top_entities LIMIT 1) AS top_entity,
       (SELECT label FROM reactions WHERE label IS NOT NULL
        GROUP BY label ORDER BY count(*) DESC, label LIMIT 1) AS top_label,
       (SELECT max(finished_at) FROM runs) AS last_run_at;

-- What could not be fetched or parsed, grouped by stage and reason.
CREATE OR REPLACE VIEW v_failures AS
SELECT stage, status,
       count(*) AS failures,
       min(url) AS example_url,
       any_value(error ORDER BY url) AS example_error,
       min("at") AS first_at,
       max("at") AS last_at
FROM failures
GROUP BY stage, status
ORDER BY failures DESC, stage, status;
