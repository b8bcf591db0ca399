// Contradictory stances across articles
// @name contradictory-stances
// @description Pairs where one actor both OPPOSES and SUPPORTS the other, with the articles on each side and one sentence for each.
// @param limit int 100 Rows at most
MATCH (s:Entity)-[o:OPPOSES]->(t:Entity)<-[p:SUPPORTS]-(s)
WITH s, t, collect(DISTINCT o.articleId) AS opposedIn, collect(DISTINCT p.articleId) AS supportedIn,
     collect(DISTINCT o.sentence)[0] AS opposeEvidence, collect(DISTINCT p.sentence)[0] AS supportEvidence
RETURN s.name AS actor, t.name AS target, opposedIn, supportedIn, opposeEvidence, supportEvidence
ORDER BY size(opposedIn) + size(supportedIn) DESC, actor, target
LIMIT toInteger($limit)
