import { NewsgraphError } from '@newsgraph/graph-schema';

/** One dated role: a Phoenix code in force from `from` to `to` (yyyymmdd, 0 = open). */
export interface PhoenixRole {
  code: string;
  from: number;
  to: number;
}

/** One actor record as the dictionary writes it: a primary phrase, synonyms, roles. */
export interface PhoenixRecord {
  /** Words of the primary phrase ("TONY", "BLAIR"). */
  name: string[];
  synonyms: string[][];
  /** Dated roles in file order, then undated ones (defaults: from = to = 0). */
  roles: PhoenixRole[];
  /** The comment after `#` on the primary line ("CountryInfo.txt"). */
  comment: string;
  line: number;
}

export interface PhoenixParseOptions {
  /** Where the text came from, for error messages. */
  where: string;
  /** Skip malformed role restrictions instead of failing (the shipped dictionaries have a few). */
  lenient?: boolean;
}

const RESTRICTION = /\[([^\]\s]*)(?:\s+([^\]]*))?\]/g;

/** "970502" or "19970502" → 19970502; two-digit years below 30 are 20YY, as PETRARCH reads them. */
export function phoenixDate(text: string): number | undefined {
  if (/^\d{8}$/.test(text)) return Number(text);
  if (!/^\d{6}$/.test(text)) return undefined;
  const yy = Number(text.slice(0, 2));
  return (yy < 30 ? 20000000 : 19000000) + Number(text);
}

function parseRestriction(code: string, range: string | undefined): PhoenixRole | undefined {
  const r = (range ?? '').trim();
  if (r === '') return { code, from: 0, to: 0 };
  const after = /^>\s*(\d+)$/.exec(r);
  if (after?.[1]) {
    const from = phoenixDate(after[1]);
    return from === undefined ? undefined : { code, from, to: 0 };
  }
  const before = /^<\s*(\d+)$/.exec(r);
  if (before?.[1]) {
    const to = phoenixDate(before[1]);
    return to === undefined ? undefined : { code, from: 0, to };
  }
  const between = /^(\d+)\s*-\s*(\d+)$/.exec(r);
  const from = between?.[1] ? phoenixDate(between[1]) : undefined;
  const to = between?.[2] ? phoenixDate(between[2]) : undefined;
  return from === undefined || to === undefined ? undefined : { code, from, to };
}

/** "TONY_BLAIR_" or "carlos santos_cruz" → ["TONY", "BLAIR"]. */
function phraseWords(phrase: string): string[] {
  return phrase.split(/[_\s]+/).filter((w) => w !== '');
}

function splitComment(line: string): [string, string] {
  const hash = line.indexOf('#');
  return hash < 0 ? [line, ''] : [line.slice(0, hash), line.slice(hash + 1).trim()];
}

function addRoles(
  record: PhoenixRecord,
  text: string,
  where: string,
  options: PhoenixParseOptions,
): void {
  for (const match of text.matchAll(RESTRICTION)) {
    const code = match[1] ?? '';
    const role = code === '' || code === '---' ? undefined : parseRestriction(code, match[2]);
    if (role !== undefined) record.roles.push(role);
    else if (code !== '---' && !options.lenient) {
      throw new NewsgraphError('SCHEMA_VIOLATION', `malformed role restriction ${match[0]}`, {
        where,
        hint: 'write roles as [CODE], [CODE YYMMDD-YYMMDD], [CODE >YYMMDD] or [CODE <YYMMDD]',
      });
    }
  }
}

/**
 * Reads an actor dictionary in the PETRARCH2 / Phoenix format (dictionaries.rst): a primary phrase
 * with an optional [code], `+synonym` lines, and tab-indented [CODE date] restrictions.
 */
export function parsePhoenix(text: string, options: PhoenixParseOptions): PhoenixRecord[] {
  const records: PhoenixRecord[] = [];
  let current: PhoenixRecord | undefined;
  text.split(/\r?\n/).forEach((raw, i) => {
    const where = `${options.where}:${i + 1}`;
    const [body, comment] = splitComment(raw);
    if (body.trim() === '') return;
    if (/^\s/.test(body) && body.trim().startsWith('[')) {
      if (current === undefined) {
        throw new NewsgraphError('SCHEMA_VIOLATION', 'a role restriction before any actor', {
          where,
        });
      }
      return addRoles(current, body, where, options);
    }
    const line = body.trim();
    if (line.startsWith('+')) {
      if (current === undefined) {
        throw new NewsgraphError('SCHEMA_VIOLATION', 'a synonym before any actor', { where });
      }
      const words = phraseWords(line.slice(1).replace(/\[.*$/, ''));
      if (words.length > 0) current.synonyms.push(words);
      return;
    }
    const bracket = line.indexOf('[');
    const name = phraseWords(bracket < 0 ? line : line.slice(0, bracket));
    if (name.length === 0) {
      throw new NewsgraphError('SCHEMA_VIOLATION', `no actor name in "${line}"`, { where });
    }
    current = { name, synonyms: [], roles: [], comment, line: i + 1 };
    records.push(current);
    if (bracket >= 0) addRoles(current, line.slice(bracket), where, options);
  });
  for (const r of records)
    r.roles.sort((a, b) => Number(a.from + a.to === 0) - Number(b.from + b.to === 0));
  return records;
}
