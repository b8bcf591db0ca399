import type { ActorRef } from './article-context.js';
import type { CompiledCues } from './cue-lexicon.js';
import type { SentenceView } from './sentence-view.js';

const REACH = 4;

/**
 * Who owns the article's resolutions, proposals and plans, as the text names them ("a
 * U.S.-drafted resolution", "Peru's proposal"), so a later "voted for the resolution" has a
 * target. A noun two owners claim has none.
 */
export class OwnedObjects {
  private readonly owners = new Map<string, ActorRef | null>();

  /** Records the owners a sentence names. */
  record(cues: CompiledCues, view: SentenceView): void {
    const { words } = view;
    for (const unit of view.units) {
      if (!unit.actor) continue;
      let t = unit.lastToken + 1;
      const glued = view.tokens[t]?.start === unit.end;
      if (glued && words[t] === '-' && cues.context.authorHyphens.has(words[t + 1] ?? '')) t += 2;
      else if (words[t] === "'s") t += 1;
      else continue;
      for (let k = t; k < t + REACH && k < words.length; k++) {
        const word = words[k] ?? '';
        if (cues.context.ownedNouns.has(word)) {
          this.claim(word, unit.actor);
          break;
        }
        if (!/^[\p{L}.-]+$/u.test(word) || word === 'of') break;
      }
    }
  }

  /** The owner of "the <noun>" at token `t`, when the article named exactly one. */
  ownerAt(cues: CompiledCues, view: SentenceView, t: number): ActorRef | undefined {
    const noun = view.words[t + 1] ?? '';
    if (view.words[t] !== 'the' || !cues.context.ownedNouns.has(noun)) return undefined;
    // "the resolution of Chile", "the plan by Peru": the text names another owner there.
    if (['of', 'by', 'from', '-'].includes(view.words[t + 2] ?? '')) return undefined;
    return this.owners.get(noun) ?? undefined;
  }

  private claim(noun: string, actor: ActorRef): void {
    const seen = this.owners.get(noun);
    this.owners.set(noun, seen === undefined || seen?.id === actor.id ? actor : null);
  }
}
