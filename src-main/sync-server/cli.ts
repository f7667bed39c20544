/**
 * `npm run sync-server -- --port N --data DIR --token T [--host ADDR]`: the team's sync server as a
 * program. Prints one line with the address the planners enter in the app, and serves until stopped.
 */
import { resolve } from 'node:path';
import { startSyncServer } from './sync-server';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const token = arg('--token') ?? process.env.DANGQI_SYNC_TOKEN;
  if (!token) {
    console.error(
      '缺少团队令牌：请用 --token 指定（至少 8 个字符）。\nMissing the team token: pass --token (at least 8 characters).',
    );
    process.exit(2);
  }
  const dataDir = resolve(arg('--data') ?? 'dangqi-sync-data');
  const server = await startSyncServer({
    dataDir,
    token,
    port: Number(arg('--port') ?? 0),
    host: arg('--host') ?? '127.0.0.1',
  });
  console.log(`Dangqi sync server: ${server.url}  (data: ${dataDir})`);
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
