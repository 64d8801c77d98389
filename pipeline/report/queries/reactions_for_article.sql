-- Reactions to the article at $url (its fetched or canonical URL), with tone and scores.
SELECT r.reacted_at, r.platform, r.origin, r.label, r.score_joke, r.score_relief,
       r.score_criticism, r.score_other, r.author, r.text, r.post_url
FROM v_reactions AS r
JOIN articles AS a ON a.article_id = r.article_id
WHERE a.url = $url OR a.canonical_url = $url
ORDER BY r.reacted_at NULLS LAST, r.reaction_id;
