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
  /** Slot k holds its key at 2k and its value plus one at 2k + 1 (0: an empty slot). */
  private slots: Int32Array;
  private mask: number;
  size = 0;

  constructor(capacity = 256) {
    let slots = 16;
    while (slots < capacity * 2) slots *= 2;
    this.slots = new Int32Array(slots * 2);
    this.mask = slots - 1;
  }

  /** The slot of `key`, or the empty slot where it would go. */
  private slot(key: number): number {
    const { slots, mask } = this;
    let slot = (key ^ (key >>> 15)) & mask;
    while (slots[2 * slot + 1] !== 0 && slots[2 * slot] !== key) slot = (slot + 1) & mask;
    return slot;
  }

  get(hash: number): number | undefined {
    const stored = this.slots[2 * this.slot(hash | 0) + 1] ?? 0;
    return stored === 0 ? undefined : stored - 1;
  }

  /** Values are 32-bit integers from 0 up. */
  set(hash: number, value: number): this {
    const key = hash | 0;
    const slot = this.slot(key);
    const fresh = this.slots[2 * slot + 1] === 0;
    this.slots[2 * slot] = key;
    this.slots[2 * slot + 1] = value + 1;
    if (fresh && ++this.size * 2 > this.mask) this.grow();
    return this;
  }

  /** Sets `hash` to its value (0 when absent) OR `bits`, in one probe; nothing changes when it holds them. */
  or(hash: number, bits: number): void {
    const key = hash | 0;
    const slot = this.slot(key);
    const stored = this.slots[2 * slot + 1] ?? 0;
    if (stored !== 0 && ((stored - 1) | bits) === stored - 1) return;
    this.slots[2 * slot] = key;
    this.slots[2 * slot + 1] = ((stored === 0 ? 0 : stored - 1) | bits) + 1;
    if (stored === 0 && ++this.size * 2 > this.mask) this.grow();
  }

  /** A table with the same entries that changes apart from this one. */
  copy(): CaseTable {
    const out = new CaseTable(0);
    out.slots = this.slots.slice();
    out.mask = this.mask;
    out.size = this.size;
    return out;
  }

  *[Symbol.iterator](): IterableIterator<[number, number]> {
    const { slots } = this;
    for (let k = 0; k < slots.length; k += 2)
      if (slots[k + 1] !== 0) yield [slots[k] ?? 0, (slots[k + 1] ?? 1) - 1];
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.mask = old.length - 1;
    for (let k = 0; k < old.length; k += 2) {
      if (old[k + 1] === 0) continue;
      const slot = this.slot(old[k] ?? 0);
      this.slots[2 * slot] = old[k] ?? 0;
      this.slots[2 * slot + 1] = old[k + 1] ?? 0;
    }
  }
}
