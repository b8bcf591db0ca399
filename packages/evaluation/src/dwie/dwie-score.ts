import type { GraphDocument } from '@newsgraph/graph-schema';
import { normalizeName } from '../normalize.js';
import { countType, emptyTally, type Tally, type TypeTable } from '../tally.js';
import type {
  DwieArticle,
  DwieConcept,
  DwieRelationType,
  DwieSpan,
  DwieType,
} from './dwie-read.js';

type PredictedDocument = Pick<GraphDocument, 'entities' | 'relations'>;
type PredictedEntity = PredictedDocument['entities'][number];

const SCORED_TYPES: ReadonlySet<string> = new Set<DwieType>(['Person', 'Organization', 'State']);
const SCORED_RELATIONS: ReadonlySet<string> = new Set<DwieRelationType>([
  'LEADS',
  'REPRESENTS',
  'MEMBER_OF',
]);

export interface DwieArticleScore {
  id: string;
  mentions: TypeTable;
  entities: TypeTable;
  duplicates: number;
  relations: TypeTable;
  /** Linked thing → the predicted id that found it here, to count things split across articles. */
  ids: Map<string, string>;
  /** Human-readable misses and false positives, for --verbose. */
  errors: string[];
}

const spanKey = (s: DwieSpan): string => `${s.start}:${s.end}`;

/** A concept needs finding when it has mentions of its own; a state named only by demonym may be found. */
const isRequired = (c: DwieConcept): boolean => c.type !== undefined && c.mentions.length > 0;

/** For each predicted entity, the concept it stands for: shared mention spans, else its name. */
function assignConcepts(
  gold: DwieArticle,
  entities: readonly PredictedEntity[],
): Map<string, DwieConcept | undefined> {
  const bySpan = new Map<string, DwieConcept>();
  const byName = new Map<string, DwieConcept>();
  // Typed concepts first, so that a demonym's span stands for its state, not the demonym concept.
  const typedFirst = [...gold.concepts].sort((a, b) => Number(!a.type) - Number(!b.type));
  for (const c of typedFirst) {
    for (const s of [...c.mentions, ...c.demonyms]) {
      if (!bySpan.has(spanKey(s))) bySpan.set(spanKey(s), c);
    }
    const name = normalizeName(c.name);
    if (name !== '' && c.mentions.length > 0 && !byName.has(name)) byName.set(name, c);
  }
  const out = new Map<string, DwieConcept | undefined>();
  for (const e of entities) {
    const votes = new Map<DwieConcept, number>();
    for (const m of e.mentions) {
      const c = bySpan.get(spanKey(m));
      if (c !== undefined) votes.set(c, (votes.get(c) ?? 0) + 1);
    }
    let best: DwieConcept | undefined;
    // A concept of the entity's own type wins over more spans of another ("Berlin" for Germany).
    const rank = (c: DwieConcept): number => (votes.get(c) ?? 0) + (c.type === e.type ? 1000 : 0);
    for (const c of votes.keys()) if (best === undefined || rank(c) > rank(best)) best = c;
    best ??= [e.name, ...e.aliases].map((a) => byName.get(normalizeName(a))).find(Boolean);
    out.set(e.id, best);
  }
  return out;
}

function scoreMentions(gold: DwieArticle, entities: readonly PredictedEntity[]): TypeTable {
  const table: TypeTable = {};
  const goldSpans = new Map<string, DwieType>();
  const ignored = new Set<string>();
  for (const s of gold.unlinkedDemonyms) ignored.add(spanKey(s));
  for (const c of gold.concepts) {
    for (const s of c.demonyms) ignored.add(spanKey(s));
    if (c.type === undefined) continue;
    for (const s of c.mentions) goldSpans.set(spanKey(s), c.type);
  }
  for (const type of goldSpans.values()) countType(table, type, 'gold');
  const seen = new Set<string>();
  for (const e of entities) {
    for (const m of e.mentions) {
      const key = spanKey(m);
      if (seen.has(key) || (ignored.has(key) && !goldSpans.has(key))) continue;
      seen.add(key);
      countType(table, e.type, 'predicted');
      if (goldSpans.get(key) === e.type) {
        countType(table, e.type, 'correct');
        countType(table, e.type, 'found');
      }
    }
  }
  return table;
}

/** Scores one article's graph document against its DWIE annotation (exact spans, mapped types). */
export function scoreDwieArticle(
  gold: DwieArticle,
  predicted: PredictedDocument,
): DwieArticleScore {
  const inFooter = (m: DwieSpan): boolean =>
    gold.footers.some((f) => f.start <= m.start && m.end <= f.end);
  // A state named only by a demonym DWIE links to no country is neither required nor wrong.
  const unlinked = new Set(gold.unlinkedDemonyms.map(spanKey));
  const onlyUnlinked = (e: PredictedEntity): boolean =>
    e.type === 'State' &&
    e.mentions.length > 0 &&
    e.mentions.every((m) => unlinked.has(spanKey(m)));
  const entities = predicted.entities.filter(
    (e) =>
      SCORED_TYPES.has(e.type) &&
      !(e.mentions.length > 0 && e.mentions.every(inFooter)) &&
      !onlyUnlinked(e),
  );
  const assigned = assignConcepts(gold, entities);
  const table: TypeTable = {};
  const errors: string[] = [];
  for (const c of gold.concepts) if (isRequired(c)) countType(table, c.type ?? '', 'gold');
  const taken = new Set<DwieConcept>();
  const ids = new Map<string, string>();
  let duplicates = 0;
  const ranked = [...entities].sort((a, b) => b.mentions.length - a.mentions.length);
  for (const e of ranked) {
    const c = assigned.get(e.id);
    const right = c !== undefined && c.type === e.type;
    if (right && !isRequired(c)) continue;
    countType(table, e.type, 'predicted');
    if (right && !taken.has(c)) {
      taken.add(c);
      if (c.link !== undefined) ids.set(c.link, e.id);
      countType(table, e.type, 'correct');
      countType(table, e.type, 'found');
    } else {
      if (right) duplicates += 1;
      errors.push(`${right ? 'duplicate' : 'wrong entity'}    ${e.type} ${e.name}`);
    }
  }
  for (const c of gold.concepts) {
    if (isRequired(c) && !taken.has(c)) errors.push(`missed entity    ${c.type ?? ''} ${c.name}`);
  }
  const relations = scoreRelations(gold, predicted, assigned, errors);
  return {
    id: gold.id,
    mentions: scoreMentions(gold, entities),
    entities: table,
    duplicates,
    relations,
    ids,
    errors,
  };
}

function scoreRelations(
  gold: DwieArticle,
  predicted: PredictedDocument,
  assigned: ReadonlyMap<string, DwieConcept | undefined>,
  errors: string[],
): TypeTable {
  const table: TypeTable = {};
  const goldKeys = new Set(gold.relations.map((r) => `${r.type} ${r.source} ${r.target}`));
  const names = new Map(gold.concepts.map((c) => [c.key, c.name]));
  for (const r of gold.relations) countType(table, r.type, 'gold');
  const seen = new Set<string>();
  for (const r of predicted.relations) {
    if (!SCORED_RELATIONS.has(r.type)) continue;
    const s = assigned.get(r.source);
    const o = assigned.get(r.target);
    const key = `${r.type} ${s?.key ?? r.source} ${o?.key ?? r.target}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // A head's REPRESENTS is accepted beside the LEADS the guidelines ask for.
    if (r.type === 'REPRESENTS' && goldKeys.has(`LEADS ${s?.key} ${o?.key}`)) continue;
    countType(table, r.type, 'predicted');
    if (goldKeys.has(key)) {
      countType(table, r.type, 'correct');
      countType(table, r.type, 'found');
    } else {
      errors.push(`wrong relation   ${s?.name ?? r.source} -${r.type}-> ${o?.name ?? r.target}`);
    }
  }
  for (const r of gold.relations) {
    if (!seen.has(`${r.type} ${r.source} ${r.target}`)) {
      errors.push(`missed relation  ${names.get(r.source)} -${r.type}-> ${names.get(r.target)}`);
    }
  }
  return table;
}

export function tallyOf(table: TypeTable): Tally {
  const total = emptyTally();
  for (const t of Object.values(table)) {
    total.predicted += t.predicted;
    total.correct += t.correct;
    total.gold += t.gold;
    total.found += t.found;
  }
  return total;
}
