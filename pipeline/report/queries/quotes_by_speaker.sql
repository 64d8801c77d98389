-- Quotes whose speaker (resolved name or the words at the cue) contains $speaker, any case.
SELECT coalesce(speaker, speaker_text) AS speaker, speaker_kind, quote, sentence, outlet, url, published_at
FROM v_quotes_by_speaker
WHERE coalesce(speaker, '') ILIKE '%' || $speaker || '%'
   OR coalesce(speaker_text, '') ILIKE '%' || $speaker || '%'
ORDER BY published_at NULLS LAST, url, start_char;
