import { inArray } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import type { Locale } from "../../i18n/locales.ts";
import { listCpvAncestorCandidates, normalizeCpvCode } from "./cpv-hierarchy.ts";
import { searchCpvCodes } from "./cpv-queries.server.ts";
import { listMunicipalities } from "./municipality-queries.server.ts";
import {
  type PickerFields,
  type PickerKind,
  type PickerOption,
  pickerQuerySchema,
  pickerSuggestionLimit,
} from "./picker.ts";
import { refCpvCode } from "./tables.ts";

const labelOf = (locale: Locale, row: typeof refCpvCode.$inferSelect) =>
  locale === "sv" ? row.labelSv : locale === "en" ? row.labelEn : row.labelFi;

/** CPV codes with their names and the names of their broader codes, in the order given; unknown left out. */
async function describeCpv(db: DbOrTx, locale: Locale, codes: string[]): Promise<PickerOption[]> {
  if (codes.length === 0) return [];
  const wanted = new Set(codes);
  for (const code of codes) for (const candidate of listCpvAncestorCandidates(code)) wanted.add(candidate);
  const rows = await db
    .select()
    .from(refCpvCode)
    .where(inArray(refCpvCode.code, [...wanted]));
  const labels = new Map(rows.map((row) => [row.code, labelOf(locale, row)]));
  return codes.flatMap((code) => {
    const label = labels.get(code);
    if (label === undefined) return [];
    const path = listCpvAncestorCandidates(code)
      .reverse()
      .flatMap((ancestor) => labels.get(ancestor) ?? []);
    return [{ code, label, path }];
  });
}

const fold = (text: string) => text.toLocaleLowerCase("fi").normalize("NFC");

/**
 * A picker's matches for what the person typed: CPV codes by words in their language (or by digits),
 * with the hierarchy above each; municipalities by their Finnish or Swedish name, or all of a region
 * by the region's name. At most `limit` (15 by default).
 * @example await searchPickerOptions({ db, locale: "sv", kind: "cpv", text: "städ" })
 */
export async function searchPickerOptions(options: {
  db: DbOrTx;
  locale: Locale;
  kind: PickerKind;
  text: string;
  limit?: number;
}): Promise<PickerOption[]> {
  const { db, locale, kind } = options;
  const limit = options.limit ?? pickerSuggestionLimit;
  const text = options.text.trim();
  if (text === "") return [];
  if (kind === "cpv") {
    const found = await searchCpvCodes({ db, locale, text, limit });
    return describeCpv(
      db,
      locale,
      found.map((code) => code.code),
    );
  }
  const wanted = fold(text);
  const scored = (await listMunicipalities({ db, locale })).flatMap((municipality) => {
    const names = [municipality.nameFi, municipality.nameSv].map(fold);
    const score = names.some((name) => name.startsWith(wanted))
      ? 0
      : names.some((name) => name.includes(wanted))
        ? 1
        : fold(municipality.regionName).includes(wanted)
          ? 2
          : 3;
    return score < 3 ? [{ score, municipality }] : [];
  });
  // listMunicipalities sorts by name; a stable sort keeps that order within a score.
  return scored
    .sort((a, b) => a.score - b.score)
    .slice(0, limit)
    .map(({ municipality }) => ({
      code: municipality.code,
      label: municipality.name,
      path: [municipality.regionName],
    }));
}

/**
 * The picked codes with their names, for showing what is chosen (in the order given; codes that are not
 * in the reference data are left out, so the form's check can name them).
 */
export async function describePickerCodes(options: {
  db: DbOrTx;
  locale: Locale;
  kind: PickerKind;
  codes: string[];
}): Promise<PickerOption[]> {
  const { db, locale, kind } = options;
  const codes = [...new Set(options.codes)];
  if (kind === "cpv")
    return describeCpv(
      db,
      locale,
      codes.flatMap((code) => normalizeCpvCode(code) ?? []),
    );
  if (codes.length === 0) return [];
  const byCode = new Map((await listMunicipalities({ db, locale })).map((m) => [m.code, m]));
  return codes.flatMap((code) => {
    const municipality = byCode.get(code);
    return municipality ? [{ code, label: municipality.name, path: [municipality.regionName] }] : [];
  });
}

/**
 * The answer to a picker's search without JavaScript (readPickerSearch): its matches, none for fewer
 * than two letters or text the suggestion endpoint would refuse.
 */
export async function answerPickerSearch(options: {
  db: DbOrTx;
  locale: Locale;
  search: { field: string; kind: PickerKind; query: string };
}): Promise<{ field: string; query: string; matches: PickerOption[] }> {
  const { field, kind, query } = options.search;
  const parsed = pickerQuerySchema.safeParse({ kind, q: query });
  const matches = parsed.success
    ? await searchPickerOptions({ db: options.db, locale: options.locale, kind, text: parsed.data.q })
    : [];
  return { field, query, matches };
}

/**
 * What each picker of a form has picked, with names; a code the reference data does not know is shown
 * as itself, so the person sees it and the form's check can name it.
 */
export async function describePicked(options: {
  db: DbOrTx;
  locale: Locale;
  pickers: PickerFields;
  values: Record<string, string[]>;
}): Promise<Record<string, PickerOption[]>> {
  const entries = await Promise.all(
    options.pickers.map(async ({ field, kind }) => {
      const codes = [...new Set(options.values[field] ?? [])];
      const known = await describePickerCodes({ db: options.db, locale: options.locale, kind, codes });
      const byCode = new Map(known.map((option) => [option.code, option]));
      return [
        field,
        codes.map((code) => byCode.get(normalizeCpvCode(code) ?? code) ?? { code, label: code, path: [] }),
      ] as const;
    }),
  );
  return Object.fromEntries(entries);
}
