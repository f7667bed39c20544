import { notFound } from '../../../src-shared/errors';
import type { Activity, Resource, Segment } from '../../../src-shared/model';

export interface ImportChoices {
  /** fileId → existing id to use, or null to create; absent means "use the match, else create". */
  resourceMap: Record<string, string | null>;
  segmentMap: Record<string, string | null>;
}

/** The workspace row a file's resource matches by default: same name and kind. */
export const matchResource = (existing: readonly Resource[], r: { name: string; kind: string }): Resource | null =>
  existing.find((e) => e.name === r.name && e.kind === r.kind) ?? null;
/** The workspace segment a file's segment matches by default: same name and dimension. */
export const matchSegment = (existing: readonly Segment[], s: { name: string; dimension: string }): Segment | null =>
  existing.find((e) => e.name === s.name && e.dimension === s.dimension) ?? null;

/**
 * The workspace row a file row will use under the planner's remap: the chosen one, none (create
 * it as new), or, when the planner left it alone, the default match. The one rule the preview's
 * conflicts and the apply both follow, so the list shown is the list the import will create.
 */
export function chosenRow<T extends { id: string }>(
  what: 'resource' | 'segment',
  existing: ReadonlyMap<string, T>,
  map: Record<string, string | null>,
  fileId: string,
  match: T | null,
): T | null {
  if (!(fileId in map)) return match;
  const target = map[fileId];
  if (target === null || target === undefined) return null;
  const found = existing.get(target);
  if (!found) throw notFound(what, target);
  return found;
}

/** Two file resources remapped onto one workspace resource become one claim of the larger quantity. */
export function mergeClaims(claims: Activity['claims']): Activity['claims'] {
  const by = new Map<string, number>();
  for (const c of claims) by.set(c.resourceId, Math.max(by.get(c.resourceId) ?? 0, c.quantity));
  return [...by].map(([resourceId, quantity]) => ({ resourceId, quantity }));
}
