import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import { organisationsOrganisation } from "../organisations/shared-tables.ts";
import { publicPlansOnly } from "./policy.ts";
import { publicVersionsOnly } from "./public-versions.ts";
import { type PlanText, plansPlan, plansVersion } from "./tables.ts";

/** What other modules may show of a plan: its headline as its last public version recorded it. */
export type PublicHeadline = {
  planId: string;
  organisationId: string;
  /** The organisation's name per language (issue 12 point 19): the registered one as `fi`. */
  organisationName: PlanText & { fi: string };
  title: PlanText;
  need: PlanText;
  status: string;
  tenderYear: number | null;
  tenderQuarter: number | null;
  lots: { number: number; title: PlanText }[];
  /** The public version the headline was read from. */
  version: number;
};

const languages = ["fi", "sv", "en"] as const;
/** The snapshot's text in each language it has (a plan may have no Finnish text). */
const translated = (value: unknown): PlanText => {
  if (!value || typeof value !== "object") return {};
  const text: PlanText = {};
  for (const lang of languages) {
    const given = (value as Record<string, unknown>)[lang];
    if (typeof given === "string") text[lang] = given;
  }
  return text;
};
const lotsOf = (value: unknown): PublicHeadline["lots"] =>
  Array.isArray(value)
    ? value.flatMap((lot: { number?: unknown; title?: unknown }) =>
        typeof lot?.number === "number" ? [{ number: lot.number, title: translated(lot.title) }] : [],
      )
    : [];
const whole = (value: unknown): number | null =>
  typeof value === "number" && Number.isInteger(value) ? value : null;

/**
 * The public headline of each of these plans that is public now, read from its last public version
 * (`plans_version`), never from the plan's current columns. A plan that is a draft, internal, archived
 * or deleted has no entry: callers show it as no longer public (or leave it out), never with its text.
 * Every module outside `plans` that names a plan (watch e-mails and notifications, partner, interest,
 * presentation and company pages) reads it through this query.
 *
 * @example
 * const headlines = await listPublicHeadlines(db, rows.map((row) => row.planId));
 * const title = headlines.get(planId)?.title; // undefined: not public
 */
export async function listPublicHeadlines(
  db: DbOrTx,
  planIds: readonly string[],
): Promise<Map<string, PublicHeadline>> {
  const ids = [...new Set(planIds)].filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectDistinctOn([plansVersion.planId], {
      planId: plansVersion.planId,
      version: plansVersion.version,
      organisationId: plansPlan.organisationId,
      organisationName: organisationsOrganisation.name,
      organisationNameSv: organisationsOrganisation.nameSv,
      organisationNameEn: organisationsOrganisation.nameEn,
      title: sql<unknown>`${plansVersion.snapshot}->'title'`,
      need: sql<unknown>`${plansVersion.snapshot}->'need'`,
      status: sql<string | null>`${plansVersion.snapshot}->>'status'`,
      tenderYear: sql<unknown>`${plansVersion.snapshot}->'tenderYear'`,
      tenderQuarter: sql<unknown>`${plansVersion.snapshot}->'tenderQuarter'`,
      lots: sql<unknown>`${plansVersion.snapshot}->'lots'`,
    })
    .from(plansVersion)
    .innerJoin(plansPlan, eq(plansPlan.id, plansVersion.planId))
    .innerJoin(organisationsOrganisation, eq(organisationsOrganisation.id, plansPlan.organisationId))
    .where(and(inArray(plansVersion.planId, ids), publicPlansOnly(), publicVersionsOnly()))
    .orderBy(plansVersion.planId, desc(plansVersion.version));
  return new Map(
    rows.map((row) => [
      row.planId,
      {
        planId: row.planId,
        organisationId: row.organisationId,
        organisationName: {
          fi: row.organisationName,
          ...(row.organisationNameSv ? { sv: row.organisationNameSv } : {}),
          ...(row.organisationNameEn ? { en: row.organisationNameEn } : {}),
        },
        title: translated(row.title),
        need: translated(row.need),
        status: row.status ?? "",
        tenderYear: whole(row.tenderYear),
        tenderQuarter: whole(row.tenderQuarter),
        lots: lotsOf(row.lots),
        version: row.version,
      },
    ]),
  );
}
