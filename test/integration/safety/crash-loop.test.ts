import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkDatabaseFile } from '../../../src-main/db/safety/integrity';
import { call, open, tempDirs } from './helpers';
import { type Child, killHard, spawnTs } from './processes';

const dirs = tempDirs();
const children: Child[] = [];
afterEach(async () => {
  await Promise.all(children.splice(0).map((c) => killHard(c)));
  dirs.cleanup();
});

const ROUNDS = 20;

describe('kill -9 while editing', () => {
  it(`keeps every acknowledged edit and an intact workspace over ${ROUNDS} rounds`, { timeout: 600_000 }, async () => {
    const dataDir = dirs.make();
    const acked = new Set<string>();
    for (let round = 0; round < ROUNDS; round++) {
      const child = spawnTs('test/integration/safety/child-editor.ts', [dataDir, String(round)]);
      children.push(child);
      // Vary the moment of death: from the first edits (the open backup may still be running) to later.
      const killAfter = (round * 7) % 23;
      await child.waitFor(new RegExp(`^ack ${killAfter} `));
      await killHard(child);
      children.splice(children.indexOf(child), 1);
      let lastAck = -1;
      for (const line of child.lines) {
        const m = /^ack (\d+) (\S+)$/.exec(line);
        if (!m) continue;
        acked.add(m[2]);
        lastAck = Math.max(lastAck, Number(m[1]));
      }

      // The lock of the killed process is free; the workspace opens normally, intact.
      const core = await open(dataDir);
      try {
        expect(core.status().mode).toBe('normal');
        const plans = await call(core, 'plan/list', {});
        const ids = new Set(plans.map((p) => p.id));
        const missing = [...acked].filter((id) => !ids.has(id));
        expect(missing).toEqual([]);
        // At most the one edit in flight when the process died is there without an acknowledgement.
        const thisRound = plans.filter((p) => p.name.startsWith(`r${round}-`)).map((p) => Number(p.name.split('-')[1]));
        expect(Math.max(...thisRound)).toBeLessThanOrEqual(lastAck + 1);
      } finally {
        await core.close();
      }
      expect(checkDatabaseFile({ file: join(dataDir, 'workspace.dangqi-db') })).toMatchObject({
        ok: true,
        problems: [],
      });
    }
    // Backups made along the way are all whole: none is left under a temporary name after the last open.
    const backups = readdirSync(join(dataDir, 'backups')).filter((n) => n.endsWith('.dangqi-db'));
    expect(backups.length).toBeGreaterThan(0);
    for (const b of backups) expect(checkDatabaseFile({ file: join(dataDir, 'backups', b) }).ok).toBe(true);
  });
});
