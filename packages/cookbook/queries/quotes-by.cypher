// Everything a person said
// @name quotes-by
// @description The direct quotes attributed to a speaker (a person, or a state or organization issuing a statement), or to every speaker, in article order.
// @param speaker actor null The speaker (a name, an alias or an id); null for all
// @param limit int 200 Rows at most
MATCH (a:Article)-[q:QUOTES]->(s:Entity)
WHERE $speaker IS NULL OR s.id = $speaker OR toLower($speaker) IN [x IN coalesce(s.aliases, []) + s.name | toLower(x)]
RETURN s.name AS speaker, q.text AS quote, a.title AS article, a.publishedAt AS publishedAt
ORDER BY publishedAt, a.id, q.start
LIMIT toInteger($limit)
