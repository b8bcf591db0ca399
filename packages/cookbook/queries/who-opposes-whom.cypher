// Who opposes whom, and why
// @name who-opposes-whom
// @description Every OPPOSES fact with the sentence it rests on and the article it comes from.
// @param actor actor null Only facts from this actor (a name, an alias or an id); null for all
// @param target actor null Only facts against this actor; null for all
// @param limit int 200 Rows at most
MATCH (s:Entity)-[r:OPPOSES]->(t:Entity)
WHERE ($actor IS NULL OR s.id = $actor OR toLower($actor) IN [x IN coalesce(s.aliases, []) + s.name | toLower(x)])
  AND ($target IS NULL OR t.id = $target OR toLower($target) IN [x IN coalesce(t.aliases, []) + t.name | toLower(x)])
OPTIONAL MATCH (a:Article {id: r.articleId})
RETURN s.name AS opponent, t.name AS opposed, r.sentence AS evidence, a.title AS article,
       a.publishedAt AS publishedAt, r.confidence AS confidence
ORDER BY opponent, opposed, publishedAt, article
LIMIT toInteger($limit)
