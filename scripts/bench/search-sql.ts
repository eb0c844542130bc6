// The SQL behind GET /api/v1/plans?q=…, built by the app's own code (the API's parameter parsing and
// query builders, `toSQL()`), so the raw runs send exactly what the app sends.
import type { SQL } from "drizzle-orm";
import { drizzle } from "drizzle-orm/node-postgres";
import { PgDialect } from "drizzle-orm/pg-core";
import pg from "pg";
import * as schema from "../../app/db/schema.ts";
import type { Db } from "../../app/db/types.ts";
import {
  planListParameters,
  queryObject,
  toPublicFilters,
} from "../../app/modules/open-data/api-parameters.ts";
import {
  publicPlanDetailQueries,
  publicPlanPageQuery,
} from "../../app/modules/plans/public-plan-records.server.ts";
import { alternativesQuery, prepareSearch } from "../../app/modules/plans/public-search.server.ts";
import type { RawRequest } from "./raw-queries.ts";

/** The SQL text and parameters of a drizzle `sql` fragment, as the app's driver would send them. */
function toSql(query: SQL): { sql: string; params: unknown[] } {
  return new PgDialect().sqlToQuery(query);
}

/** `request`: every statement of one API search (the page, then its details); `searchQuery`: the page. */
export type SearchSqlMode = "request" | "searchQuery";

/** Plans in the database (all, or public ones); 0 when it has no plans table yet. */
export async function publicPlanCount(url: string, which: "all" | "public"): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ table: string | null }>(
      "select to_regclass('plans_plan')::text as table",
    );
    if (!rows[0]?.table) return 0;
    const where = which === "public" ? "where visibility = 'public' and archived_at is null" : "";
    const counted = await client.query<{ count: string }>(`select count(*) from plans_plan ${where}`);
    return Number(counted.rows[0]?.count ?? 0);
  } finally {
    await client.end();
  }
}

export type Statement = { text: string; values: unknown[]; rowMode: "array" };
const statement = (query: { toSQL(): { sql: string; params: unknown[] } }): Statement => {
  const { sql, params } = query.toSQL();
  return { text: sql, values: params, rowMode: "array" };
};

/**
 * For each search, the statements the API runs for `GET /api/v1/plans?q=…` (first page): built from the
 * same parsed parameters by the same functions, run once here to learn the page's plan ids (the details
 * queries name them), so each raw request sends the same SQL with the same values as the app.
 */
export async function apiSearchRequests(
  pool: pg.Pool,
  queries: string[],
): Promise<Record<SearchSqlMode, RawRequest[]> & { pages: Statement[] }> {
  const db = drizzle(pool, { schema }) as unknown as Db;
  const request: RawRequest[] = [];
  const searchQuery: RawRequest[] = [];
  const pages: Statement[] = [];
  for (const q of queries) {
    const parsed = planListParameters.parse(
      queryObject(`http://bench/api/v1/plans?q=${encodeURIComponent(q)}`),
    );
    const filters = toPublicFilters(parsed);
    const search = await prepareSearch(db, filters.q);
    const lexiconQuery = search ? alternativesQuery(search.words) : undefined;
    const lexicon = lexiconQuery ? statement({ toSQL: () => toSql(lexiconQuery) }) : undefined;
    const page = publicPlanPageQuery(db, { filters, limit: parsed.limit, direction: "desc", search });
    const ids = (await page).map((row) => row.plan.id);
    const main = statement(page);
    pages.push(main);
    const details = ids.length > 0 ? publicPlanDetailQueries(db, ids).map(statement) : [];
    searchQuery.push(async (on) => {
      if (lexicon) await on.query(lexicon);
      await on.query(main);
    });
    request.push(async (on) => {
      if (lexicon) await on.query(lexicon);
      await on.query(main);
      await Promise.all(details.map((detail) => on.query(detail)));
    });
  }
  return { request, searchQuery, pages };
}
