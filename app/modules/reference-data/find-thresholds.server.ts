import { and, asc, gte, isNull, lte, or } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import { timeZone } from "../../i18n/locales.ts";
import { refProcurementThreshold } from "./tables.ts";
import type { ProcurementThreshold } from "./types.ts";

/** The calendar day in Finland at an instant, as an ISO date: thresholds change at Finnish midnight. */
export function toFinnishDay(at: Date): string {
  const format = new Intl.DateTimeFormat("en", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  });
  const parts = Object.fromEntries(format.formatToParts(at).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/**
 * The national and EU thresholds in force on the Finnish calendar day of `at`, for `classifyValue`.
 * @example classifyValue(250_000, "works", await findThresholds({ db, at: new Date() })) // "national"
 */
export async function findThresholds(options: { db: DbOrTx; at: Date }): Promise<ProcurementThreshold[]> {
  const day = toFinnishDay(options.at);
  const t = refProcurementThreshold;
  return options.db
    .select()
    .from(t)
    .where(and(lte(t.validFrom, day), or(isNull(t.validTo), gte(t.validTo, day))))
    .orderBy(asc(t.kind), asc(t.category));
}
