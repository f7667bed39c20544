import type { EventInput } from '@fullcalendar/core';
import { describe, expect, it } from 'vitest';
import { applyEvents } from './ScheduleCalendar';

/** A stand-in for FullCalendar's store: what it holds, and every call the update made. */
function fakeApi(initial: EventInput[]) {
  const store = new Map(initial.map((e) => [String(e.id), e]));
  const calls: string[] = [];
  let batches = 0;
  return {
    store,
    calls,
    batches: () => batches,
    api: {
      batchRendering: (work: () => void) => {
        batches++;
        work();
      },
      getEventById: (id: string) =>
        store.has(id)
          ? ({
              remove: () => {
                calls.push(`remove ${id}`);
                store.delete(id);
              },
            } as never)
          : null,
      addEvent: (e: EventInput) => {
        calls.push(`add ${String(e.id)}`);
        store.set(String(e.id), e);
        return null;
      },
    },
  };
}

const ev = (id: string, start: string, title = id): EventInput => ({ id, title, start, allDay: true, classNames: [] });

describe('applyEvents (the calendar follows the store event by event)', () => {
  it('touches only what changed, in one batch, and ends holding exactly the new events', () => {
    const before = [ev('a', '2027-03-01'), ev('b', '2027-03-02'), ev('c', '2027-03-03')];
    const f = fakeApi(before);
    const held = new Map(before.map((e) => [String(e.id), e]));
    // Equal content in new objects (as every render builds them), one moved, one gone, one new.
    const next = [ev('a', '2027-03-01'), ev('b', '2027-03-05'), ev('d', '2027-03-04')];
    const now = applyEvents(f.api, held, next);
    expect(f.calls.sort()).toEqual(['add b', 'add d', 'remove b', 'remove c']);
    expect(f.batches()).toBe(1);
    expect([...f.store.values()].map((e) => [e.id, e.start]).sort()).toEqual([
      ['a', '2027-03-01'],
      ['b', '2027-03-05'],
      ['d', '2027-03-04'],
    ]);
    expect([...now.keys()].sort()).toEqual(['a', 'b', 'd']);
  });

  it('does nothing at all when nothing changed', () => {
    const before = [ev('a', '2027-03-01')];
    const f = fakeApi(before);
    applyEvents(f.api, new Map(before.map((e) => [String(e.id), e])), [ev('a', '2027-03-01')]);
    expect(f.calls).toEqual([]);
    expect(f.batches()).toBe(0);
  });

  it('renews an event whose title or look changed (a "+N more" count, a status)', () => {
    const before = [ev('more:2027-03-01', '2027-03-01', '+3')];
    const f = fakeApi(before);
    applyEvents(f.api, new Map(before.map((e) => [String(e.id), e])), [ev('more:2027-03-01', '2027-03-01', '+4')]);
    expect(f.store.get('more:2027-03-01')?.title).toBe('+4');
  });
});
