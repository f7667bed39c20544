import { gzipSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseIcs } from '../../../src-main/files/ics/ics-read';
import { FileRefused } from '../../../src-main/files/limits';
import { parsePlanFile } from '../../../src-main/files/plan-file/parse';
import { readCsv } from '../../../src-main/files/table/csv-read';
import { readXlsx } from '../../../src-main/files/table/xlsx-read';

/**
 * Every parser of untrusted bytes, fed thousands of random and mutated inputs: each either
 * returns a result or refuses with FileRefused (a reason for the planner). Anything else
 * thrown is a bug. The parsers are pure, so "nothing written" holds by construction; the
 * integration tests check it through the channels.
 */
const P = crypto.randomUUID();
const A = crypto.randomUUID();
const R = crypto.randomUUID();
const VALID = {
  format: 'dangqi-plan',
  version: 1,
  app: 'test',
  plans: [{ id: P, name: '方案', startDate: '2026-01-01', endDate: '2026-12-31', settings: {} }],
  resources: [{ id: R, name: '宴会厅', kind: 'venue', quantity: 1 }],
  segments: [],
  activities: [
    {
      id: A,
      planId: P,
      title: '会员日',
      type: 'member_day',
      start: '2026-03-08',
      end: '2026-03-08',
      claims: [{ resourceId: R, quantity: 1 }],
    },
  ],
  budgetLines: [{ id: crypto.randomUUID(), planId: P, activityId: A, category: 'venue', plannedCents: 100 }],
  risks: [],
  kpis: [],
  tasks: [],
};
const validText = JSON.stringify(VALID);

function expectResultOrRefusal(run: () => unknown): void {
  try {
    run();
  } catch (error) {
    if (!(error instanceof FileRefused)) throw error;
    expect(error.refusal.zh.length).toBeGreaterThan(0);
    expect(error.refusal.en.length).toBeGreaterThan(0);
  }
}

async function expectResultOrRefusalAsync(run: () => Promise<unknown>): Promise<void> {
  try {
    await run();
  } catch (error) {
    if (!(error instanceof FileRefused)) throw error;
  }
}

/** Byte-level mutations of a valid input: flips, truncation, insertion. */
const mutated = (base: Uint8Array) =>
  fc
    .record({
      flips: fc.array(fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }), { maxLength: 6 }),
      cut: fc.option(fc.nat(), { nil: null }),
    })
    .map(({ flips, cut }) => {
      const b = Uint8Array.from(base);
      for (const f of flips) b[f.at % b.length] = f.byte;
      return cut === null ? b : b.subarray(0, cut % (b.length + 1));
    });

/** Structural mutations of the valid plan file: a random value replaces a random node. */
function mutateJson(value: unknown, path: number[], replacement: unknown): unknown {
  if (path.length === 0 || typeof value !== 'object' || value === null) return replacement;
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  if (entries.length === 0) return replacement;
  const [key, child] = entries[path[0] % entries.length];
  const copy: Record<string, unknown> | unknown[] = Array.isArray(value) ? [...value] : { ...value };
  (copy as Record<string, unknown>)[key] = mutateJson(child, path.slice(1), replacement);
  return copy;
}

describe('fuzz: plan file parser', () => {
  it('the valid sample parses', () => {
    expect(parsePlanFile(gzipSync(validText)).activities).toHaveLength(1);
  });

  it('random bytes, mutated gzip and mutated JSON text', () => {
    const gz = gzipSync(validText);
    fc.assert(
      fc.property(
        fc.oneof(fc.uint8Array({ maxLength: 300 }), mutated(gz), mutated(Buffer.from(validText))),
        (bytes) => {
          expectResultOrRefusal(() => parsePlanFile(bytes));
        },
      ),
      { numRuns: 3000, seed: 1 },
    );
  });

  it('structurally mutated files: wrong types anywhere, hostile keys, huge values', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constant({ ['__proto__']: 1 }), fc.constant('长'.repeat(30_000))),
        (path, replacement) => {
          const text = JSON.stringify(mutateJson(VALID, path, replacement));
          expectResultOrRefusal(() => parsePlanFile(Buffer.from(text)));
        },
      ),
      { numRuns: 3000, seed: 2 },
    );
  });
});

describe('fuzz: CSV reader', () => {
  it('random bytes and text never escape as anything but a grid or a refusal', () => {
    const sample = Buffer.from('活动名称,开始日期\r\n"a,""b""",2026-03-08\r\n', 'utf8');
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 400 }),
          mutated(sample),
          fc.string().map((s) => Buffer.from(s)),
        ),
        (bytes) => {
          expectResultOrRefusal(() => readCsv(bytes));
        },
      ),
      { numRuns: 5000, seed: 3 },
    );
  });
});

describe('fuzz: ICS reader', () => {
  it('mutated Outlook/Google/Apple files and random text', () => {
    const fixtures = ['outlook.ics', 'google.ics', 'apple.ics'].map((f) =>
      readFileSync(join(__dirname, '../../fixtures/files', f)),
    );
    const t0 = Date.now();
    fc.assert(
      fc.property(
        fc.oneof(
          mutated(fixtures[0]),
          mutated(fixtures[1]),
          mutated(fixtures[2]),
          fc.string().map((s) => Buffer.from(`BEGIN:VCALENDAR\r\n${s}\r\nEND:VCALENDAR\r\n`)),
          fc.uint8Array({ maxLength: 200 }),
        ),
        (bytes) => {
          expectResultOrRefusal(() => parseIcs(bytes, 'Asia/Shanghai'));
        },
      ),
      { numRuns: 3000, seed: 41 },
    );
    expect(Date.now() - t0).toBeLessThan(60_000);
  });
});

describe('fuzz: XLSX reader', () => {
  it('mutated workbooks and random zips are read or refused', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('活动');
    ws.addRow(['活动名称', '开始日期', '预算']);
    ws.addRow(['会员日', new Date(Date.UTC(2026, 2, 8)), 12500]);
    const base = new Uint8Array(await wb.xlsx.writeBuffer());
    await fc.assert(
      fc.asyncProperty(fc.oneof(mutated(base), fc.uint8Array({ maxLength: 200 })), async (bytes) => {
        await expectResultOrRefusalAsync(() => readXlsx(bytes));
      }),
      { numRuns: 400, seed: 5 },
    );
  }, 120_000);
});
