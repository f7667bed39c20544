import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..', '..');

/**
 * Where the README's screenshots go. `npm run screenshots` sets DANGQI_SCREENSHOTS=1 and they are
 * written into docs/screenshots; an ordinary test run writes them into the ignored artifacts
 * folder, so running the tests leaves the checkout clean.
 */
export function screenshotPath(name: string): string {
  const dir =
    process.env.DANGQI_SCREENSHOTS === '1'
      ? join(ROOT, 'docs', 'screenshots')
      : join(ROOT, 'test', 'e2e', 'artifacts', 'screenshots');
  mkdirSync(dir, { recursive: true });
  return join(dir, name);
}
