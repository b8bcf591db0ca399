import { describeIssue, NewsgraphError } from '@newsgraph/graph-schema';
import { z } from 'zod';

const MentionSchema = z.object({
  begin: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  concept: z.number().int().nonnegative(),
});
const ConceptSchema = z.object({
  concept: z.number().int().nonnegative(),
  text: z.string().nullish(),
  link: z.string().nullish(),
  tags: z.array(z.string()).nullish(),
});
const RelationSchema = z.object({
  s: z.number().int().nonnegative(),
  p: z.string().min(1),
  o: z.number().int().nonnegative(),
});
export const DwieFileSchema = z.object({
  id: z.string().min(1),
  content: z.string().min(1),
  mentions: z.array(MentionSchema),
  concepts: z.array(ConceptSchema),
  relations: z.array(RelationSchema),
});

/** The entity types DWIE is scored on, and the relations that map onto the graph's. */
export type DwieType = 'Person' | 'Organization' | 'State';
export type DwieRelationType = 'LEADS' | 'REPRESENTS' | 'MEMBER_OF';

const TYPE_TAGS: ReadonlyArray<[string, DwieType]> = [
  ['type::person', 'Person'],
  ['type::gpe0', 'State'],
  ['type::organization', 'Organization'],
];
const PREDICATES: Readonly<Record<string, DwieRelationType>> = {
  head_of_state: 'LEADS',
  head_of_gov: 'LEADS',
  head_of: 'LEADS',
  minister_of: 'REPRESENTS',
  agent_of: 'REPRESENTS',
  spokesperson_of: 'REPRESENTS',
  member_of: 'MEMBER_OF',
};
/** Allowed [source, target] types of each scored relation (graph-schema's endpoints). */
const ENDPOINTS: Readonly<Record<DwieRelationType, [DwieType[], DwieType[]]>> = {
  LEADS: [
    ['Person', 'State', 'Organization'],
    ['State', 'Organization'],
  ],
  REPRESENTS: [['Person'], ['State', 'Organization']],
  MEMBER_OF: [['Person', 'State', 'Organization'], ['Organization']],
};

/** A span in UTF-16 offsets, as JavaScript strings count. */
export interface DwieSpan {
  start: number;
  end: number;
}

export interface DwieConcept {
  key: number;
  name: string;
  /** The concept's Wikipedia link, the same for one thing in every article. */
  link: string | undefined;
  /** Undefined for concepts outside the scored types (places, dates, roles, demonyms, ...). */
  type: DwieType | undefined;
  mentions: DwieSpan[];
  /** Mentions of the concept's demonyms (`gpe0-x` concepts linked to it by `gpe0`). */
  demonyms: DwieSpan[];
}

export interface DwieRelation {
  type: DwieRelationType;
  source: number;
  target: number;
}

export interface DwieArticle {
  id: string;
  text: string;
  concepts: DwieConcept[];
  relations: DwieRelation[];
  /** Spans DWIE marks as footer (authors, agencies, editor): not annotated inside, so not scored. */
  footers: DwieSpan[];
  /** Mentions of `gpe0-x` demonyms linked to no country: demonyms all the same, so not scored. */
  unlinkedDemonyms: DwieSpan[];
}

/** UTF-16 offset of each code point offset 0..n of `text` (DWIE counts code points). */
export function codePointOffsets(text: string): number[] {
  const out: number[] = [];
  let unit = 0;
  for (const ch of text) {
    out.push(unit);
    unit += ch.length;
  }
  out.push(unit);
  return out;
}

function conceptType(tags: readonly string[]): DwieType | undefined {
  return TYPE_TAGS.find(([tag]) => tags.includes(tag))?.[1];
}

type DwieFile = z.infer<typeof DwieFileSchema>;
type Concepts = Map<number, DwieConcept>;

/**
 * Reads one DWIE JSON document (already parsed) into concepts with UTF-16 mention spans and the
 * relations the graph can hold. Throws SCHEMA_VIOLATION naming `where` on a malformed file.
 */
export function readDwie(value: unknown, where: string): DwieArticle {
  const doc = parseDwieFile(value, where);
  const concepts = readConcepts(doc, where);
  addDemonyms(doc, concepts);
  return {
    id: doc.id,
    text: doc.content,
    concepts: [...concepts.values()],
    relations: scoredRelations(doc, concepts),
    footers: footerSpans(doc, concepts),
    unlinkedDemonyms: unlinkedDemonymSpans(doc, concepts),
  };
}

function parseDwieFile(value: unknown, where: string): DwieFile {
  const parsed = DwieFileSchema.safeParse(value);
  if (!parsed.success) {
    throw new NewsgraphError(
      'SCHEMA_VIOLATION',
      `not a DWIE document: ${parsed.error.issues[0] ? describeIssue(parsed.error.issues[0]) : 'invalid'}`,
      {
        where,
      },
    );
  }
  return parsed.data;
}

/** Each concept with its mentions as UTF-16 spans. */
function readConcepts(doc: DwieFile, where: string): Concepts {
  const units = codePointOffsets(doc.content);
  const concepts: Concepts = new Map();
  for (const c of doc.concepts) {
    const type = conceptType(c.tags ?? []);
    concepts.set(c.concept, {
      key: c.concept,
      name: c.text ?? '',
      link: c.link ?? undefined,
      type,
      mentions: [],
      demonyms: [],
    });
  }
  for (const [i, m] of doc.mentions.entries()) {
    const start = units[m.begin];
    const end = units[m.end];
    const concept = concepts.get(m.concept);
    if (start === undefined || end === undefined || end < start || concept === undefined) {
      throw new NewsgraphError(
        'SCHEMA_VIOLATION',
        `mention ${i} is outside the text or its concepts`,
        {
          where,
        },
      );
    }
    concept.mentions.push({ start, end });
  }
  return concepts;
}

function addDemonyms(doc: DwieFile, concepts: Concepts): void {
  for (const r of doc.relations) {
    if (r.p !== 'gpe0') continue;
    const target = concepts.get(r.o);
    if (target === undefined) continue;
    target.demonyms.push(...(concepts.get(r.s)?.mentions ?? []));
    // A country named only by its demonym is an untyped concept; it is still a state.
    target.type ??= 'State';
  }
}

/** The relations the graph can hold between typed concepts, as scored. */
function scoredRelations(doc: DwieFile, concepts: Concepts): DwieRelation[] {
  const relations: DwieRelation[] = [];
  for (const r of doc.relations) {
    const source = concepts.get(r.s);
    const target = concepts.get(r.o);
    const type = PREDICATES[r.p];
    if (type === undefined || source?.type === undefined || target?.type === undefined) continue;
    const [from, to] = ENDPOINTS[type];
    if (from.includes(source.type) && to.includes(target.type)) {
      relations.push({ type, source: r.s, target: r.o });
    }
  }
  // GUIDELINES.md: a head gets LEADS, and a REPRESENTS of the same pair is then only accepted;
  // DWIE marks heads `agent_of` too, which would make it required.
  const heads = new Set(
    relations.filter((r) => r.type === 'LEADS').map((r) => `${r.source} ${r.target}`),
  );
  // GUIDELINES.md: duplicate triples count once; DWIE gives a minister `minister_of` and `agent_of`
  // of one state, and a head `head_of_state` and `head_of_gov`, which map to the same triple.
  const seen = new Set<string>();
  return relations.filter((r) => {
    const key = `${r.type} ${r.source} ${r.target}`;
    if (seen.has(key) || (r.type === 'REPRESENTS' && heads.has(`${r.source} ${r.target}`)))
      return false;
    seen.add(key);
    return true;
  });
}

function footerSpans(doc: DwieFile, concepts: Concepts): DwieSpan[] {
  const footerKeys = new Set(
    doc.concepts.filter((c) => c.tags?.includes('type::footer')).map((c) => c.concept),
  );
  return [...concepts.values()].filter((c) => footerKeys.has(c.key)).flatMap((c) => c.mentions);
}

function unlinkedDemonymSpans(doc: DwieFile, concepts: Concepts): DwieSpan[] {
  const linked = new Set(doc.relations.filter((r) => r.p === 'gpe0').map((r) => r.s));
  return doc.concepts
    .filter((c) => c.tags?.includes('type::gpe0-x') === true && !linked.has(c.concept))
    .flatMap((c) => concepts.get(c.concept)?.mentions ?? []);
}
