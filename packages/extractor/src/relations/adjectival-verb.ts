import { z } from 'zod';
import { LowerWord, parseWordLists } from '../lexicon/word-lists.js';
import adjectivalJson from './adjectival-verb.json' with { type: 'json' };
import type { CompiledCues, CueForm } from './cue-lexicon.js';
import type { CueHit } from './cue-matches.js';
import type { SentenceView, Unit } from './sentence-view.js';
import { BE_AUXILIARIES, DETERMINERS, HAVE_FORMS, POSSESSIVES } from './word-classes.js';

// A verb cue's form that the words around it show to be an adjective or a noun, not the verb of
// a clause: the verb frame gives it no subject.

/**
 * True when the cue at `hit`, of the given shape, is no finite verb here:
 * - "Rwanda's exiled leaders", "Y's crushing victory": a participle or gerund after a
 *   possessive describes the possessor's noun;
 * - "killed by invading Japanese troops", "criticised by opposing parties": a participle right
 *   after a passive's "by" opens the agent's noun phrase;
 * - "German riot police", "Afghan guards brought to Y": a bare form right after a singular
 *   demonym ("German", "Afghan", "Iraqi"; a plural subject would be "Germans") is a noun the
 *   demonym modifies;
 * - "Taleban guards were overpowered": a bare form followed by an auxiliary is the subject's noun;
 * - "the Nazi slaughter of Jews": a bare form between a determined name and "of" is a noun;
 * - "want Y ousted", "saw Y jailed": a participle after the object of a verb of wanting or
 *   perceiving says what is done to that object, not what it does;
 * - "met leading Social Democrats", "with ruling Conservatives": a leading verb's "-ing" form
 *   right before a party named by its members in the plural, with no determiner, says which
 *   members (a verb would take "the": "leading the Social Democrats").
 */
export function isAdjectivalForm(
  cues: CompiledCues,
  view: SentenceView,
  hit: CueHit,
  form: CueForm,
): boolean {
  const t = hit.startToken;
  const before = view.words[t - 1] ?? '';
  // "Y's crushing victory", "Rwanda's exiled Hutus": after a possessive, a gerund or participle
  // is the possessor's noun's modifier, not the act of a subject found further left.
  if ((form.shape === 'past' || form.shape === 'gerund') && POSSESSIVES.has(before)) return true;
  if (form.shape === 'gerund' && before === 'by' && afterPassive(view, t - 2)) return true;
  if (form.shape === 'bare') {
    const after = view.words[hit.endToken] ?? '';
    if (BE_AUXILIARIES.has(after) || HAVE_FORMS.has(after) || cues.context.modals.has(after))
      return true;
    const unit = view.units[view.unitAt[t - 1] ?? -1];
    if (unit !== undefined && after === 'of' && determinedModifier(view, unit)) return true;
    if (
      unit !== undefined &&
      unit.mention.kind === 'demonym' &&
      unit.firstToken === unit.lastToken &&
      SINGULAR_DEMONYM.test(unit.mention.text)
    )
      return true;
  }
  if (form.shape === 'gerund' && form.family.relation === 'LEADS' && membersAfter(view, hit))
    return true;
  if (form.shape === 'past') {
    const unit = view.units[view.unitAt[t - 1] ?? -1];
    if (
      unit !== undefined &&
      adjectivalWords().objectParticipleVerbs.has(view.words[unit.firstToken - 1] ?? '')
    )
      return true;
  }
  return false;
}

/** An organization named in the plural of its members ("Democrats", "Greens") right after the hit. */
function membersAfter(view: SentenceView, hit: CueHit): boolean {
  const unit = view.units[view.unitAt[hit.endToken] ?? -1];
  return (
    unit !== undefined &&
    unit.firstToken === hit.endToken &&
    unit.mention.type === 'Organization' &&
    MEMBERS_PLURAL.test(unit.mention.text)
  );
}

/** "Democrats", "Republicans", "Socialists", "Conservatives", "Greens": a party's members. */
const MEMBERS_PLURAL = /\p{Lu}\p{Ll}*(?:ats|ans|ists|ives|als|ites|eens)$/u;

/**
 * "the Nazi slaughter of Jews", "this Soviet purge of officers": a name after a determiner or
 * possessive, then a bare form and "of", modifies that form as a noun (a verb takes its object
 * with no "of").
 */
function determinedModifier(view: SentenceView, unit: Unit): boolean {
  const before = view.words[unit.firstToken - 1] ?? '';
  return DETERMINERS.has(before) || POSSESSIVES.has(before);
}

/**
 * "were killed by", "was beaten or wounded by": a participle at `t` after a form of "be" (and a
 * participle joined to it), so the "by" after it opens an agent; "responded by" opens a means.
 */
function afterPassive(view: SentenceView, t: number): boolean {
  let at = t;
  if (!PASSIVE_PARTICIPLE.test(view.words[at] ?? '')) return false;
  if (JOINERS.has(view.words[at - 1] ?? '') && PASSIVE_PARTICIPLE.test(view.words[at - 2] ?? ''))
    at -= 2;
  return BE_AUXILIARIES.has(view.words[at - 1] ?? '');
}

const JOINERS: ReadonlySet<string> = new Set(['and', 'or']);

/** A past participle in "-ed" or "-en" ("killed", "beaten"), before a passive's "by". */
const PASSIVE_PARTICIPLE = /^\p{Ll}+(?:ed|en)$/u;

/** "German", "Afghan", "Iraqi", "Briton": a demonym of one person (not "British", "Germans"). */
const SINGULAR_DEMONYM = /^\p{Lu}[\p{L}]*(?:an|i)$/u;

interface AdjectivalWords {
  objectParticipleVerbs: ReadonlySet<string>;
}

const AdjectivalWordsSchema = z.object({
  description: z.string(),
  objectParticipleVerbs: z.array(LowerWord).min(1),
});

let cached: AdjectivalWords | undefined;

/** The word lists of adjectival-verb.json, validated once. */
export function adjectivalWords(): AdjectivalWords {
  if (cached !== undefined) return cached;
  const lists = parseWordLists(
    AdjectivalWordsSchema,
    adjectivalJson,
    'relations/adjectival-verb.json',
  );
  cached = { objectParticipleVerbs: new Set(lists.objectParticipleVerbs) };
  return cached;
}
