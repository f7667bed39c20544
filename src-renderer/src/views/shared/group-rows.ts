/**
 * Gathering rows under group keys for grids that show our own group rows (AG Grid's row
 * grouping is Enterprise): the budget grid's phase and activity subtotals and the activity
 * table's month, type and status groups are both built on these two functions.
 */

/** Items gathered by key: groups in `order` (ties keep first-seen order), items in their given order. */
export function groupInOrder<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  order: (a: string, b: string) => number,
): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return [...groups.entries()].sort((a, b) => order(a[0], b[0]));
}

/**
 * Rows already sorted by the grid (a sort of the whole list) put back under their groups:
 * each group's header row first, then its members in the grid's order; groups keep the order
 * their headers had; a header whose members were all filtered out is dropped. Works in place
 * on the array AG Grid hands to `postSortRows`.
 */
export function regroupInPlace<N>(nodes: N[], groupOf: (node: N) => string, isHeader: (node: N) => boolean): void {
  const headers: N[] = [];
  const members = new Map<string, N[]>();
  for (const n of nodes) {
    if (isHeader(n)) headers.push(n);
    else {
      const key = groupOf(n);
      const list = members.get(key);
      if (list) list.push(n);
      else members.set(key, [n]);
    }
  }
  if (headers.length === 0) return;
  const out: N[] = [];
  for (const h of headers) {
    const list = members.get(groupOf(h));
    if (!list) continue;
    out.push(h, ...list);
  }
  nodes.splice(0, nodes.length, ...out);
}
