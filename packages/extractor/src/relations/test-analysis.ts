// Builds an Analysis by hand for the relation tests, so they do not depend on the entity stage.
import type { EntityType } from '@newsgraph/graph-schema';
import type { Analysis, Mention, Quote, Sentence } from '../types.js';

export interface EntitySpec {
  id: string;
  type: EntityType;
  /** Surface forms, matched case-sensitively at word boundaries. */
  names: string[];
  attributes?: Record<string, string>;
}

export interface RoleSpec {
  /** A surface form of the person the title is attached to (every occurrence). */
  person: string;
  /** The title text as it stands in the sentence, right before the name. */
  title: string;
  of?: string;
}

export interface QuoteSpec {
  text: string;
  speakerId: string;
}

export function analysisOf(
  text: string,
  entities: EntitySpec[],
  roles: RoleSpec[] = [],
  quotes: QuoteSpec[] = [],
): Analysis {
  const sentences = splitSentences(text);
  const mentions = findMentions(text, sentences, entities);
  for (const role of roles) attachRole(text, mentions, role);
  mentions.sort((a, b) => a.start - b.start);
  return {
    text,
    sentences,
    entities: entities.map((e) => ({
      id: e.id,
      type: e.type,
      name: e.names[0] ?? e.id,
      aliases: e.names,
      mentions: mentions
        .filter((m) => m.entityId === e.id)
        .map(({ start, end, text: t }) => ({ start, end, text: t })),
      ...(e.attributes ? { attributes: e.attributes } : {}),
    })),
    mentions,
    quotes: quotes.map((q): Quote => {
      const start = text.indexOf(q.text);
      return { start, end: start + q.text.length, text: q.text, speakerId: q.speakerId };
    }),
  };
}

/** Every occurrence of every surface form, longest first, never overlapping. */
function findMentions(text: string, sentences: Sentence[], entities: EntitySpec[]): Mention[] {
  const mentions: Mention[] = [];
  const taken: [number, number][] = [];
  const surfaces = entities.flatMap((entity) => entity.names.map((name) => ({ entity, name })));
  surfaces.sort((a, b) => b.name.length - a.name.length);
  for (const { entity, name } of surfaces) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(name)}(?![\\p{L}\\p{N}])`, 'gu');
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + name.length;
      if (taken.some(([s, e]) => s < end && start < e)) continue;
      taken.push([start, end]);
      const sentence = sentences.findIndex((s) => s.start <= start && start < s.end);
      mentions.push({
        start,
        end,
        text: name,
        entityId: entity.id,
        type: entity.type,
        sentence,
        kind: 'name',
      });
    }
  }
  return mentions;
}

function attachRole(text: string, mentions: Mention[], role: RoleSpec): void {
  for (const mention of mentions.filter((m) => m.text === role.person)) {
    const start = text.lastIndexOf(role.title, mention.start);
    if (start < 0 || text.slice(start + role.title.length, mention.start).trim() !== '') continue;
    mention.role = {
      title: role.title,
      start,
      end: start + role.title.length,
      ...(role.of ? { of: role.of } : {}),
    };
  }
}

function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  // Not after an honorific ("Ms. Flores").
  const boundary = /(?<!\b(?:Mr|Mrs|Ms|Dr|Sen|Gov)\.)(?<=[.!?]["”’]?)\s+(?=["“]?\p{Lu})|\n\s*\n/gu;
  let start = 0;
  for (const match of text.matchAll(boundary)) {
    sentences.push({ index: sentences.length, start, end: match.index, paragraph: 0 });
    start = match.index + match[0].length;
  }
  if (start < text.length)
    sentences.push({ index: sentences.length, start, end: text.length, paragraph: 0 });
  return sentences;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Common entities for tests. */
export const STATES = {
  france: { id: 'state:FRA', type: 'State', names: ['France', 'French'] },
  germany: { id: 'state:DEU', type: 'State', names: ['Germany', 'German'] },
  us: {
    id: 'state:USA',
    type: 'State',
    names: ['United States', 'U.S.', 'US', 'Washington', 'American'],
  },
  china: { id: 'state:CHN', type: 'State', names: ['China', 'Chinese', 'Beijing'] },
  russia: { id: 'state:RUS', type: 'State', names: ['Russia', 'Russian', 'Moscow'] },
  turkey: { id: 'state:TUR', type: 'State', names: ['Turkey', 'Turkish'] },
  japan: { id: 'state:JPN', type: 'State', names: ['Japan', 'Japanese'] },
  brazil: { id: 'state:BRA', type: 'State', names: ['Brazil', 'Brazilian'] },
  chile: { id: 'state:CHL', type: 'State', names: ['Chile', 'Chilean'] },
  peru: { id: 'state:PER', type: 'State', names: ['Peru', 'Peruvian'] },
  uk: { id: 'state:GBR', type: 'State', names: ['United Kingdom', 'Britain', 'British', 'UK'] },
} satisfies Record<string, EntitySpec>;

export const ORGS = {
  nato: { id: 'org:nato', type: 'Organization', names: ['NATO', 'the alliance'] },
  eu: { id: 'org:european-union', type: 'Organization', names: ['European Union', 'EU'] },
  un: { id: 'org:united-nations', type: 'Organization', names: ['United Nations', 'UN'] },
  mercosur: { id: 'org:mercosur', type: 'Organization', names: ['Mercosur'] },
} satisfies Record<string, EntitySpec>;
