import { z } from 'zod';

/** Every row has a random UUID id, so rows from imported files never collide with ours. */
export const Id = z.string().uuid();
export type Id = z.infer<typeof Id>;

/** Free text: bounded so a hostile request or file cannot balloon the database. */
export const ShortText = z.string().trim().max(200);
export const LongText = z.string().max(10_000);
export const Name = z.string().trim().min(1).max(200);

/** Money is integer cents (分), never floats (docs/architecture.md). Up to 10^13 cents fits a double exactly. */
export const Cents = z.number().int().min(0).max(1e13);

/**
 * The shape of a partial update: every field optional and, unlike zod's `.partial()`, with
 * defaults removed, so a patch that omits a field leaves the stored value alone instead of
 * resetting it to its default.
 */
export function patchShape<S extends z.ZodRawShape>(
  fields: S,
): { [K in keyof S]: z.ZodOptional<z.ZodType<z.output<S[K]>, z.input<S[K]>>> } {
  const out: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(fields)) {
    const bare = field instanceof z.ZodDefault ? field.unwrap() : field;
    out[key] = z.optional(bare);
  }
  return out as { [K in keyof S]: z.ZodOptional<z.ZodType<z.output<S[K]>, z.input<S[K]>>> };
}

/**
 * Every patch may name the `updatedAt` of the copy it was made from: when the stored entity has
 * changed (or vanished) since, the edit is refused with CONFLICT instead of overwriting it.
 */
export const staleGuard = { expectedUpdatedAt: z.string().min(1).max(40).optional() };
