import { z } from "zod";
import { normalizeCpvCode } from "../reference-data/index.ts";
import { planStatuses } from "./lifecycle.ts";

export const valueBands = ["below-national", "national", "eu"] as const;
/**
 * Which part of the forward plan a list shows: `current` (upcoming and ongoing: not awarded or
 * cancelled, planned tender time not passed), `finished` (the others) or `all`. The pages default to
 * `current` (`withPageDefaults`); the API and feeds have no phase and list every public plan.
 */
export const planPhases = ["current", "finished", "all"] as const;
export type PlanPhase = (typeof planPhases)[number];
export const publicPlanSorts = ["tender", "value", "updated", "relevance"] as const;
export type PublicPlanSort = (typeof publicPlanSorts)[number];

/** Whether a search query has a word to look for (a letter or a digit); `'`, `%` or `_` alone have none. */
export const hasSearchWord = (query: string) => /[\p{L}\p{N}]/u.test(query);

/** An organisation's id or slug: letters, digits, `.`, `_` and `-` (so a NUL byte never reaches the database). */
export const organisationKey = z.string().regex(/^[A-Za-z0-9._-]{1,100}$/);

/** A repeatable search parameter: empty values dropped, each checked by `item`, at most `max`. */
export const many = <T extends z.ZodType>(item: T, max = 50) =>
  z
    .array(z.string())
    .default([])
    .transform((values) => values.filter((value) => value !== ""))
    .pipe(z.array(item).max(max) as unknown as z.ZodType<z.output<T>[], string[]>);

const optionalInt = (min: number, max: number) =>
  z
    .string()
    .optional()
    .transform((value) => (value ? Number(value) : undefined))
    .pipe(z.number().int().min(min).max(max).optional());

const optionalString = (pattern: RegExp) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? value : undefined))
    .pipe(z.string().regex(pattern).optional());

/**
 * The public forward plan's filters as URL search parameters (pages and the API share them):
 * organisation (repeatable), region, municipality, cpv (with all descendants), valueBand, year, quarter,
 * status, sustainability ("list" or "list:code"), lots (yes/no), dialogueOpen (1), partnerRequests (1:
 * plans with an open partner request), q, phase (pages only), sort, page.
 */
export const publicPlanFiltersSchema = z.object({
  organisation: many(organisationKey),
  region: optionalString(/^\d{2}$/),
  municipality: optionalString(/^\d{3}$/),
  cpv: z
    .string()
    .optional()
    .transform((value) => (value ? (normalizeCpvCode(value) ?? undefined) : undefined)),
  valueBand: many(z.enum(valueBands)),
  year: optionalInt(2000, 2100),
  quarter: optionalInt(1, 4),
  status: many(z.enum(planStatuses)),
  sustainability: many(z.string().regex(/^[a-z-]+(?::[\w-]+)?$/)),
  lots: z.enum(["yes", "no"]).optional().catch(undefined),
  dialogueOpen: z
    .string()
    .optional()
    .transform((value) => value === "1" || value === "true"),
  partnerRequests: z
    .string()
    .optional()
    .transform((value) => value === "1" || value === "true"),
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((value) => (value ? value : undefined))
    .refine((value) => value === undefined || hasSearchWord(value), "forwardPlan.searchNoWords"),
  phase: z.enum(planPhases).optional().catch(undefined),
  sort: z.enum(publicPlanSorts).optional().catch(undefined),
  page: optionalInt(1, 10_000).catch(undefined),
});
export type PublicPlanFilters = z.output<typeof publicPlanFiltersSchema>;

const repeatable = ["organisation", "valueBand", "status", "sustainability"] as const;

/** Reads the filters from URL search parameters; a malformed parameter is dropped, never an error page. */
export function parsePublicPlanFilters(params: URLSearchParams): PublicPlanFilters {
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(publicPlanFiltersSchema.shape)) {
    if ((repeatable as readonly string[]).includes(key)) raw[key] = params.getAll(key);
    else if (params.has(key)) raw[key] = params.get(key) ?? undefined;
  }
  const result = publicPlanFiltersSchema.safeParse(raw);
  if (result.success) return result.data;
  // Drop the fields that failed and parse again.
  for (const issue of result.error.issues) delete raw[String(issue.path[0])];
  return publicPlanFiltersSchema.parse(raw);
}

/**
 * The filters as the forward plan's pages use them: with no phase chosen, upcoming and ongoing plans
 * only, unless a stage is chosen (a link to awarded plans still shows them).
 */
export function withPageDefaults(filters: PublicPlanFilters): PublicPlanFilters & { phase: PlanPhase } {
  return { ...filters, phase: filters.phase ?? (filters.status.length > 0 ? "all" : "current") };
}

/** The search parameters of a filter state (without the page), for links and the pager. */
export function filtersToSearchParams(
  filters: Partial<PublicPlanFilters>,
  { omit = [] }: { omit?: string[] } = {},
): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (key === "page" || omit.includes(key) || value === undefined || value === false) continue;
    if (Array.isArray(value)) for (const item of value) params.append(key, String(item));
    else if (value === true) params.set(key, "1");
    else params.set(key, String(value));
  }
  return params;
}
