import type { Mention, Sentence } from '../types.js';

/** How many paragraphs back "the agency" may look for the "Food Safety Agency" it repeats. */
const PARAGRAPHS_BACK = 3;

/**
 * `The Food Safety Agency said ... "...," the agency said`: an organization named earlier is
 * referred to by "the" and the head of its name, its last word or the word before "of". Kept by that word, in text order, so a
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
      // "Ministry of Defence", "Bank of England": the head comes before "of".
      const of = words.indexOf('of');
      // A one-word name ("Nordbank") has no head noun to repeat.
      const last = (of > 0 ? words[of - 1] : words.at(-1)) ?? '';
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
