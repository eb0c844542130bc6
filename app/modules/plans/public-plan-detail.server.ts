import { and, asc, desc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../db/types.ts";
import type { Locale } from "../../i18n/locales.ts";
import { pickTranslation } from "../../lib/pick-translation.ts";
import type { Viewer } from "../accounts/index.server.ts";
import { organisationNameIn } from "../organisations/index.server.ts";
import { organisationsOrganisation } from "../organisations/shared-tables.ts";
import { refCpvCode, refEformsCode } from "../reference-data/shared-tables.ts";
import { listPublicAttachments } from "./attachment-queries.server.ts";
import { canViewPlan } from "./policy.ts";
import { pickText } from "./public-queries.server.ts";
import { publicVersionsOnly } from "./public-versions.ts";
import {
  type PlanText,
  plansLot,
  plansParticipant,
  plansPlan,
  plansPlanCpv,
  plansSustainability,
  plansVersion,
} from "./tables.ts";

export type PublicPlanDetail = {
  id: string;
  isPublic: boolean;
  title: string;
  need: string;
  strategyGoal: string | null;
  /** The language each text above (and noLotsReason) is written in: the page's, or the first given. */
  languages: { title: Locale; need: Locale; strategyGoal: Locale; noLotsReason: Locale };
  organisation: { id: string; name: string };
  participants: { id: string; name: string }[];
  cpv: { code: string; label: string; isMain: boolean }[];
  estimatedValueEur: number | null;
  valueBand: string | null;
  dialogue: { start: string | null; end: string | null };
  tender: { year: number | null; quarter: number | null; month: number | null };
  contractStart: string | null;
  contractDurationMonths: number | null;
  optionMonths: number | null;
  contractEnd: string | null;
  procedure: string;
  lots: {
    number: number;
    title: string;
    titleLang: Locale;
    /** The lot's description in the reader's language (or the first given); null when none. */
    description: { text: string; lang: Locale } | null;
    mainCpv: string | null;
    estimatedValueEur: number | null;
  }[];
  isDividedIntoLots: boolean;
  noLotsReason: string | null;
  sustainability: { list: string; code: string; label: string }[];
  employmentCondition: boolean;
  contact: { name: string | null; email: string | null; phone: string | null };
  confidence: string;
  status: string;
  hilmaNotice: string | null;
  updatedAt: string;
  versions: { version: number; createdAt: string; reason: string | null; changedFields: string[] }[];
  /** Public plans' attachments only: their downloads exist only while the plan is public. */
  attachments: {
    id: string;
    fileName: string;
    mediaType: string;
    sizeBytes: number;
    title: string | null;
    description: string | null;
    language: string;
    createdAt: string;
  }[];
};

/**
 * Everything public about one plan in the page language (Finnish where a text is missing); null when the
 * plan does not exist or the viewer may not see it (drafts and internal plans: canViewPlan).
 */
export async function getPublicPlanDetail({
  db,
  locale,
  viewer,
  planId,
}: {
  db: DbOrTx;
  locale: Locale;
  viewer: Viewer | null;
  planId: string;
}): Promise<PublicPlanDetail | null> {
  if (!/^[0-9a-f-]{36}$/i.test(planId)) return null;
  const [row] = await db
    .select({ plan: plansPlan, organisationName: organisationNameIn(locale) })
    .from(plansPlan)
    .innerJoin(organisationsOrganisation, eq(organisationsOrganisation.id, plansPlan.organisationId))
    .where(eq(plansPlan.id, planId));
  if (!row || !canViewPlan(viewer, row.plan)) return null;
  const plan = row.plan;
  const label = (codes: { labelFi: string; labelSv: string; labelEn: string }) =>
    ({ fi: codes.labelFi, sv: codes.labelSv, en: codes.labelEn })[locale];
  const cpv = await db
    .select({ code: plansPlanCpv.cpvCode, isMain: plansPlanCpv.isMain, ref: refCpvCode })
    .from(plansPlanCpv)
    .innerJoin(refCpvCode, eq(refCpvCode.code, plansPlanCpv.cpvCode))
    .where(eq(plansPlanCpv.planId, planId))
    .orderBy(desc(plansPlanCpv.isMain), asc(plansPlanCpv.cpvCode));
  const participants = await db
    .select({ id: organisationsOrganisation.id, name: organisationNameIn(locale) })
    .from(plansParticipant)
    .innerJoin(organisationsOrganisation, eq(organisationsOrganisation.id, plansParticipant.organisationId))
    .where(eq(plansParticipant.planId, planId))
    .orderBy(asc(organisationNameIn(locale)));
  const lots = await db
    .select()
    .from(plansLot)
    .where(eq(plansLot.planId, planId))
    .orderBy(asc(plansLot.number));
  const tags = await db
    .select({ list: plansSustainability.list, code: plansSustainability.code, ref: refEformsCode })
    .from(plansSustainability)
    .leftJoin(
      refEformsCode,
      and(
        eq(refEformsCode.listName, plansSustainability.list),
        eq(refEformsCode.code, plansSustainability.code),
      ),
    )
    .where(eq(plansSustainability.planId, planId))
    .orderBy(asc(plansSustainability.list), asc(plansSustainability.code));
  const versions = await db
    .select()
    .from(plansVersion)
    // Only versions written while the plan was public: the one that pulled it back (and its reason) is
    // the organisation's own, as in the OCDS record.
    .where(and(eq(plansVersion.planId, planId), publicVersionsOnly()))
    .orderBy(desc(plansVersion.version));
  const attachments = await listPublicAttachments(db, [planId]);
  return {
    id: plan.id,
    isPublic: plan.visibility === "public" && plan.archivedAt === null,
    title: pickText(plan.title, locale),
    need: pickText(plan.need, locale),
    strategyGoal: plan.strategyGoal ? pickText(plan.strategyGoal, locale) : null,
    languages: {
      title: languageOf(plan.title, locale),
      need: languageOf(plan.need, locale),
      strategyGoal: languageOf(plan.strategyGoal, locale),
      noLotsReason: languageOf(plan.noLotsReason, locale),
    },
    organisation: { id: plan.organisationId, name: row.organisationName },
    participants,
    cpv: cpv.map((item) => ({ code: item.code, label: label(item.ref), isMain: item.isMain })),
    estimatedValueEur: plan.estimatedValueEur,
    valueBand: plan.valueBand,
    dialogue: { start: plan.dialogueStart, end: plan.dialogueEnd },
    tender: { year: plan.tenderYear, quarter: plan.tenderQuarter, month: plan.tenderMonth },
    contractStart: plan.contractStart,
    contractDurationMonths: plan.contractDurationMonths,
    optionMonths: plan.optionMonths,
    contractEnd: plan.contractEnd,
    procedure: plan.procedure,
    lots: lots.map((lot) => ({
      number: lot.number,
      title: pickText(lot.title, locale),
      titleLang: languageOf(lot.title, locale),
      description: pickTranslation(lot.description, locale),
      mainCpv: lot.mainCpv,
      estimatedValueEur: lot.estimatedValueEur,
    })),
    isDividedIntoLots: plan.isDividedIntoLots,
    noLotsReason: plan.noLotsReason ? pickText(plan.noLotsReason, locale) : null,
    sustainability: tags.map((tag) => ({
      list: tag.list,
      code: tag.code,
      label: tag.ref ? label(tag.ref) : tag.code,
    })),
    employmentCondition: plan.employmentCondition,
    contact: { name: plan.contactName, email: plan.contactEmail, phone: plan.contactPhone },
    confidence: plan.confidence,
    status: plan.status,
    hilmaNotice: plan.hilmaNotice,
    updatedAt: plan.updatedAt.toISOString(),
    versions: versions.map((version) => ({
      version: version.version,
      createdAt: version.createdAt.toISOString(),
      reason: version.reason,
      changedFields: Object.keys(version.changes).sort(),
    })),
    attachments: attachments.map(({ planId: _plan, sha256: _sha, createdAt, ...attachment }) => ({
      ...attachment,
      createdAt: createdAt.toISOString(),
    })),
  };
}

/** The language a text is shown in on a page in `locale`: the page's own, or the first one given. */
function languageOf(value: PlanText | null, locale: Locale): Locale {
  return pickTranslation(value, locale)?.lang ?? locale;
}
