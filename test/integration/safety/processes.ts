import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');

export interface Child {
  proc: ChildProcess;
  /** Resolves with the first stdout line matching `pattern`. */
  waitFor(pattern: RegExp): Promise<RegExpMatchArray>;
  lines: string[];
  stderr(): string;
  exited: Promise<number | null>;
}

/** Runs a TypeScript entry of the project in its own Node process (through tsx). */
export function spawnTs(entry: string, args: string[]): Child {
  const proc = spawn(process.execPath, ['--import', 'tsx', join(ROOT, entry), ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let err = '';
  let partial = '';
  const waiters: { pattern: RegExp; resolve: (m: RegExpMatchArray) => void; reject: (e: Error) => void }[] = [];
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  proc.stdout?.on('data', (chunk: Buffer) => {
    partial += chunk.toString('utf8');
    const parts = partial.split('\n');
    partial = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line);
      for (const w of [...waiters]) {
        const m = w.pattern.exec(line);
        if (m) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(m);
        }
      }
    }
  });
  proc.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
  void exited.then(() => {
    for (const w of waiters.splice(0)) w.reject(new Error(`process ended before "${w.pattern}": ${err.slice(0, 500)}`));
  });
  return {
    proc,
    lines,
    stderr: () => err,
    exited,
    waitFor(pattern) {
      for (const line of lines) {
        const m = pattern.exec(line);
        if (m) return Promise.resolve(m);
      }
      return new Promise((resolve, reject) => waiters.push({ pattern, resolve, reject }));
    },
  };
}

/** SIGKILL, and wait until the process is really gone (its locks released by the OS). */
export async function killHard(child: Child): Promise<void> {
  child.proc.kill('SIGKILL');
  await child.exited;
}
