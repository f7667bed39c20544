import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { PAGES_PER_STEP, copyLiveWorkspace } from '../../../src-main/db/safety/online-backup';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function liveDatabase(rows: number): { file: string; db: BetterSqlite3.Database; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'dangqi-online-backup-'));
  dirs.push(dir);
  const file = join(dir, 'live.db');
  const db = new BetterSqlite3(file);
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
  const insert = db.prepare('INSERT INTO t (body) VALUES (?)');
  db.transaction(() => {
    for (let i = 0; i < rows; i++) insert.run('x'.repeat(400));
  })();
  return { file, db, dir };
}

describe('copyLiveWorkspace', () => {
  it('copies one consistent moment over many steps while another connection keeps writing', async () => {
    const { file, db, dir } = liveDatabase(40_000); // about 4,500 pages: several steps
    const pages = Number(db.pragma('page_count', { simple: true }));
    expect(pages).toBeGreaterThan(3 * PAGES_PER_STEP);
    const dest = join(dir, 'copy.db');
    let done = false;
    const copy = copyLiveWorkspace({ source: file, dest }).finally(() => (done = true));
    // A write between every two steps: without one read transaction over the whole copy, each
    // write would restart it (and it would end up holding whatever state it finished at).
    let writes = 0;
    while (!done) {
      db.prepare('INSERT INTO t (body) VALUES (?)').run('later');
      writes++;
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    await copy;
    expect(writes).toBeGreaterThan(2);
    const backup = new BetterSqlite3(dest, { readonly: true });
    try {
      expect(backup.pragma('quick_check', { simple: true })).toBe('ok');
      const laterRows = Number(backup.prepare("SELECT count(*) FROM t WHERE body = 'later'").pluck().get());
      // The moment the copy began: at most the first write (it may land before the first step).
      expect(laterRows).toBeLessThanOrEqual(1);
      expect(Number(backup.prepare('SELECT count(*) FROM t').pluck().get())).toBe(40_000 + laterRows);
    } finally {
      backup.close();
      db.close();
    }
  });
});
