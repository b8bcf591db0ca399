/**
 * Maximum bipartite matching (Kuhn's augmenting paths). `edges[left]` lists the right nodes a
 * left node may take, preferred first. Returns, per right node, its left node or -1.
 *
 * Needed because one extracted relation may satisfy several required gold relations through
 * their alternatives; a greedy first-come choice could then leave a gold relation missed that
 * another assignment finds. Sizes are tens per article, so the O(V·E) cost does not matter.
 */
export function maxMatching(edges: readonly (readonly number[])[], rightCount: number): number[] {
  const owner = new Array<number>(rightCount).fill(-1);
  const assign = (left: number, seen: Set<number>): boolean => {
    for (const right of edges[left] ?? []) {
      if (seen.has(right)) continue;
      seen.add(right);
      const current = owner[right] ?? -1;
      if (current === -1 || assign(current, seen)) {
        owner[right] = left;
        return true;
      }
    }
    return false;
  };
  edges.forEach((_, left) => assign(left, new Set()));
  return owner;
}
