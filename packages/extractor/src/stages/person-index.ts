import { entityId } from '@newsgraph/graph-schema';
import { nameMatching } from '../lexicon/name-matching.js';
import { speakerWords, type Gender } from '../lexicon/speaker-words.js';
import type { Candidate } from './candidate.js';
import { givenNameGender, kinNounBefore, titleGenderBefore } from './name-gender.js';
import { chooseCluster } from './surname-choice.js';
import { sortSmall } from '../small-sort.js';

export interface PersonCluster {
  /** Fullest name seen. */
  name: string;
  tokens: readonly string[];
  members: Candidate[];
  /** Position of the latest mention, to prefer the nearest person when a surname is shared. */
  lastSeen: number;
  /** From a given name or a title ("Mr.", "Mrs."), where one says it. */
  gender?: Gender;
  /** First named as someone's relative ("his wife Anna Quill"), for a shared surname's choice. */
  relative?: boolean;
}

/** Printable ASCII: nothing for NFKD to change and no marks, so lower case is the whole fold. */
const ASCII = /^[\x20-\x7e]*$/;

function fold(word: string): string {
  if (ASCII.test(word)) return word.toLowerCase();
  return word
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/**
 * Names' words already folded: the same names come back mention after mention and article after
 * article. Each array is shared (clusters keep it and never change it); cleared when full.
 */
const tokenCache = new Map<string, readonly string[]>();
const TOKEN_CACHE_SIZE = 50_000;

function nameTokens(name: string): readonly string[] {
  let tokens = tokenCache.get(name);
  if (tokens === undefined) {
    if (tokenCache.size >= TOKEN_CACHE_SIZE) tokenCache.clear();
    tokens = foldedWords(name);
    tokenCache.set(name, tokens);
  }
  return tokens;
}

function foldedWords(name: string): string[] {
  return (
    name
      .split(/\s+/)
      // "al-Burhan" is matched as "Burhan".
      .map((w) => fold(w.replace(/\.$/, '')).replace(nameMatching().articlePrefix, ''))
      .filter((w) => w.length > 0)
  );
}

/** "J" matches "John"; "Donald" matches "Donald". */
function compatibleGiven(a: string, b: string): boolean {
  return a === b || (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));
}

/** The middle words of a name of three or more, dots left out: "h.w" → "hw". */
function middle(tokens: readonly string[]): string[] {
  return tokens.slice(1, -1).map((w) => w.replace(/\./g, ''));
}

/**
 * "George H.W. Bush" is not "George W. Bush" (father and son): where both names give middle
 * words, they must agree, as words, as an initial of a word ("John F. Kennedy") or as the
 * initials of the words ("George Herbert Walker Bush"). A name without one agrees with any.
 */
function compatibleMiddle(a: readonly string[], b: readonly string[]): boolean {
  if (a.length < 3 || b.length < 3) return true;
  const [ma, mb] = [middle(a), middle(b)];
  const [ja, jb] = [ma.join(''), mb.join('')];
  const initials = (ws: string[]): string => ws.map((w) => w[0] ?? '').join('');
  return ja === jb || compatibleGiven(ja, jb) || initials(ma) === jb || initials(mb) === ja;
}

/** Every word of `part` appears in `whole`, in order. */
function subsequence(part: readonly string[], whole: readonly string[]): boolean {
  let j = 0;
  for (const w of whole) if (j < part.length && part[j] === w) j++;
  return j === part.length;
}

const NO_CLUSTERS: ReadonlySet<PersonCluster> = new Set();

interface TitleHolders {
  all: Set<PersonCluster>;
  ofNone: Set<PersonCluster>;
  byOf: Map<string, Set<PersonCluster>>;
}

/** Person clusters of one article: full names, then surnames and later forms joined to them. */
export class PersonIndex {
  private readonly list: PersonCluster[] = [];
  /**
   * Lookups by word, so that a name is compared with the clusters it could match rather than with
   * every person of the article (which made long texts quadratic). Entries are never removed: a
   * cluster whose words grew stays listed under its old ones, and `matches` decides.
   */
  private readonly byWord = new Map<string, Set<PersonCluster>>();
  private readonly byLastWord = new Map<string, Set<PersonCluster>>();
  private readonly wordless: PersonCluster[] = [];
  private readonly order = new Map<PersonCluster, number>();
  /** Title (lowercase) → the clusters with a member holding it, for `holderOf`. */
  private readonly byTitle = new Map<string, TitleHolders>();

  /** The article's text, for the title right before a name. */
  constructor(private readonly text = '') {}

  clusters(): readonly PersonCluster[] {
    return this.list;
  }

  /**
   * "Mr. Quill", "Mrs. Quill": the gender a title right before the name says. Only a title decides
   * which person a name joins ("Mr. Quill" is not "Anna Quill": spouses, siblings); a given name
   * only gives a new person its gender, as the list of given names holds words that open other
   * names too.
   */
  private titleGender(candidate: Candidate): Gender | undefined {
    return titleGenderBefore(speakerWords(), this.text, candidate.start);
  }

  private givenGender(candidate: Candidate, tokens: readonly string[]): Gender | undefined {
    return tokens.length < 2 ? undefined : givenNameGender(speakerWords(), candidate.name);
  }

  /**
   * The clusters a name of this gender may join: not one of the other gender. A given name's
   * gender (`titled` false) counts only against a person so far called by a titled surname alone
   * ("Mrs. Quill", then "Peter Quill"). A title prefers the people known to be of its gender.
   */
  private sameGender(
    found: PersonCluster[],
    gender: Gender | undefined,
    titled: boolean,
  ): PersonCluster[] {
    if (gender === undefined) return found;
    const other = gender === 'male' ? 'female' : 'male';
    // "Jan Kowal and his wife Anna Kowal ... Mrs. Kowal": a person known to be of the title's
    // gender comes before one whose given name says none.
    const same = titled ? found.filter((c) => c.gender === gender) : [];
    if (same.length > 0) return same;
    return found.filter((c) => c.gender !== other || (!titled && c.tokens.length > 1));
  }

  private matches(c: PersonCluster, tokens: readonly string[]): boolean {
    if (tokens.length === 1) return c.tokens.includes(tokens[0] ?? '');
    if (c.tokens.length === 1) return tokens[tokens.length - 1] === c.tokens[0];
    const sameLast = tokens[tokens.length - 1] === c.tokens[c.tokens.length - 1];
    return (
      (sameLast &&
        compatibleGiven(tokens[0] ?? '', c.tokens[0] ?? '') &&
        compatibleMiddle(tokens, c.tokens)) ||
      subsequence(tokens, c.tokens) ||
      subsequence(c.tokens, tokens)
    );
  }

  /** Clusters in the order they were created (each has its own number). */
  private readonly byOrder = (a: PersonCluster, b: PersonCluster): number =>
    (this.order.get(a) ?? 0) - (this.order.get(b) ?? 0);

  /**
   * The clusters that could match a longer name: those that share its last word, or whose last
   * word it holds (every cluster word, in order), and those without words.
   */
  private candidates(
    tokens: readonly string[],
    direct: Iterable<PersonCluster>,
  ): Set<PersonCluster> {
    const found = new Set<PersonCluster>(direct);
    for (const w of tokens) for (const c of this.byLastWord.get(w) ?? []) found.add(c);
    for (const c of this.wordless) found.add(c);
    return found;
  }

  /**
   * The clusters the name matches, in the order they were created. A one-word name's candidates
   * are the clusters listed under its word; they are filtered first and only the matches sorted.
   */
  private find(tokens: readonly string[]): PersonCluster[] {
    if (tokens.length === 0) return this.list.filter((c) => this.matches(c, tokens));
    const direct = this.byWord.get(tokens[tokens.length - 1] ?? '') ?? NO_CLUSTERS;
    const out: PersonCluster[] = [];
    for (const c of tokens.length > 1 ? this.candidates(tokens, direct) : direct)
      if (this.matches(c, tokens)) out.push(c);
    return out.length > 1 ? sortSmall(out, this.byOrder) : out;
  }

  private listWords(cluster: PersonCluster): void {
    const push = (map: Map<string, Set<PersonCluster>>, w: string): void => {
      const set = map.get(w);
      if (set === undefined) map.set(w, new Set([cluster]));
      else set.add(cluster);
    };
    for (const w of cluster.tokens) push(this.byWord, w);
    const last = cluster.tokens[cluster.tokens.length - 1];
    if (last === undefined) this.wordless.push(cluster);
    else push(this.byLastWord, last);
  }

  private addMember(cluster: PersonCluster, member: Candidate): void {
    cluster.members.push(member);
    const role = member.role;
    if (role === undefined) return;
    const title = role.title.toLowerCase();
    let holders = this.byTitle.get(title);
    if (holders === undefined) {
      holders = { all: new Set(), ofNone: new Set(), byOf: new Map() };
      this.byTitle.set(title, holders);
    }
    holders.all.add(cluster);
    if (role.of === undefined) holders.ofNone.add(cluster);
    else {
      const set = holders.byOf.get(role.of);
      if (set === undefined) holders.byOf.set(role.of, new Set([cluster]));
      else set.add(cluster);
    }
  }

  private join(
    cluster: PersonCluster,
    member: Candidate,
    tokens: readonly string[],
    gender: Gender | undefined,
  ): void {
    this.addMember(cluster, member);
    cluster.gender ??= gender;
    cluster.lastSeen = Math.max(cluster.lastSeen, member.start);
    if (tokens.length > cluster.tokens.length) {
      cluster.tokens = tokens;
      cluster.name = member.name;
      this.listWords(cluster);
    }
  }

  /** A name with person evidence (a title, a given name, "Mr", a speech verb). */
  addStrong(candidate: Candidate, original: Candidate = candidate): void {
    const tokens = nameTokens(candidate.name);
    const titled = this.titleGender(candidate);
    const gender = titled ?? this.givenGender(candidate, tokens);
    const relative = kinNounBefore(speakerWords(), this.text, candidate.start);
    const found = this.sameGender(this.find(tokens), gender, titled !== undefined);
    // "President Quill ... his father, Ivo K. Quill": a full name given as someone's relative is
    // not the person so far called by the surname alone (most often, the one whose relative it is).
    const hits = relative && tokens.length > 1 ? found.filter((c) => c.tokens.length > 1) : found;
    const cluster = chooseCluster(hits, candidate);
    if (cluster !== undefined) {
      this.join(cluster, original, tokens, titled);
      return;
    }
    const created: PersonCluster = {
      name: candidate.name,
      tokens,
      members: [],
      lastSeen: candidate.start,
      ...(gender === undefined ? {} : { gender }),
      ...(relative ? { relative } : {}),
    };
    this.order.set(created, this.list.length);
    this.list.push(created);
    this.listWords(created);
    this.addMember(created, original);
  }

  /** A bare capitalised word or words: a person only if it names one already known. */
  matchWeak(candidate: Candidate): boolean {
    const tokens = nameTokens(candidate.name);
    const hits = this.sameGender(this.find(tokens), this.titleGender(candidate), true).filter(
      (c) => tokens.length > 1 || c.tokens.length > 1 || c.tokens[0] === tokens[0],
    );
    const cluster = chooseCluster(hits, candidate);
    if (cluster === undefined) return false;
    this.addMember(cluster, candidate);
    // "Mrs Walters ... Naina Walters", the given name not in the lexicon's first names: the fuller
    // name names a person known so far by the surname alone, when it opens with a given name of
    // the cluster's gender (not "Hosting Walters", "Englishman Gavin Walters") and holds no other
    // word ("From Nixon to Trump Steven Walters"). Only the name changes; the words the index
    // matches on stay.
    const given = givenNameGender(speakerWords(), candidate.name);
    if (
      given !== undefined &&
      (cluster.gender ?? given) === given &&
      cluster.tokens.length === 1 &&
      tokens.length > cluster.name.split(/\s+/u).length &&
      ALL_CAPITALISED.test(candidate.name) &&
      extendsAtFront(tokens, cluster.tokens)
    )
      cluster.name = candidate.name;
    return true;
  }

  /** The one person holding a title ("the foreign secretary"), if exactly one does. */
  holderOf(title: string, of: string | undefined): string | undefined {
    const holders = this.byTitle.get(title.toLowerCase());
    if (holders === undefined) return undefined;
    // A title without its body matches every holder; with one, those of that body or of none.
    const sets = of === undefined ? [holders.all] : [holders.ofNone, holders.byOf.get(of)];
    let only: PersonCluster | undefined;
    for (const set of sets)
      for (const c of set ?? []) {
        if (only !== undefined && only !== c) return undefined;
        only = c;
      }
    return only === undefined ? undefined : entityId('Person', only.name);
  }
}

/** A name of capitalised words only ("Naina Walters", "Anna K. Walters"). */
const ALL_CAPITALISED = /^\p{Lu}\S*(?:\s+\p{Lu}\S*)+$/u;

/** Whether `longer` is `known` with words before it: "naina walters" of "walters". */
function extendsAtFront(longer: readonly string[], known: readonly string[]): boolean {
  if (longer.length <= known.length || known.length === 0) return false;
  const offset = longer.length - known.length;
  return known.every((w, i) => longer[offset + i] === w);
}
