import { readFileSync } from 'node:fs';
import { entityId } from '@newsgraph/graph-schema';
import { classifyRecord, readTableFile, type Actor } from './actor-table.js';
import { nameWords } from './name-words.js';
import { parsePhoenix, type PhoenixRole } from './phoenix-parse.js';

/** Keys already computed: the table's names are keyed again for every article that names one. */
const keyCache = new Map<string, string>();
const KEY_CACHE_SIZE = 200_000;

/** Comparison key of an actor name: no accents, case, dots or apostrophes; hyphens are spaces. */
export function actorKey(name: string): string {
  let key = keyCache.get(name);
  if (key === undefined) {
    if (keyCache.size >= KEY_CACHE_SIZE) keyCache.clear();
    key = computeKey(name);
    keyCache.set(name, key);
  }
  return key;
}

function computeKey(name: string): string {
  const plain = /^[\x20-\x7e]*$/.test(name) ? name : name.normalize('NFKD').replace(/\p{M}+/gu, '');
  return plain
    .toLowerCase()
    .replace(/[.'’]/g, '')
    .replace(/[\s_-]+/g, ' ')
    .trim();
}

/** The graph id of a table actor: the same slug the extractor gives the full name. */
export function actorId(actor: Actor): string {
  return entityId(actor.type, actor.name);
}

/** The dated role in force on `date` (yyyymmdd), else the default one; the default without a date. */
export function roleAt(actor: Actor, date: number | undefined): PhoenixRole | undefined {
  if (date !== undefined) {
    const dated = actor.roles.find(
      (r) => r.from + r.to > 0 && (r.from === 0 || r.from <= date) && (r.to === 0 || date <= r.to),
    );
    if (dated !== undefined) return dated;
  }
  return actor.roles.find((r) => r.from + r.to === 0);
}

/** Whether some dated role holds on `date`. */
export function inOffice(actor: Actor, date: number): boolean {
  return actor.roles.some(
    (r) => r.from + r.to > 0 && (r.from === 0 || r.from <= date) && (r.to === 0 || date <= r.to),
  );
}

/** Names, surnames and role codes → actors; later actors of the same name replace earlier ones. */
export class ActorIndex {
  readonly byName = new Map<string, Actor[]>();
  readonly bySurname = new Map<string, Actor[]>();
  /** One-word aliases ("assad"): a surname the dictionary lets stand alone for its person. */
  readonly byLoneName = new Map<string, Actor[]>();
  readonly roleCodes: ReadonlySet<string>;
  readonly size: number;

  constructor(actors: readonly Actor[], roleCodes: ReadonlySet<string>) {
    this.roleCodes = roleCodes;
    const latest = new Map<string, Actor>();
    for (const a of actors) latest.set(`${a.type} ${actorKey(a.name)}`, a);
    this.size = latest.size;
    for (const a of latest.values()) {
      for (const name of new Set([a.name, ...a.aliases].map(actorKey)))
        push(a.type === 'Person' && !name.includes(' ') ? this.byLoneName : this.byName, name, a);
      const surname = actorKey(a.name).split(' ').at(-1);
      if (a.type === 'Person' && surname !== undefined) push(this.bySurname, surname, a);
    }
  }

  /** The ISO code of the state a role code names ("GBRGOV" → "GBR"); none for IGO/NGO/company codes. */
  stateOf(code: string): string | undefined {
    const head = code.slice(0, 3);
    return /^[A-Z]{3}$/.test(head) && !this.roleCodes.has(head) && head !== 'MNC'
      ? head
      : undefined;
  }

  /** This table with more actors after it (they win on a shared name). */
  extend(more: readonly Actor[]): ActorIndex {
    if (more.length === 0) return this;
    return new ActorIndex([...this.actors(), ...more], this.roleCodes);
  }

  private actors(): Actor[] {
    const all = new Set<Actor>();
    for (const list of this.byName.values()) for (const a of list) all.add(a);
    return [...all];
  }
}

function push(map: Map<string, Actor[]>, key: string, actor: Actor): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [actor]);
  else if (!list.includes(actor)) list.push(actor);
}

let bundled: ActorIndex | undefined;

/** The shipped table (data/actors.json, from PETRARCH2; MIT), read once per process. */
export function bundledActors(): ActorIndex {
  if (bundled !== undefined) return bundled;
  // The same two levels below the package root from src/actors and dist/actors.
  const url = new URL('../../data/actors.json', import.meta.url);
  const table = readTableFile(JSON.parse(readFileSync(url, 'utf8')) as unknown, url.pathname);
  bundled = new ActorIndex(table.actors, table.roleCodes);
  return bundled;
}

/** Actors from a user's dictionary in the Phoenix format (`--actors FILE`). */
export function readActors(text: string, where: string): Actor[] {
  const words = nameWords();
  const { roleCodes } = bundledActors();
  return parsePhoenix(text, { where }).flatMap((r) => classifyRecord(r, words, roleCodes) ?? []);
}

const extended = new WeakMap<readonly Actor[], ActorIndex>();

/** The bundled table extended by `extra` (built once per `extra` array). */
export function actorIndex(extra: readonly Actor[] | undefined): ActorIndex {
  if (extra === undefined || extra.length === 0) return bundledActors();
  let index = extended.get(extra);
  if (index === undefined) {
    index = bundledActors().extend(extra);
    extended.set(extra, index);
  }
  return index;
}
