import { staleEdit } from '../../src-shared/errors';

/**
 * Refuses a stale edit: when the caller names the `updatedAt` of the copy it edited and the
 * stored entity (read inside the edit's transaction) has changed or vanished since, the edit
 * throws CONFLICT and writes nothing. Without `expected` the caller accepts whatever is stored.
 */
export function checkFresh<E extends { updatedAt: string }>(
  what: string,
  id: string,
  current: E | undefined,
  expected: string | undefined,
  nameOf: (e: E) => string,
): void {
  if (expected === undefined) return;
  if (!current) throw staleEdit(what, id, id, expected, null);
  if (current.updatedAt !== expected) throw staleEdit(what, id, nameOf(current), expected, current.updatedAt);
}
