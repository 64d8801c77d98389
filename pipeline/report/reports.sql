-- The report stage's queries (pipeline/report/build.py), one per output file.
-- Sections start with "-- name: <output>"; values are bound with ?. Every query orders its
-- rows completely, so the same database always gives byte-identical reports.

-- name: summary
SELECT * FROM v_story_summary;

-- name: articles
SELECT a.article_id, a.published_at, a.published_from, a.outlet, a.title, a.url, a.language, a.duplicate_of,
       (SELECT count(*) FROM quotes AS q WHERE q.article_id = a.article_id) AS quotes,
       (SELECT count(*) FROM v_reactions AS r WHERE r.article_id = a.article_id) AS reactions
FROM articles AS a
ORDER BY a.published_at NULLS LAST, a.article_id;

-- name: reaction_mix
SELECT scope, article_id, article_title, article_url, outlet, platform, reactions,
       joke, relief, criticism, other, unlabelled,
       share_joke, share_relief, share_criticism, share_other
FROM v_reaction_mix
ORDER BY CASE scope WHEN 'all' THEN 0 WHEN 'outlet' THEN 1 WHEN 'platform' THEN 2 ELSE 3 END,
         reactions DESC, outlet NULLS LAST, platform NULLS LAST, article_id NULLS LAST;

-- name: quotes
SELECT quote_id, coalesce(speaker, speaker_text) AS speaker, speaker_text, speaker_kind,
       quote, cue, kind, sentence, outlet, title, url, published_at, article_id
FROM v_quotes_by_speaker
ORDER BY speaker NULLS LAST, published_at NULLS LAST, article_id, start_char, quote_id;

-- name: top_entities
SELECT entity_id, name, label, aliases, mentions, articles, posts, quotes, first_seen, last_seen
FROM v_top_entities
ORDER BY mentions DESC, articles DESC, name, entity_id
LIMIT ?;

-- name: timeline
SELECT grain, period, articles, posts, reactions, joke, relief, criticism, other
FROM v_timeline
ORDER BY grain, period;

-- name: reactions
-- A quoted reaction carries its quote and the article sentence it was found in, so every
-- counted reaction can be read where it was written.
SELECT r.reaction_id, r.reacted_at, r.platform, r.origin, r.label,
       r.score_joke, r.score_relief, r.score_criticism, r.score_other,
       r.author, r.text, r.outlet, r.article_title, r.article_url, r.post_url,
       r.quote_id, q.sentence, r.tone_cue, r.model_version
FROM v_reactions AS r
LEFT JOIN v_quotes_by_speaker AS q ON q.quote_id = r.quote_id
ORDER BY r.reacted_at NULLS LAST, r.reaction_id;

-- name: reactions_over_time
SELECT period, reactions AS count, joke, relief, criticism, other,
       reactions - joke - relief - criticism - other AS unlabelled
FROM v_timeline
WHERE grain = ? AND reactions > 0
ORDER BY period;

-- name: failures
SELECT url, stage, status, error, "at"
FROM failures
ORDER BY "at" NULLS LAST, url, stage, status, error;

-- name: reaction_span_hours
-- Hours between the first and the last reaction (NULL without timed reactions).
SELECT date_diff('hour', min(reacted_at), max(reacted_at)) FROM v_reactions;
