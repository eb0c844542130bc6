import { z } from "zod";
import { planStatuses } from "../plans/lifecycle.ts";
import { decodeCursor } from "./cursor.ts";

// Query parameters of the read API. Unknown parameters are refused, so a typo is a 400, not a silently
// unfiltered list.

const cursor = z
  .string()
  .max(200)
  .transform((value, ctx) => {
    const decoded = decodeCursor(value);
    if (!decoded) {
      ctx.addIssue({ code: "custom", message: "not a cursor from this API" });
      return z.NEVER;
    }
    return decoded;
  })
  .optional();

const limit = (max: number, fallback: number) =>
  z
    .string()
    .regex(/^\d{1,4}$/, "must be a whole number")
    .transform(Number)
    .pipe(z.number().int().min(1).max(max))
    .optional()
    .transform((value) => value ?? fallback);

export const planListParameters = z.strictObject({
  cursor,
  limit: limit(100, 20),
  organisation: z.string().trim().min(1).max(100).optional(),
  status: z.enum(planStatuses).optional(),
});

export const releaseListParameters = z.strictObject({
  cursor,
  limit: limit(100, 50),
});

/** Documents with no parameters of their own still refuse unknown ones. */
export const noParameters = z.strictObject({});

export const uuidParameter = z.uuid();
