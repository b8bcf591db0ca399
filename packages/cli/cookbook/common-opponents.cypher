// Actors that two given states both oppose
// @name common-opponents
// @description Targets of OPPOSES from both states, directly or through a person who leads or represents the state, with one evidence sentence for each side.
// @param first string "France" The first state (a name, an alias or an id)
// @param second string "Germany" The second state
// @param limit int 100 Rows at most
MATCH (a:State) WHERE a.id = $first OR toLower($first) IN [x IN coalesce(a.aliases, []) + a.name | toLower(x)]
MATCH (b:State) WHERE b <> a AND (b.id = $second OR toLower($second) IN [x IN coalesce(b.aliases, []) + b.name | toLower(x)])
MATCH (a)<-[:LEADS|REPRESENTS*0..1]-(actorA:Entity)-[ra:OPPOSES]->(t:Entity)
MATCH (b)<-[:LEADS|REPRESENTS*0..1]-(actorB:Entity)-[rb:OPPOSES]->(t)
WHERE t <> a AND t <> b
WITH a, b, t, collect(DISTINCT ra.sentence) AS byFirst, collect(DISTINCT rb.sentence) AS bySecond,
     collect(DISTINCT ra.articleId) + collect(DISTINCT rb.articleId) AS articleIds
RETURN t.name AS opposed, [l IN labels(t) WHERE l <> 'Entity'][0] AS type, a.name AS first, byFirst[0] AS firstEvidence,
       b.name AS second, bySecond[0] AS secondEvidence, size(reduce(s = [], x IN articleIds | CASE WHEN x IN s THEN s ELSE s + x END)) AS articles
ORDER BY articles DESC, opposed
LIMIT toInteger($limit)
