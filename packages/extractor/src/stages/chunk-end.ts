import { cityNames } from '../lexicon/cities.js';
import { orgCues } from '../lexicon/org-cues.js';
import { clubNumber } from './club-number.js';
import { portfolioListEnd, portfolioRunEnd } from './portfolio-run.js';
import type { ScanContext } from './scan-context.js';
import { SCAN_WORDS } from './scan-words.js';

/** Lower-case particles that follow "von", "van" or "de" inside a surname. */
const NAME_PARTICLES = SCAN_WORDS.nameParticles;

/** Lower-case words besides the connectors inside a name that its acronym spells. */
const ACRONYM_JOINERS = SCAN_WORDS.acronymNameJoiners;

/** The most tokens a name's lower-case words and the rest of it run on before its acronym. */
const ACRONYM_NAME_REACH = 12;

/** Heads a number may follow inside a name. */
const NUMBERED_HEADS = SCAN_WORDS.numberedHeads;

/** "BBC Radio 4", "Channel 4 News": a channel's number is part of its name. */
function channelNumber(ctx: ScanContext, i: number): boolean {
  return (
    NUMBERED_HEADS.has(ctx.token(i - 1)?.text ?? '') && /^\d{1,2}$/.test(ctx.token(i)?.text ?? '')
  );
}

/** Capitalised words with connectors ("Court of Justice of the European Union") from `first`. */
export function chunkEnd(ctx: ScanContext, first: number, limit: number): number {
  let i = first;
  while (i < limit) {
    const t = ctx.token(i);
    if (t === undefined) break;
    if (ctx.isCap(i) || (i > first && ctx.elidedParticle(i))) {
      i++;
      if (t.poss) {
        // "Fishermen's Federation", "New People's Army": a plural possessor inside an organization's name.
        const after = pluralPossessiveEnd(ctx, i - 1, limit) ?? listedPastPossessive(ctx, first, i);
        if (after === undefined) break;
        i = after;
      } else if (ctx.token(i)?.text === "'" || ctx.token(i)?.text === '’') {
        const after = pluralPossessiveEnd(ctx, i - 1, limit);
        if (after !== undefined) i = after;
      }
      continue;
    }
    if (channelNumber(ctx, i)) {
      i++;
      continue;
    }
    if (i > first && clubNumber(ctx, i)) {
      // "SV Alpha 98 Beta vs. ...": two digits end a club's name; a year in four may open its city.
      if ((ctx.token(i++)?.text.length ?? 0) === 2) break;
      continue;
    }
    // "Organization for Security and Cooperation in Europe", "Co-operation": a listed name runs
    // through its own lower-case words and hyphens (not a slash: "CDU/CSU" stays two parties).
    const inName = i > first ? nameJoin(ctx, i) || listedThrough(ctx, first, i, limit) : 0;
    if (inName > 0) {
      i += inName;
      continue;
    }
    const spelled = i > first ? acronymNameEnd(ctx, first, i, limit) : undefined;
    if (spelled !== undefined) return spelled;
    // "Mission in the Central African Republic (MINUSCA)": "in" inside a name an acronym defines.
    if (i > first && t.text === 'in') {
      const through = acronymRunEnd(ctx, ctx.lower(i + 1) === 'the' ? i + 2 : i + 1, limit);
      if (through !== undefined) {
        i = through;
        break;
      }
    }
    // "and" joins only inside a listed name ("Food and Agriculture Organization", read above) or a
    // name that an organization head ends ("Peace and Security Council"), not two names.
    if (t.text === 'and') {
      // "Harlow Systems Inc. and Vandermeer Corp.": a legal suffix ends the first company's name.
      if (orgCues().legalSuffixes.has(ctx.token(i - 1)?.text ?? '')) break;
      const through = headedRunEnd(ctx, first, i, limit) ?? portfolioRunEnd(ctx, first, i, limit);
      if (through === undefined) break;
      i = through;
      break;
    }
    if (t.text === ',' && i > first) {
      const through = portfolioListEnd(ctx, first, i, limit);
      if (through !== undefined) return through;
    }
    if (t.text === 'on' && personBeforeOn(ctx, first, i)) break;
    // "Procter & Gamble" is one name; "Ana Ruiz & Tom Lind" two people, "Leeds & Hull" two towns.
    if (t.text === '&' && ampersandSplits(ctx, first, i)) break;
    const joined = i > first ? connectorJoin(ctx, i) : 0;
    if (joined === 0) break;
    i += joined;
  }
  while (i > first + 1 && !ctx.isNamePart(i - 1) && !channelNumber(ctx, i - 1)) i--;
  return i;
}

/**
 * Tokens from `i` to the end of the listed name that opens the run (after a capitalised "The"
 * too), where it runs on past the lower-case word or hyphen at `i`; 0 otherwise.
 */
function listedThrough(ctx: ScanContext, first: number, i: number, limit: number): number {
  const t = ctx.token(i);
  if (t === undefined || !(t.word || ctx.isGlue(i))) return 0;
  const from = ctx.token(first)?.text === 'The' ? first + 1 : first;
  const end = ctx.phrase(from, limit)?.end ?? 0;
  return end > i ? end - i : 0;
}

/**
 * "Ana Ruiz & Tom Lind": two people, each with a given name; "Douglas & Lomason", "Edward D. Jones &
 * Co": a firm named after its founders, where one surname or a legal suffix stands on a side.
 */
function ampersandSplits(ctx: ScanContext, first: number, and: number): boolean {
  const after = ctx.token(and + 1)?.text ?? '';
  if (orgCues().legalSuffixes.has(after)) return false;
  const givenFirst = ctx.lex.firstNames.has(ctx.token(first)?.text ?? '');
  if (givenFirst && (and - first >= 2 || ctx.lex.firstNames.has(after))) return true;
  const towns = cityNames();
  return towns.has(ctx.token(and - 1)?.text ?? '') && towns.has(ctx.token(and + 1)?.text ?? '');
}

/** Tokens at i that continue a name part: "Kim Jong-un" (a hyphenated syllable), "al-Burhan". */
function nameJoin(ctx: ScanContext, i: number): number {
  return (ctx.isGlue(i) && ctx.nameSyllable(i + 1)) || ctx.nameArticle(i) ? 2 : 0;
}

/**
 * Tokens at i that join two capitalised words into one name: a hyphen or connector ("Court of
 * Justice"), or a connector with "the" or a surname particle ("of the European Union", "Ursula von
 * der Leyen"); 0 where none does.
 */
function connectorJoin(ctx: ScanContext, i: number): number {
  const calendarNext = ctx.lex.calendar.has(ctx.token(i + 1)?.text ?? '');
  if ((ctx.isGlue(i) || ctx.isConnector(i)) && ctx.isCap(i + 1) && !calendarNext) return 1;
  const second = ctx.token(i + 1)?.text ?? '';
  const particle = second === 'the' || NAME_PARTICLES.has(second);
  return ctx.isConnector(i) && particle && ctx.isCap(i + 2) ? 2 : 0;
}

/**
 * "Peace and Security Council": the end of the capitalised words after the "and" at `and` when they
 * end in an organization head and no word before the "and" is a listed name or a given name.
 */
function headedRunEnd(
  ctx: ScanContext,
  first: number,
  and: number,
  limit: number,
): number | undefined {
  for (let k = first; k < and; k++) {
    const word = ctx.token(k)?.text ?? '';
    if (ctx.phrase(k, and) !== undefined || ctx.lex.firstNames.has(word) || !ctx.isCap(k))
      return undefined;
  }
  let j = and + 1;
  while (j < limit && ctx.isCap(j)) j++;
  return j > and + 1 && ctx.lex.orgHeads.has(ctx.token(j - 1)?.text ?? '') ? j : undefined;
}

/**
 * "State Law and Order Restoration Council (SLORC)", "Movement for Justice and Equality in Darfur
 * (MJED)": the end of the name from `first` through the lower-case word at `i` where the acronym in
 * parentheses after it spells the initials of all its capitalised words; undefined otherwise.
 */
function acronymNameEnd(
  ctx: ScanContext,
  first: number,
  i: number,
  limit: number,
): number | undefined {
  const from = ctx.token(first)?.text === 'The' ? first + 1 : first;
  const end = Math.min(limit, i + ACRONYM_NAME_REACH);
  for (let j = i; j < end; j++) {
    if (ctx.isCap(j)) {
      if (spelledName(ctx, from, j + 1)) return j + 1;
    } else if (!ctx.isConnector(j) && !ACRONYM_JOINERS.has(ctx.token(j)?.text ?? '')) {
      return undefined;
    }
  }
  return undefined;
}

/**
 * "Law and Order Council (LOC)", "Rally for Unity in Rwanda (RUR)": the acronym in parentheses
 * after the run spells its capitalised words' initials, and a word of the run other than "and"
 * joins them, or an organization head ends it: not "France and Germany (FG)", two names.
 */
export function spelledName(ctx: ScanContext, first: number, last: number): boolean {
  if (ctx.acronymDefinedAfter(first, last) === undefined) return false;
  if (ctx.lex.orgHeads.has(ctx.token(last - 1)?.text ?? '')) return true;
  for (let k = first + 1; k < last - 1; k++)
    if (!ctx.isCap(k) && ctx.lower(k) !== 'and') return true;
  return false;
}

/** End of a run of capitalised words from `from` that an acronym in parentheses follows. */
function acronymRunEnd(ctx: ScanContext, from: number, limit: number): number | undefined {
  let j = from;
  while (j < limit && (ctx.isCap(j) || (j > from && ctx.isConnector(j) && ctx.isCap(j + 1)))) j++;
  return j > from && ctx.acronymAfter(j) ? j : undefined;
}

const PLURAL_POSSESSOR = /(?:men|ers|ren|ple|ists|ans|ors)$/;

/**
 * The token after a plural possessive ("Farmers'", "Workers’", "People's") when the capitalised
 * words after it name an organization ("... Federation", "... Party"); undefined otherwise.
 */
/**
 * "People's Republic of China", "Democratic People's Republic of Korea": a listed name starting
 * between `first` and the possessive mark at `mark` that runs past the mark; the token after the mark, or undefined.
 */
function listedPastPossessive(ctx: ScanContext, first: number, mark: number): number | undefined {
  for (let start = first; start < mark; start++) {
    const listed = ctx.lex.phrases.longest(ctx.tokens, start, ctx.sentenceLast);
    if (listed !== undefined && listed.end > mark + 1) return mark + 1;
  }
  return undefined;
}

function pluralPossessiveEnd(ctx: ScanContext, at: number, limit: number): number | undefined {
  const word = ctx.token(at);
  const mark = ctx.token(at + 1);
  if (word === undefined || mark === undefined || mark.start !== word.end) return undefined;
  const plural =
    mark.text === "'" || mark.text === '’'
      ? /s$/.test(word.text)
      : PLURAL_POSSESSOR.test(word.text);
  if (!plural || ctx.lex.firstNames.has(word.text) || ctx.phrase(at, at + 1) !== undefined)
    return undefined;
  let j = at + 2;
  while (j < limit && ctx.isCap(j)) {
    if (ctx.lex.orgHeads.has(ctx.token(j)?.text ?? '')) return at + 2;
    j++;
  }
  return undefined;
}

/**
 * "Ana Ruiz on Kelvin Hour", "Tom Brandt on the budget": a given name and a surname or two, no
 * organization or event head among them, before "on" name a person speaking on something, not
 * one body ("Commission on Human Rights", "Conference on Disarmament" keep their "on").
 */
function personBeforeOn(ctx: ScanContext, first: number, on: number): boolean {
  const words = on - first;
  if (words < 2 || words > 3 || !ctx.lex.firstNames.has(ctx.token(first)?.text ?? '')) return false;
  for (let k = first; k < on; k++) {
    const w = ctx.token(k)?.text ?? '';
    if (ctx.lex.orgHeads.has(w) || ctx.lex.eventHeads.has(w) || !ctx.isCap(k)) return false;
  }
  return true;
}
