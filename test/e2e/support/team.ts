import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { invoke } from './api';
import type { RunningHost } from './host';

const ROOT = resolve(__dirname, '../../..');

/** Waits for a state, never for a time: reads until `holds`, failing with the last value after `limitMs`. */
export async function until<T>(
  what: string,
  read: () => Promise<T>,
  holds: (v: T) => boolean,
  limitMs = 60_000,
): Promise<T> {
  const end = Date.now() + limitMs;
  for (;;) {
    const v = await read();
    if (holds(v)) return v;
    if (Date.now() > end)
      throw new Error(`not reached in ${limitMs} ms: ${what}; last: ${JSON.stringify(v).slice(0, 300)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The plan's content as every laptop must hold it: activities and their claims, without stamps. */
export async function planContent(host: RunningHost, planId: string): Promise<string> {
  const snap = await invoke(host, 'plan/get-snapshot', { id: planId });
  const acts = snap.activities
    .map(({ createdAt: _c, updatedAt: _u, ...rest }) => ({
      ...rest,
      claims: [...rest.claims].sort((x, y) => (x.resourceId < y.resourceId ? -1 : 1)),
    }))
    .sort((x, y) => (x.id < y.id ? -1 : 1));
  return JSON.stringify(acts);
}

export interface ServerProcess {
  url: string;
  port: number;
  /** kill -9. */
  kill: () => Promise<void>;
}

/** The team's sync server as its own process (`npm run sync-server`'s program), so it can be killed. */
export async function startServerProcess(dataDir: string, token: string, port = 0): Promise<ServerProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', 'src-main/sync-server/cli.ts', '--port', String(port), '--data', dataDir, '--token', token],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  const url = await new Promise<string>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`sync server printed no address in 30 s\n${stderr}`)), 30_000);
    child.stdout?.setEncoding('utf8').on('data', (c: string) => {
      const m = /ws:\/\/[\d.]+:\d+/.exec(c);
      if (!m) return;
      clearTimeout(timer);
      ok(m[0]);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`sync server exited (${code})\n${stderr}`));
    });
  });
  return {
    url,
    port: Number(url.split(':').at(-1)),
    kill: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((r) => child.once('exit', () => r()));
      child.kill('SIGKILL');
      await exited;
    },
  };
}
