import { asc, eq, ilike, inArray, isNull, like, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import type { Locale } from "../../i18n/locales.ts";
import { escapeLike } from "../../lib/escape-like.ts";
import { listCpvAncestorCandidates, normalizeCpvCode } from "./cpv-hierarchy.ts";
import { refCpvCode } from "./tables.ts";
import type { CpvCode } from "./types.ts";

type CpvRow = typeof refCpvCode.$inferSelect;

const labelColumns = { fi: refCpvCode.labelFi, sv: refCpvCode.labelSv, en: refCpvCode.labelEn } as const;

function toCpvCode(row: CpvRow): CpvCode {
  return {
    code: row.code,
    label: { fi: row.labelFi, sv: row.labelSv, en: row.labelEn },
    level: row.level,
    parentCode: row.parentCode,
    divisionCode: row.divisionCode,
  };
}

/**
 * One CPV code, written with or without its check digit ("90910000" or "90910000-9"); null if unknown.
 * @example await getCpvCode({ db, code: "90910000-9" }) // { code: "90910000", level: "class", … }
 */
export async function getCpvCode(options: { db: DbOrTx; code: string }): Promise<CpvCode | null> {
  const code = normalizeCpvCode(options.code);
  if (!code) return null;
  const [row] = await options.db.select().from(refCpvCode).where(eq(refCpvCode.code, code));
  return row ? toCpvCode(row) : null;
}

/** The codes directly under a code, by code; with `code: null`, the 45 divisions. */
export async function listCpvChildren(options: { db: DbOrTx; code: string | null }): Promise<CpvCode[]> {
  const code = options.code === null ? null : normalizeCpvCode(options.code);
  if (options.code !== null && !code) return [];
  const rows = await options.db
    .select()
    .from(refCpvCode)
    .where(code === null ? isNull(refCpvCode.parentCode) : eq(refCpvCode.parentCode, code))
    .orderBy(asc(refCpvCode.code));
  return rows.map(toCpvCode);
}

/** The chain of ancestors of a code, division first (for breadcrumbs and hierarchical facets). */
export async function listCpvAncestors(options: { db: DbOrTx; code: string }): Promise<CpvCode[]> {
  const code = normalizeCpvCode(options.code);
  const candidates = code ? listCpvAncestorCandidates(code) : [];
  if (candidates.length === 0) return [];
  // Every candidate that exists is an ancestor: each one's parent is the nearest existing candidate.
  const rows = await options.db
    .select()
    .from(refCpvCode)
    .where(inArray(refCpvCode.code, candidates))
    .orderBy(asc(refCpvCode.code));
  return rows.map(toCpvCode);
}

export type SearchCpvCodesOptions = {
  db: DbOrTx;
  locale: Locale;
  /** Digits search by code prefix ("9091", "90910000-9"); anything else searches the locale's labels. */
  text: string;
  /** 20 by default, at most 100. */
  limit?: number;
};

/**
 * Finds CPV codes by code prefix or by a part of the label in the given language. Label matches that
 * start with the text come first, then broader codes before narrower ones.
 * @example await searchCpvCodes({ db, locale: "fi", text: "siivous", limit: 10 })
 */
export async function searchCpvCodes(options: SearchCpvCodesOptions): Promise<CpvCode[]> {
  const text = options.text.trim();
  const limit = Math.min(Math.max(Math.trunc(options.limit ?? 20), 1), 100);
  if (text === "") return [];
  const digits = /^[\d\s]+(?:-\d)?$/.test(text) ? text.replace(/\s+/g, "").replace(/-\d$/, "") : null;
  if (digits !== null) {
    const rows = await options.db
      .select()
      .from(refCpvCode)
      .where(like(refCpvCode.code, `${digits.slice(0, 8)}%`))
      .orderBy(asc(refCpvCode.code))
      .limit(limit);
    return rows.map(toCpvCode);
  }
  const label = labelColumns[options.locale];
  const pattern = escapeLike(text);
  const rows = await options.db
    .select()
    .from(refCpvCode)
    .where(ilike(label, `%${pattern}%`))
    .orderBy(
      sql`case when ${label} ilike ${`${pattern}%`} then 0 else 1 end`,
      sql`length(rtrim(${refCpvCode.code}, '0'))`,
      asc(refCpvCode.code),
    )
    .limit(limit);
  return rows.map(toCpvCode);
}
