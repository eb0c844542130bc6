import { TZDate, tz } from "@date-fns/tz";
import { addDays, format } from "date-fns";
import { foldToOneLine, withoutXmlForbidden } from "../../lib/clean-text.ts";
import { helsinkiZone } from "../../lib/helsinki-time.ts";
import type { TextByLanguage } from "../../lib/pick-translation.ts";
import type { NoticeLanguage, NoticeSource, NoticeType } from "./notice-source.ts";
import type { LanguageText } from "./xml-writer.ts";

// The values the eForms mapping derives from a plan: code-list codes, dates in Finnish time, cleaned
// per-language texts. The mapping (eforms-mapping.ts) and the missing-field check
// (find-missing-fields.ts) both read through these, so what is "missing" is exactly what the mapping
// would have left out.

/** eForms language codes (the EU "language" authority table, three letters). */
export const eformsLanguageCodes: Record<NoticeLanguage, string> = { fi: "FIN", sv: "SWE", en: "ENG" };

/** The notice's languages in the plan's order, without repeats. */
export function noticeLanguages(source: NoticeSource): NoticeLanguage[] {
  return [...new Set(source.plan.languages)];
}

/**
 * The text in one language, cleaned for XML; null when the language has none (or only characters XML
 * cannot hold). Titles and names are single-line: line breaks become spaces.
 * @example textIn({ fi: "Koulu\nruoka" }, "fi", "single-line") // "Koulu ruoka"
 */
export function textIn(
  value: TextByLanguage | null | undefined,
  language: NoticeLanguage,
  kind: "single-line" | "multi-line",
): string | null {
  const raw = value?.[language];
  if (raw === undefined) return null;
  const clean = kind === "single-line" ? foldToOneLine(raw) : withoutXmlForbidden(raw).trim();
  return clean === "" ? null : clean;
}

/**
 * The text in every notice language, with languageID; a language without text is left out (the
 * missing-field check reports it first).
 */
export function textsIn(
  value: TextByLanguage | null | undefined,
  languages: NoticeLanguage[],
  kind: "single-line" | "multi-line",
): LanguageText[] {
  return languages.flatMap((language) => {
    const text = textIn(value, language, kind);
    return text === null ? [] : [{ languageID: eformsLanguageCodes[language], text }];
  });
}

/**
 * A proper name in every notice language: the name in that language, else the first one known (an
 * organisation registered only in Finnish keeps its Finnish name in the Swedish notice).
 */
export function namesIn(
  value: TextByLanguage | null | undefined,
  languages: NoticeLanguage[],
): LanguageText[] {
  const anyName = (["fi", "sv", "en"] as const).map((l) => textIn(value, l, "single-line")).find(Boolean);
  if (!anyName) return [];
  return languages.map((language) => ({
    languageID: eformsLanguageCodes[language],
    text: textIn(value, language, "single-line") ?? anyName,
  }));
}

/** A CPV code as eForms takes it: eight digits, no check digit. */
export function isCpvCode(code: string): boolean {
  return /^\d{8}$/.test(code);
}

/** A Finnish NUTS code (FI, FI1, FI1B, FI1B1); eForms wants NUTS 3 where known. */
export function isFinnishNuts(code: string | null): code is string {
  return code !== null && /^FI[0-9A-Z]{0,3}$/.test(code);
}

/**
 * BT-23 main nature from the main CPV: 45… are works, 03–44 and 48 supplies (the CPV's own division
 * of goods), everything else services.
 * @example contractNature("45210000") // "works"
 */
export function contractNature(cpv: string): "works" | "supplies" | "services" {
  const division = Number(cpv.slice(0, 2));
  if (division === 45) return "works";
  if ((division >= 3 && division <= 44) || division === 48) return "supplies";
  return "services";
}

/**
 * BT-11 buyer legal type (eForms buyer-legal-type list) from our organisation kind.
 * @example buyerLegalType("municipality") // "la"
 */
export function buyerLegalType(kind: string): string {
  switch (kind) {
    case "municipality":
      return "la"; // local authority
    case "joint-procurement-unit":
      return "body-pl-la"; // body governed by public law, controlled by local authorities
    default:
      return "body-pl"; // body governed by public law: contracting authorities and anything unknown
  }
}

/** BT-02 notice type, BT-03 form type (listName) and the subtype (OPP-070) per notice. */
export const noticeKinds: Record<
  NoticeType,
  { subtype: string; listName: string; code: string; regulatoryDomain: string; partScheme: "Lot" | "Part" }
> = {
  E1: { subtype: "E1", listName: "consultation", code: "pmc", regulatoryDomain: "other", partScheme: "Lot" },
  E2: {
    subtype: "E2",
    listName: "planning",
    code: "pin-only",
    regulatoryDomain: "other",
    partScheme: "Part",
  },
  PIN: {
    subtype: "4",
    listName: "planning",
    code: "pin-only",
    regulatoryDomain: "32014L0024",
    partScheme: "Part",
  },
};

/**
 * The lot or part identifier: LOT-0001 for E1, PAR-0001 for E2 and PIN (eForms numbers them from 1).
 * @example partId("E2", 0) // "PAR-0001"
 */
export function partId(type: NoticeType, index: number): string {
  const prefix = noticeKinds[type].partScheme === "Lot" ? "LOT" : "PAR";
  return `${prefix}-${String(index + 1).padStart(4, "0")}`;
}

/**
 * A moment's date and time in Helsinki with the offset, as eForms writes them (BT-05).
 * @example helsinkiDateAndTime(new Date("2027-01-15T08:00:00Z")) // { date: "2027-01-15+02:00", time: "10:00:00+02:00" }
 */
export function helsinkiDateAndTime(moment: Date): { date: string; time: string } {
  const options = { in: tz(helsinkiZone) };
  return { date: format(moment, "yyyy-MM-ddXXX", options), time: format(moment, "HH:mm:ssXXX", options) };
}

/**
 * A calendar day (YYYY-MM-DD) with the Helsinki offset of that day, summer time included.
 * @example helsinkiDay("2027-06-30") // "2027-06-30+03:00"
 */
export function helsinkiDay(isoDate: string): string {
  const [year, month, day] = isoDate.split("-").map(Number) as [number, number, number];
  return format(new TZDate(year, month - 1, day, 12, 0, helsinkiZone), "yyyy-MM-ddXXX", {
    in: tz(helsinkiZone),
  });
}

/**
 * BT-127 future notice: the planned call for tenders as a day (YYYY-MM-DD), the first day of its month,
 * else of its quarter, else of its year. eForms wants it after the notice date, so a period that has
 * begun gives the day after the notice; a period already over gives null (reported as missing).
 * @example plannedTenderDate({ tenderYear: 2027, tenderQuarter: 2, tenderMonth: null }, new Date("2027-01-15")) // "2027-04-01"
 */
export function plannedTenderDate(
  plan: Pick<NoticeSource["plan"], "tenderYear" | "tenderQuarter" | "tenderMonth">,
  issuedAt: Date,
): string | null {
  const { tenderYear: year, tenderQuarter: quarter, tenderMonth: month } = plan;
  if (year === null) return null;
  const [firstMonth, months] =
    month !== null ? [month, 1] : quarter !== null ? [(quarter - 1) * 3 + 1, 3] : [1, 12];
  const start = new TZDate(year, firstMonth - 1, 1, 12, 0, helsinkiZone);
  const end = new TZDate(year, firstMonth - 1 + months, 1, 0, 0, helsinkiZone);
  const dayFormat = (d: Date) => format(d, "yyyy-MM-dd", { in: tz(helsinkiZone) });
  if (end.getTime() <= issuedAt.getTime()) return null;
  if (start.getTime() > issuedAt.getTime() && dayFormat(start) !== dayFormat(issuedAt))
    return dayFormat(start);
  return dayFormat(addDays(new TZDate(issuedAt.getTime(), helsinkiZone), 1));
}

/**
 * An amount in euros as eForms takes it: a plain decimal, cents only when there are some.
 * @example eurAmount(250000) // "250000"
 */
export function eurAmount(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}
