import { z } from "zod";
import { many } from "../plans/index.ts";
import { normalizeCpvCode } from "../reference-data/index.ts";
import { certificateCodes, sizeClasses } from "./schemas.ts";

/**
 * The company directory's filters as URL search parameters (the page, its XLSX export and the API share
 * them): q (keywords), cpv (with all descendants), region (serves it: all Finland, the region or one of
 * its municipalities), municipality, size (repeatable), certificate (repeatable, any of), page.
 */
export const directoryFiltersSchema = z.object({
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((value) => (value ? value : undefined)),
  cpv: z
    .string()
    .optional()
    .transform((value) => (value ? (normalizeCpvCode(value) ?? undefined) : undefined)),
  region: z
    .string()
    .optional()
    .transform((value) => (value && /^\d{2}$/.test(value) ? value : undefined)),
  municipality: z
    .string()
    .optional()
    .transform((value) => (value && /^\d{3}$/.test(value) ? value : undefined)),
  size: many(z.enum(sizeClasses), 20),
  certificate: many(z.enum(certificateCodes), 20),
  page: z
    .string()
    .optional()
    .transform((value) => (value ? Number(value) : undefined))
    .pipe(z.number().int().min(1).max(10_000).optional())
    .catch(undefined),
});
export type DirectoryFilters = z.output<typeof directoryFiltersSchema>;

const repeatable = ["size", "certificate"] as const;

/** Reads the filters from URL search parameters; a malformed parameter is dropped, never an error page. */
export function parseDirectoryFilters(params: URLSearchParams): DirectoryFilters {
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(directoryFiltersSchema.shape)) {
    if ((repeatable as readonly string[]).includes(key)) raw[key] = params.getAll(key);
    else if (params.has(key)) raw[key] = params.get(key) ?? undefined;
  }
  const result = directoryFiltersSchema.safeParse(raw);
  if (result.success) return result.data;
  for (const issue of result.error.issues) delete raw[String(issue.path[0])];
  return directoryFiltersSchema.parse(raw);
}

/** The search parameters of a filter state (without the page), for links, the pager and the export. */
export function directoryFiltersToParams(filters: DirectoryFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (key === "page" || value === undefined) continue;
    if (Array.isArray(value)) for (const item of value) params.append(key, String(item));
    else params.set(key, String(value));
  }
  return params;
}
