// The shortest path between two actors
// @name shortest-path
// @description The fewest facts (any type, either direction, at most 10) that link two actors, as names and relation types; `path` draws it in Neo4j Browser. An actor left out stands for each of the most mentioned actors, so with none given: how the most mentioned actors connect.
// @param from actor null One actor (a name, an alias or an id); null for each of the most mentioned
// @param to actor null The other actor; null for each of the most mentioned
// @param among int 10 How many of the most mentioned actors an actor left out stands for
// @param limit int 25 Paths at most
MATCH (:Article)-[:MENTIONS]->(e:Person|State|Organization|Group)
WHERE $from IS NULL OR $to IS NULL
WITH e, count(*) AS articles ORDER BY articles DESC, e.id LIMIT toInteger($among)
WITH collect(e) AS top
MATCH (a:Entity)
WHERE CASE WHEN $from IS NULL THEN a IN top
      ELSE a.id = $from OR toLower($from) IN [x IN coalesce(a.aliases, []) + a.name | toLower(x)] END
MATCH (b:Entity)
WHERE b <> a AND ($from IS NOT NULL OR $to IS NOT NULL OR a.id < b.id)
  AND CASE WHEN $to IS NULL THEN b IN top
      ELSE b.id = $to OR toLower($to) IN [x IN coalesce(b.aliases, []) + b.name | toLower(x)] END
MATCH path = shortestPath((a)-[:OPPOSES|SUPPORTS|ALLIED_WITH|MEMBER_OF|LEADS|REPRESENTS*..10]-(b))
RETURN [n IN nodes(path) | n.name] AS actors,
       [r IN relationships(path) | startNode(r).name + ' ' + type(r) + ' ' + endNode(r).name] AS facts,
       length(path) AS hops, path
ORDER BY hops, actors
LIMIT toInteger($limit)
