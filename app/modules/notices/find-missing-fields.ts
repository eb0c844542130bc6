import type { TextByLanguage } from "../../lib/pick-translation.ts";
import {
  isCpvCode,
  isFinnishNuts,
  namesIn,
  noticeLanguages,
  plannedTenderDate,
  textIn,
} from "./eforms-values.ts";
import type { MissingField, NoticeSource, NoticeType } from "./notice-source.ts";

// What the eForms mapping needs and the plan or organisation lacks, as stable codes the pages translate
// (a buyer reads "choose the municipality" rather than "BT-507"). Texts eForms wants in every notice
// language are reported per language. The checks read values through eforms-values.ts, as the mapping
// does, so a text that is only control characters counts as missing here and is absent there.

/** Every code findMissingFields can return; the pages have one message per code. */
export const missingFieldCodes = [
  "notice-language",
  "buyer-name",
  "buyer-business-id",
  "buyer-city",
  "buyer-nuts",
  "buyer-email",
  "title",
  "description",
  "main-cpv",
  "place-nuts",
  "planned-date",
  "dialogue-end",
  "lot-title",
  "lot-description",
  "lot-main-cpv",
] as const;
export type MissingFieldCode = (typeof missingFieldCodes)[number];

type Missing = MissingField & { code: MissingFieldCode };

/**
 * The fields a notice of this type needs that the source lacks, in the order of the notice; empty when
 * the notice can be written.
 * @example findMissingFields("E1", { ...source, plan: { ...source.plan, dialogueEnd: null } })
 * // [{ code: "dialogue-end", businessTerm: "BT-630" }]
 */
export function findMissingFields(type: NoticeType, source: NoticeSource): Missing[] {
  const { buyer, plan } = source;
  const languages = noticeLanguages(source);
  const missing: Missing[] = [];
  const need = (isPresent: boolean, field: Missing) => {
    if (!isPresent) missing.push(field);
  };
  const perLanguage = (
    value: TextByLanguage | null,
    kind: "single-line" | "multi-line",
    field: Omit<Missing, "language">,
  ) => {
    for (const language of languages) need(textIn(value, language, kind) !== null, { ...field, language });
  };

  need(languages.length > 0, { code: "notice-language", businessTerm: "BT-702" });
  need(namesIn(buyer.name, ["fi"]).length > 0, { code: "buyer-name", businessTerm: "BT-500" });
  need(Boolean(buyer.yTunnus?.trim()), { code: "buyer-business-id", businessTerm: "BT-501" });
  need(namesIn(buyer.city, ["fi"]).length > 0, { code: "buyer-city", businessTerm: "BT-513" });
  need(isFinnishNuts(buyer.nuts3), { code: "buyer-nuts", businessTerm: "BT-507" });
  need(Boolean(buyer.contactEmail?.trim()), { code: "buyer-email", businessTerm: "BT-506" });
  perLanguage(plan.title, "single-line", { code: "title", businessTerm: "BT-21" });
  perLanguage(plan.description, "multi-line", { code: "description", businessTerm: "BT-24" });
  need(isCpvCode(plan.mainCpv), { code: "main-cpv", businessTerm: "BT-262" });
  need(isFinnishNuts(plan.placeNuts3), { code: "place-nuts", businessTerm: "BT-5071" });
  if (type === "E2" || type === "PIN") {
    // A notice about a future call for tenders says when: a year (and quarter or month) not yet past.
    need(plannedTenderDate(plan, source.issuedAt) !== null, { code: "planned-date", businessTerm: "BT-127" });
  }
  if (type === "E1") {
    need(isIsoDate(plan.dialogueEnd), { code: "dialogue-end", businessTerm: "BT-630" });
  }
  for (const lot of [...plan.lots].sort((a, b) => a.number - b.number)) {
    perLanguage(lot.title, "single-line", { code: "lot-title", businessTerm: "BT-21", lot: lot.number });
    perLanguage(lot.description, "multi-line", {
      code: "lot-description",
      businessTerm: "BT-24",
      lot: lot.number,
    });
    need(isCpvCode(lot.mainCpv), { code: "lot-main-cpv", businessTerm: "BT-262", lot: lot.number });
  }
  return missing;
}

function isIsoDate(value: string | null): value is string {
  return value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));
}
