import { resolve } from "node:path";
import { getTableColumns, getTableName, type SQL, sql } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Db, Tx } from "../../db/types.ts";
import { readReferenceFiles } from "./read-reference-files.server.ts";
import {
  refCpvCode,
  refEformsCode,
  refMunicipality,
  refNutsRegion,
  refProcurementThreshold,
  refRegion,
} from "./tables.ts";

export type LoadReferenceDataOptions = {
  db: Db;
  /** The folder of the reference files; `reference-data` under the working directory by default. */
  dir?: string;
};

/** Per table: how many rows the files hold and how many of them were inserted or changed by this load. */
export type LoadReferenceDataResult = {
  tables: Record<string, { rows: number; written: number }>;
  durationMs: number;
};

const ROWS_PER_INSERT = 5_000;

/**
 * Loads the CPV codes, NUTS regions, regions, municipalities, eForms code lists and procurement thresholds
 * from the reference-data folder in one transaction. Idempotent: rows are upserted by their key and a row
 * whose values did not change is not written, so a second run writes nothing. Rows that disappear from a
 * file are kept, because plans and profiles may still point at them.
 * @example const { tables } = await loadReferenceData({ db: services.database.db });
 */
export async function loadReferenceData(options: LoadReferenceDataOptions): Promise<LoadReferenceDataResult> {
  const started = performance.now();
  const rows = readReferenceFiles(options.dir ?? resolve(process.cwd(), "reference-data"));
  // Parents before children: regions need NUTS, municipalities need regions, a CPV code its parent.
  const cpvCodes = [...rows.cpvCodes].sort((a, b) => (a.code < b.code ? -1 : 1));
  const tables: LoadReferenceDataResult["tables"] = {};
  await options.db.transaction(async (tx) => {
    const load = async <T extends PgTable>(table: T, keys: PgColumn[], values: T["$inferInsert"][]) => {
      tables[getTableName(table)] = { rows: values.length, written: await upsert(tx, table, keys, values) };
    };
    await load(refNutsRegion, [refNutsRegion.code], rows.nutsRegions);
    await load(refRegion, [refRegion.code], rows.regions);
    await load(refMunicipality, [refMunicipality.code], rows.municipalities);
    await load(refCpvCode, [refCpvCode.code], cpvCodes);
    await load(refEformsCode, [refEformsCode.listName, refEformsCode.code], rows.eformsCodes);
    await load(
      refProcurementThreshold,
      [refProcurementThreshold.kind, refProcurementThreshold.category, refProcurementThreshold.validFrom],
      rows.thresholds,
    );
  });
  return { tables, durationMs: Math.round(performance.now() - started) };
}

/** Inserts or updates rows in batches; returns how many rows were inserted or actually changed. */
async function upsert<T extends PgTable>(
  tx: Tx,
  table: T,
  keys: PgColumn[],
  values: T["$inferInsert"][],
): Promise<number> {
  const columns = Object.entries(getTableColumns(table) as Record<string, PgColumn>);
  const updatable = columns.filter(([, column]) => !keys.includes(column));
  const excluded = (column: PgColumn) => sql.raw(`excluded."${column.name}"`);
  const list = (parts: SQL[]) => sql.join(parts, sql`, `);
  const set: Record<string, SQL> = Object.fromEntries(
    updatable.map(([key, column]) => [key, excluded(column)]),
  );
  // Only rows whose values differ are updated, so reloading the same files leaves every row untouched.
  const isChanged = sql`(${list(updatable.map(([, column]) => sql`${column}`))}) is distinct from (${list(
    updatable.map(([, column]) => excluded(column)),
  )})`;
  // Each batch travels as one JSON parameter: binding tens of thousands of separate parameters is what
  // makes a plain multi-row INSERT slow on PGlite (about three times slower for the CPV codes).
  const names = sql.raw(columns.map(([, column]) => `"${column.name}"`).join(", "));
  const recordType = sql.raw(
    columns.map(([, column]) => `"${column.name}" ${column.getSQLType()}`).join(", "),
  );
  let written = 0;
  for (let start = 0; start < values.length; start += ROWS_PER_INSERT) {
    const batch = values.slice(start, start + ROWS_PER_INSERT).map((row) => {
      const record = row as Record<string, unknown>;
      return Object.fromEntries(columns.map(([key, column]) => [column.name, record[key] ?? null]));
    });
    const result = await tx
      .insert(table)
      .select(
        sql`select ${names} from jsonb_to_recordset(${JSON.stringify(batch)}::jsonb) as r(${recordType})`,
      )
      .onConflictDoUpdate({ target: keys, set, setWhere: isChanged })
      .returning({ written: sql<number>`1` });
    written += result.length;
  }
  return written;
}
