import { cityNames } from '../lexicon/cities.js';
import { placeSurnamePerson } from './place-surname.js';
import type { RoleCue } from '../types.js';
import type { LexiconEntry } from '../lexicon/entry.js';
import type { Chunk } from './candidate.js';
import { emitEntry, emitHeadedName, emitLeadOfThing, jointCompany } from './chunk-entries.js';
import { emitAdvocacyName } from './advocacy-names.js';
import { companyBeforeOf, emitFirmName, emitListedWithSuffix } from './firm-names.js';
import { emitPlaceNickname } from './place-nicknames.js';
import { emitAcronymCompound, emitPlaceCompound } from './acronym-compound.js';
import { numberedClub } from './club-number.js';
import { emitNumberedClub } from './numbered-club.js';
import { emitCompetition } from './competitions.js';
import { phraseAfterHonorific } from './honorific-names.js';
import { emitName, emitNamedOrganization } from './names.js';
import { emitBasedBody, namedBodyRun } from './named-bodies.js';
import { emitPeoplePartyName } from './people-party-name.js';
import { nameStart } from './name-start.js';
import { acronymTail, definedWithHead, emitSpelledName } from './acronym-names.js';
import { titleBefore, titleOfBody, titleOwnerBefore } from './role-cues.js';
import { surnameTitle } from './title-surnames.js';
import { emitPersonBeforeOf, personBeforeOf } from './person-of-org.js';
import type { ScanContext } from './scan-context.js';
import { ownerOfGenericName, statesOwnHead } from './generic-owner.js';
import {
  emitDefinedAcronym,
  emitRuleOrg,
  otherStatesBody,
  placesOwnParty,
  placesPartyAfterOf,
} from './rule-org.js';
import { bodyAfterTitle } from './title-of-body.js';
import { hasHeadBefore, headInside, orgHeadEnd } from './org-head-end.js';

const BRANCH_KINDS = new Set(['ngo', 'company', 'media']);

/** "Transparency International Kenya": a listed organization's national branch is one organization. */
function branchOfListed(ctx: ScanContext, chunk: Chunk): boolean {
  const { first, last, sentence } = chunk;
  const lead = ctx.phrase(first, last);
  if (lead === undefined || lead.end >= last) return false;
  const org = ctx.pick(lead.values);
  const rest = ctx.phrase(lead.end, last);
  if (org?.type !== 'Organization' || !BRANCH_KINDS.has(org.orgKind ?? '') || rest?.end !== last)
    return false;
  if (!rest.values.some((v) => v.type === 'State' && v.mentionKind === 'name')) return false;
  emitNamedOrganization(ctx, first, last, sentence);
  return true;
}

/**
 * "Bank of Japan Governor Masaaki Shirakawa", "the Lawyers Association Konstantinos Logothetis":
 * an organization whose head word ends it, then a title or a given name and surname.
 */
function splitOrgBeforePerson(ctx: ScanContext, chunk: Chunk): boolean {
  const { first, last, sentence } = chunk;
  // "Italy's Senate President Ugo Bassi": a state's own body may be one word.
  const owned = statesOwnHead(ctx, { first, last: first + 1, sentence });
  for (let k = owned ? first + 1 : first + 2; k < last - 1; k++) {
    // "EU Energy Commissioner": a portfolio before the title belongs to the title.
    const titled =
      ctx.title(k, last) !== undefined && !ctx.lex.portfolios.has(ctx.token(k - 1)?.text ?? '');
    const named = ctx.lex.firstNames.has(ctx.token(k)?.text ?? '') && last - k <= 3;
    const headLast = ctx.lex.orgHeads.has(ctx.token(k - 1)?.text ?? '');
    // "the Office of the Director of ...": a title after "of the" is part of the name.
    if (!ctx.isCap(k - 1)) continue;
    if (!(named && headLast) && !(titled && headInside(ctx, first, k))) continue;
    if (owned && k === first + 1) emitRuleOrg(ctx, { first, last: k, sentence }, first);
    else if (ctx.phrase(first, k)?.end === k)
      emitEntry(ctx, first, k, ctx.phrase(first, k)?.values ?? [], sentence);
    else emitRuleOrg(ctx, { first, last: k, sentence }, first);
    splitChunk(ctx, { first: k, last, sentence });
    return true;
  }
  return false;
}

/** "Dana Kell of Grace Church": the person, then the body (stages/person-of-org.ts). */
function splitPersonOfOrg(ctx: ScanContext, chunk: Chunk): boolean {
  const { first, last, sentence } = chunk;
  let from = first;
  let of = personBeforeOf(ctx, first, last);
  // "Justice Ana Roth of the Supreme Court": a title may open the person's name.
  if (of === undefined && ofNear(ctx, first, last)) {
    const title = ctx.title(first, last);
    from = title !== undefined && title.end < last ? title.end : first;
    if (from > first) of = personBeforeOf(ctx, from, last);
  }
  if (of === undefined) return false;
  const person = (): void => {
    if (from === first) emitPersonBeforeOf(ctx, first, of, sentence);
    else splitChunk(ctx, { first, last: of, sentence });
  };
  const listedAfterThe = ctx.lower(of + 1) === 'the' && ctx.phrase(of + 2, last)?.end === last;
  // "Mary Hall of Denver": a town after "of" says where the person is from.
  const town = cityNames().has(ctx.span(of + 1, last).text);
  if (
    orgHeadEnd(ctx, of + 1, last) ||
    ctx.phrase(of + 1, last)?.end === last ||
    listedAfterThe ||
    town
  ) {
    person();
    analyzeChunk(ctx, { first: of + 1, last, sentence });
    return true;
  }
  // "Ada Roth of the Bellavista": a name after "of the" is the body the person belongs to.
  if (ctx.lower(of + 1) !== 'the' || of + 2 >= last) return false;
  if (ctx.title(of + 2, last) !== undefined || ctx.phrase(of + 2, last) !== undefined) return false;
  person();
  emitNamedOrganization(ctx, of + 2, last, sentence);
  return true;
}

/**
 * A person whose surname is a place's name ("Ana Lima"), a numbered club, a name its acronym
 * spells, a listed company with its legal suffix, or a team named by its place and nickname, over
 * the whole run.
 */
function emitWholeName(ctx: ScanContext, chunk: Chunk): boolean {
  const { first, last, sentence } = chunk;
  if (placeSurnamePerson(ctx, first, last)) emitPersonBeforeOf(ctx, first, last, sentence);
  else if (numberedClub(ctx, first, last)) emitNumberedClub(ctx, chunk);
  else
    return (
      emitSpelledName(ctx, chunk) ||
      emitListedWithSuffix(ctx, chunk) ||
      emitPlaceNickname(ctx, chunk)
    );
  return true;
}

/** An "of" where a title and a person's name may stand before it. */
function ofNear(ctx: ScanContext, first: number, last: number): boolean {
  for (let k = first + 3; k <= first + 6 && k < last - 1; k++)
    if (ctx.lower(k) === 'of') return true;
  return false;
}

/** "the German Foreign Office", "the Pan Andean Congress": a listed body's word ends another's name. */
function bodyOfItsOwn(
  ctx: ScanContext,
  chunk: Chunk,
  k: number,
  values: readonly LexiconEntry[],
): boolean {
  const before = { first: chunk.first, last: k, sentence: chunk.sentence };
  return (
    otherStatesBody(ctx, before, values) ||
    placesOwnParty(ctx, before, values, chunk.last) ||
    namedBodyRun(ctx, chunk, k, values)
  );
}

/**
 * Decide what a run of capitalised words holds: a listed name, a rule-named thing, or names and
 * titles. The tests share one run object (none of them changes it): the chunk itself unless the
 * name starts later in it, not a literal each.
 */
export function analyzeChunk(ctx: ScanContext, chunk: Chunk): void {
  const first = nameStart(ctx, chunk);
  const { last, sentence } = chunk;
  if (first >= last) return;
  const run: Chunk = first === chunk.first ? chunk : { first, last, sentence };
  const whole = ctx.phrase(first, last);
  if (whole === undefined && emitDefinedAcronym(ctx, run)) return;
  if (whole?.end === last) {
    const owner = ownerOfGenericName(ctx, run, whole.values);
    // "Russia's Security Council" is Russia's own; "the AU's Security Council" names no entity here.
    if (owner?.type === 'State') emitRuleOrg(ctx, run, first);
    else if (owner === undefined) emitEntry(ctx, first, last, whole.values, sentence);
    return;
  }
  if (statesOwnHead(ctx, run)) return emitRuleOrg(ctx, run, first);
  if (emitBasedBody(ctx, run) || emitPeoplePartyName(ctx, run)) return;
  const placeOf = companyBeforeOf(ctx, run);
  if (placeOf !== undefined) return analyzeChunk(ctx, { first: placeOf, last, sentence });
  if (emitWholeName(ctx, run)) return;
  if (last - first >= 2 && ctx.lex.nonNameHeads.has(ctx.token(last - 1)?.text ?? '')) {
    emitLeadOfThing(ctx, run);
    return;
  }
  for (let k = first + 1; k < last; k++) {
    const inner = ctx.phrase(k, last);
    if (inner?.end === last && jointCompany(ctx, first, k, inner.values)) {
      emitNamedOrganization(ctx, first, last, sentence);
      return;
    }
    const headBefore = hasHeadBefore(ctx, first, k);
    if (inner?.end === last && bodyOfItsOwn(ctx, run, k, inner.values)) {
      emitRuleOrg(ctx, run, first);
      return;
    }
    if (
      inner?.end === last &&
      inner.values.some((v) => v.type === 'Organization') &&
      !headBefore &&
      ctx.lower(k - 1) !== 'and' &&
      !placesPartyAfterOf(ctx, run, k, inner.values)
    ) {
      splitChunk(ctx, { first, last: k, sentence });
      emitEntry(ctx, k, last, inner.values, sentence);
      return;
    }
  }
  if (branchOfListed(ctx, run) || splitOrgBeforePerson(ctx, run)) return;
  if (splitPersonOfOrg(ctx, run) || emitAdvocacyName(ctx, run)) return;
  if (emitCompetition(ctx, run) || emitAcronymCompound(ctx, run) || splitAcronymTail(ctx, run))
    return;
  if (emitPlaceCompound(ctx, run) || emitTitleOfBody(ctx, run)) return;
  if (
    (orgHeadEnd(ctx, first, last) || definedWithHead(ctx, first, last)) &&
    ctx.title(first, last)?.end !== last
  ) {
    emitRuleOrg(ctx, chunk, first);
    return;
  }
  if (emitFirmName(ctx, run)) return;
  if (!emitHeadedName(ctx, run)) splitChunk(ctx, run);
}

/** "Managing Director of Air Alliance": the title, then the body's own name. */
function emitTitleOfBody(ctx: ScanContext, chunk: Chunk): boolean {
  const body = bodyAfterTitle(ctx, chunk);
  if (body === undefined || !orgHeadEnd(ctx, body, chunk.last)) return false;
  splitChunk(ctx, { ...chunk, last: body });
  analyzeChunk(ctx, { ...chunk, first: body });
  return true;
}

/** "Dara Velk of the Kelvaro Party (KP)": the words before the "of", then the body its acronym spells. */
function splitAcronymTail(ctx: ScanContext, chunk: Chunk): boolean {
  const tail = acronymTail(ctx, chunk.first, chunk.last);
  if (tail === undefined) return false;
  splitChunk(ctx, { ...chunk, last: tail });
  analyzeChunk(ctx, { ...chunk, first: tail });
  return true;
}

/** "of Foreign Affairs", "for Water" after a title: the office's portfolio, no name. */
function portfolioEnd(ctx: ScanContext, from: number, last: number): number {
  const connector = ctx.lower(from);
  if (connector !== 'of' && connector !== 'for') return from;
  let j = from + 1;
  while (
    j < last &&
    (ctx.lex.portfolios.has(ctx.token(j)?.text ?? '') || (j > from + 1 && ctx.lower(j) === 'and'))
  )
    j++;
  while (j > from + 1 && ctx.lower(j - 1) === 'and') j--;
  return j > from + 1 ? j : from;
}

/** "Dona Ana County Sheriff": a place's name, then the title of its officer. */
function placeBeforeTitle(ctx: ScanContext, run: Chunk, last: number): boolean {
  return (
    run.last < last &&
    ctx.lex.locationHeads.has(ctx.token(run.last - 1)?.text ?? '') &&
    ctx.title(run.last, last) !== undefined &&
    emitHeadedName(ctx, run)
  );
}

/** Left to right: honorifics, titles, listed names, and the unknown words between them. */
function splitChunk(ctx: ScanContext, chunk: Chunk): void {
  const { last, sentence } = chunk;
  let role: RoleCue | undefined = titleBefore(ctx, chunk.first);
  let honorific = false;
  let k = chunk.first;
  while (k < last) {
    const t = ctx.token(k);
    if (t === undefined) break;
    if (ctx.lex.honorifics.has(t.text)) {
      honorific = true;
      k++;
      continue;
    }
    const title = t.cap ? ctx.title(k, last) : undefined;
    const listed = phraseAfterHonorific(ctx, k, last, honorific);
    if (
      title !== undefined &&
      title.end < last &&
      (listed === undefined || title.end >= listed.end)
    ) {
      const info = title.values[0];
      const owner = titleOwnerBefore(ctx, k);
      const end = portfolioEnd(ctx, title.end, last);
      role = {
        title: info?.title ?? t.text,
        start: t.start,
        end: ctx.token(end - 1)?.end ?? t.end,
      };
      if (owner?.id !== undefined && (owner.type === 'State' || owner.type === 'Organization'))
        role.of = owner.id;
      // "CEO of Kelvaro": a lone name after the title's "of" is what it heads, not its holder.
      if (titleOfBody(ctx, end, last)) role = undefined;
      k = end;
      continue;
    }
    if (listed !== undefined) {
      emitEntry(ctx, k, listed.end, listed.values, sentence);
      k = listed.end;
      continue;
    }
    let r = k + 1;
    while (
      r < last &&
      !ctx.lex.honorifics.has(ctx.token(r)?.text ?? '') &&
      phraseAfterHonorific(ctx, r, last, honorific) === undefined
    ) {
      // "Dona Ana County Sheriff": "County" ends the place before it, not a title's first word.
      const placeHead = ctx.lex.locationHeads.has(ctx.token(r)?.text ?? '');
      if (ctx.token(r)?.cap && !placeHead && ctx.title(r, last) !== undefined) {
        if (!surnameTitle(ctx, r, last)) break;
      }
      r++;
    }
    while (r > k + 1 && !ctx.isNamePart(r - 1)) r--;
    const run = { first: k, last: r, sentence };
    if (!placeBeforeTitle(ctx, run, last))
      emitName(ctx, run, { role, honorific, limit: ctx.sentenceLast });
    role = undefined;
    honorific = false;
    k = r;
  }
}
