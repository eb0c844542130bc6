import { z } from "zod";
import {
  hasSearchWord,
  organisationKey,
  type PublicPlanFilters,
  planStatuses,
  valueBands,
} from "../plans/index.ts";
import { normalizeCpvCode } from "../reference-data/index.ts";
import { decodeCursor, decodeReleaseCursor } from "./cursor.ts";

// Query parameters of the read API. Unknown or malformed parameters are refused, so a typo is a 400,
// not a silently unfiltered list. The plan filters are the public forward plan's (public-filters.ts),
// strict instead of forgiving; the same filter state gives the same plans on the page and in the API.

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

const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,5}$/, "must be a whole number")
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

const limit = (max: number, fallback: number) =>
  wholeNumber(1, max)
    .optional()
    .transform((value) => value ?? fallback);

const repeatable = <T extends z.ZodType<string>>(item: T) => z.array(item).max(50).default([]);

/** The public plan filters; repeatable ones may be given several times (`status=idea&status=…`). */
const planFilterShape = {
  organisation: repeatable(z.string().trim().pipe(organisationKey)),
  region: z
    .string()
    .regex(/^\d{2}$/, "a two-digit region code")
    .optional(),
  municipality: z
    .string()
    .regex(/^\d{3}$/, "a three-digit municipality code")
    .optional(),
  cpv: z
    .string()
    .transform((value, ctx) => {
      const code = normalizeCpvCode(value);
      if (!code) {
        ctx.addIssue({ code: "custom", message: "not a CPV code (8 digits, check digit optional)" });
        return z.NEVER;
      }
      return code;
    })
    .optional(),
  valueBand: repeatable(z.enum(valueBands)),
  year: wholeNumber(2000, 2100).optional(),
  quarter: wholeNumber(1, 4).optional(),
  status: repeatable(z.enum(planStatuses)),
  sustainability: repeatable(z.string().regex(/^[a-z-]+(?::[\w-]+)?$/, "list or list:code")),
  lots: z.enum(["yes", "no"]).optional(),
  dialogueOpen: z
    .enum(["1", "true", "0", "false"])
    .optional()
    .transform((value) => value === "1" || value === "true"),
  partnerRequests: z
    .enum(["1", "true", "0", "false"])
    .optional()
    .transform((value) => value === "1" || value === "true"),
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((value) => (value ? value : undefined))
    .refine((value) => value === undefined || hasSearchWord(value), "must contain a letter or a digit"),
};

export const repeatableParameters = ["organisation", "valueBand", "status", "sustainability"];

export const planListParameters = z.strictObject({ cursor, limit: limit(100, 20), ...planFilterShape });

/** Feeds and downloads: the same filters, larger pages, and the language of the texts. */
export const planFeedParameters = z.strictObject({
  cursor,
  limit: limit(1000, 100),
  lang: z.enum(["fi", "sv", "en"]).default("fi"),
  ...planFilterShape,
});

export const planDownloadParameters = z.strictObject({
  cursor,
  limit: limit(10_000, 10_000),
  ...planFilterShape,
});

// A release cursor pages in commit-safe order (ADR 026). One of the updated_at cursors this feed gave
// before it starts again from the beginning: a harvester then sees releases twice, never misses one.
const releaseCursor = z
  .string()
  .max(200)
  .transform((value, ctx) => {
    const decoded = decodeReleaseCursor(value) ?? (decodeCursor(value) ? "start" : null);
    if (!decoded) {
      ctx.addIssue({ code: "custom", message: "not a cursor from this API" });
      return z.NEVER;
    }
    return decoded === "start" ? undefined : decoded;
  })
  .optional();

export const releaseListParameters = z.strictObject({
  cursor: releaseCursor,
  limit: limit(100, 50),
});

/** Documents with no parameters of their own still refuse unknown ones. */
export const noParameters = z.strictObject({});

export const uuidParameter = z.uuid();

/**
 * The query string as the schemas expect it: repeatable parameters as arrays, others as one string
 * (a non-repeatable parameter given twice stays an array and fails as malformed).
 */
export function queryObject(url: string): Record<string, string | string[]> {
  const params = new URL(url).searchParams;
  const result: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    result[key] = repeatableParameters.includes(key) || values.length > 1 ? values : (values[0] ?? "");
  }
  return result;
}

/** The filter part of parsed parameters, as the shared public filter state. */
export function toPublicFilters(
  parameters: z.output<z.ZodObject<typeof planFilterShape>>,
): PublicPlanFilters {
  const { organisation, region, municipality, cpv, valueBand, year, quarter, status } = parameters;
  const { sustainability, lots, dialogueOpen, partnerRequests, q } = parameters;
  return {
    organisation,
    region,
    municipality,
    cpv,
    valueBand,
    year,
    quarter,
    status,
    sustainability,
    lots,
    dialogueOpen,
    partnerRequests,
    q,
    sort: undefined,
    page: undefined,
  };
}
