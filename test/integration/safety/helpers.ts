import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Channel, RequestOf, ResponseOf } from '../../../src-shared/contract';
import type { AppErrorData } from '../../../src-shared/errors';
import {
  type OpenWorkspaceOptions,
  type OpenedWorkspace,
  openWorkspace,
} from '../../../src-main/service/open-workspace';

/** Temp folders for one test file, removed after each test. */
export function tempDirs() {
  const dirs: string[] = [];
  return {
    make(prefix = 'dangqi-safety-'): string {
      const d = mkdtempSync(join(tmpdir(), prefix));
      dirs.push(d);
      return d;
    },
    cleanup(): void {
      dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
    },
  };
}

export function open(dataDir: string, extra: Partial<OpenWorkspaceOptions> = {}): Promise<OpenedWorkspace> {
  return openWorkspace({ dataDir, door: 'browser', version: 'test', onLog: () => undefined, ...extra });
}

export async function call<C extends Channel>(
  core: OpenedWorkspace,
  channel: C,
  args: RequestOf<C>,
): Promise<ResponseOf<C>> {
  const r = await core.dispatch(channel, args);
  if (!r.ok) throw new Error(`${channel} failed: ${r.error.code} ${r.error.message.en}`);
  return r.value as ResponseOf<C>;
}

export async function refusal(core: OpenedWorkspace, channel: Channel, args: unknown): Promise<AppErrorData> {
  const r = await core.dispatch(channel, args);
  if (r.ok) throw new Error(`${channel} succeeded but was expected to fail`);
  return r.error;
}

export const planInput = (name: string) => ({
  name,
  startDate: '2026-01-01',
  endDate: '2026-12-31',
});
