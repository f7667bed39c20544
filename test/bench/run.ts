/**
 * `npm run bench`: runs every suite in test/bench/suites and prints its figures as a table, or
 * as one JSON object with `npm run bench -- --json`. `--only name` runs the suites whose file
 * name contains `name`. Figures are measured, never asserted: targets live in the README.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export type BenchFigures = Record<string, number | string | boolean>;
export interface BenchSuite {
  name: string;
  run(): Promise<BenchFigures>;
}

const args = process.argv.slice(2);
const json = args.includes('--json');
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args[onlyAt + 1] : undefined;

const dir = join(dirname(fileURLToPath(import.meta.url)), 'suites');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !only || f.includes(only))
  .sort();

const all: BenchFigures = {};
for (const file of files) {
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as { default: BenchSuite };
  if (!json) process.stderr.write(`running ${mod.default.name}…\n`);
  const figures = await mod.default.run();
  Object.assign(all, figures);
  if (!json) {
    for (const [k, v] of Object.entries(figures)) {
      process.stdout.write(`${k.padEnd(40)} ${typeof v === 'number' ? Number(v.toFixed(3)) : v}\n`);
    }
  }
}
if (json) process.stdout.write(JSON.stringify(all) + '\n');
