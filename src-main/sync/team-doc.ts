/**
 * The team document: which plans the team shares, and the resources and segments their claims
 * name (venues, staff, channels, member segments are the team's, not one plan's). Its id and its
 * first change are derived from the team token alone, so every member opens the same document
 * without being told its address, and two members who start it apart still share its maps.
 */
import { createHash } from 'node:crypto';
import * as A from '@automerge/automerge';
import {
  type BinaryDocumentId,
  type DocumentId,
  parseAutomergeUrl,
  stringifyAutomergeUrl,
} from '@automerge/automerge-repo';
import { TEAM_TABLES, type TeamRows, type TeamTable, emptyTeamRows } from '../db/queries/team-rows';
import type { Row } from '../db/row-ops';
import { docRow, plainValue } from './plan-doc';

type DocValue = A.ImmutableString | number | null;
export interface TeamDocShape {
  plans: Record<string, boolean>;
  resources: Record<string, Record<string, DocValue>>;
  segments: Record<string, Record<string, DocValue>>;
}

const ROOT_ACTOR = '00000000000000000000000000000000' as A.ActorId;

/** The same bytes on every laptop: a first change with a fixed actor and no time. */
export function teamRootBytes(): Uint8Array {
  return A.save(
    A.change(A.init<TeamDocShape>({ actor: ROOT_ACTOR }), { time: 0 }, (d) => {
      d.plans = {};
      d.resources = {};
      d.segments = {};
    }),
  );
}

function idFrom(...parts: string[]): DocumentId {
  const hash = createHash('sha256').update(parts.join('\u0000')).digest();
  // A document id is 16 bytes (automerge-repo brands the type of the bytes).
  const binary = new Uint8Array(hash.subarray(0, 16)) as BinaryDocumentId;
  return parseAutomergeUrl(stringifyAutomergeUrl(binary)).documentId;
}

export const teamDocId = (token: string): DocumentId => idFrom('dangqi-team', token);
/** A plan's document id in the team: its plan id, within the team's token (another team is another space). */
export const planDocId = (token: string, planId: string): DocumentId => idFrom('dangqi-plan', token, planId);

export function teamRowsOf(doc: A.Doc<TeamDocShape>): TeamRows {
  const out = emptyTeamRows();
  for (const table of TEAM_TABLES) {
    for (const [id, row] of Object.entries(doc[table] ?? {})) {
      const plain: Row = {};
      for (const [k, v] of Object.entries(row)) plain[k] = plainValue(v);
      out[table][id] = plain;
    }
  }
  return out;
}

/** Writes what changed locally between `before` and `after` into the team document (no deletes: see below). */
export function writeTeamRows(d: TeamDocShape, before: TeamRows, after: TeamRows): void {
  for (const table of TEAM_TABLES) {
    const rows = (d[table] ??= {});
    for (const [id, row] of Object.entries(after[table])) {
      const old = before[table][id];
      const target = rows[id];
      if (!target) {
        rows[id] = docRow(row);
        continue;
      }
      for (const [k, v] of Object.entries(row)) {
        if (old && old[k] === v) continue;
        if (plainValue(target[k]) !== v) target[k] = typeof v === 'string' ? new A.ImmutableString(v) : v;
      }
    }
    // A resource deleted here stays in the team: a colleague's plan may still claim it, and a
    // claim on a missing resource could not be written to their SQLite.
  }
}

export type { TeamTable };
