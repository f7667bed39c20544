import { z } from 'zod';
import {
  Activity,
  ActivityInput,
  ActivityPatch,
  BudgetLine,
  BudgetLineInput,
  BudgetLinePatch,
  Id,
  Kpi,
  KpiInput,
  KpiPatch,
  Plan,
  PlanInput,
  PlanPatch,
  PlanSettings,
  TimeZone,
  Currency,
  Resource,
  ResourceInput,
  ResourcePatch,
  Risk,
  RiskInput,
  RiskPatch,
  Segment,
  SegmentInput,
  SegmentPatch,
  Task,
  TaskInput,
  TaskPatch,
} from './model';
import { activityBulkChannels } from './contract-activity-bulk';
import { planItemsContract } from './contract-plan-items';
import { fileChannels } from './contract-files';
import { calendarChannels } from './contract-calendar';
import { engineChannels, engineEvents } from './contract-engine';
import { backupChannels, backupEvents } from './contract-backups';
import { baselineChannels } from './contract-baselines';
import { mergeChannels } from './contract-merge';
import { syncChannels } from './contract-sync';
import { TemplateNotice, TemplateRequest } from './templates/draft';
import { EditOutcome } from './contract-outcome';

/**
 * THE contract: every channel the renderer may call, with its request and response schema.
 * Both doors (Electron IPC and the browser host) and the renderer's client are derived from
 * this one table, and every request is validated against it before any handler runs.
 *
 * Every channel answers a `Result` (see errors.ts). Besides its own errors listed below,
 * any channel can answer VALIDATION (bad arguments) and INTERNAL.
 */
const ById = z.object({ id: Id }).strict();
const ByPlan = z.object({ planId: Id }).strict();
const Empty = z.object({}).strict();

/** A label in both UI languages (undo entries, messages). */
export const Localized = z.object({ 'zh-CN': z.string(), en: z.string() });

/** A plan an undo or redo step belongs to, by name: "已撤销：〔2027年会员档期〕修改活动「会员沙龙」". */
export const PlanRef = z.object({ id: Id, name: z.string() });
export type PlanRef = z.infer<typeof PlanRef>;

export const HistoryState = z.object({
  canUndo: z.boolean(),
  canRedo: z.boolean(),
  undoLabel: Localized.nullable(),
  redoLabel: Localized.nullable(),
  /** The plans the next undo / redo would change (several for a workspace-wide edit, none for a resource edit). */
  undoPlans: z.array(PlanRef),
  redoPlans: z.array(PlanRef),
});
export type HistoryState = z.infer<typeof HistoryState>;

/** Everything one plan view needs, in one round trip. Resources and segments are workspace-wide. */
export const PlanSnapshot = z.object({
  plan: Plan,
  settings: PlanSettings,
  activities: z.array(Activity),
  budgetLines: z.array(BudgetLine),
  risks: z.array(Risk),
  kpis: z.array(Kpi),
  tasks: z.array(Task),
  resources: z.array(Resource),
  segments: z.array(Segment),
  history: HistoryState,
});
export type PlanSnapshot = z.infer<typeof PlanSnapshot>;

export const AppInfo = z.object({
  version: z.string(),
  schemaVersion: z.number().int(),
  door: z.enum(['electron', 'browser', 'test']),
  dataDir: z.string(),
});
export type AppInfo = z.infer<typeof AppInfo>;

const Deleted = z.object({ id: Id });
const UndoResult = z.object({ label: Localized, planIds: z.array(Id), plans: z.array(PlanRef), history: HistoryState });

export const contract = {
  'app/info': { request: Empty, response: AppInfo },

  'plan/list': { request: Empty, response: z.array(Plan) },
  /** Errors: NOT_FOUND. */
  'plan/get-snapshot': { request: z.object({ id: Id }).strict(), response: PlanSnapshot },
  'plan/create': { request: PlanInput, response: Plan },
  /** Errors: NOT_FOUND. */
  'plan/update': { request: PlanPatch, response: Plan },
  /** Deletes the plan with its activities, budget, risks, KPIs and tasks; undoable. Errors: NOT_FOUND. */
  'plan/delete': { request: ById, response: Deleted },
  /**
   * Builds a whole plan from one of the four playbook templates in one undoable edit, reusing
   * workspace resources and segments of the same name. `notices` tell the planner what to know
   * (e.g. no official holiday data for that year). Errors: VALIDATION.
   */
  'plan/create-from-template': {
    request: TemplateRequest,
    response: z.object({ plan: Plan, notices: z.array(TemplateNotice) }),
  },
  /** Errors: NOT_FOUND. */
  'plan/get-settings': { request: ByPlan, response: PlanSettings },
  /**
   * Replaces the plan's settings as a whole, and its time zone and currency when given, as ONE
   * undoable edit (the settings form saves with one click). Errors: NOT_FOUND, VALIDATION.
   */
  'plan/update-settings': {
    request: z
      .object({ planId: Id, settings: PlanSettings, timeZone: TimeZone.optional(), currency: Currency.optional() })
      .strict(),
    response: PlanSettings,
  },

  /** Errors: NOT_FOUND (plan, claimed resource or targeted segment). */
  'activity/create': { request: ActivityInput, response: Activity },
  /** Errors: NOT_FOUND. VALIDATION when the patched timing is inconsistent with the stored one. */
  'activity/update': { request: ActivityPatch, response: Activity },
  /** Errors: NOT_FOUND. */
  'activity/delete': { request: ById, response: Deleted },
  ...activityBulkChannels,

  'resource/list': { request: Empty, response: z.array(Resource) },
  'resource/create': { request: ResourceInput, response: Resource },
  'resource/update': { request: ResourcePatch, response: Resource },
  /** Also removes the resource's claims; undoable. */
  'resource/delete': { request: ById, response: Deleted },

  'segment/list': { request: Empty, response: z.array(Segment) },
  'segment/create': { request: SegmentInput, response: Segment },
  'segment/update': { request: SegmentPatch, response: Segment },
  'segment/delete': { request: ById, response: Deleted },

  'budget/list-lines': { request: ByPlan, response: z.array(BudgetLine) },
  'budget/create-line': { request: BudgetLineInput, response: BudgetLine },
  'budget/update-line': { request: BudgetLinePatch, response: BudgetLine },
  'budget/delete-line': { request: ById, response: Deleted },

  'risk/list': { request: ByPlan, response: z.array(Risk) },
  'risk/create': { request: RiskInput, response: Risk },
  'risk/update': { request: RiskPatch, response: Risk },
  'risk/delete': { request: ById, response: Deleted },

  'kpi/list': { request: ByPlan, response: z.array(Kpi) },
  'kpi/create': { request: KpiInput, response: Kpi },
  'kpi/update': { request: KpiPatch, response: Kpi },
  'kpi/delete': { request: ById, response: Deleted },

  'task/list': { request: ByPlan, response: z.array(Task) },
  'task/create': { request: TaskInput, response: Task },
  'task/update': { request: TaskPatch, response: Task },
  'task/delete': { request: ById, response: Deleted },
  ...planItemsContract,
  ...fileChannels,
  ...calendarChannels,
  ...engineChannels,
  ...backupChannels,
  ...baselineChannels,
  ...mergeChannels,
  ...syncChannels,

  'history/state': { request: Empty, response: HistoryState },
  /** Reverts the newest edit. Errors: NOTHING_TO_UNDO. */
  'history/undo': { request: Empty, response: UndoResult },
  /** Re-applies the newest undone edit. Errors: NOTHING_TO_REDO. */
  'history/redo': { request: Empty, response: UndoResult },
} as const satisfies Record<string, { request: z.ZodType; response: z.ZodType }>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
/** What a caller passes (defaults may be omitted). */
export type RequestOf<C extends Channel> = z.input<Contract[C]['request']>;
/** What a handler receives, after validation filled the defaults. */
export type ParsedRequestOf<C extends Channel> = z.output<Contract[C]['request']>;
export type ResponseOf<C extends Channel> = z.output<Contract[C]['response']>;

export const CHANNELS = Object.keys(contract) as Channel[];

export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** The implementation both doors dispatch to (PlanService in the main process). */
export type Handlers = {
  [C in Channel]: (args: ParsedRequestOf<C>) => ResponseOf<C> | Promise<ResponseOf<C>>;
};

/** Events pushed from main to the renderer. */
export const events = {
  /**
   * Something changed the workspace (an edit, an undo, a redo): `outcome` is what changed, the
   * same object the edit's own response carried. Without one (a reconnected event stream) views
   * read again what they show.
   */
  'workspace/changed': z.object({ planIds: z.array(Id), history: HistoryState, outcome: EditOutcome.optional() }),
  ...engineEvents,
  ...backupEvents,
} as const satisfies Record<string, z.ZodType>;
export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;
