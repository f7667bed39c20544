import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { OpenedWorkspace } from '../../../src-main/service/open-workspace';
import { call, open, planInput, tempDirs } from './helpers';
import { type Child, killHard, spawnTs } from './processes';

const dirs = tempDirs();
const cores: OpenedWorkspace[] = [];
const children: Child[] = [];
afterEach(async () => {
  await Promise.all(children.splice(0).map((c) => killHard(c)));
  await Promise.all(cores.splice(0).map((c) => c.close()));
  dirs.cleanup();
});

function host(dataDir: string, rendererDir: string): Child {
  const child = spawnTs('src-main/host/cli.ts', ['--data-dir', dataDir, '--renderer-dir', rendererDir]);
  children.push(child);
  return child;
}

function rendererIn(dir: string): string {
  const r = join(dir, 'renderer');
  mkdirSync(r, { recursive: true });
  writeFileSync(join(r, 'index.html'), '<!doctype html><title>档期</title>');
  return r;
}

describe('one writer per data folder', () => {
  it(
    'a second host on the same folder is refused, naming the first; after kill -9 the lock is taken over',
    { timeout: 180_000 },
    async () => {
      const dir = dirs.make();
      const dataDir = join(dir, 'data');
      const renderer = rendererIn(dir);
      const first = host(dataDir, renderer);
      await first.waitFor(/^Dangqi browser door: /);
      const firstPid = first.proc.pid;

      const second = host(dataDir, renderer);
      expect(await second.exited).toBe(1);
      expect(second.stderr()).toContain(`in use by the browser door (process ${firstPid} on`);
      expect(second.stderr()).toContain(`浏览器入口（进程 ${firstPid}`);

      // This process (as the desktop app would) is refused the same way, and writes nothing.
      await expect(open(dataDir, { door: 'electron' })).rejects.toMatchObject({
        code: 'WORKSPACE_LOCKED',
        details: { holder: { pid: firstPid, door: 'browser' } },
      });

      await killHard(first);
      const third = host(dataDir, renderer);
      await third.waitFor(/^Dangqi browser door: /);
      await killHard(third);
      const mine = await open(dataDir);
      cores.push(mine);
      expect(await call(mine, 'plan/list', {})).toEqual([]);
    },
  );

  it('two opens in one process: the second is refused until the first closes', async () => {
    const dataDir = dirs.make();
    const first = await open(dataDir);
    await call(first, 'plan/create', planInput('a'));
    const refused = await open(dataDir, { door: 'electron' }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'WORKSPACE_LOCKED', details: { holder: { pid: process.pid } } });
    await first.close();
    const second = await open(dataDir);
    cores.push(second);
    expect((await call(second, 'plan/list', {})).map((p) => p.name)).toEqual(['a']);
  });
});
