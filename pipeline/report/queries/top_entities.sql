-- The 25 most mentioned people, organisations and places, with first and last sighting.
SELECT name, label, mentions, articles, posts, quotes, first_seen, last_seen
FROM v_top_entities
LIMIT 25;
