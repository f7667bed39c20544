import i18next from 'i18next';
import { currentLang } from '../../i18n';
import type { TFunction } from 'i18next';
import type { PlanSnapshot } from '../../../../src-shared/contract';
import { type Kpi, TRIGGER_COMPARISONS } from '../../../../src-shared/model';
import {
  type FieldSpec,
  type FormValues,
  bool,
  nullableNum,
  nullableStr,
  num,
  str,
} from '../../components/crud/form-values';
import { activityOptions, pick } from '../shared/options';

/** Every field of a KPI, including its trigger rule, for the generic record dialog. */
export function kpiFields(snapshot: PlanSnapshot, t: TFunction): FieldSpec[] {
  return [
    { name: 'name', label: t('translation:kpis.name'), kind: 'text', required: true, wide: true },
    { name: 'unit', label: t('translation:kpis.unit'), kind: 'text' },
    {
      name: 'phase',
      label: t('translation:kpis.phase'),
      kind: 'select',
      options: [
        { value: '', label: '—' },
        ...snapshot.settings.budgetPhases.map((p) => ({
          value: p.key,
          label: currentLang(i18next.language) === 'en' ? p.nameEn : p.nameZh,
        })),
      ],
    },
    { name: 'activityId', label: t('translation:kpis.activity'), kind: 'select', options: activityOptions(snapshot) },
    { name: 'baseline', label: t('translation:kpis.baseline'), kind: 'number' },
    { name: 'target', label: t('translation:kpis.target'), kind: 'number', required: true },
    { name: 'actual', label: t('translation:kpis.actual'), kind: 'number' },
    { name: 'higherIsBetter', label: t('translation:kpis.higherIsBetter'), kind: 'checkbox' },
    { name: 'triggerThreshold', label: t('field.triggerThreshold'), kind: 'number' },
    {
      name: 'triggerComparison',
      label: t('field.triggerComparison'),
      kind: 'select',
      options: TRIGGER_COMPARISONS.map((c) => ({ value: c, label: t(`comparison.${c}`) })),
    },
    { name: 'triggerAction', label: t('field.triggerAction'), kind: 'textarea', wide: true },
  ];
}

export const emptyKpi: FormValues = {
  name: '',
  unit: '',
  phase: '',
  activityId: '',
  baseline: '',
  target: '',
  actual: '',
  higherIsBetter: true,
  triggerThreshold: '',
  triggerComparison: 'lt',
  triggerAction: '',
};

export function kpiValues(k: Kpi): FormValues {
  const opt = (v: number | null) => (v === null ? '' : String(v));
  return {
    name: k.name,
    unit: k.unit,
    phase: k.phase,
    activityId: k.activityId ?? '',
    baseline: opt(k.baseline),
    target: String(k.target),
    actual: opt(k.actual),
    higherIsBetter: k.higherIsBetter,
    triggerThreshold: opt(k.triggerThreshold),
    triggerComparison: k.triggerComparison,
    triggerAction: k.triggerAction,
  };
}

export function kpiRequest(v: FormValues) {
  return {
    name: str(v, 'name'),
    unit: str(v, 'unit'),
    phase: str(v, 'phase'),
    activityId: nullableStr(v, 'activityId'),
    baseline: nullableNum(v, 'baseline'),
    target: num(v, 'target'),
    actual: nullableNum(v, 'actual'),
    higherIsBetter: bool(v, 'higherIsBetter'),
    triggerThreshold: nullableNum(v, 'triggerThreshold'),
    triggerComparison: pick(TRIGGER_COMPARISONS, str(v, 'triggerComparison'), 'lt'),
    triggerAction: typeof v.triggerAction === 'string' ? v.triggerAction : '',
  };
}
