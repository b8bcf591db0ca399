// The articles behind a fact
// @name fact-sources
// @description Each article that states a fact between two actors, with the sentence, its offsets and the confidence; ALLIED_WITH is matched either way round.
// @param source actor null The fact's source actor (a name, an alias or an id); null for any
// @param target actor null The fact's target actor; null for any
// @param type string null OPPOSES, SUPPORTS, ALLIED_WITH, MEMBER_OF, LEADS or REPRESENTS; null for any
// @param limit int 200 Rows at most
MATCH (s:Entity)-[r:OPPOSES|SUPPORTS|ALLIED_WITH|MEMBER_OF|LEADS|REPRESENTS]-(t:Entity)
WHERE (startNode(r) = s OR (type(r) = 'ALLIED_WITH' AND ($source IS NOT NULL OR $target IS NOT NULL)))
  AND ($type IS NULL OR type(r) = $type)
  AND ($source IS NULL OR s.id = $source OR toLower($source) IN [x IN coalesce(s.aliases, []) + s.name | toLower(x)])
  AND ($target IS NULL OR t.id = $target OR toLower($target) IN [x IN coalesce(t.aliases, []) + t.name | toLower(x)])
OPTIONAL MATCH (a:Article {id: r.articleId})
RETURN type(r) AS relation, s.name AS source, t.name AS target, r.articleId AS articleId, a.title AS title,
       a.url AS url, a.publishedAt AS publishedAt, r.sentence AS sentence, r.start AS start, r.end AS end,
       r.confidence AS confidence
ORDER BY publishedAt, articleId, relation, source, target
LIMIT toInteger($limit)
