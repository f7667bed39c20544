/**
 * How many rows an import or template is about to write, roughly: the lengths of the lists it
 * carries (activities, budget lines, tasks…). Enough to decide whether a backup comes first.
 */
export function rowsIn(value: object): number {
  let rows = 0;
  for (const v of Object.values(value)) if (Array.isArray(v)) rows += v.length;
  return rows;
}
