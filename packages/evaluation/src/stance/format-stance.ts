import type { StanceApart, StanceScoreApart } from './apart-stance.js';
import type { StanceOutcome, StanceScore } from './score-stance.js';

const LABELS = ['neutral', 'p supports q', 'q supports p', 'p opposes q', 'q opposes p'];

const f = (x: number): string => x.toFixed(3);

/** The human report of `newsgraph eval --stance`; its last line is a one-line summary. */
export function formatStanceReport(
  score: StanceScoreApart,
  options: { verbose?: boolean } = {},
): string {
  const lines = [
    `sentences: ${score.sentences}  polar: ${score.polar}  neutral: ${score.neutral}`,
    `both entities extracted in ${score.bothFound} of ${score.polar} polar sentences`,
    `polar recall           ${f(score.polarRecall)}  (${score.polarHits} of ${score.polar}; wrong polarity ${score.wrongPolarity})`,
    `recall, both found     ${f(score.recallBothFound)}  (${score.polarHitsBothFound} of ${score.bothFound})`,
    `neutral false alarms   ${f(score.falseAlarmRate)}  (${score.falseAlarms} of ${score.neutral})`,
    `direction accuracy     ${f(score.directionAccuracy)}  (${score.directionRight} of ${score.polarHits})`,
    `polar precision        ${f(score.precision)}`,
  ];
  if (score.apart !== undefined) lines.push('', ...apartLines(score.apart));
  if (options.verbose === true) lines.push('', ...score.outcomes.filter(wrong).map(detail));
  lines.push(
    '',
    `stance polar-recall=${f(score.polarRecall)} both-found-recall=${f(score.recallBothFound)} false-alarms=${f(score.falseAlarmRate)} direction=${f(score.directionAccuracy)} precision=${f(score.precision)}`,
    '',
  );
  return lines.join('\n');
}

function wrong(o: StanceOutcome): boolean {
  return o.predicted !== o.item.label;
}

function detail(o: StanceOutcome): string {
  const found = `${o.pFound ? 'p' : '-'}${o.qFound ? 'q' : '-'}`;
  const { item } = o;
  return `line ${item.line} [${found}] gold ${LABELS[item.label]}, got ${LABELS[o.predicted]}: p=${item.p.name} q=${item.q.name} | ${item.text}`;
}

function apartLines(apart: StanceApart): string[] {
  const row = (label: string, s: StanceScore): string =>
    `${label} ${s.sentences} sentences, ${s.polar} polar: polar recall ${f(s.polarRecall)}, ` +
    `both found ${s.bothFound}, recall both found ${f(s.recallBothFound)}, ` +
    `false alarms ${f(s.falseAlarmRate)}, precision ${f(s.precision)}`;
  return [
    'apart, by whether the training file repeats the sentence:',
    row('  not repeated', apart.unrepeated),
    row('  repeated    ', apart.repeated),
    `  of the repeated, ${apart.exactCopies} are exact copies (same marked pair and label) of training lines`,
  ];
}
