import { describe, expect, it } from 'vitest';
import { type FieldSpec, checkValues, yuanToCents } from './form-values';

describe('yuanToCents', () => {
  it('reads amounts as planners type them, in integer cents', () => {
    expect(yuanToCents('12,500.00')).toBe(1_250_000);
    expect(yuanToCents('¥800')).toBe(80_000);
    expect(yuanToCents('0.1')).toBe(10);
    expect(yuanToCents('180000.5')).toBe(18_000_050);
  });

  it('refuses negatives, three decimals and words', () => {
    expect(yuanToCents('-5')).toBeNull();
    expect(yuanToCents('1.005')).toBeNull();
    expect(yuanToCents('一万')).toBeNull();
  });
});

describe('checkValues', () => {
  const fields: FieldSpec[] = [
    { name: 'title', label: 'Title', kind: 'text', required: true },
    { name: 'probability', label: 'P', kind: 'score' },
    { name: 'offset', label: 'Offset', kind: 'integer' },
    { name: 'date', label: 'Date', kind: 'date' },
  ];
  it('reports each bad field by kind', () => {
    const errors = checkValues(fields, { title: ' ', probability: '6', offset: '-60', date: '2026-02-30' }, (k) => k);
    expect(errors).toEqual({ title: 'validation.required', probability: 'validation.score', date: 'validation.day' });
  });
});
