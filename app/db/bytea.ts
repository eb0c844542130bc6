import { customType } from "drizzle-orm/pg-core";

/**
 * PostgreSQL bytea. node-postgres reads it as a Buffer, PGlite as a Uint8Array; both write either, so
 * the column's value is a Uint8Array on both (ADR 017). Used by every table that keeps file bytes.
 */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => (value instanceof Uint8Array ? value : new Uint8Array(value as ArrayBuffer)),
});
