// `npm test`: everything CI checks, in order, stopping at the first failure.
// Lint and layer rules, types, unit + integration tests (Node, real SQLite), a production build,
// end-to-end tests in Chromium through the browser door, and the Electron smoke test where an
// Electron binary exists (it says plainly when it was not run).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const steps = [
  ['lint', 'npx', ['eslint', '.']],
  ['format', 'npx', ['prettier', '--check', '.']],
  // Per runtime first (shared: no DOM, no Node; main: Node; renderer: DOM), then everything with the tests.
  ['types', 'npm', ['run', '--silent', 'typecheck']],
  ['unit + integration', 'npx', ['vitest', 'run']],
  ['build', 'npx', ['electron-vite', 'build']],
  ['end-to-end', 'npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts']],
];
if (existsSync('scripts/test-electron.mjs')) steps.push(['electron smoke', 'node', ['scripts/test-electron.mjs']]);
// Our XLSX opened by a real office suite. CI installs LibreOffice; elsewhere say plainly it did not run.
if (hasOffice()) steps.push(['office round trip', 'npx', ['tsx', 'test/office/office-check.ts']]);
else process.stdout.write('LibreOffice not installed: office round-trip check NOT run\n');

function hasOffice() {
  return ['soffice', 'libreoffice'].some((bin) => spawnSync(bin, ['--version'], { stdio: 'ignore' }).status === 0);
}

for (const [name, cmd, args] of steps) {
  const started = Date.now();
  process.stdout.write(`\n▶ ${name}: ${cmd} ${args.join(' ')}\n`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (r.status !== 0) {
    process.stdout.write(`✗ ${name} failed after ${secs}s\n`);
    process.exit(r.status ?? 1);
  }
  process.stdout.write(`✓ ${name} (${secs}s)\n`);
}
