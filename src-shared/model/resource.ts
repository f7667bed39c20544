import { z } from 'zod';
import { IsoDay } from './dates';
import { ResourceKind, SegmentDimension } from './enums';
import { Id, LongText, Name, patchShape, staleGuard } from './ids';

/**
 * A workspace resource (belongs to no plan, so two plans can compete for it).
 * Venues, staff and equipment have a `quantity` (6 4K cameras, 20 VR sets); a channel has a
 * `dailyCapacity` in sends per day (SMS, email) and optionally a `periodCapacity`, the sends a
 * calendar month may hold in all: both are judged, so a month-long send at the daily cap that
 * would exceed the month's allowance is a conflict too.
 */
const resourceFields = {
  name: Name,
  kind: ResourceKind,
  quantity: z.number().int().min(1).max(1_000_000).default(1),
  dailyCapacity: z.number().int().min(1).max(1_000_000_000).nullable().default(null),
  /** Sends per calendar month across all plans; null = no monthly cap. */
  periodCapacity: z.number().int().min(1).max(100_000_000_000).nullable().default(null),
  unavailableDates: z.array(IsoDay).max(3660).default([]),
  notes: LongText.default(''),
};

const channelHasCapacity = (r: { kind?: string; dailyCapacity?: number | null }) =>
  r.kind !== 'channel' || (r.dailyCapacity !== null && r.dailyCapacity !== undefined);
const capacityMessage = { message: 'a channel needs a daily capacity (sends per day)', path: ['dailyCapacity'] };

export const ResourceInput = z.object(resourceFields).refine(channelHasCapacity, capacityMessage);
export type ResourceInput = z.input<typeof ResourceInput>;
export const ResourcePatch = z.object({ id: Id, ...patchShape(resourceFields), ...staleGuard });
export type ResourcePatch = z.input<typeof ResourcePatch>;
export const Resource = z.object({ id: Id, ...resourceFields, createdAt: z.string(), updatedAt: z.string() });
export type Resource = z.infer<typeof Resource>;

/** A member segment (tier, spend, activity, lifecycle, RFM…), also workspace-wide. */
const segmentFields = {
  name: Name,
  dimension: SegmentDimension,
  /** Estimated members in the segment; optional. */
  size: z.number().int().min(0).max(1_000_000_000).nullable().default(null),
  /** Fatigue: the minimum days between two activities targeting this segment, and a weekly maximum. */
  minGapDays: z.number().int().min(0).max(365).default(0),
  weeklyMax: z.number().int().min(1).max(100).nullable().default(null),
};
export const SegmentInput = z.object(segmentFields);
export type SegmentInput = z.input<typeof SegmentInput>;
export const SegmentPatch = z.object({ id: Id, ...patchShape(segmentFields), ...staleGuard });
export type SegmentPatch = z.input<typeof SegmentPatch>;
export const Segment = z.object({ id: Id, ...segmentFields, createdAt: z.string(), updatedAt: z.string() });
export type Segment = z.infer<typeof Segment>;
