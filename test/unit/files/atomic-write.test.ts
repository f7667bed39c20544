import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../src-main/files/atomic-write';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dangqi-atomic-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('writes a new file and replaces an existing one whole, leaving no temp file', async () => {
    const target = join(dir, '方案.dangqi');
    await writeFileAtomic(target, Buffer.from('first'));
    await writeFileAtomic(target, Buffer.from('second, longer content'));
    expect(readFileSync(target, 'utf8')).toBe('second, longer content');
    expect(readdirSync(dir)).toEqual(['方案.dangqi']);
  });

  it('a crash before the rename leaves the old file intact and cleans up', async () => {
    const target = join(dir, 'plan.dangqi');
    writeFileSync(target, 'old content');
    const crash = writeFileAtomic(target, Buffer.alloc(1024 * 1024, 1), {
      beforeRename: () => {
        throw new Error('power cut');
      },
    });
    await expect(crash).rejects.toThrow('power cut');
    expect(readFileSync(target, 'utf8')).toBe('old content');
    expect(readdirSync(dir)).toEqual(['plan.dangqi']);
  });

  it('a missing folder fails without creating anything', async () => {
    await expect(writeFileAtomic(join(dir, 'nope', 'x.dangqi'), Buffer.from('x'))).rejects.toMatchObject({
      code: 'ENOENT',
    });
    expect(readdirSync(dir)).toEqual([]);
  });
});
