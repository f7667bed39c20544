import { z } from 'zod';
import { FieldValue, MergeEntity } from './contract-merge';

/**
 * Team sync (issue #17), spread into `contract` (contract.ts). A planner joins a team with the
 * sync server's address and the team token; edits then reach colleagues through it, and offline
 * is normal (the status says 离线 and how many edits wait). Anyone holding the token may change
 * anything: the token is a shared secret, not a permission system.
 */
export const SyncState = z.enum(['off', 'synced', 'offline', 'pending']);
export type SyncState = z.infer<typeof SyncState>;

export const SyncStatus = z.object({
  state: SyncState,
  /** Edits made here that the server has not had yet. */
  pending: z.number().int(),
  /** The server's address, null when not in a team. */
  url: z.string().nullable(),
  planner: z.string(),
});
export type SyncStatus = z.infer<typeof SyncStatus>;

/** A field two planners changed at once: the value every laptop shows and the other one, kept visible. */
export const ConcurrentEdit = z.object({
  planId: z.string(),
  entity: MergeEntity,
  id: z.string(),
  /** The row's title or name, as a planner knows it. */
  label: z.string(),
  field: z.string(),
  shown: FieldValue,
  others: z.array(FieldValue),
});
export type ConcurrentEdit = z.infer<typeof ConcurrentEdit>;

const ServerUrl = z
  .string()
  .max(500)
  .regex(/^wss?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/, 'expected ws://host:port');

export const syncChannels = {
  /**
   * Joins a team: remembered in the workspace, so the laptop reconnects at the next start.
   * Errors: VALIDATION for an address that is not ws:// or wss://, or a token under 8 characters.
   */
  'sync/join': {
    request: z.object({ url: ServerUrl, token: z.string().min(8).max(200), planner: z.string().max(60) }).strict(),
    response: SyncStatus,
  },
  'sync/leave': { request: z.object({}).strict(), response: SyncStatus },
  'sync/status': { request: z.object({}).strict(), response: SyncStatus },
  /** The fields of the plan that two planners changed at once (并发修改), with the value shown and the others. */
  'sync/concurrent-edits': {
    request: z.object({ planId: z.string().uuid() }).strict(),
    response: z.array(ConcurrentEdit),
  },
  /**
   * Keeps one of a field's concurrent values (the shown one, or another to replace it with) as
   * one undoable edit; afterwards every laptop shows that value with no rival. Errors:
   * NOT_FOUND when the field has no such concurrent value (any more).
   */
  'sync/resolve-concurrent': {
    request: z
      .object({
        planId: z.string().uuid(),
        entity: MergeEntity,
        id: z.string().max(100),
        field: z.string().max(60),
        value: FieldValue,
      })
      .strict(),
    response: z.object({ resolved: z.boolean() }),
  },
} as const;
