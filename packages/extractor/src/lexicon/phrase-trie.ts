import { tokenize } from '../text/tokenize.js';

interface Node<V> {
  next: Map<string, Node<V>>;
  values: V[];
}

export interface PhraseMatch<V> {
  /** Index one past the last matched token. */
  end: number;
  values: readonly V[];
}

/** Token-sequence trie: phrases are tokenized like article text, so offsets line up. */
export class PhraseTrie<V> {
  private readonly root: Node<V> = { next: new Map(), values: [] };
  /** Absent: words are matched as written (no call per word). */
  private readonly fold: ((word: string) => string) | undefined;

  constructor(fold?: (word: string) => string) {
    this.fold = fold;
  }

  private key(word: string): string {
    return this.fold === undefined ? word : this.fold(word);
  }

  add(phrase: string, value: V): void {
    let node = this.root;
    for (const token of tokenize(phrase)) {
      const key = this.key(token.text);
      let child = node.next.get(key);
      if (child === undefined) {
        child = { next: new Map(), values: [] };
        node.next.set(key, child);
      }
      node = child;
    }
    if (node !== this.root && !node.values.includes(value)) node.values.push(value);
  }

  /** Whether some phrase starts with `word`: where none does, `longest` finds nothing there. */
  starts(word: string): boolean {
    return this.root.next.has(this.key(word));
  }

  /** The longest phrase starting at tokens[start] and ending at or before `limit`. */
  longest(
    tokens: readonly { readonly text: string }[],
    start: number,
    limit = tokens.length,
  ): PhraseMatch<V> | undefined {
    let node: Node<V> | undefined = this.root;
    // One result object per call, not one per intermediate match: this runs for most tokens.
    let end = -1;
    let values: readonly V[] = node.values;
    for (let i = start; i < limit && node !== undefined; i++) {
      const token = tokens[i];
      if (token === undefined) break;
      // A phrase never spans a line-wrapped gap larger than whitespace.
      node = node.next.get(this.key(token.text));
      if (node !== undefined && node.values.length > 0) {
        end = i + 1;
        values = node.values;
      }
    }
    return end < 0 ? undefined : { end, values };
  }
}
