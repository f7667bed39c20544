/**
 * `node out/main/host.js [--data-dir DIR] [--port N]`: the browser door as a program. Prints
 * one line with the URL (carrying the per-run token) and serves until interrupted.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../../src-shared/errors';
import { argValue, resolveDataDir } from '../service/data-dir';
import { openWorkspace } from '../service/open-workspace';
import { APP_VERSION } from '../service/version';
import { startHost } from './server';

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const dataDir = resolveDataDir(argv, process.env);
  const port = Number(argValue(argv, '--port') ?? 0);
  const here = dirname(fileURLToPath(import.meta.url));
  const rendererDir = argValue(argv, '--renderer-dir') ?? join(here, '..', 'renderer');

  const core = await openWorkspace({
    dataDir,
    door: 'browser',
    version: APP_VERSION,
    onInternalError: (channel, error) => console.error(`[dangqi] ${channel} failed:`, error),
  });
  const host = await startHost({ core, rendererDir, port });
  console.log(`Dangqi browser door: ${host.url}  (data: ${dataDir})`);

  const stop = async () => {
    await host.close();
    await core.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  if (error instanceof AppError) console.error(`${error.localized['zh-CN']}\n${error.localized.en}`);
  else console.error(error);
  process.exit(1);
});
