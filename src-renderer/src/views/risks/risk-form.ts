import type { TFunction } from 'i18next';
import type { PlanSnapshot } from '../../../../src-shared/contract';
import { RISK_CATEGORIES, RISK_STATUSES, type Risk, TRIGGER_DIRECTIONS } from '../../../../src-shared/model';
import {
  type FieldSpec,
  type FormValues,
  cents,
  centsToYuan,
  nullableNum,
  nullableStr,
  num,
  str,
} from '../../components/crud/form-values';
import { activityOptions, pick } from '../shared/options';

const SCORES = ['1', '2', '3', '4', '5'].map((v) => ({ value: v, label: v }));
const linkKey = (activityId: string) => `link:${activityId}`;

/** Every field of a risk in the generic record dialog; linked activities are one checkbox each. */
export function riskFields(snapshot: PlanSnapshot, t: TFunction): FieldSpec[] {
  const none = { value: '', label: t('none') };
  return [
    { name: 'title', label: t('col.title'), kind: 'text', required: true, wide: true },
    {
      name: 'category',
      label: t('col.category'),
      kind: 'select',
      required: true,
      options: RISK_CATEGORIES.map((v) => ({ value: v, label: t(`translation:enum.riskCategory.${v}`) })),
    },
    {
      name: 'status',
      label: t('col.status'),
      kind: 'select',
      required: true,
      options: RISK_STATUSES.map((v) => ({ value: v, label: t(`translation:enum.riskStatus.${v}`) })),
    },
    { name: 'probability', label: t('probability'), kind: 'score', required: true },
    { name: 'impact', label: t('impact'), kind: 'score', required: true },
    { name: 'residualProbability', label: t('field.residualProbability'), kind: 'select', options: [none, ...SCORES] },
    { name: 'residualImpact', label: t('field.residualImpact'), kind: 'select', options: [none, ...SCORES] },
    { name: 'owner', label: t('col.owner'), kind: 'text' },
    { name: 'reserveCents', label: t('col.reserve'), kind: 'money' },
    {
      name: 'triggerKpiId',
      label: t('field.triggerKpiId'),
      kind: 'select',
      options: [none, ...snapshot.kpis.map((k) => ({ value: k.id, label: k.name }))],
    },
    {
      name: 'triggerDirection',
      label: t('field.triggerDirection'),
      kind: 'select',
      options: TRIGGER_DIRECTIONS.map((d) => ({ value: d, label: t(`direction.${d}`) })),
    },
    { name: 'triggerThreshold', label: t('field.triggerThreshold'), kind: 'number' },
    { name: 'triggerNote', label: t('field.triggerNote'), kind: 'text' },
    {
      name: 'emergencyLevel',
      label: t('field.emergencyLevel'),
      kind: 'select',
      options: [none, ...['1', '2', '3'].map((v) => ({ value: v, label: t(`emergency.${v}`) }))],
    },
    { name: 'responseMinutes', label: t('field.responseMinutes'), kind: 'integer' },
    { name: 'activityId', label: t('translation:risks.activity'), kind: 'select', options: activityOptions(snapshot) },
    { name: 'mitigation', label: t('col.mitigation'), kind: 'textarea', wide: true },
    { name: 'contingency', label: t('col.contingency'), kind: 'textarea', wide: true },
    ...snapshot.activities.map((a): FieldSpec => ({
      name: linkKey(a.id),
      label: t('field.link', { title: a.title }),
      kind: 'checkbox',
    })),
  ];
}

export function emptyRisk(snapshot: PlanSnapshot): FormValues {
  return {
    title: '',
    category: 'market',
    status: 'open',
    probability: '3',
    impact: '3',
    residualProbability: '',
    residualImpact: '',
    owner: '',
    reserveCents: '',
    triggerKpiId: '',
    triggerDirection: 'below',
    triggerThreshold: '',
    triggerNote: '',
    emergencyLevel: '',
    responseMinutes: '',
    activityId: '',
    mitigation: '',
    contingency: '',
    ...Object.fromEntries(snapshot.activities.map((a) => [linkKey(a.id), false])),
  };
}

export function riskValues(r: Risk, snapshot: PlanSnapshot): FormValues {
  const opt = (v: number | null) => (v === null ? '' : String(v));
  return {
    ...emptyRisk(snapshot),
    title: r.title,
    category: r.category,
    status: r.status,
    probability: String(r.probability),
    impact: String(r.impact),
    residualProbability: opt(r.residualProbability),
    residualImpact: opt(r.residualImpact),
    owner: r.owner,
    reserveCents: centsToYuan(r.reserveCents),
    triggerKpiId: r.triggerKpiId ?? '',
    triggerDirection: r.triggerDirection,
    triggerThreshold: opt(r.triggerThreshold),
    triggerNote: r.triggerNote,
    emergencyLevel: opt(r.emergencyLevel),
    responseMinutes: opt(r.responseMinutes),
    activityId: r.activityId ?? '',
    mitigation: r.mitigation,
    contingency: r.contingency,
    ...Object.fromEntries(r.linkedActivityIds.map((id) => [linkKey(id), true])),
  };
}

export function riskRequest(v: FormValues, snapshot: PlanSnapshot) {
  return {
    title: str(v, 'title'),
    category: pick(RISK_CATEGORIES, str(v, 'category'), 'market'),
    status: pick(RISK_STATUSES, str(v, 'status'), 'open'),
    probability: num(v, 'probability'),
    impact: num(v, 'impact'),
    residualProbability: nullableNum(v, 'residualProbability'),
    residualImpact: nullableNum(v, 'residualImpact'),
    owner: str(v, 'owner'),
    reserveCents: cents(v, 'reserveCents'),
    triggerKpiId: nullableStr(v, 'triggerKpiId'),
    triggerDirection: pick(TRIGGER_DIRECTIONS, str(v, 'triggerDirection'), 'below'),
    triggerThreshold: nullableNum(v, 'triggerThreshold'),
    triggerNote: str(v, 'triggerNote'),
    emergencyLevel: nullableNum(v, 'emergencyLevel'),
    responseMinutes: nullableNum(v, 'responseMinutes'),
    activityId: nullableStr(v, 'activityId'),
    mitigation: typeof v.mitigation === 'string' ? v.mitigation : '',
    contingency: typeof v.contingency === 'string' ? v.contingency : '',
    linkedActivityIds: snapshot.activities.filter((a) => v[linkKey(a.id)] === true).map((a) => a.id),
  };
}
