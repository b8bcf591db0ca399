import type { Mention, Sentence } from '../types.js';

/** How many paragraphs back "the agency" may look for the "Food Safety Agency" it repeats. */
const PARAGRAPHS_BACK = 3;

/**
 * `The Food Safety Agency said ... "...," the agency said`: an organization named earlier is
 * referred to by "the" and the last word of its name. Kept by that word, in text order, so a
 * description finds the organization most recently named with it.
 */
export class OrganizationHeads {
  private readonly byHead = new Map<string, Mention[]>();

  constructor(
    mentions: readonly Mention[],
    private readonly sentences: readonly Sentence[],
    quoted: (at: number) => boolean,
  ) {
    for (const m of mentions) {
      if (m.type !== 'Organization' || quoted(m.start)) continue;
      const words = m.text.split(/\s+/);
      // A one-word name ("Nordbank") has no head noun to repeat.
      const last = words.at(-1) ?? '';
      if (words.length < 2 || !/^\p{Lu}\p{Ll}+$/u.test(last)) continue;
      const head = last.toLowerCase();
      const list = this.byHead.get(head) ?? [];
      list.push(m);
      this.byHead.set(head, list);
    }
  }

  /**
   * The entity of the organization last named before offset `before`, in `paragraph` or a few
   * paragraphs before it, whose name ends in `noun`.
   */
  holder(noun: string, before: number, paragraph: number): string | undefined {
    const list = this.byHead.get(noun);
    if (list === undefined) return undefined;
    let found: Mention | undefined;
    for (const m of list) {
      if (m.start >= before) break;
      found = m;
    }
    if (found === undefined) return undefined;
    const named = this.sentences[found.sentence]?.paragraph ?? -Infinity;
    return named >= paragraph - PARAGRAPHS_BACK ? found.entityId : undefined;
  }
}
