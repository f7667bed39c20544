import { AppError, notFound } from '../../../src-shared/errors';
import type { Activity, Resource, Segment } from '../../../src-shared/model/index';
import type { DbOrTrx, EditableTable } from '../../db/schema';

export interface ImportChoices {
  /** fileId → existing id to use, or null to create; absent means "use the match, else create". */
  resourceMap: Record<string, string | null>;
  segmentMap: Record<string, string | null>;
  /** The planner's language, for the name of a copy of a plan that is already here: "… (副本)" / "… (copy)". */
  language?: 'zh-CN' | 'en';
}

/** The name of the copy of a plan that is already in the workspace, within the 200 characters a name may have. */
export function copyName(name: string, language: 'zh-CN' | 'en' = 'zh-CN'): string {
  const suffix = language === 'en' ? ' (copy)' : ' (副本)';
  return `${name.slice(0, 200 - suffix.length)}${suffix}`;
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
 * A chosen row must be of the same sort (a venue for a venue, a tier segment for a tier segment):
 * the dialog only offers those, and a request that asks otherwise is refused.
 */
function chosenRow<T extends { id: string; name: string }>(
  what: 'resource' | 'segment',
  existing: ReadonlyMap<string, T>,
  map: Record<string, string | null>,
  file: { id: string; name: string; sort: string },
  match: T | null,
  sortOf: (row: T) => string,
): T | null {
  if (!(file.id in map)) return match;
  const target = map[file.id];
  if (target === null || target === undefined) return null;
  const found = existing.get(target);
  if (!found) throw notFound(what, target);
  if (sortOf(found) !== file.sort) {
    throw new AppError(
      'VALIDATION',
      {
        'zh-CN': `「${found.name}」与文件中的「${file.name}」不是同一类${what === 'resource' ? '资源' : '会员分层'}，不能相互对应。`,
        en: `"${found.name}" is not the same kind of ${what} as "${file.name}" in the file; one cannot stand for the other.`,
      },
      { target, fileId: file.id },
    );
  }
  return found;
}

type FileResource = { id: string; name: string; kind: Resource['kind'] };
type FileSegment = { id: string; name: string; dimension: Segment['dimension'] };

export const chosenResource = (
  existing: readonly Resource[],
  byId: ReadonlyMap<string, Resource>,
  map: Record<string, string | null>,
  file: FileResource,
): Resource | null =>
  chosenRow('resource', byId, map, { ...file, sort: file.kind }, matchResource(existing, file), (r) => r.kind);

export const chosenSegment = (
  existing: readonly Segment[],
  byId: ReadonlyMap<string, Segment>,
  map: Record<string, string | null>,
  file: FileSegment,
): Segment | null =>
  chosenRow('segment', byId, map, { ...file, sort: file.dimension }, matchSegment(existing, file), (s) => s.dimension);

/** Two file resources remapped onto one workspace resource become one claim of the larger quantity. */
export function mergeClaims(claims: Activity['claims']): Activity['claims'] {
  const by = new Map<string, number>();
  for (const c of claims) by.set(c.resourceId, Math.max(by.get(c.resourceId) ?? 0, c.quantity));
  return [...by].map(([resourceId, quantity]) => ({ resourceId, quantity }));
}

/** Which of these ids are taken here: a file row whose id is taken gets a fresh one on import. */
export async function takenIds(db: DbOrTrx, table: EditableTable, ids: readonly string[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const rows = await db.selectFrom(table).select('id').where('id', 'in', chunk).execute();
    for (const r of rows) out.add(r.id);
  }
  return out;
}

/** Ids inside stored engine settings (precedence pairs name activities) follow the renaming. */
export function renameDeep(value: unknown, ids: ReadonlyMap<string, string>): unknown {
  if (typeof value === 'string') return ids.get(value) ?? value;
  if (Array.isArray(value)) return value.map((v) => renameDeep(v, ids));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, renameDeep(v, ids)]));
  }
  return value;
}
