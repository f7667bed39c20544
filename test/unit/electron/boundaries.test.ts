import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');

/** Value imports of a TS file (type-only imports vanish at build time, so they do not count). */
function valueImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/^import\s+(?!type\s)[^'"]*?from\s+'([^']+)'|^import\s+'([^']+)'/gm)].map(
    (m) => m[1] ?? m[2],
  );
}

/** Every bare package a module pulls in at run time, following relative imports. */
function packagesReachedFrom(entry: string): Set<string> {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of valueImports(file)) {
      if (spec.startsWith('.')) visit(`${resolve(dirname(file), spec)}.ts`);
      else packages.add(spec);
    }
  };
  visit(entry);
  return packages;
}

describe('the Electron door keeps its boundaries', () => {
  it('the sandboxed preload needs no package but electron (it cannot require() one)', () => {
    expect([...packagesReachedFrom(join(ROOT, 'src-main/preload/index.ts'))]).toEqual(['electron']);
  });

  it('only the thin shell files import electron at run time', () => {
    const dir = join(ROOT, 'src-main/electron');
    const importing = readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && valueImports(join(dir, f)).includes('electron'))
      .sort();
    expect(importing).toEqual(['main-window.ts', 'main.ts']);
  });
});
