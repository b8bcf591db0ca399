import { rangesCase, type DocumentCase } from '../tagger/features.js';
import type { Token } from '../text/tokenize.js';

type Ranges = ReadonlyArray<readonly [number, number]>;

/** The case evidence of a window's body sentences, kept for the slot stages' evidence of all. */
interface BodyCase {
  sentenceTokens: Ranges;
  sentences: ReadonlySet<number>;
  docCase: DocumentCase;
}

const bodyCases = new WeakMap<readonly Token[], BodyCase>();
const windowCases = new WeakMap<readonly Token[], DocumentCase>();

/** The case evidence of the sentences `ranges` of `tokens`, read in place (no copies). */
function caseOf(
  tokens: readonly Token[],
  ranges: Iterable<readonly [number, number]>,
): DocumentCase {
  return rangesCase(tokens, ranges);
}

/**
 * The case evidence of the sentences `sentences` (indices into `sentenceTokens`) that the tagger's
 * proposals read; {@link windowCase} then adds only the other sentences' evidence to it.
 */
export function bodyCase(
  tokens: readonly Token[],
  sentenceTokens: Ranges,
  sentences: readonly number[],
): DocumentCase {
  const docCase = caseOf(
    tokens,
    sentences.map((s) => sentenceTokens[s] ?? [0, 0]),
  );
  bodyCases.set(tokens, { sentenceTokens, sentences: new Set(sentences), docCase });
  return docCase;
}

/**
 * The case evidence of every sentence of the window, computed once for the slot stages. A form's
 * evidence is the union of each sentence's, so the body's (see bodyCase) is reused, copied only
 * where the other sentences (boilerplate, headlines in capitals) add to it.
 */
export function windowCase(tokens: readonly Token[], sentenceTokens: Ranges): DocumentCase {
  let docCase = windowCases.get(tokens);
  if (docCase !== undefined) return docCase;
  const body = bodyCases.get(tokens);
  if (body === undefined || body.sentenceTokens !== sentenceTokens)
    docCase = caseOf(tokens, sentenceTokens);
  else {
    const rest = sentenceTokens.filter((_, s) => !body.sentences.has(s));
    docCase = body.docCase;
    for (const [key, bits] of caseOf(tokens, rest)) {
      const old = docCase.get(key);
      if (old !== undefined && (old | bits) === old) continue;
      if (docCase === body.docCase) docCase = docCase.copy();
      docCase.set(key, (old ?? 0) | bits);
    }
  }
  windowCases.set(tokens, docCase);
  return docCase;
}
