import { describe, expect, it } from 'vitest';
import { insertAt, patchAt, removeAt } from './row-list';

describe('row list edits', () => {
  const rows = [{ a: '1' }, { a: '2' }, { a: '3' }];

  it('patches, removes and inserts by index without touching the given list', () => {
    expect(patchAt(rows, 1, { a: 'x' })).toEqual([{ a: '1' }, { a: 'x' }, { a: '3' }]);
    expect(removeAt(rows, 0)).toEqual([{ a: '2' }, { a: '3' }]);
    expect(insertAt(rows, 3, { a: '4' }).map((r) => r.a)).toEqual(['1', '2', '3', '4']);
    expect(rows.map((r) => r.a)).toEqual(['1', '2', '3']);
  });

  it('inserts before the last row, or as the only row of an empty list', () => {
    // The approval tiers add before the open-ended last tier.
    expect(insertAt(rows, rows.length - 1, { a: 'new' }).map((r) => r.a)).toEqual(['1', '2', 'new', '3']);
    expect(insertAt([], -1, { a: 'new' })).toEqual([{ a: 'new' }]);
  });
});
