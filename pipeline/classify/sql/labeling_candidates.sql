-- Reactions to show in a labelling session, most uncertain first.
-- Uncertainty is the margin between the model's two highest tone probabilities: a small
-- margin means the model could not decide. Unscored rows (NULL scores) come first.
SELECT
    reaction_id,
    text,
    label,
    score_joke,
    score_relief,
    score_criticism,
    score_other,
    list_sort([score_joke, score_relief, score_criticism, score_other], 'DESC')[1]
      - list_sort([score_joke, score_relief, score_criticism, score_other], 'DESC')[2] AS margin
FROM reactions
WHERE text IS NOT NULL AND trim(text) <> ''
ORDER BY margin ASC NULLS FIRST, reaction_id ASC
