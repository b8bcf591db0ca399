import { NewsgraphError } from '@newsgraph/graph-schema';
import { z } from 'zod';
import type { PhoenixRecord, PhoenixRole } from './phoenix-parse.js';

/** Bumped when the table's shape changes; readers reject versions they do not know. */
export const ACTOR_TABLE_VERSION = 1;

// One row per actor: type, name, aliases and roles (CODE:from:to, yyyymmdd, 0 = open), tab-separated;
// strings rather than nested arrays so that a 20,000-row table validates and loads quickly.
const ROW = /^[PO]\t[^\t;]+\t[^\t]*\t(?:[A-Z0-9~]+:\d+:\d+(?:;[A-Z0-9~]+:\d+:\d+)*)?$/;
const RowSchema = z.string().regex(ROW, 'must be "P|O<TAB>name<TAB>aliases;…<TAB>CODE:from:to;…"');
export const ActorTableSchema = z.strictObject({
  version: z.literal(ACTOR_TABLE_VERSION),
  source: z.string(),
  licence: z.string(),
  /** Phoenix role codes (GOV, MIL, ...) from the agents dictionary: any other 3-letter code is a state. */
  roleCodes: z.array(z.string().regex(/^[A-Z]{3}$/)),
  actors: z.array(RowSchema),
});
export type ActorTableFile = z.infer<typeof ActorTableSchema>;

export interface Actor {
  type: 'Person' | 'Organization';
  name: string;
  aliases: string[];
  roles: PhoenixRole[];
}

/** The words that tell a person's name from an organization's or a title. */
export interface NameWords {
  firstNames: ReadonlySet<string>;
  /** Lower-case words that end organization names ("council", "party"). */
  orgHeads: ReadonlySet<string>;
  /** Lower-case words of titles and honorifics, and other words no personal name holds. */
  notNames: ReadonlySet<string>;
}

/** "GEORGE W. BUSH" → "George W. Bush"; "KI-MOON" → "Ki-Moon". */
export function titleCase(words: readonly string[]): string {
  return words
    .map((w) =>
      w
        .toLowerCase()
        .replace(/(^|[-'’.])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase()),
    )
    .join(' ');
}

function personName(words: readonly string[], nameWords: NameWords): boolean {
  if (words.length < 2 || words.length > 5) return false;
  return words.every((w) => {
    const parts = w.toLowerCase().replace(/\.$/, '').split('-');
    if (/^\p{L}\.?$/u.test(w)) return true; // an initial ("W.")
    return (
      /^[\p{L}][\p{L}.'’-]*$/u.test(w) &&
      !parts.some((p) => nameWords.notNames.has(p) || nameWords.orgHeads.has(p))
    );
  });
}

function orgName(words: readonly string[], nameWords: NameWords): boolean {
  return words.length >= 2 && words.some((w) => nameWords.orgHeads.has(w.toLowerCase()));
}

const plainWord = (w: string): string =>
  w
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

/**
 * "+ASSAD" under "BASHAR_AL-ASSAD": a one-word synonym that is a word of one of the person's own
 * names, so the dictionary says that word alone names them ("+KRAJINA" or "+FDR" are not kept).
 */
function loneAliases(
  synonyms: readonly string[][],
  people: readonly string[][],
  nameWords: NameWords,
): string[] {
  const own = new Set(people.flatMap((p) => p.map(plainWord)));
  const lone = synonyms
    .filter((s) => s.length === 1)
    .map((s) => s[0] ?? '')
    .filter((w) => {
      const plain = plainWord(w);
      return (
        plain.length >= 3 &&
        own.has(plain) &&
        /^\p{L}[\p{L}'’-]*$/u.test(w) &&
        !nameWords.notNames.has(plain) &&
        !nameWords.orgHeads.has(plain)
      );
    });
  return [...new Set(lone.map((w) => titleCase([w])))];
}

/**
 * A person: a clean name of two to five words (the primary phrase, or its first clean synonym
 * when the primary carries a title), listed as a leader (CountryInfo, IGOrulers), holding a dated
 * role, or opening with a known first name. An organization: a name with an organization head word.
 */
export function classifyRecord(
  record: PhoenixRecord,
  nameWords: NameWords,
  roleCodes: ReadonlySet<string>,
): Actor | undefined {
  // A bare state code marks a country, a city or another name for the state itself.
  if (record.roles.some((r) => /^[A-Z]{3}$/.test(r.code) && !roleCodes.has(r.code)))
    return undefined;
  const phrases = [record.name, ...record.synonyms];
  const people = phrases.filter((p) => personName(p, nameWords));
  const [first] = people;
  const leader = /CountryInfo|IGOrulers/i.test(record.comment);
  const firstName = (p: readonly string[]): boolean =>
    nameWords.firstNames.has(titleCase([p[0] ?? '']));
  const dated = record.roles.some((r) => r.from + r.to > 0);
  if (
    first !== undefined &&
    (leader || dated || firstName(first)) &&
    !orgName(record.name, nameWords)
  ) {
    const name = titleCase(first);
    const aliases = [...new Set(people.slice(1).map(titleCase))].filter((a) => a !== name);
    aliases.push(...loneAliases(record.synonyms, people, nameWords));
    return { type: 'Person', name, aliases, roles: record.roles };
  }
  if (orgName(record.name, nameWords)) {
    const name = titleCase(record.name);
    const aliases = record.synonyms.map(titleCase).filter((a) => a !== name);
    return { type: 'Organization', name, aliases: [...new Set(aliases)], roles: record.roles };
  }
  return undefined;
}

export interface TableSource {
  source: string;
  licence: string;
  roleCodes: readonly string[];
}

export function toTableFile(actors: readonly Actor[], from: TableSource): ActorTableFile {
  return {
    version: ACTOR_TABLE_VERSION,
    source: from.source,
    licence: from.licence,
    roleCodes: [...from.roleCodes].sort(),
    actors: actors.map((a) =>
      [
        a.type === 'Person' ? 'P' : 'O',
        a.name,
        a.aliases.join(';'),
        a.roles.map((r) => `${r.code}:${r.from}:${r.to}`).join(';'),
      ].join('\t'),
    ),
  };
}

function readRow(row: string): Actor {
  const [type, name = '', aliases = '', roles = ''] = row.split('\t');
  return {
    type: type === 'P' ? 'Person' : 'Organization',
    name,
    aliases: aliases === '' ? [] : aliases.split(';'),
    roles:
      roles === ''
        ? []
        : roles.split(';').map((r) => {
            const [code = '', from = '0', to = '0'] = r.split(':');
            return { code, from: Number(from), to: Number(to) };
          }),
  };
}

/** Validates a parsed actor table file; throws SCHEMA_VIOLATION naming `where`. */
export function readTableFile(
  value: unknown,
  where: string,
): { actors: Actor[]; roleCodes: Set<string> } {
  const parsed = ActorTableSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new NewsgraphError(
      'SCHEMA_VIOLATION',
      `not an actor table: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`,
      { where },
    );
  }
  const actors = parsed.data.actors.map(readRow);
  return { actors, roleCodes: new Set(parsed.data.roleCodes) };
}
