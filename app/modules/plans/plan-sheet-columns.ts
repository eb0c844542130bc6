/**
 * The columns of the forward-plan spreadsheet (import template and export), in order. Headers are the
 * keys themselves so one template serves all three languages; the download also carries a Finnish
 * description row that the import skips.
 */
export const planSheetColumns = [
  "title_fi",
  "title_sv",
  "title_en",
  "need_fi",
  "need_sv",
  "need_en",
  "main_cpv",
  "additional_cpv",
  "estimated_value_eur",
  "value_category",
  "tender_year",
  "tender_quarter",
  "tender_month",
  "dialogue_start",
  "dialogue_end",
  "contract_start",
  "contract_duration_months",
  "option_months",
  "procedure",
  "divided_into_lots",
  "lots",
  "lots_sv",
  "lots_en",
  "no_lots_reason_fi",
  "no_lots_reason_sv",
  "no_lots_reason_en",
  "sustainability",
  "employment_condition",
  "contact_name",
  "contact_email",
  "contact_phone",
  "confidence",
  "visibility",
] as const;
export type PlanSheetColumn = (typeof planSheetColumns)[number];
export type PlanSheetRecord = Partial<Record<PlanSheetColumn, string>>;

/** A Finnish description of each column for the template's second row. */
export const planSheetHints: Record<PlanSheetColumn, string> = {
  title_fi: "Hankinnan nimi suomeksi (pakollinen)",
  title_sv: "Nimi ruotsiksi",
  title_en: "Nimi englanniksi",
  need_fi: "Tarve ja tavoiteltu lopputulos suomeksi (pakollinen)",
  need_sv: "Tarve ruotsiksi",
  need_en: "Tarve englanniksi",
  main_cpv: "Pää-CPV-koodi, esim. 90910000-9 (pakollinen)",
  additional_cpv: "Muut CPV-koodit puolipisteellä eroteltuina",
  estimated_value_eur: "Arvioitu arvo euroina ilman alv:tä, kokonaislukuna",
  value_category:
    "goods-services, works, social-health-services, other-special-services, concessions, design-contests",
  tender_year: "Tarjouspyynnön julkaisuvuosi",
  tender_quarter: "Vuosineljännes 1–4",
  tender_month: "Kuukausi 1–12",
  dialogue_start: "Vuoropuhelu alkaa vvvv-kk-pp",
  dialogue_end: "Vuoropuhelu päättyy vvvv-kk-pp",
  contract_start: "Sopimus alkaa vvvv-kk-pp",
  contract_duration_months: "Sopimuskausi kuukausina",
  option_months: "Optiot kuukausina",
  procedure:
    "open, restricted, negotiated, competitive-dialogue, innovation-partnership, dynamic-purchasing-system, framework-mini-competition, not-decided",
  divided_into_lots: "kyllä / ei",
  lots: "Osien nimet suomeksi puolipisteellä eroteltuina (jos jaetaan osiin)",
  lots_sv: "Osien nimet ruotsiksi samassa järjestyksessä",
  lots_en: "Osien nimet englanniksi samassa järjestyksessä",
  no_lots_reason_fi: "Perustelu suomeksi, jos ei jaeta osiin",
  no_lots_reason_sv: "Perustelu ruotsiksi",
  no_lots_reason_en: "Perustelu englanniksi",
  sustainability:
    "eForms-koodit muodossa lista/koodi puolipisteellä eroteltuina, esim. strategic-procurement/env-imp",
  employment_condition: "kyllä / ei",
  contact_name: "Yhteyshenkilö",
  contact_email: "Yhteyshenkilön sähköposti",
  contact_phone: "Yhteyshenkilön puhelin",
  confidence: "firm, likely, tentative",
  visibility: "draft, internal, public",
};

const split = (value: string | undefined) =>
  (value ?? "")
    .split(";")
    .map((part) => part.trim())
    .filter(Boolean);
const integer = (value: string | undefined) => {
  const text = (value ?? "").replace(/[\s\u00a0]/g, "").replace(/,00$/, "");
  return text === "" ? undefined : /^-?\d+$/.test(text) ? Number(text) : Number.NaN;
};
const yesNo = (value: string | undefined) => /^(kyllä|k|ja|yes|y|true|1)$/i.test((value ?? "").trim());
const text = (value: string | undefined) => (value ?? "").trim() || undefined;

/**
 * One language's lot names, by position: an empty place ("Länsi; ; Itä") is a lot without a name in
 * that language; an empty cell is no names at all.
 */
const lotNames = (value: string | undefined) => {
  const names = (value ?? "").split(";").map((part) => part.trim());
  while (names.length > 0 && names[names.length - 1] === "") names.pop();
  return names;
};

/**
 * The lots with their names per language, matched by position ("Länsi; Itä" and "Väst; Öst"): a list
 * shorter than another leaves the last lots without a name in that language, as an empty place does.
 */
export function sheetLots(record: PlanSheetRecord): { title: Record<string, string> }[] {
  const names = { fi: lotNames(record.lots), sv: lotNames(record.lots_sv), en: lotNames(record.lots_en) };
  const count = Math.max(names.fi.length, names.sv.length, names.en.length);
  return Array.from({ length: count }, (_, index) => ({
    title: Object.fromEntries(
      (["fi", "sv", "en"] as const).flatMap((lang) => {
        const name = names[lang][index];
        return name ? [[lang, name]] : [];
      }),
    ),
  }));
}

const reasonOf = (record: PlanSheetRecord) => {
  const reason = Object.fromEntries(
    (["fi", "sv", "en"] as const).flatMap((lang) => {
      const value = text(record[`no_lots_reason_${lang}`]);
      return value ? [[lang, value]] : [];
    }),
  );
  return Object.keys(reason).length > 0 ? reason : undefined;
};

/** One spreadsheet row → the shape planInputSchema parses (validation happens there). */
export function sheetRecordToPlanInput(record: PlanSheetRecord): Record<string, unknown> {
  const divided = yesNo(record.divided_into_lots);
  return {
    title: { fi: text(record.title_fi), sv: text(record.title_sv), en: text(record.title_en) },
    need: { fi: record.need_fi ?? "", sv: text(record.need_sv), en: text(record.need_en) },
    mainCpv: record.main_cpv ?? "",
    additionalCpv: split(record.additional_cpv),
    estimatedValueEur: integer(record.estimated_value_eur),
    valueCategory: text(record.value_category),
    tenderYear: integer(record.tender_year),
    tenderQuarter: integer(record.tender_quarter),
    tenderMonth: integer(record.tender_month),
    dialogueStart: text(record.dialogue_start),
    dialogueEnd: text(record.dialogue_end),
    contractStart: text(record.contract_start),
    contractDurationMonths: integer(record.contract_duration_months),
    optionMonths: integer(record.option_months),
    procedure: text(record.procedure),
    isDividedIntoLots: divided,
    lots: divided ? sheetLots(record) : [],
    noLotsReason: reasonOf(record),
    sustainability: split(record.sustainability).map((tag) => {
      const [list = "", code = ""] = tag.split("/");
      return { list, code };
    }),
    employmentCondition: yesNo(record.employment_condition),
    contactName: text(record.contact_name),
    contactEmail: text(record.contact_email),
    contactPhone: text(record.contact_phone),
    confidence: text(record.confidence),
    visibility: text(record.visibility),
  };
}
