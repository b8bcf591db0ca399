// An actor's stances over time
// @name stances-over-time
// @description What an actor (or every actor) opposed and supported, article by article in publishedAt order (articles without a date last).
// @param actor actor null The actor (a name, an alias or an id); null for all
// @param limit int 200 Rows at most
MATCH (s:Entity)-[r:OPPOSES|SUPPORTS]->(t:Entity)
WHERE $actor IS NULL OR s.id = $actor OR toLower($actor) IN [x IN coalesce(s.aliases, []) + s.name | toLower(x)]
OPTIONAL MATCH (a:Article {id: r.articleId})
RETURN a.publishedAt AS publishedAt, r.articleId AS articleId, a.title AS article, s.name AS actor,
       type(r) AS stance, t.name AS target, r.sentence AS evidence
ORDER BY publishedAt IS NULL, publishedAt, articleId, actor, stance, target
LIMIT toInteger($limit)
