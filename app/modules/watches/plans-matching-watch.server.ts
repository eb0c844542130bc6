import type { DbOrTx } from "../../db/types.ts";
import type { Locale } from "../../i18n/locales.ts";
import { listPublicPlansMatching, type PublicPlanSummary } from "../plans/index.server.ts";
import type { WatchSummary } from "./watch-queries.server.ts";

/**
 * The public plans open to companies that a watch matches today (at most `limit`, with the total), so a
 * new watch shows what it would have found instead of "0 matches"; its notifications cover what comes
 * after.
 */
export function listPlansMatchingWatch(options: {
  db: DbOrTx;
  locale: Locale;
  watch: WatchSummary;
  limit?: number;
}): Promise<{ total: number; plans: PublicPlanSummary[] }> {
  const { watch } = options;
  return listPublicPlansMatching({
    db: options.db,
    locale: options.locale,
    limit: options.limit ?? 10,
    criteria: {
      cpv: watch.cpvCodes,
      regions: watch.regions,
      municipalities: watch.municipalities,
      organisations: watch.organisations,
      valueBands: watch.valueBands,
      keywords: watch.keywords,
    },
  });
}
