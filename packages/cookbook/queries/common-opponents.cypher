// Actors that two given states both oppose
// @name common-opponents
// @description Targets of OPPOSES from both states, directly or through a person who leads or represents the state, with one evidence sentence for each side; with a state left out, every pair of states that share an opponent.
// @param first state null The first state (a name, an alias or an id); null for any
// @param second state null The second state; null for any
// @param limit int 100 Rows at most
MATCH (s:State)<-[:LEADS|REPRESENTS*0..1]-(:Entity)-[r:OPPOSES]->(t:Entity)
WHERE t <> s
WITH t, s, collect(DISTINCT r.sentence) AS sentences, collect(DISTINCT r.articleId) AS articleIds
WITH t, collect({state: s, evidence: sentences[0], articleIds: articleIds}) AS sides
UNWIND sides AS x
UNWIND sides AS y
WITH t, x, y, x.state AS a, y.state AS b
WHERE a <> b
  AND ($first IS NULL OR a.id = $first OR toLower($first) IN [n IN coalesce(a.aliases, []) + a.name | toLower(n)])
  AND ($second IS NULL OR b.id = $second OR toLower($second) IN [n IN coalesce(b.aliases, []) + b.name | toLower(n)])
  AND ($first IS NOT NULL OR $second IS NOT NULL OR a.id < b.id)
RETURN t.name AS opposed, [l IN labels(t) WHERE l <> 'Entity'][0] AS type, a.name AS first, x.evidence AS firstEvidence,
       b.name AS second, y.evidence AS secondEvidence,
       size(x.articleIds + [id IN y.articleIds WHERE NOT id IN x.articleIds]) AS articles
ORDER BY articles DESC, opposed, first, second
LIMIT toInteger($limit)
