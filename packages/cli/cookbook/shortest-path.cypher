// The shortest path between two actors
// @name shortest-path
// @description The fewest facts (any type, either direction, at most 10) that link two actors, as names and relation types; `path` draws it in Neo4j Browser. An actor left out stands for each of the most mentioned actors, so with none given: how the most mentioned actors connect.
// @param from actor null One actor (a name, an alias or an id); null for each of the most mentioned
// @param to actor null The other actor; null for each of the most mentioned
// @param among int 10 How many of the most mentioned actors an actor left out stands for
// @param limit int 25 Paths at most
CALL {
  MATCH (e:Entity)
  WHERE $from IS NOT NULL AND (e.id = $from OR toLower($from) IN [x IN coalesce(e.aliases, []) + e.name | toLower(x)])
  RETURN e AS a
  UNION
  MATCH (:Article)-[:MENTIONS]->(e:Person|State|Organization|Group)
  WHERE $from IS NULL
  WITH e, count(*) AS articles ORDER BY articles DESC, e.id LIMIT toInteger($among)
  RETURN e AS a
}
CALL {
  MATCH (e:Entity)
  WHERE $to IS NOT NULL AND (e.id = $to OR toLower($to) IN [x IN coalesce(e.aliases, []) + e.name | toLower(x)])
  RETURN e AS b
  UNION
  MATCH (:Article)-[:MENTIONS]->(e:Person|State|Organization|Group)
  WHERE $to IS NULL
  WITH e, count(*) AS articles ORDER BY articles DESC, e.id LIMIT toInteger($among)
  RETURN e AS b
}
WITH a, b
WHERE a <> b AND ($from IS NOT NULL OR $to IS NOT NULL OR a.id < b.id)
MATCH path = shortestPath((a)-[:OPPOSES|SUPPORTS|ALLIED_WITH|MEMBER_OF|LEADS|REPRESENTS*..10]-(b))
RETURN [n IN nodes(path) | n.name] AS actors,
       [r IN relationships(path) | startNode(r).name + ' ' + type(r) + ' ' + endNode(r).name] AS facts,
       length(path) AS hops, path
ORDER BY hops, actors
LIMIT toInteger($limit)
