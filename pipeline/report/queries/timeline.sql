-- Articles, posts and reactions by tone, per hour (UTC).
SELECT period AS hour, articles, posts, reactions, joke, relief, criticism, other
FROM v_timeline
WHERE grain = 'hour'
ORDER BY period;
