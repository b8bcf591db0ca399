// The shortest path between two actors
// @name shortest-path
// @description The fewest facts (any type, either direction, at most 10) that link two actors, as names and relation types; `path` draws it in Neo4j Browser.
// @param from string "Jacques Chirac" One actor (a name, an alias or an id)
// @param to string "Donald Trump" The other actor
MATCH (a:Entity) WHERE a.id = $from OR toLower($from) IN [x IN coalesce(a.aliases, []) + a.name | toLower(x)]
MATCH (b:Entity) WHERE b <> a AND (b.id = $to OR toLower($to) IN [x IN coalesce(b.aliases, []) + b.name | toLower(x)])
MATCH path = shortestPath((a)-[:OPPOSES|SUPPORTS|ALLIED_WITH|MEMBER_OF|LEADS|REPRESENTS*..10]-(b))
RETURN [n IN nodes(path) | n.name] AS actors,
       [r IN relationships(path) | startNode(r).name + ' ' + type(r) + ' ' + endNode(r).name] AS facts,
       length(path) AS hops, path
ORDER BY hops
LIMIT 1
