import { describe, expect, it } from 'vitest';
import { PreviewStore } from '../../../src-main/files/preview-store';

const MIN = 60_000;

describe('PreviewStore', () => {
  it('expires an entry 30 minutes after its last use, not after it was put', () => {
    let now = 0;
    const store = new PreviewStore<string>(8, 30 * MIN, () => now);
    const token = store.put('file');
    for (let i = 0; i < 4; i++) {
      now += 25 * MIN;
      expect(store.get(token)).toBe('file');
    }
    now += 30 * MIN;
    expect(store.get(token)).toBe('file'); // exactly the time to live: still live
    now += 30 * MIN + 1;
    expect(store.get(token)).toBeUndefined();
    now += 1;
    expect(store.get(token)).toBeUndefined(); // gone, not revived
  });

  it('an unused entry expires on time', () => {
    let now = 1_000;
    const store = new PreviewStore<string>(8, 30 * MIN, () => now);
    const token = store.put('file');
    now += 30 * MIN + 1;
    expect(store.get(token)).toBeUndefined();
  });

  it('evicts the least recently used entry beyond the limit', () => {
    let now = 0;
    const store = new PreviewStore<number>(2, 30 * MIN, () => now);
    const a = store.put(1);
    now += 1;
    const b = store.put(2);
    now += 1;
    expect(store.get(a)).toBe(1); // a is now the more recent
    now += 1;
    const c = store.put(3);
    expect(store.get(b)).toBeUndefined();
    expect(store.get(a)).toBe(1);
    expect(store.get(c)).toBe(3);
  });

  it('put prunes entries that expired meanwhile', () => {
    let now = 0;
    const store = new PreviewStore<number>(8, 10, () => now);
    const a = store.put(1);
    now = 11;
    store.put(2);
    now = 0; // even with the clock back, the pruned entry is gone
    expect(store.get(a)).toBeUndefined();
  });
});
