import type { ArticleContext } from './article-context.js';
import type { FrameEnv } from './frame-env.js';
import type { QuoteRegion } from './sentence-view.js';
import type { Side } from './subject.js';
import type { Quote } from '../types.js';

/** "told Farage", "told Mr. Farage": the words right before the one addressed. */
const TOLD_BEFORE = /\btold\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$/u;
/** Between the one addressed and the quote it is told: a colon or comma, and the opening mark. */
const TO_QUOTE = /^\s*[:,]?\s*["“‘']?\s*$/u;

/** Characters between an attribution's end and the one told ("told Mr. "). */
const AFTER_ATTRIBUTION = 5;

/**
 * `X told Z: "You are a liar."`, `"You were wrong," X told Z`: a quoted clause opening with "you"
 * or "your" judges the person the speaker told it to. Only a person named right after "told" next
 * to the quote or in its attribution: "told Reuters" is an interview, whose "you" is anyone.
 */
export function addressedJudged(
  env: FrameEnv,
  region: QuoteRegion,
  from: number,
): Side | undefined {
  const { view, ctx } = env;
  const word = view.words[from];
  if (word !== 'you' && word !== 'your') return undefined;
  const quote = (ctx.quotesBySentence.get(view.sentence.index) ?? []).find(
    (q) => q.start <= region.start && region.end <= q.end,
  );
  const hearer = quote === undefined ? undefined : hearerOf(ctx, quote, view.sentence.index);
  if (hearer === undefined) return undefined;
  return { actors: [hearer], firstToken: from, lastToken: from, certainty: 1 };
}

/** The one person told `quote`, which sentence `within` holds part of. */
function hearerOf(
  ctx: ArticleContext,
  quote: Quote,
  within: number,
): ReturnType<ArticleContext['actor']> {
  const { text, sentences } = ctx.analysis;
  // The quote's first sentence: back from one it reaches, not a scan from the article's start.
  let first = within;
  while (first > 0 && (sentences[first - 1]?.end ?? 0) > quote.start) first--;
  const found = new Set<string>();
  for (let s = first; s < sentences.length; s++) {
    const sentence = sentences[s];
    if (sentence === undefined || sentence.start > (quote.attribution?.end ?? quote.end)) break;
    for (const m of ctx.mentionsBySentence.get(s) ?? []) {
      if (m.type !== 'Person' || !TOLD_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)))
        continue;
      const beside = m.end <= quote.start && TO_QUOTE.test(text.slice(m.end, quote.start));
      // The attribution ends with its verb ("X told"): the one told stands right after it.
      const attributed =
        quote.attribution !== undefined &&
        quote.attribution.start <= m.start &&
        m.start <= quote.attribution.end + AFTER_ATTRIBUTION;
      if (beside || attributed) found.add(m.entityId);
    }
  }
  const [only] = found;
  return found.size === 1 && only !== undefined && only !== quote.speakerId
    ? ctx.actor(only)
    : undefined;
}
