import type { Entity } from '@newsgraph/graph-schema';
import type { ArticleContext } from './article-context.js';
import type { CompiledCues, TitleSense } from './cue-lexicon.js';
import { emitRole, type RoleEnv } from './title-env.js';
import { classifyTitle } from './title-sense.js';
import { candidatePeople } from './candidate-people.js';
import { strength } from './confidence.js';

interface AnaphorPattern {
  regex: RegExp;
  /**
   * The letters each head's title starts with: a sentence none of whose words starts with one of
   * them cannot match `regex`. Undefined (no shortcut) where a title starts with no letter.
   */
  firstWords: ReadonlySet<string> | undefined;
}

const patterns = new WeakMap<CompiledCues, AnaphorPattern>();

// "the prime minister", "the Russian president", "Russia's president": a lower-case title after a
// determiner, a capitalised word or a possessive, with no name, "of" or hyphen after it.
function anaphorPattern(cues: CompiledCues): AnaphorPattern {
  let pattern = patterns.get(cues);
  if (pattern === undefined) {
    // Only heads of states can stand for the table's office holder: a short alternation.
    const heads = [...cues.titles]
      .filter(([, sense]) => sense.kind === 'leads' && sense.scope !== 'organization')
      .map(([title]) => title)
      .sort((a, b) => b.length - a.length);
    const alternation = heads.map((title) => title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const regex = new RegExp(
      `(?<![\\p{L}-])(?:[Tt]he\\s+(?:(\\p{Lu}[\\p{L}.-]*)\\s+)?|(\\p{Lu}[\\p{L}.-]*)['’]s\\s+)(${alternation.join('|')})(?![\\p{L}-])(?!\\s+(?:\\p{Lu}|of\\b))`,
      'gu',
    );
    const firstWords = new Set(heads.map(leadingLetters));
    pattern = { regex, firstWords: firstWords.has('') ? undefined : firstWords };
    patterns.set(cues, pattern);
  }
  return pattern;
}

/**
 * "The prime minister said", "Russia's president has defended": a head's title without a name
 * stands for the article's one person whom the dated actor table places in that state's
 * government and whom the article gives no other title. The state is the one the phrase names,
 * else that person's; nothing when the phrase names something that is no state of the article.
 */
export function anaphoricTitles(env: RoleEnv): void {
  const { view, ctx } = env;
  if (!hasOfficeHolder(ctx)) return;
  const pattern = anaphorPattern(env.cues);
  // The unicode regex with a lookbehind tries every position: most sentences hold no head's title.
  const first = pattern.firstWords;
  if (first && !view.words.some((word) => startsWithHead(first, word))) return;
  for (const match of view.sentenceText.matchAll(pattern.regex)) {
    const title = match[3];
    if (title === undefined || title !== title.toLowerCase()) continue;
    const sense = classifyTitle(env.cues, title);
    if (sense?.kind !== 'leads' || sense.scope === 'organization') continue;
    const word = match[1] ?? match[2];
    const at = view.sentence.start + match.index + match[0].indexOf(word ?? title);
    const named = word === undefined ? undefined : stateAt(env, at);
    if (word !== undefined && named === undefined) continue;
    const person = onlyOfficeHolder(ctx, sense, title, named);
    if (person === undefined) continue;
    const role = title.replace(
      /(^|\s)(\p{Ll})/gu,
      (_, s: string, c: string) => s + c.toUpperCase(),
    );
    emitRole(env, {
      type: 'LEADS',
      source: { id: person.id, type: 'Person' },
      target: { id: `state:${person.state}`, type: 'State' },
      confidence: strength('title-anaphor'),
      role,
    });
  }
}

/** `first.has(leadingLetters(word))`, without the regular expression for a plain a-z word. */
function startsWithHead(first: ReadonlySet<string>, word: string): boolean {
  if (first.has(word)) return true;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 97 || code > 122) return first.has(leadingLetters(word));
  }
  // All a-z: the word is its own leading letters, and it is no head's.
  return false;
}

/** A word's leading letters: a title may run into digits ("president2"), a word keeps them. */
function leadingLetters(word: string): string {
  return /^\p{L}*/u.exec(word)?.[0] ?? '';
}

/** The state code of the State mention starting at `at` in the sentence. */
function stateAt(env: RoleEnv, at: number): string | undefined {
  const mention = (env.ctx.mentionsBySentence.get(env.view.sentence.index) ?? []).find(
    (m) => m.start === at && m.type === 'State',
  );
  return mention?.entityId.startsWith('state:') ? mention.entityId.slice(6) : undefined;
}

/**
 * The one person of the article the table puts in a government the title fits; one the article
 * calls a candidate or nominee seeks an office and holds none the title could name.
 */
function onlyOfficeHolder(
  ctx: ArticleContext,
  sense: TitleSense,
  title: string,
  state: string | undefined,
): { id: string; state: string } | undefined {
  const titled = otherwiseTitled(ctx, title);
  const candidates = candidatePeople(ctx);
  const fits: { id: string; state: string }[] = [];
  for (const entity of ctx.entities.values()) {
    if (entity.type !== 'Person' || !ctx.mentionCounts.has(entity.id)) continue;
    const placed = governmentOf(entity.attributes);
    if (placed === undefined) continue;
    if (state !== undefined ? placed !== state : !ctx.entities.has(`state:${placed}`)) continue;
    if (sense.states !== undefined && !sense.states.includes(placed)) continue;
    if (!titled.has(entity.id) && !candidates.has(entity.id))
      fits.push({ id: entity.id, state: placed });
  }
  return fits.length === 1 ? fits[0] : undefined;
}

/** People the article gives a title other than `title` ("Chancellor Gordon Brown"). */
function otherwiseTitled(ctx: ArticleContext, title: string): Set<string> {
  // Once per article and title: a long text holds many mentions and many such titles.
  let byTitle = titledPeople.get(ctx);
  if (byTitle === undefined) titledPeople.set(ctx, (byTitle = new Map<string, Set<string>>()));
  let people = byTitle.get(title);
  if (people === undefined) byTitle.set(title, (people = titledOtherwise(ctx, title)));
  return people;
}

const titledPeople = new WeakMap<ArticleContext, Map<string, Set<string>>>();

function titledOtherwise(ctx: ArticleContext, title: string): Set<string> {
  const people = new Set<string>();
  for (const mention of ctx.analysis.mentions) {
    const own = mention.role?.title.toLowerCase().replace(/\s+/g, ' ').trim();
    if (own !== undefined && own !== title) people.add(mention.entityId);
  }
  return people;
}

/** The state whose government the table puts the person in on the article's date (or ever, undated). */
export function governmentOf(attributes: Entity['attributes']): string | undefined {
  const undated = attributes?.['actorGovernment'];
  if (typeof undated === 'string') return undated;
  const role = attributes?.['actorRole'];
  const state = attributes?.['actorState'];
  return typeof role === 'string' && role.endsWith('GOV') && typeof state === 'string'
    ? state
    : undefined;
}

const officeHolders = new WeakMap<ArticleContext, boolean>();

/** Whether the article names anyone the table puts in a government: else there is nothing to do. */
function hasOfficeHolder(ctx: ArticleContext): boolean {
  let known = officeHolders.get(ctx);
  if (known === undefined) {
    known = [...ctx.entities.values()].some(
      (e) => e.type === 'Person' && governmentOf(e.attributes) !== undefined,
    );
    officeHolders.set(ctx, known);
  }
  return known;
}
