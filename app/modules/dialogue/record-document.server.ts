import type { DbOrTx } from "../../db/types.ts";
import { formatDate, formatNumber } from "../../i18n/format.ts";
import { getI18n } from "../../i18n/i18n.ts";
import type { Locale } from "../../i18n/locales.ts";
import { AppError } from "../../lib/app-error.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { listContactsForBuyer, listPublicContacts } from "./contacts-queries.server.ts";
import { canManageDialogue } from "./policy.ts";
import { listDialogueRecord } from "./record-queries.server.ts";
import { surveyBarriers } from "./record-schemas.ts";
import { listSurveySummaries } from "./survey-queries.server.ts";

/** One fact of an item: a label and its value, both plain text (each writer escapes for its format). */
export type DocumentFact = { label: string; value: string };
export type DocumentItem = { heading: string; facts: DocumentFact[] };
export type DocumentSection = {
  id: string;
  heading: string;
  lead: string | null;
  empty: string;
  items: DocumentItem[];
};

/**
 * The level-playing-field record as one document, in one language: what the HTML and the PDF files are
 * both written from, so the two always say the same. The public version holds only what reached
 * everyone or the whole market and each contact's kind, date and public line; the buyer's version
 * everything, with the companies' names, the contacts in full and the survey's summary.
 */
export type RecordDocument = {
  lang: Locale;
  version: "buyer" | "public";
  title: string;
  intro: string[];
  generatedAt: string;
  sections: DocumentSection[];
};

/** Numbers of a step's summary worth printing (counts, never text). */
const summaryCounts = ["mails", "companies", "slots", "meetings"] as const;

/**
 * The record of a plan as a document. The buyer's version for the plan's buyers only (else not_found);
 * the caller has checked that a public version's plan is public.
 */
export async function getDialogueRecordDocument(options: {
  db: DbOrTx;
  viewer: Viewer | null;
  plan: { id: string; organisationId: string };
  planTitle: string;
  locale: Locale;
  version: "buyer" | "public";
}): Promise<RecordDocument> {
  const { db, viewer, plan, locale, version } = options;
  if (version === "buyer" && !canManageDialogue(viewer, plan)) throw new AppError("not_found");
  const { t } = getI18n(locale);
  const when = (iso: string) => formatDate(locale, new Date(iso), true);
  const entries = await listDialogueRecord({ db, viewer, plan, locale, version });
  const steps: DocumentSection = {
    id: "steps",
    heading: t("record.document.stepsHeading"),
    lead: null,
    empty: t("dialogue.recordEmpty"),
    items: entries.map((entry) => ({
      heading: t(`dialogue.steps.${entry.kind}`, { defaultValue: entry.kind }),
      facts: [
        { label: t("dialogue.columns.when"), value: when(entry.createdAt) },
        {
          label: t("dialogue.columns.audience"),
          value: t(`dialogue.audiences.${entry.audience}`, { defaultValue: entry.audience }),
        },
        ...(version === "buyer" && entry.company
          ? [{ label: t("dialogue.columns.company"), value: entry.company }]
          : []),
        ...summaryCounts.flatMap((key) => {
          const value = entry.counts[key];
          return typeof value === "number"
            ? [{ label: t(`record.document.counts.${key}`), value: formatNumber(locale, value) }]
            : [];
        }),
      ],
    })),
  };
  const contacts: DocumentSection = {
    id: "contacts",
    heading: t("record.contacts.title"),
    lead: null,
    empty: t("record.contacts.none"),
    items: [],
  };
  if (version === "buyer") {
    const rows = await listContactsForBuyer({ db, viewer, plan, locale });
    contacts.items = rows.map((row) => ({
      heading: `${t(`record.kinds.${row.kind}`)}: ${row.organisation}`,
      facts: [
        { label: t("record.fields.occurredAt"), value: when(row.occurredAt) },
        { label: t("record.fields.ourParticipants"), value: row.ourParticipants },
        { label: t("record.fields.theirParticipants"), value: row.theirParticipants },
        { label: t("record.fields.sharedMaterial"), value: row.sharedMaterial },
        {
          label: t("record.fields.isSharedMaterialPublic"),
          value: t(row.isSharedMaterialPublic ? "record.yes" : "record.no"),
        },
        { label: t("record.fields.conflictOfInterest"), value: row.conflictOfInterest },
        { label: t("record.fields.publicSummary"), value: row.publicSummary ?? "" },
      ].filter((fact) => fact.value !== ""),
    }));
  } else {
    const rows = await listPublicContacts(db, plan.id);
    contacts.items = rows.map((row) => ({
      heading: t(`record.kinds.${row.kind}`),
      facts: [
        { label: t("record.fields.occurredAt"), value: when(row.occurredAt) },
        ...(row.publicSummary ? [{ label: t("record.fields.publicSummary"), value: row.publicSummary }] : []),
      ],
    }));
  }
  contacts.lead = t("record.contacts.count", { count: contacts.items.length });
  const sections = [steps, contacts];
  if (version === "buyer") {
    const surveys = await listSurveySummaries({ db, viewer, plan });
    sections.push({
      id: "survey",
      heading: t("record.survey.summaryTitle"),
      lead: null,
      empty: t("record.survey.none"),
      items: surveys.map((survey) => ({
        heading: `${t(`dialogue.steps.${survey.closedKind ?? "survey.sent"}`, { defaultValue: survey.closedKind ?? "" })}${survey.closedAt ? ` (${when(survey.closedAt)})` : ""}`,
        facts: [
          {
            label: t("record.survey.answeredLabel"),
            value: t("record.survey.answeredOf", { answered: survey.answered, invited: survey.invited }),
          },
          ...surveyBarriers.map((barrier) => ({
            label: t(`record.barriers.${barrier}`),
            value: formatNumber(locale, survey.barriers[barrier]),
          })),
          ...survey.freeTexts.map((text) => ({ label: t("record.survey.freeTextLabel"), value: text })),
        ],
      })),
    });
  }
  return {
    lang: locale,
    version,
    title: `${t("dialogue.recordTitle")}: ${options.planTitle}`,
    intro: [t("dialogue.recordIntro"), ...(version === "buyer" ? [t("dialogue.recordBuyerIntro")] : [])],
    generatedAt: t("record.document.generatedAt", { date: formatDate(locale, new Date(), true) }),
    sections,
  };
}
