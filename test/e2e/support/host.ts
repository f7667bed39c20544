import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

const ROOT = resolve(__dirname, '../../..');
const HOST_JS = join(ROOT, 'out/main/host.js');
const URL_RE = /(http:\/\/127\.0\.0\.1:\d+)\/#token=([A-Za-z0-9_-]+)/;

export interface RunningHost {
  /** The URL to open, carrying the token in its fragment. */
  url: string;
  origin: string;
  token: string;
  dataDir: string;
  /** Everything the host wrote to stderr, for failure messages. */
  stderr: () => string;
  stop: () => Promise<void>;
  /** kill -9: the host gets no chance to finish anything (a crash, a pulled plug). */
  kill: () => Promise<void>;
}

/** A fresh data folder per test file; the host writes its workspace database there. */
export async function makeDataDir(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'dangqi-e2e-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * Starts the browser door as a child process (`node out/main/host.js --data-dir DIR --port 0`)
 * and waits for the one line on stdout that carries its URL. Needs a build (`npm run build`).
 */
export async function startHost(dataDir: string, timeoutMs = 20_000): Promise<RunningHost> {
  if (!existsSync(HOST_JS) || !existsSync(join(ROOT, 'out/renderer/index.html'))) {
    throw new Error('The e2e tests drive the built app: run `npm run build` first (out/main/host.js, out/renderer).');
  }
  const child = spawn(process.execPath, [HOST_JS, '--data-dir', dataDir, '--port', '0'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DANGQI_DATA_DIR: '' },
  });
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));

  const found = await new Promise<{ origin: string; token: string }>((resolveUrl, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`host printed no URL within ${timeoutMs} ms\n${stderr}`)),
      timeoutMs,
    );
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const m = URL_RE.exec(line);
      if (!m) return;
      clearTimeout(timer);
      resolveUrl({ origin: m[1], token: m[2] });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`host exited with code ${code} before printing its URL\n${stderr}`));
    });
  });

  return {
    url: `${found.origin}/#token=${found.token}`,
    origin: found.origin,
    token: found.token,
    dataDir,
    stderr: () => stderr,
    stop: () => stopChild(child),
    kill: () => killChild(child),
  };
}

/** SIGTERM lets the host close the database cleanly; SIGKILL only if it hangs. */
async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

async function killChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill('SIGKILL');
  await exited;
}
