import { and, asc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import type { Locale } from "../../i18n/locales.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { organisationNameIn } from "../organisations/index.server.ts";
import { organisationsOrganisation } from "../organisations/shared-tables.ts";
import { canManageDialogue } from "./policy.ts";
import { dialogueStep } from "./tables.ts";

/** One line of the level-playing-field record. */
export type RecordEntry = {
  id: string;
  kind: string;
  audience: string;
  createdAt: string;
  /** The one company the step concerned: in the buyer's version only. */
  company: string | null;
  /** The step's counts (e-mails sent, companies asked, slots, meetings held): numbers only. */
  counts: Record<string, number>;
};

/** The numbers of a step's summary that the record prints. */
const countKeys = ["mails", "companies", "slots", "meetings"];

function countsOf(summary: Record<string, unknown>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const key of countKeys) {
    const value = summary[key];
    if (typeof value === "number" && Number.isFinite(value)) counts[key] = value;
  }
  return counts;
}

/** Steps that reached everyone or the whole market: what the public version of the record lists. */
const publicAudiences = ["public", "market"];

/**
 * The plan's market-dialogue record, oldest first. The buyer's version (the plan's buyers only) lists
 * every step with the company it concerned; the public version lists the steps that reached everyone
 * or the whole market, without company names, and never a step's private summary.
 */
export async function listDialogueRecord(options: {
  db: DbOrTx;
  viewer: Viewer | null;
  plan: { id: string; organisationId: string };
  locale: Locale;
  version: "buyer" | "public";
}): Promise<RecordEntry[]> {
  const { db, plan, locale } = options;
  const full = options.version === "buyer" && canManageDialogue(options.viewer, plan);
  const rows = await db
    .select({
      id: dialogueStep.id,
      kind: dialogueStep.kind,
      audience: dialogueStep.audience,
      createdAt: dialogueStep.createdAt,
      company: organisationNameIn(locale),
      summary: dialogueStep.summary,
    })
    .from(dialogueStep)
    .leftJoin(organisationsOrganisation, eq(organisationsOrganisation.id, dialogueStep.organisationId))
    .where(
      and(
        eq(dialogueStep.planId, plan.id),
        ...(full ? [] : [inArray(dialogueStep.audience, publicAudiences)]),
      ),
    )
    .orderBy(asc(dialogueStep.createdAt), asc(dialogueStep.id));
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    audience: row.audience,
    createdAt: row.createdAt.toISOString(),
    company: full ? row.company : null,
    counts: countsOf(row.summary),
  }));
}
