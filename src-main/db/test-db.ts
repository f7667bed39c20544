import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type OpenedDatabase, openDatabase } from './open-database';

export interface TestDb extends OpenedDatabase {
  dir: string;
  file: string;
  /** Closes the connection and removes the temp folder. */
  dispose(): Promise<void>;
}

/** The one place tests get a database: a real SQLite file in a fresh temp folder. */
export async function createTestDb(): Promise<TestDb> {
  const dir = mkdtempSync(join(tmpdir(), 'dangqi-test-'));
  const file = join(dir, 'workspace.dangqi-db');
  const opened = await openDatabase(file);
  return {
    ...opened,
    dir,
    file,
    dispose: async () => {
      await opened.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
