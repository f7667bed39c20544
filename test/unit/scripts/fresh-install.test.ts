/**
 * A fresh machine that reaches the npm registry but not GitHub: `npm install` must not run
 * Electron's binary download (it fails the install there), while the native build of
 * better-sqlite3 and esbuild's postinstall must still run. npm 11 reads this from `allowScripts`.
 * And CI runs exactly what the README tells a newcomer, with no variable set for it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { openInBrowser } from '../../../scripts/open-browser.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { allowScripts?: Record<string, boolean> };
const readme = readFileSync('README.md', 'utf8');
const ci = readFileSync('.ci/run', 'utf8');

describe('a fresh install', () => {
  it('denies Electronʼs download at install time and lets the native builds run', () => {
    expect(pkg.allowScripts?.electron).toBe(false);
    expect(pkg.allowScripts?.['better-sqlite3']).toBe(true);
    expect(pkg.allowScripts?.esbuild).toBe(true);
  });

  it('CI runs the READMEʼs install and test commands, with no environment variable of its own', () => {
    const block = /## Install and start\s+```sh\n([^`]+)```/.exec(readme)?.[1].trim().split('\n') ?? [];
    expect(block).toEqual(['npm install', 'npm start']);
    const commands = ci
      .split('\n')
      .filter((line) => /^\s*(npm|export)\b/.test(line))
      .map((l) => l.trim());
    expect(commands).toEqual(['npm install', 'npm test']);
    expect(ci).not.toMatch(/ELECTRON_SKIP_BINARY_DOWNLOAD/);
    expect(readme).toMatch(/```sh\nnpm test\n```/);
  });

  it('opens no browser where there is no display, so servers and CI only print the URL', () => {
    expect(openInBrowser('http://127.0.0.1:1/', 'linux', {})).toBe(false);
  });
});
