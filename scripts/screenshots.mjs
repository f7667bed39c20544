// `npm run screenshots`: builds, then runs the end-to-end files that photograph the real app,
// writing into docs/screenshots (the README's pictures). Ordinary test runs leave them alone.
import { spawnSync } from 'node:child_process';

const env = { ...process.env, DANGQI_SCREENSHOTS: '1' };
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env, shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
run('npx', ['electron-vite', 'build', '--logLevel', 'error']);
run('npx', [
  'vitest',
  'run',
  '--config',
  'vitest.e2e.config.ts',
  'test/e2e/screenshots.e2e.ts',
  'test/e2e/calendar-screenshots.e2e.ts',
  'test/e2e/plan-items-screenshots.e2e.ts',
  'test/e2e/files.e2e.ts',
  'test/e2e/print.e2e.ts',
  'test/e2e/laptop-screen.e2e.ts',
  'test/e2e/resource-picker.e2e.ts',
]);
