import { AMOUNT_REASONS, centsToPlain, parseAmount } from '../../../../src-shared/budget/money';
import type { Plan, PlanAssumption, PlanSettings, PreferredSlot, RiskLevel } from '../../../../src-shared/model';
import type { Lang } from '../../i18n';

/**
 * The settings form as typed: numbers and amounts stay text until Save, so a half-typed value
 * is never silently turned into 0. `toSettings` reads it back; range and consistency rules
 * (phase shares summing to 100%, rising tiers) are the server's, shown per field when it refuses.
 */
export interface SettingsDraft {
  timeZone: string;
  currency: string;
  fiscalQuarterStartMonth: number;
  tiers: { cap: string; approverZh: string; approverEn: string }[];
  ceoAbove: string;
  riskBands: { level: RiskLevel; maxScore: string }[];
  phases: { key: string; nameZh: string; nameEn: string; share: string }[];
  contingency: string;
  segmentMinGapDays: string;
  segmentWeeklyMax: string;
  preferredSlots: PreferredSlot[];
  workingWeekdays: number[];
  blackoutDates: string[];
  customHolidays: { date: string; nameZh: string; nameEn: string; kind: 'holiday' | 'workday' }[];
  /** Not edited here; carried so Save keeps them. */
  targets: PlanSettings['targets'];
  /** The figures the plan was built on; only the value is edited, as typed. */
  assumptions: (PlanAssumption & { text: string })[];
}

/** Field keys errors are reported under: the settings' own top-level names, `approval`, or plan fields. */
export type FieldErrors = Record<string, string>;

export function toDraft(plan: Plan, s: PlanSettings): SettingsDraft {
  return {
    timeZone: plan.timeZone,
    currency: plan.currency,
    fiscalQuarterStartMonth: s.fiscalQuarterStartMonth,
    tiers: s.approval.tiers.map((t) => ({
      cap: t.upToCents === null ? '' : centsToPlain(t.upToCents),
      approverZh: t.approverZh,
      approverEn: t.approverEn,
    })),
    ceoAbove: centsToPlain(s.approval.unplannedCeoAboveCents),
    riskBands: s.riskBands.map((b) => ({ level: b.level, maxScore: String(b.maxScore) })),
    phases: s.budgetPhases.map((p) => ({ ...p, share: String(p.sharePercent) })),
    contingency: String(s.contingencySharePercent),
    segmentMinGapDays: String(s.segmentMinGapDays),
    segmentWeeklyMax: String(s.segmentWeeklyMax),
    preferredSlots: [...s.preferredSlots],
    workingWeekdays: [...s.workingWeekdays],
    blackoutDates: [...s.blackoutDates],
    customHolidays: s.customHolidays.map((c) => ({ ...c, nameEn: c.nameEn ?? '' })),
    targets: s.targets,
    assumptions: s.assumptions.map((a) => ({ ...a, text: String(a.value) })),
  };
}

/** Sum of the phase shares as typed (NaN parts count 0), for the live "sums to 100%" hint. */
export function phaseSum(d: SettingsDraft): number {
  return d.phases.reduce((acc, p) => acc + (Number.parseInt(p.share, 10) || 0), 0);
}

/** A stable snake_case key for a phase the planner adds. */
export function newPhaseKey(existing: readonly { key: string }[]): string {
  for (let i = existing.length + 1; ; i++) {
    const key = `phase_${i}`;
    if (!existing.some((p) => p.key === key)) return key;
  }
}

export function toSettings(
  d: SettingsDraft,
  lang: Lang,
): { ok: true; settings: PlanSettings } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const int = (text: string, field: string, row?: number): number => {
    const t = text.trim();
    if (/^\d+$/.test(t)) return Number(t);
    const where = row === undefined ? '' : lang === 'zh-CN' ? `第 ${row + 1} 行：` : `row ${row + 1}: `;
    errors[field] ??= where + (lang === 'zh-CN' ? '请输入不小于 0 的整数' : 'Enter a whole number, 0 or more');
    return 0;
  };
  const cents = (text: string, field: string, row?: number): number => {
    const r = parseAmount(text);
    if (r.ok) return r.cents;
    const where = row === undefined ? '' : lang === 'zh-CN' ? `第 ${row + 1} 级：` : `tier ${row + 1}: `;
    errors[field] ??= where + (lang === 'zh-CN' ? AMOUNT_REASONS[r.reason].zh : AMOUNT_REASONS[r.reason].en);
    return 0;
  };
  const settings: PlanSettings = {
    fiscalQuarterStartMonth: d.fiscalQuarterStartMonth,
    approval: {
      // Only the last tier may be open-ended; an empty cap elsewhere is a typing slip, not "no limit".
      tiers: d.tiers.map((t, i) => ({
        upToCents: t.cap.trim() === '' && i === d.tiers.length - 1 ? null : cents(t.cap, 'approval', i),
        approverZh: t.approverZh.trim(),
        approverEn: t.approverEn.trim(),
      })),
      unplannedCeoAboveCents: cents(d.ceoAbove, 'ceoAbove'),
    },
    riskBands: d.riskBands.map((b, i) => ({ level: b.level, maxScore: int(b.maxScore, 'riskBands', i) })),
    budgetPhases: d.phases.map((p, i) => ({
      key: p.key,
      nameZh: p.nameZh.trim(),
      nameEn: p.nameEn.trim(),
      sharePercent: int(p.share, 'budgetPhases', i),
    })),
    contingencySharePercent: int(d.contingency, 'contingencySharePercent'),
    segmentMinGapDays: int(d.segmentMinGapDays, 'segmentMinGapDays'),
    segmentWeeklyMax: int(d.segmentWeeklyMax, 'segmentWeeklyMax'),
    preferredSlots: [...d.preferredSlots],
    workingWeekdays: [...d.workingWeekdays].sort((a, b) => a - b),
    blackoutDates: [...new Set(d.blackoutDates)].sort(),
    customHolidays: [...d.customHolidays]
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
      .map((c) => ({
        date: c.date,
        nameZh: c.nameZh.trim(),
        ...(c.nameEn.trim() ? { nameEn: c.nameEn.trim() } : {}),
        kind: c.kind,
      })),
    targets: d.targets,
    assumptions: d.assumptions.map(({ text, ...a }, i) => {
      const value = Number(text.trim().replace(/,/g, ''));
      if (text.trim() === '' || !Number.isFinite(value)) {
        const where = lang === 'zh-CN' ? `第 ${i + 1} 行：` : `row ${i + 1}: `;
        errors.assumptions ??= where + (lang === 'zh-CN' ? '请输入数字' : 'Enter a number');
        return a;
      }
      return { ...a, value };
    }),
  };
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, settings };
}

/**
 * Where a server issue belongs: `settings.approval.tiers.1.upToCents` → `approval`,
 * `settings.budgetPhases` → `budgetPhases`, `timeZone` (plan/update) → `timeZone`.
 */
export function fieldOfIssuePath(path: string): string {
  const parts = path.split('.').filter((p) => p !== 'settings');
  if (parts[0] === 'approval' && parts[1] === 'unplannedCeoAboveCents') return 'ceoAbove';
  return parts[0] || '_';
}
