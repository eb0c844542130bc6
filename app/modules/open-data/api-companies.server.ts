import type { Hono } from "hono";
import { z } from "zod";
import type { Db } from "../../db/types.ts";
import {
  getCompanyProfile,
  listDirectory,
  publicCompanyJson,
  publicDirectoryItem,
} from "../companies/index.server.ts";
import { directoryFiltersSchema } from "../companies/index.ts";
import { uuidParameter } from "./api-parameters.ts";
import { type ApiEnv, conditionalJson, invalidParameters, notFound } from "./http-responses.ts";

/** The directory's parameters, strict: an unknown or malformed one is a 400, not silently dropped. */
const companyListParameters = z.strictObject({
  ...directoryFiltersSchema.shape,
  size: directoryFiltersSchema.shape.size,
  certificate: directoryFiltersSchema.shape.certificate,
  page: z.coerce.number().int().min(1).max(10_000).optional(),
  cpv: z
    .string()
    .regex(/^\d{8}(-\d)?$/, "a CPV code such as 90910000 or 90910000-9")
    .transform((value) => value.slice(0, 8))
    .optional(),
  region: z
    .string()
    .regex(/^\d{2}$/, "a region code such as 01")
    .optional(),
  municipality: z
    .string()
    .regex(/^\d{3}$/, "a municipality code such as 049")
    .optional(),
});

const pageSize = 20;

/**
 * The public company directory under /api/v1: listed companies only, never their contact persons (those
 * are for signed-in buyers on the company's page).
 */
export function registerCompanyRoutes(api: Hono<ApiEnv>, { db, base }: { db: Db; base: string }) {
  api.get("/companies", async (c) => {
    const params = new URL(c.req.url).searchParams;
    const raw: Record<string, unknown> = {};
    for (const key of new Set(params.keys()))
      raw[key] = key === "size" || key === "certificate" ? params.getAll(key) : params.get(key);
    const parsed = companyListParameters.safeParse(raw);
    if (!parsed.success) return invalidParameters(c, parsed.error);
    const { q, cpv, region, municipality, size, certificate, page: wanted } = parsed.data;
    const filters = { q, cpv, region, municipality, size, certificate, page: wanted };
    const { rows, total, page } = await listDirectory({ db, filters, pageSize });
    const link = (target: number) => {
      const url = new URL(c.req.path, base);
      for (const [key, value] of params) if (key !== "page") url.searchParams.append(key, value);
      url.searchParams.set("page", String(target));
      return url.toString();
    };
    return conditionalJson(
      c,
      {
        meta: { total, page, pageSize },
        links: { self: link(page), next: page * pageSize < total ? link(page + 1) : null },
        data: rows.map((row) => ({
          ...publicDirectoryItem(row),
          links: { self: `${base}/api/v1/companies/${row.id}`, page: `${base}/fi/companies/${row.id}` },
        })),
      },
      { lastModified: new Date(Math.floor(Date.now() / 60_000) * 60_000) },
    );
  });

  api.get("/companies/:id", async (c) => {
    if (new URL(c.req.url).search) return invalidParameters(c, new z.ZodError([]));
    const id = uuidParameter.safeParse(c.req.param("id"));
    const profile = id.success
      ? await getCompanyProfile({ db, organisationId: id.data, locale: "fi" })
      : null;
    if (!profile?.isListed) return notFound(c);
    const open = publicCompanyJson(profile);
    return conditionalJson(
      c,
      {
        links: { self: `${base}/api/v1/companies/${open.id}`, page: `${base}/fi/companies/${open.id}` },
        data: open,
      },
      { lastModified: profile.updatedAt },
    );
  });
}
