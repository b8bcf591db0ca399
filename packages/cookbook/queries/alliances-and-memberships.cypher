// Alliances and memberships
// @name alliances-and-memberships
// @description Who is allied with whom (ALLIED_WITH, either way round) and who belongs to which organization (MEMBER_OF), with the number of articles saying so.
// @param actor actor null Only relations of this actor, on either side; null for all
// @param limit int 200 Rows at most
MATCH (s:Entity)-[r:ALLIED_WITH|MEMBER_OF]->(t:Entity)
WHERE ($actor IS NULL OR s.id = $actor OR toLower($actor) IN [x IN coalesce(s.aliases, []) + s.name | toLower(x)]) OR ($actor IS NULL OR t.id = $actor OR toLower($actor) IN [x IN coalesce(t.aliases, []) + t.name | toLower(x)])
WITH s, t, type(r) AS relation, collect(DISTINCT r.articleId) AS articles, collect(r.sentence)[0] AS evidence
RETURN relation, s.name AS actor, t.name AS partner, size(articles) AS articles, evidence
ORDER BY relation, articles DESC, actor, partner
LIMIT toInteger($limit)
