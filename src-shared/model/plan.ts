import { z } from 'zod';
import { IsoDay, dayNumber } from './dates';
import { Id, Name, ShortText, patchShape, staleGuard } from './ids';

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';
export const DEFAULT_CURRENCY = 'CNY';

/** An IANA time zone the runtime knows (Asia/Shanghai, Europe/Berlin …), checked with Intl. */
export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
export const TimeZone = ShortText.min(1).refine(isTimeZone, {
  message: 'expected an IANA time zone such as Asia/Shanghai',
});
export const Currency = z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 4217 code such as CNY');

const planFields = {
  name: Name,
  timeZone: TimeZone.default(DEFAULT_TIME_ZONE),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'expected an ISO 4217 code such as CNY')
    .default(DEFAULT_CURRENCY),
  startDate: IsoDay,
  endDate: IsoDay,
};

const rangeInOrder = (p: { startDate?: string; endDate?: string }) =>
  !p.startDate || !p.endDate || dayNumber(p.startDate) <= dayNumber(p.endDate);
const rangeMessage = { message: 'endDate must not be before startDate', path: ['endDate'] };

export const PlanInput = z.object(planFields).refine(rangeInOrder, rangeMessage);
export type PlanInput = z.input<typeof PlanInput>;

export const PlanPatch = z
  .object({ id: Id, ...patchShape(planFields), ...staleGuard })
  .refine(rangeInOrder, rangeMessage);
export type PlanPatch = z.input<typeof PlanPatch>;

export const Plan = z.object({
  id: Id,
  ...planFields,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Plan = z.infer<typeof Plan>;
