import type { PlanDraftInput } from '../draft';
import { toEnglish } from './translate';

export { toEnglish } from './translate';

/**
 * The draft with every text a planner reads in English: activity titles, notes and backup
 * plans; resource, segment and budget-line names; risks, KPIs (names, units, trigger actions)
 * and tasks (titles, owners, RACI people); the sources of the assumptions. Keys, figures and
 * dates stay as they are, so an English plan holds the same schedule as a Chinese one.
 */
export function draftInEnglish(d: PlanDraftInput): PlanDraftInput {
  return {
    ...d,
    settings: d.settings && {
      ...d.settings,
      assumptions: d.settings.assumptions?.map((a) => ({ ...a, reference: en(a.reference) })),
    },
    resources: d.resources.map((r) => ({ ...r, name: toEnglish(r.name), notes: en(r.notes) })),
    segments: d.segments.map((s) => ({ ...s, name: toEnglish(s.name) })),
    activities: d.activities.map((a) => ({
      ...a,
      title: toEnglish(a.title),
      notes: en(a.notes),
      backupPlan: en(a.backupPlan),
      owner: en(a.owner),
    })),
    budgetLines: d.budgetLines.map((l) => ({ ...l, description: en(l.description), notes: en(l.notes) })),
    risks: d.risks.map((r) => ({
      ...r,
      title: toEnglish(r.title),
      owner: en(r.owner),
      mitigation: en(r.mitigation),
      contingency: en(r.contingency),
      triggerNote: en(r.triggerNote),
    })),
    kpis: d.kpis.map((k) => ({
      ...k,
      name: toEnglish(k.name),
      unit: en(k.unit),
      triggerAction: en(k.triggerAction),
    })),
    tasks: d.tasks.map((t) => ({
      ...t,
      title: toEnglish(t.title),
      owner: en(t.owner),
      notes: en(t.notes),
      raci: t.raci?.map((e) => ({ ...e, person: toEnglish(e.person) })),
    })),
  };
}

function en<T extends string | null | undefined>(text: T): T {
  return (typeof text === 'string' ? toEnglish(text) : text) as T;
}
