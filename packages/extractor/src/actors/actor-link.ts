import type { Entity } from '@newsgraph/graph-schema';
import type { Mention } from '../types.js';
import type { Actor } from './actor-table.js';
import { actorId, actorKey, inOffice, roleAt, type ActorIndex } from './actor-index.js';
import { nameMatching } from '../lexicon/name-matching.js';
import { loneActor } from './lone-names.js';
import { withProps } from '../with-props.js';
import { speakerWords, type Gender } from '../lexicon/speaker-words.js';
import { givenNameGender, titleGenderBefore } from '../stages/name-gender.js';

export interface LinkInput {
  entities: Entity[];
  mentions: Mention[];
  index: ActorIndex;
  /** The article's date (yyyymmdd), when known. */
  date: number | undefined;
  /** The article's text, for the titles before names ("Mrs. Obama"). */
  text: string;
}

/** Of several table actors for one name, those in office on the date, when that narrows them. */
function narrow(candidates: readonly Actor[], date: number | undefined): Actor[] {
  if (date === undefined || candidates.length < 2) return [...candidates];
  const current = candidates.filter((a) => inOffice(a, date));
  return current.length > 0 ? current : [...candidates];
}

/** Whether the role in force on `date` is a post, not a listing among a state's elite (…ELI). */
function holdsPost(actor: Actor, date: number): boolean {
  const code = roleAt(actor, date)?.code;
  return code !== undefined && !code.endsWith('ELI');
}

/**
 * A surname alone ("Mr Blair", "President Bush"): the one table person of that surname in office
 * on the article's date, or else whose state the article names; nobody when several fit.
 */
function bySurname(
  input: LinkInput,
  surname: string,
  states: ReadonlySet<string>,
): Actor | undefined {
  const all = input.index.bySurname.get(surname) ?? [];
  const { date } = input;
  const stateOf = (a: Actor): string | undefined => {
    const role = roleAt(a, date);
    return role === undefined ? undefined : input.index.stateOf(role.code);
  };
  const named = (list: readonly Actor[]): Actor[] =>
    list.filter((a) => states.has(stateOf(a) ?? ''));
  if (date !== undefined) {
    const current = all.filter((a) => inOffice(a, date));
    const pick = current.length === 1 ? current : named(current);
    if (pick.length === 1) return pick[0];
    // "President Bush" in 1990: the father held a post; the son was only listed among the elite.
    const posted = (pick.length > 1 ? pick : current).filter((a) => holdsPost(a, date));
    if (posted.length === 1) return posted[0];
    if (current.length > 0) return undefined;
  }
  const pick = named(all);
  return pick.length === 1 ? pick[0] : undefined;
}

/**
 * "George Bush" in 2004: when no table person of that exact name is in office on the date, the one
 * of the same first name and surname who is ("George W. Bush"), the middle name left out. Not for
 * a name whose middle initials are another's: "George H.W. Bush" in 2004 is the father still.
 */
function namesakeInOffice(
  input: LinkInput,
  key: string,
  named: readonly Actor[],
): Actor | undefined {
  const { date } = input;
  const words = key.split(' ');
  if (date === undefined || words.length < 2 || named.some((a) => inOffice(a, date)))
    return undefined;
  const all = input.index.bySurname.get(words.at(-1) ?? '') ?? [];
  const firsts = firstWords(all);
  const initials = middleInitials(words);
  const fits = all.filter(
    (a, k) =>
      firsts[k] === words[0] &&
      inOffice(a, date) &&
      (initials === undefined || otherInitials(actorKey(a.name), initials)),
  );
  return fits.length === 1 ? fits[0] : undefined;
}

/** A name's middle when it is initials only ("george hw bush": "hw"), else undefined. */
function middleInitials(words: readonly string[]): string | undefined {
  const middle = words.slice(1, -1);
  return middle.length > 0 && middle.every((w) => w.length <= 2) ? middle.join('') : undefined;
}

/** The actor's key gives no middle, or the same initials: "George W. Bush" is not "George H.W. Bush". */
function otherInitials(actor: string, initials: string): boolean {
  const words = actor.split(' ');
  const middle = words.slice(1, -1).map((w) => w[0] ?? '');
  return middle.length === 0 || middle.join('') === initials;
}

/** The first word of each actor's key, per surname list of the index (the lists never change). */
const firstWordCache = new WeakMap<readonly Actor[], string[]>();

function firstWords(list: readonly Actor[]): string[] {
  let firsts = firstWordCache.get(list);
  if (firsts === undefined) {
    firsts = list.map((a) => actorKey(a.name).split(' ')[0] ?? '');
    firstWordCache.set(list, firsts);
  }
  return firsts;
}

function findActor(
  input: LinkInput,
  entity: Entity,
  states: ReadonlySet<string>,
): Actor | undefined {
  const keys = new Set<string>([actorKey(entity.name)]);
  for (const alias of entity.aliases) keys.add(actorKey(alias));
  const byName = new Set<Actor>();
  for (const key of keys) {
    for (const a of input.index.byName.get(key) ?? []) if (a.type === 'Person') byName.add(a);
  }
  const named = narrow([...byName], input.date);
  const namesake = namesakeInOffice(input, actorKey(entity.name), named);
  if (namesake !== undefined) return namesake;
  if (named.length === 1) return named[0];
  if (named.length > 1) return undefined;
  const key = actorKey(entity.name);
  if (key.includes(' ')) return byVariant(input, key);
  return loneActor(input.index, key, input.date) ?? bySurname(input, key, states);
}

/** The table's variants of a name, per index: the same names come back article after article. */
const variantCache = new WeakMap<ActorIndex, Map<string, Actor[]>>();
const VARIANT_CACHE_SIZE = 50_000;

/**
 * "Yuri Trutnev" for the table's "Yuriy Trutnev": the one person of the same other names whose
 * first name differs from the article's only in its ending (transliterations do), in office on
 * the date when several fit.
 */
function byVariant(input: LinkInput, key: string): Actor | undefined {
  const words = key.split(' ');
  const first = words[0] ?? '';
  const rest = words.slice(1).join(' ');
  // One first name the other's start, a letter or two apart; every other word the same.
  const variant = (name: string): boolean => {
    // The first word and the others, as split(' ') and join(' ') give them, without the arrays.
    const space = name.indexOf(' ');
    const a = space < 0 ? name : name.slice(0, space);
    if ((space < 0 ? '' : name.slice(space + 1)) !== rest) return false;
    const [short, long] = a.length < first.length ? [a, first] : [first, a];
    return short.length >= 3 && long.startsWith(short) && long.length - short.length <= 2;
  };
  let known = variantCache.get(input.index);
  if (known === undefined) variantCache.set(input.index, (known = new Map<string, Actor[]>()));
  let fits = known.get(key);
  if (fits === undefined) {
    if (known.size >= VARIANT_CACHE_SIZE) known.clear();
    fits = (input.index.bySurname.get(words.at(-1) ?? '') ?? []).filter((a) =>
      variant(actorKey(a.name)),
    );
    known.set(key, fits);
  }
  const narrowed = narrow(fits, input.date);
  return narrowed.length === 1 ? narrowed[0] : undefined;
}

/**
 * Gives each person the table knows one canonical id and name, the same in every article, and
 * the state its role names on the article's date (attributes `actorState`, `actorRole`; undated,
 * `actorGovernment`: the one state whose government the table ever lists it in). People
 * resolved to the same actor become one; "names" joined by a preposition are dropped.
 */
export function linkActors(input: LinkInput): { entities: Entity[]; mentions: Mention[] } {
  const states = new Set(
    input.entities.filter((e) => e.type === 'State').map((e) => e.id.slice('state:'.length)),
  );
  const titled = titleGenders(input);
  const renamed = new Map<string, string>();
  const dropped = new Set<string>();
  const byId = new Map<string, Entity>();
  for (const entity of input.entities) {
    if (entity.type === 'Person' && nameMatching().joiner.test(` ${entity.name} `)) {
      dropped.add(entity.id);
      continue;
    }
    const found = entity.type === 'Person' ? findActor(input, entity, states) : undefined;
    const actor = found !== undefined && otherGender(titled, entity, found) ? undefined : found;
    const linked = actor === undefined ? entity : linkedEntity(input, entity, actor);
    renamed.set(entity.id, linked.id);
    const earlier = byId.get(linked.id);
    if (earlier === undefined) byId.set(linked.id, linked);
    else byId.set(linked.id, mergeEntities(earlier, linked));
  }
  const mentions = input.mentions
    .filter((m) => !dropped.has(m.entityId))
    .map((m) => {
      const id = renamed.get(m.entityId) ?? m.entityId;
      return id === m.entityId ? m : { ...m, entityId: id };
    });
  return { entities: [...byId.values()], mentions };
}

/**
 * Each person's gender as the titles before their mentions say it ("Mrs. Obama"), where they
 * agree; a person with titles of both genders is left out.
 */
function titleGenders(input: LinkInput): Map<string, Gender | null> {
  const out = new Map<string, Gender | null>();
  const words = speakerWords();
  for (const m of input.mentions) {
    if (m.type !== 'Person') continue;
    const gender = titleGenderBefore(words, input.text, m.start);
    if (gender === undefined) continue;
    const known = out.get(m.entityId);
    out.set(m.entityId, known === undefined || known === gender ? gender : null);
  }
  return out;
}

/**
 * "Mrs. Obama" is not the table's Barack Obama: a title of one gender keeps a person from an actor
 * whose given name says the other, as it keeps a surname from a person of the text (person-index.ts).
 */
function otherGender(titled: Map<string, Gender | null>, entity: Entity, actor: Actor): boolean {
  const gender = titled.get(entity.id);
  if (gender === undefined || gender === null) return false;
  const given = givenNameGender(speakerWords(), actor.name);
  return given !== undefined && given !== gender;
}

function linkedEntity(input: LinkInput, entity: Entity, actor: Actor): Entity {
  const role = roleAt(actor, input.date);
  // Without a role in force, the one state all its roles name, if they agree.
  const states = new Set(actor.roles.map((r) => input.index.stateOf(r.code)));
  const [only] = states;
  const state =
    (role === undefined ? undefined : input.index.stateOf(role.code)) ??
    (states.size === 1 ? only : undefined);
  // The article's own spelling when it gives the full name; the table's otherwise.
  const name = actorKey(entity.name) === actorKey(actor.name) ? entity.name : actor.name;
  const attributes: Record<string, string | number | boolean> = { ...entity.attributes };
  if (role !== undefined) attributes['actorRole'] = role.code;
  if (state !== undefined) attributes['actorState'] = state;
  // Every role in one state: the person's state whatever the date.
  if (state !== undefined && states.size === 1) attributes['actorSole'] = true;
  // Undated articles: the one state whose government the table ever puts the person in.
  const governments = new Set(
    actor.roles.filter((r) => r.code.endsWith('GOV')).map((r) => input.index.stateOf(r.code)),
  );
  const [government] = governments;
  if (input.date === undefined && governments.size === 1 && government !== undefined)
    attributes['actorGovernment'] = government;
  return withProps(entity, {
    id: actorId(actor),
    name,
    aliases: [...new Set([name, ...entity.aliases])],
    ...(Object.keys(attributes).length > 0 ? { attributes } : {}),
  });
}

function mergeEntities(a: Entity, b: Entity): Entity {
  const spans = new Map([...a.mentions, ...b.mentions].map((m) => [`${m.start}:${m.end}`, m]));
  return withProps(a, {
    aliases: [...new Set([...a.aliases, ...b.aliases])],
    mentions: [...spans.values()].sort((x, y) => x.start - y.start),
    ...(a.attributes || b.attributes ? { attributes: { ...b.attributes, ...a.attributes } } : {}),
  });
}
