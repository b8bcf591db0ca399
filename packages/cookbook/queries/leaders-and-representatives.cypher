// Who leads or speaks for a state or organization
// @name leaders-and-representatives
// @description LEADS and REPRESENTS facts by state or organization, with the titles (roles) the articles give.
// @param organization actor null Only this state or organization (a name, an alias or an id); null for all
// @param limit int 200 Rows at most
MATCH (p:Entity)-[r:LEADS|REPRESENTS]->(o:Entity)
WHERE ($organization IS NULL OR o.id = $organization OR toLower($organization) IN [x IN coalesce(o.aliases, []) + o.name | toLower(x)])
WITH o, p, type(r) AS relation, [x IN collect(DISTINCT r.role) WHERE x IS NOT NULL] AS roles,
     collect(DISTINCT r.articleId) AS articles
RETURN o.name AS organization, [l IN labels(o) WHERE l <> 'Entity'][0] AS kind, relation, p.name AS person,
       roles, size(articles) AS articles
ORDER BY organization, relation, articles DESC, person
LIMIT toInteger($limit)
