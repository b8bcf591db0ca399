/**
 * Graph documents as flat rows for the two baselines: the nodes and relationships our loader
 * writes, with the same properties (provenance included), endpoints given by id.
 */
export function relationshipRows(docs) {
  const articles = [];
  const entities = new Map();
  const rels = new Map();
  const add = (type, row) => {
    if (!rels.has(type)) rels.set(type, []);
    rels.get(type).push(row);
  };
  for (const doc of docs) {
    const { article } = doc;
    articles.push({
      id: article.id,
      props: { ...article, extractorVersion: doc.generator.version },
    });
    for (const e of doc.entities) {
      if (!entities.has(e.id))
        entities.set(e.id, {
          id: e.id,
          type: e.type,
          props: { id: e.id, name: e.name, aliases: e.aliases, ...e.attributes },
        });
      add('MENTIONS', { from: article.id, to: e.id, props: { count: e.mentions.length } });
    }
    for (const rel of doc.relations) {
      const [first] = rel.evidence;
      const props = {
        articleId: article.id,
        start: first.start,
        end: first.end,
        evidence: rel.evidence.map((s) => s.text),
        starts: rel.evidence.map((s) => s.start),
        ends: rel.evidence.map((s) => s.end),
        confidence: rel.confidence,
        extractorVersion: doc.generator.version,
        ...(rel.type === 'QUOTES'
          ? { text: rel.properties.text }
          : { sentence: first.text, ...rel.properties }),
      };
      add(rel.type, { from: rel.source, to: rel.target, props });
    }
  }
  return { articles, entities: [...entities.values()], rels };
}
