import { describe, expect, it } from 'vitest';
import {
  flaggedRisks,
  matrixCells,
  parseResponseTime,
  residualLevel,
  responseTimeText,
  riskLevel,
  riskWarning,
} from '../../../src-shared/risk/assess';
import { DEFAULT_RISK_BANDS, type Kpi, type Risk } from '../../../src-shared/model';

const risk = (o: Partial<Risk>): Risk => ({
  id: 'r1',
  planId: 'p',
  activityId: null,
  title: '风险',
  category: 'technical',
  probability: 2,
  impact: 2,
  owner: '',
  mitigation: '',
  contingency: '',
  reserveCents: 0,
  status: 'open',
  triggerKpiId: null,
  triggerThreshold: null,
  triggerDirection: 'below',
  triggerNote: '',
  emergencyLevel: null,
  responseMinutes: null,
  residualProbability: null,
  residualImpact: null,
  linkedActivityIds: [],
  createdAt: '',
  updatedAt: '',
  ...o,
});
const kpi = (o: Partial<Kpi>): Kpi => ({
  id: 'k1',
  planId: 'p',
  activityId: null,
  phase: '',
  name: '议题匹配度',
  unit: '%',
  baseline: null,
  target: 90,
  actual: null,
  higherIsBetter: true,
  triggerThreshold: null,
  triggerComparison: 'lt',
  triggerAction: '',
  createdAt: '',
  updatedAt: '',
  ...o,
});

describe('risk level from probability × impact', () => {
  it('uses the default bands: ≤4 low, ≤12 medium, above high', () => {
    expect(riskLevel(risk({ probability: 2, impact: 2 }), DEFAULT_RISK_BANDS)).toBe('low');
    expect(riskLevel(risk({ probability: 3, impact: 4 }), DEFAULT_RISK_BANDS)).toBe('medium');
    expect(riskLevel(risk({ probability: 4, impact: 5 }), DEFAULT_RISK_BANDS)).toBe('high');
  });
  it('follows configured bands', () => {
    const strict = [
      { level: 'low' as const, maxScore: 2 },
      { level: 'medium' as const, maxScore: 6 },
      { level: 'high' as const, maxScore: 25 },
    ];
    expect(riskLevel(risk({ probability: 2, impact: 4 }), strict)).toBe('high');
  });
  it('gives a residual level only when both residual scores are set', () => {
    expect(residualLevel(risk({ residualProbability: 1 }), DEFAULT_RISK_BANDS)).toBeNull();
    expect(residualLevel(risk({ residualProbability: 1, residualImpact: 3 }), DEFAULT_RISK_BANDS)).toBe('low');
  });
  it('places open risks in the matrix cell of their scores', () => {
    const grid = matrixCells([risk({ probability: 4, impact: 5 }), risk({ id: 'x', status: 'closed' })]);
    expect(grid[3][4]).toHaveLength(1);
    expect(grid[1][1]).toHaveLength(0);
  });
});

describe('early warning', () => {
  const byId = (k: Kpi) => new Map([[k.id, k]]);
  const watching = risk({ triggerKpiId: 'k1', triggerThreshold: 85 });
  it('fires when the KPI falls below the threshold', () => {
    expect(riskWarning(watching, byId(kpi({ actual: 80 }))).state).toBe('fired');
    expect(riskWarning(watching, byId(kpi({ actual: 85 }))).state).toBe('ok');
    expect(riskWarning(watching, byId(kpi({ actual: null }))).state).toBe('no_data');
  });
  it('fires above the threshold for complaint-like KPIs', () => {
    const r = risk({ triggerKpiId: 'k1', triggerThreshold: 20, triggerDirection: 'above' });
    expect(riskWarning(r, byId(kpi({ actual: 21 }))).state).toBe('fired');
  });
  it('does not fire for a missing KPI or a closed risk', () => {
    expect(riskWarning(watching, new Map()).state).toBe('no_kpi');
    expect(riskWarning({ ...watching, status: 'closed' }, byId(kpi({ actual: 1 }))).state).toBe('ok');
    expect(riskWarning(risk({}), new Map()).state).toBe('no_trigger');
  });
  it('collects flagged risks', () => {
    expect([...flaggedRisks([watching, risk({ id: 'r2' })], [kpi({ actual: 70 })])]).toEqual(['r1']);
  });
});

describe('response-time targets', () => {
  it('shows minutes in the largest whole unit and reads them back', () => {
    expect(responseTimeText(30, 'zh-CN')).toBe('30 分钟');
    expect(responseTimeText(240, 'zh-CN')).toBe('4 小时');
    expect(responseTimeText(1440, 'en')).toBe('1 d');
    expect(parseResponseTime('4小时')).toBe(240);
    expect(parseResponseTime('1 min')).toBe(1);
    expect(parseResponseTime('30')).toBe(30);
    expect(parseResponseTime('soon')).toBeNull();
  });
});
