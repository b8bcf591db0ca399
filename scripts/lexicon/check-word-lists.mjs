#!/usr/bin/env node
// Checks the extractor's bundled word-list files against their zod schemas, as `pnpm check:data`
// runs it after `tsc -b`: each file's loader in packages/extractor/dist validates it (a bad entry
// raises CONFIG_INVALID or INTERNAL naming the file). Every .json under packages/extractor/src must
// be listed below, checked or set aside with a reason, so a new word-list file cannot be missed.
//   node scripts/lexicon/check-word-lists.mjs
// Exit 0 when every checked file fits, 1 (one line on stderr) at the first that does not or when a
// file is not listed.
import { readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describeError } from '../../graph-schema/dist/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const src = join(root, 'packages/extractor/src');
const dist = join(root, 'packages/extractor/dist');

/** File (under src) → the dist module whose import or `loader()` validates it. */
const CHECKED = {
  'lexicon/data/competitions.json': ['lexicon/competitions.js', 'competitionWords'],
  'lexicon/data/conduct-nouns.json': ['lexicon/conduct-nouns.js', 'conductNouns'],
  'lexicon/data/first-names.json': ['lexicon/lexicon.js', 'lexicon'],
  'lexicon/data/follower-nouns.json': ['lexicon/follower-nouns.js', 'followerNouns'],
  'lexicon/data/given-name-genders.json': ['lexicon/speaker-words.js', 'speakerWords'],
  'lexicon/data/lone-name-bounds.json': ['lexicon/lone-name-bounds.js', 'loneNameBounds'],
  'lexicon/data/locations.json': ['lexicon/lexicon.js', 'lexicon'],
  'lexicon/data/mention-words.json': ['lexicon/mention-words.js', 'mentionWords'],
  'lexicon/data/name-matching.json': ['lexicon/name-matching.js', 'nameMatching'],
  'lexicon/data/name-openers.json': ['lexicon/name-openers.js', 'nameOpeners'],
  'lexicon/data/national-teams.json': ['stages/national-teams.js'],
  'lexicon/data/org-cues.json': ['lexicon/org-cues.js', 'orgCues'],
  'lexicon/data/org-slots.json': ['lexicon/org-slots.js', 'orgSlots'],
  'lexicon/data/organizations.json': ['lexicon/lexicon.js', 'lexicon'],
  'lexicon/data/people-names.json': ['lexicon/people-names.js', 'peopleNames'],
  'lexicon/data/peoples.json': ['stages/groups.js', 'peoples'],
  'lexicon/data/person-nouns.json': ['lexicon/person-nouns.js', 'personNouns'],
  'lexicon/data/person-slots.json': ['lexicon/person-slots.js', 'personSlots'],
  'lexicon/data/place-words.json': ['lexicon/place-words.js', 'placeWords'],
  'lexicon/data/plural-openers.json': ['lexicon/plural-openers.js', 'pluralOpeners'],
  'lexicon/data/scan-words.json': ['stages/scan-words.js'],
  'lexicon/data/speaker-words.json': ['lexicon/speaker-words.js', 'speakerWords'],
  'lexicon/data/sports-words.json': ['stages/sports.js'],
  'lexicon/data/states.json': ['lexicon/states.js', 'buildStates'],
  'lexicon/data/title-abbreviations.json': ['lexicon/lexicon.js', 'lexicon'],
  'lexicon/data/words.json': ['lexicon/lexicon.js', 'lexicon'],
  'relations/act-evaluation-words.json': [
    'relations/act-evaluation-words.js',
    'actEvaluationWords',
  ],
  'relations/adjectival-verb.json': ['relations/adjectival-verb.js', 'adjectivalWords'],
  'relations/adjunct-words.json': ['relations/adjunct-words.js', 'adjunctWords'],
  'relations/charge-words.json': ['relations/charge-words.js', 'chargeWords'],
  'relations/claim-words.json': ['relations/claim-words.js', 'claimVerbs'],
  'relations/contest-words.json': ['relations/contest-words.js', 'contestWords'],
  'relations/cameo/cameo-relations.json': ['relations/cameo/cameo-lexicon.js', 'cameoLexicon'],
  'relations/cameo/cameo-verbs.json': ['relations/cameo/cameo-lexicon.js', 'cameoLexicon'],
  'relations/confidence.json': ['relations/confidence.js', 'confidenceTable'],
  'relations/coordination-words.json': ['relations/coordination-words.js', 'coordinationWords'],
  'relations/cues.json': ['relations/cue-lexicon.js', 'defaultCueLexicon'],
  'relations/demand-object-words.json': ['relations/demand-object.js', 'affirmingVerbs'],
  'relations/demand-end-words.json': ['relations/demand-end.js', 'endNouns'],
  'relations/demanded-measure-words.json': ['relations/demanded-measure.js', 'measureWords'],
  'relations/cut-support-words.json': ['relations/cut-support.js', 'cutVerbs'],
  'relations/described-body.json': ['relations/described-body.js', 'describedWords'],
  'relations/state-anaphor.json': ['relations/state-anaphor.js', 'stateAnaphorWords'],
  'relations/frame-words.json': ['relations/frame-words.js', 'frameWords'],
  'relations/word-classes.json': ['relations/word-classes.js'],
  'relations/reported-judgement-words.json': [
    'relations/reported-judgement-words.js',
    'reportedJudgementWords',
  ],
  'relations/member-anaphor.json': ['relations/member-anaphor.js', 'anaphorWords'],
  'relations/fellow-members.json': ['relations/fellow-members.js', 'fellowWords'],
  'relations/member-bodies.json': ['relations/member-bodies.js'],
  'relations/membership-nouns.json': ['relations/membership-people.js'],
  'relations/coercion-words.json': ['relations/coercion-words.js', 'coercionWords'],
  'relations/modality-words.json': ['relations/modality-words.js', 'modalityWords'],
  'relations/object-verbs.json': ['relations/object-verbs.js', 'objectVerbs'],
  'relations/ongoing-words.json': ['relations/ongoing-stance.js', 'ongoingWords'],
  'relations/party-candidates.json': ['relations/party-candidate.js', 'partyCandidateNouns'],
  'relations/party-office.json': ['relations/party-office.js', 'partyOfficeWords'],
  'relations/venue-place-words.json': ['relations/venue-place.js', 'placePrepositions'],
  'relations/result-phrase-words.json': ['relations/result-phrase.js', 'resultNouns'],
  'relations/refused-talk-words.json': ['relations/refused-talk.js', 'refusedTalkWords'],
  'relations/party-public-office.json': ['relations/party-public-office.js', 'publicOfficeTitles'],
  'relations/perfect-words.json': ['relations/perfect-words.js', 'perfectWords'],
  'relations/owned-backing-words.json': ['relations/owned-backing-words.js', 'ownedBackingWords'],
  'relations/phrase-words.json': ['relations/phrase-words.js', 'phraseWords'],
  'relations/policy-nouns.json': ['relations/policy-owners.js', 'policyWords'],
  'relations/pronoun-antecedent.json': ['relations/pronoun-antecedent.js', 'unnamedPeople'],
  'relations/recall-28-words.json': ['relations/recall-28-words.js', 'recallWords'],
  'relations/sport-action.json': ['relations/sport-action.js', 'sportWords'],
  'relations/occasion-object-words.json': ['relations/occasion-object.js', 'occasionWords'],
  'relations/deference-words.json': ['relations/owned-deference.js', 'deferenceVerbs'],
  'relations/warning-words.json': ['relations/warned-about.js', 'warningWords'],
  'relations/thanks-words.json': ['relations/thanks-words.js', 'thanksWords'],
  'relations/act-antecedent-words.json': [
    'relations/act-antecedent-words.js',
    'actAntecedentWords',
  ],
  'relations/counted-group-words.json': ['relations/counted-group-words.js', 'countedGroupWords'],
  'relations/wanted-end-words.json': ['relations/wanted-end-words.js', 'wantedEndWords'],
  'relations/people-nouns.json': ['relations/people-nouns.js', 'peopleNouns'],
  'relations/agent-nouns.json': ['relations/agent-nouns.js', 'agentNouns'],
  'relations/reported-noun.json': ['relations/reported-noun.js', 'reportingVerbs'],
  'relations/intention-words.json': ['relations/intention-words.js', 'intentionWords'],
  'relations/topic-words.json': ['relations/topic-words.js', 'topicWords'],
  'relations/title-nouns.json': ['relations/title-generic.js'],
  'relations/vader/rated-judgements.json': [
    'relations/vader/rated-judgements.js',
    'ratedJudgements',
  ],
  'relations/worsening-words.json': ['relations/worsening-words.js', 'worseningWords'],
  'stages/aimed-at.json': ['stages/aimed-at.js', 'aimingPhrases'],
  'stages/armed-peoples.json': ['stages/armed-peoples.js', 'armedPeoples'],
  'stages/trade-heads.json': ['stages/trade-heads.js', 'tradeHeads'],
  'stages/historic-seats.json': ['stages/historic-seats.js'],
  'stages/leading-words.json': ['stages/leading-words.js', 'leadingWords'],
  'stages/opening-verbs.json': ['stages/opening-verbs.js', 'pastForms'],
  'syntax/syntax-words.json': ['syntax/syntax-words.js'],
};

/** Files that are no word lists, with the reason: none yet. */
const SET_ASIDE = {};

function jsonFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return jsonFiles(path);
    return entry.name.endsWith('.json') ? [relative(src, path)] : [];
  });
}

function fail(line) {
  process.stderr.write(`check-word-lists: ${line}\n`);
  process.exit(1);
}

const unlisted = jsonFiles(src).filter((file) => !(file in CHECKED) && !(file in SET_ASIDE));
if (unlisted.length > 0)
  fail(`${unlisted.join(', ')}: not listed in scripts/lexicon/check-word-lists.mjs`);

for (const [file, [module, loader]] of Object.entries(CHECKED)) {
  try {
    const exports = await import(pathToFileURL(join(dist, module)).href);
    if (loader !== undefined) {
      if (typeof exports[loader] !== 'function') fail(`${file}: ${module} exports no ${loader}()`);
      exports[loader]();
    }
  } catch (error) {
    // The loader's error names the file already (its `where`); the message alone follows ours.
    fail(`${file}: ${error instanceof Error ? error.message : describeError(error)}`);
  }
}
process.stderr.write(`word lists: ${Object.keys(CHECKED).length} files fit their schemas\n`);
