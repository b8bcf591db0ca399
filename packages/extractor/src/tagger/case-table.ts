/** What the tagger reads and updates of the tags words last received: a Map or a CaseTable. */
export interface TagHistory {
  get(hash: number): number | undefined;
  set(hash: number, value: number): unknown;
}

/**
 * A map from 32-bit hashes to small numbers, in typed arrays with open addressing. A Map of such
 * keys boxes every hash outside the small-integer range and hashes it again; this reads the
 * document case of every token the tagger sees, so it is kept flat.
 */
export class CaseTable {
  private keys: Int32Array;
  private values: Int32Array;
  private used: Uint8Array;
  private mask: number;
  size = 0;

  constructor(capacity = 256) {
    let slots = 16;
    while (slots < capacity * 2) slots *= 2;
    this.keys = new Int32Array(slots);
    this.values = new Int32Array(slots);
    this.used = new Uint8Array(slots);
    this.mask = slots - 1;
  }

  private slot(key: number): number {
    let slot = (key ^ (key >>> 15)) & this.mask;
    while (this.used[slot] === 1 && this.keys[slot] !== key) slot = (slot + 1) & this.mask;
    return slot;
  }

  get(hash: number): number | undefined {
    const slot = this.slot(hash | 0);
    return this.used[slot] === 1 ? this.values[slot] : undefined;
  }

  set(hash: number, value: number): this {
    const key = hash | 0;
    const slot = this.slot(key);
    this.values[slot] = value;
    if (this.used[slot] === 1) return this;
    this.used[slot] = 1;
    this.keys[slot] = key;
    if (++this.size * 2 > this.mask) this.grow();
    return this;
  }

  /** A table with the same entries that changes apart from this one. */
  copy(): CaseTable {
    const out = new CaseTable(0);
    out.keys = this.keys.slice();
    out.values = this.values.slice();
    out.used = this.used.slice();
    out.mask = this.mask;
    out.size = this.size;
    return out;
  }

  *[Symbol.iterator](): IterableIterator<[number, number]> {
    for (let slot = 0; slot <= this.mask; slot++)
      if (this.used[slot] === 1) yield [this.keys[slot] ?? 0, this.values[slot] ?? 0];
  }

  private grow(): void {
    const { keys, values, used } = this;
    const slots = (this.mask + 1) * 2;
    this.keys = new Int32Array(slots);
    this.values = new Int32Array(slots);
    this.used = new Uint8Array(slots);
    this.mask = slots - 1;
    for (let slot = 0; slot < used.length; slot++) {
      if (used[slot] !== 1) continue;
      const key = keys[slot] ?? 0;
      const to = this.slot(key);
      this.used[to] = 1;
      this.keys[to] = key;
      this.values[to] = values[slot] ?? 0;
    }
  }
}
