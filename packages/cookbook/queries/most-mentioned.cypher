// The most mentioned actors
// @name most-mentioned
// @description Persons, states, organizations and groups by the number of articles that mention them, then by mentions in all.
// @param type string null Only this entity type (Person, State, Organization or Group); null for all actors
// @param limit int 25 Rows at most
MATCH (a:Article)-[m:MENTIONS]->(e:Entity)
WHERE any(l IN labels(e) WHERE l IN ['Person', 'State', 'Organization', 'Group'])
  AND ($type IS NULL OR $type IN labels(e))
WITH e, count(DISTINCT a) AS articles, sum(m.count) AS mentions
RETURN e.name AS actor, [l IN labels(e) WHERE l <> 'Entity'][0] AS type, articles, mentions
ORDER BY articles DESC, mentions DESC, actor
LIMIT toInteger($limit)
