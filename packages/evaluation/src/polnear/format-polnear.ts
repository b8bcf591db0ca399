import { formatScores, scores } from '../tally.js';
import type { PolnearScore, Problem, SpeakerTally } from './score-polnear.js';

function accuracy({ judged, right }: SpeakerTally): string {
  return `${judged === 0 ? '-' : (right / judged).toFixed(3)} (${right}/${judged})`;
}

function describe(problem: Problem): string {
  switch (problem.kind) {
    case 'miss':
      return `  miss [${problem.source}] ${problem.text}`;
    case 'false-positive':
      return `  false positive ${problem.text}`;
    case 'wrong-speaker':
      return `  wrong speaker [${problem.source}] ${problem.said} ≠ ${problem.expected}: ${problem.text}`;
  }
}

/** The human report of `newsgraph eval --polnear`; the last line is the summary. */
export function formatPolnearReport(score: PolnearScore, verbose = false): string {
  const all: SpeakerTally = { judged: 0, right: 0 };
  for (const t of Object.values(score.speakers)) {
    all.judged += t.judged;
    all.right += t.right;
  }
  const quote = scores(score.quotes);
  const e2e = scores(score.endToEnd);
  const lines: string[] = [];
  if (verbose) {
    let article = '';
    for (const { article: name, problem } of score.problems) {
      if (name !== article) lines.push(name);
      article = name;
      lines.push(describe(problem));
    }
    lines.push('');
  }
  lines.push(
    `articles: ${score.articles}  gold direct quotes: ${score.quotes.gold}  extracted (scored): ${score.quotes.predicted}`,
    `quotes       ${formatScores(quote)}`,
    `speaker      ${accuracy(all)}`,
    `  name         ${accuracy(score.speakers.name)}`,
    `  pronoun      ${accuracy(score.speakers.pronoun)}`,
    `  description  ${accuracy(score.speakers.description)}`,
    `  (not judged: ${score.unjudged} found quotes with no named source)`,
    `end-to-end   ${formatScores(e2e)}`,
    `summary: quote F1 ${quote.f1.toFixed(3)}, speaker ${all.judged === 0 ? '-' : (all.right / all.judged).toFixed(3)}, end-to-end F1 ${e2e.f1.toFixed(3)}`,
    '',
  );
  return lines.join('\n');
}
