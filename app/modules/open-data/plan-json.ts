import type { PublicOrganisation } from "../plans/index.server.ts";
import type { PublicPlan } from "./public-plan-queries.server.ts";

// The public JSON of a plan: every field named here, so nothing new on the plan row reaches the API
// until someone adds it on purpose.

function organisationJson(organisation: PublicOrganisation) {
  return {
    id: organisation.id,
    name: organisation.name,
    // The name per language (issue 12 point 19): the registered one as fi, translations where known.
    names: {
      fi: organisation.name,
      ...(organisation.nameSv ? { sv: organisation.nameSv } : {}),
      ...(organisation.nameEn ? { en: organisation.nameEn } : {}),
    },
    slug: organisation.slug,
    kind: organisation.kind,
    businessId: organisation.yTunnus,
    municipalityCode: organisation.municipalityCode,
  };
}

/** Where the API serves a public plan's attachment (the same handler as /:lang/plans/:id/attachments/:id). */
export function publicAttachmentUrl(publicUrl: string, planId: string, attachmentId: string): string {
  return `${publicUrl}/api/v1/plans/${planId}/attachments/${attachmentId}`;
}

export function planJson(plan: PublicPlan, { publicUrl, ocid }: { publicUrl: string; ocid: string }) {
  return {
    id: plan.id,
    ocid,
    url: `${publicUrl}/api/v1/plans/${plan.id}`,
    organisation: organisationJson(plan.organisation),
    participants: plan.participants.map(organisationJson),
    title: plan.title,
    need: plan.need,
    strategyGoal: plan.strategyGoal,
    cpv: { main: plan.mainCpv, additional: plan.additionalCpv },
    estimatedValue:
      plan.estimatedValueEur === null ? null : { amount: plan.estimatedValueEur, currency: "EUR" },
    valueCategory: plan.valueCategory,
    valueBand: plan.valueBand,
    dialogue: { start: plan.dialogueStart, end: plan.dialogueEnd },
    plannedTender: { year: plan.tenderYear, quarter: plan.tenderQuarter, month: plan.tenderMonth },
    contract: {
      start: plan.contractStart,
      durationMonths: plan.contractDurationMonths,
      optionMonths: plan.optionMonths,
      end: plan.contractEnd,
    },
    procedure: plan.procedure,
    isDividedIntoLots: plan.isDividedIntoLots,
    noLotsReason: plan.noLotsReason,
    lots: plan.lots.map((lot) => ({
      number: lot.number,
      title: lot.title,
      estimatedValue:
        lot.estimatedValueEur === null ? null : { amount: lot.estimatedValueEur, currency: "EUR" },
    })),
    sustainability: plan.sustainability.map((tag) => ({ list: tag.list, code: tag.code })),
    attachments: plan.attachments.map((attachment) => ({
      id: attachment.id,
      url: publicAttachmentUrl(publicUrl, plan.id, attachment.id),
      name: attachment.fileName,
      title: attachment.title,
      description: attachment.description,
      language: attachment.language,
      mediaType: attachment.mediaType,
      size: attachment.sizeBytes,
      sha256: attachment.sha256,
      publishedAt: attachment.createdAt.toISOString(),
    })),
    interestedCompanies: plan.interestedCompanies,
    employmentCondition: plan.employmentCondition,
    contact: plan.contact,
    confidence: plan.confidence,
    status: plan.status,
    hilmaNotice: plan.hilmaNotice,
    cancelReason: plan.cancelReason,
    publishedAt: plan.publishedAt?.toISOString() ?? null,
    updatedAt: plan.updatedAt.toISOString(),
  };
}
