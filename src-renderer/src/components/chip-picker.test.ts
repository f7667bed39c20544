import { describe, expect, it } from 'vitest';
import { pickable } from './ChipPicker';

const OPTIONS = [
  { value: 'v1', label: '东区体验馆', group: '场地' },
  { value: 'v2', label: 'West Hall', group: '场地' },
  { value: 's1', label: '活动执行组', group: '人员' },
  { value: 'e1', label: '4K摄像机', group: '设备' },
];

describe('pickable', () => {
  it('lists the options not picked yet under their kinds, in the given order', () => {
    expect(pickable(OPTIONS, ['v1'], '')).toEqual([
      { group: '场地', items: [OPTIONS[1]] },
      { group: '人员', items: [OPTIONS[2]] },
      { group: '设备', items: [OPTIONS[3]] },
    ]);
  });

  it('filters by name, ignoring case and the spaces around the query, and by kind', () => {
    expect(pickable(OPTIONS, [], ' west ').map((g) => g.items.map((o) => o.value))).toEqual([['v2']]);
    expect(pickable(OPTIONS, [], '人员').map((g) => g.group)).toEqual(['人员']);
    expect(pickable(OPTIONS, [], '不存在')).toEqual([]);
  });
});
