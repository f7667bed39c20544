import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layers of docs/architecture.md, checked by reading every import (ESLint enforces the same,
 * this keeps the rule alive even if the lint config drifts).
 */
const ROOT = join(__dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...sourceFiles(full));
    else if (/\.(ts|tsx|mts)$/.test(name)) out.push(full);
  }
  return out;
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs: string[] = [];
  const re =
    /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm;
  for (const m of text.matchAll(re)) specs.push(m[1] ?? m[2] ?? m[3] ?? m[4]);
  return specs;
}

/** Comments may mention `window.dangqi`; only code counts. */
function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

const NODE_BUILTINS = /^(node:|fs$|path$|os$|crypto$|child_process$|worker_threads$|http$|net$|url$|stream$|zlib$)/;

describe('layers', () => {
  it('src-shared imports no Node, DOM platform, database, UI or other layer', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(join(ROOT, 'src-shared'))) {
      for (const spec of importsOf(file)) {
        const bad =
          NODE_BUILTINS.test(spec) ||
          /^(electron|better-sqlite3|kysely|react|react-dom|@fullcalendar\/|ag-grid)/.test(spec) ||
          /src-main|src-renderer/.test(spec);
        if (bad) offenders.push(`${relative(ROOT, file)} -> ${spec}`);
      }
      const code = stripComments(readFileSync(file, 'utf8'));
      if (/\b(window|document|localStorage|process)\.[A-Za-z_]/.test(code))
        offenders.push(`${relative(ROOT, file)} uses a DOM or Node global`);
    }
    expect(offenders).toEqual([]);
  });

  it('only src-main/electron and src-main/preload import electron', () => {
    const offenders: string[] = [];
    for (const top of ['src-main', 'src-shared', 'src-renderer']) {
      for (const file of sourceFiles(join(ROOT, top))) {
        const rel = relative(ROOT, file).replaceAll('\\', '/');
        if (rel.startsWith('src-main/electron/') || rel.startsWith('src-main/preload/')) continue;
        if (importsOf(file).some((s) => s === 'electron' || s.startsWith('electron/'))) offenders.push(rel);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('the renderer never imports src-main or Node', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(join(ROOT, 'src-renderer'))) {
      for (const spec of importsOf(file)) {
        if (/src-main/.test(spec) || NODE_BUILTINS.test(spec) || spec === 'better-sqlite3')
          offenders.push(`${relative(ROOT, file)} -> ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('the checker itself sees imports (guards against a regex that matches nothing)', () => {
    const specs = importsOf(join(ROOT, 'src-main', 'db', 'open-database.ts'));
    expect(specs).toEqual(expect.arrayContaining(['better-sqlite3', 'kysely', 'node:fs']));
  });

  it('each runtime is type-checked with only its own platform (per-runtime tsconfigs)', () => {
    const config = (name: string) =>
      JSON.parse(
        readFileSync(join(ROOT, name), 'utf8')
          .replace(/^\s*\/\/.*$/gm, '')
          .replace(/,(\s*[}\]])/g, '$1'),
      ) as { compilerOptions: { lib: string[]; types: string[] }; include: string[] };
    const shared = config('tsconfig.shared.json');
    expect(shared.include).toEqual(['src-shared']);
    expect(shared.compilerOptions.lib.some((l) => l.startsWith('DOM'))).toBe(false);
    expect(shared.compilerOptions.types).toEqual([]);
    const main = config('tsconfig.main.json');
    expect(main.compilerOptions.lib.some((l) => l.startsWith('DOM'))).toBe(false);
    const renderer = config('tsconfig.renderer.json');
    expect(renderer.compilerOptions.types).not.toContain('node');
    const typecheck = (
      JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
    ).scripts.typecheck;
    for (const name of ['tsconfig.shared.json', 'tsconfig.main.json', 'tsconfig.renderer.json'])
      expect(typecheck).toContain(name);
  });

  it('rooms inside src-main: files/ knows no workspace, db/ serves the service, the solver never touches the database', () => {
    const rules: [string, RegExp][] = [
      ['src-main/files', /\/(service|db)\/|^better-sqlite3$|^kysely$/],
      ['src-main/db', /\/(service|files|solver)\//],
      ['src-main/solver', /\/(db|service)\/|^better-sqlite3$|^kysely$/],
    ];
    const offenders: string[] = [];
    for (const [room, forbidden] of rules) {
      for (const file of sourceFiles(join(ROOT, room))) {
        for (const spec of importsOf(file))
          if (forbidden.test(spec)) offenders.push(`${relative(ROOT, file)} -> ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
