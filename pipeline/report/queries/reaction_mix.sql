-- Tone of the reactions overall, per outlet, per platform and per article.
SELECT scope, CASE scope
           WHEN 'all' THEN 'all reactions'
           WHEN 'article' THEN coalesce(article_title, article_url, '(not linked to an article)')
           WHEN 'outlet' THEN coalesce(outlet, '(not linked to an article)')
           ELSE platform
       END AS what, reactions,
       joke, relief, criticism, other, share_joke, share_relief, share_criticism, share_other
FROM v_reaction_mix;
