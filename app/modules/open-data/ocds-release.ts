import { addMonths, differenceInCalendarDays, format, parseISO, subDays } from "date-fns";
import type { PublicDialogue } from "../dialogue/index.server.ts";
import type { PlanText, PublicOrganisation } from "../plans/index.server.ts";
import { dialogueDocuments, dialogueEnquiries, dialogueMilestones } from "./ocds-dialogue.ts";
import { isoSeconds, type TextLanguage, translatedFields } from "./ocds-release-fields.ts";
import { publicAttachmentUrl } from "./plan-json.ts";
import type { PublicPlan } from "./public-plan-queries.server.ts";

// OCDS 1.1 planning releases from public plans. Every field is chosen here explicitly; nothing from the
// plan row passes through unnamed. The extensions used are listed in `ocdsExtensions`.

export const ocdsExtensions = [
  "https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/master/extension.json",
  "https://raw.githubusercontent.com/open-contracting-extensions/ocds_sustainability_extension/master/extension.json",
  "https://raw.githubusercontent.com/open-contracting-extensions/ocds_communication_extension/master/extension.json",
  "https://raw.githubusercontent.com/open-contracting-extensions/ocds_enquiry_extension/master/extension.json",
];

/** The org-id.guide scheme of Finnish business IDs (Y-tunnus), registered by the Patent and Registration Office. */
export const businessIdScheme = "FI-PRO";

export type OcdsRelease = Record<string, unknown> & { ocid: string; id: string; date: string };

export function planOcid(prefix: string, planId: string): string {
  return `${prefix}-${planId}`;
}

/** The plan id inside an ocid with our prefix, or null for anyone else's ocid. */
export function planIdFromOcid(prefix: string, ocid: string): string | null {
  if (!ocid.startsWith(`${prefix}-`)) return null;
  const id = ocid.slice(prefix.length + 1);
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id) ? id.toLowerCase() : null;
}

/**
 * The release's language: the one its title is written in, Finnish first. A plan of a Swedish-speaking
 * authority written in Swedish only (issue 12 point 3) is a Swedish release, so its main fields are
 * Swedish and say so.
 */
export function releaseLanguage(title: PlanText): TextLanguage {
  return title.fi ? "fi" : title.sv ? "sv" : title.en ? "en" : "fi";
}

const tenderStatuses: Record<string, string> = {
  cancelled: "cancelled",
  "tender-published": "active",
  "contract-awarded": "complete",
};

const procurementMethods: Record<string, string> = {
  open: "open",
  restricted: "selective",
  negotiated: "selective",
  "competitive-dialogue": "selective",
  "innovation-partnership": "selective",
};

const categories: Record<string, string> = {
  works: "works",
  "works-concession": "works",
  "goods-services": "goods",
};

/** eForms sustainability codes → the Sustainability extension's goals. */
const sustainabilityGoals: Record<string, string> = {
  "strategic-procurement/env-imp": "environmental",
  "strategic-procurement/soc-obj": "social",
  "strategic-procurement/inn-pur": "economic.innovativePurchase",
  "environmental-impact/biodiv-eco": "environmental.biodiversityEcosystems",
  "environmental-impact/circ-econ": "environmental.circularEconomy",
  "environmental-impact/clim-adapt": "environmental.climateChangeAdaptation",
  "environmental-impact/clim-mitig": "environmental.climateChangeMitigation",
  "environmental-impact/pollu-prev": "environmental.pollutionPrevention",
  "environmental-impact/water-mar": "environmental.waterMarineResources",
  "environmental-impact/other": "environmental",
  "gpp-criteria/eu": "environmental",
  "gpp-criteria/national": "environmental",
  "gpp-criteria/other": "environmental",
  "social-objective/acc-all": "social.accessibility",
  "social-objective/et-eq": "social.ethnicEquality",
  "social-objective/gen-eq": "social.genderEquality",
  "social-objective/hum-right": "social.humanRightsDueDiligence",
  "social-objective/opp": "social.employmentOpportunities",
  "social-objective/work-cond": "social.fairWorkingConditions",
  "social-objective/other": "social",
  "accessibility/inc": "social.accessibility",
};

/** The organisation's names as language variants: the registered name as Finnish. */
const namesOf = (organisation: PublicOrganisation): PlanText => ({
  fi: organisation.name,
  ...(organisation.nameSv ? { sv: organisation.nameSv } : {}),
  ...(organisation.nameEn ? { en: organisation.nameEn } : {}),
});

/**
 * A party: its name in the release's language (the registered name where that is not known) with the
 * other names as variants (name_sv, name_en), and the registered name as the legal name.
 */
function party(organisation: PublicOrganisation, roles: string[], language: TextLanguage) {
  return {
    id: organisation.id,
    ...translatedFields("name", namesOf(organisation), language),
    name: namesOf(organisation)[language] ?? organisation.name,
    ...(organisation.yTunnus
      ? { identifier: { scheme: businessIdScheme, id: organisation.yTunnus, legalName: organisation.name } }
      : {}),
    roles,
  };
}

/** First day of the planned tender month or quarter, and the last day of it. */
export function plannedTenderPeriod(plan: Pick<PublicPlan, "tenderYear" | "tenderQuarter" | "tenderMonth">) {
  if (!plan.tenderYear) return null;
  const firstMonth = plan.tenderMonth ?? (plan.tenderQuarter ? (plan.tenderQuarter - 1) * 3 + 1 : 1);
  const months = plan.tenderMonth ? 1 : plan.tenderQuarter ? 3 : 12;
  const start = new Date(Date.UTC(plan.tenderYear, firstMonth - 1, 1));
  const end = new Date(Date.UTC(plan.tenderYear, firstMonth - 1 + months, 0, 23, 59, 59));
  return { startDate: isoSeconds(start), endDate: isoSeconds(end) };
}

function dateAt(value: string): string {
  return `${value}T00:00:00Z`;
}

/**
 * The contract period from its first day and length in months: it ends the day before the same day
 * `months` later, and where that month is shorter the day before its last day (date-fns month
 * arithmetic: 2027-01-31 plus one month is 2027-02-28, never 2027-03-03). Calendar dates only, so the
 * result does not depend on the server's time zone.
 */
export function contractPeriod(
  plan: Pick<PublicPlan, "contractStart" | "contractDurationMonths">,
): { startDate?: string; endDate?: string; durationInDays?: number } | null {
  if (!plan.contractStart) {
    return plan.contractDurationMonths
      ? { durationInDays: Math.round(plan.contractDurationMonths * 30.44) }
      : null;
  }
  const startDate = dateAt(plan.contractStart);
  if (!plan.contractDurationMonths) return { startDate };
  const start = parseISO(plan.contractStart);
  const end = subDays(addMonths(start, plan.contractDurationMonths), 1);
  return {
    startDate,
    endDate: dateAt(format(end, "yyyy-MM-dd")),
    durationInDays: differenceInCalendarDays(end, start) + 1,
  };
}

const eur = (amount: number | null) => (amount === null ? undefined : { amount, currency: "EUR" });

function items(plan: PublicPlan, language: TextLanguage) {
  const classification = { scheme: "CPV", id: plan.mainCpv };
  const additionalClassifications = plan.additionalCpv.map((id) => ({ scheme: "CPV", id }));
  const base = {
    classification,
    ...(additionalClassifications.length > 0 ? { additionalClassifications } : {}),
  };
  if (plan.lots.length === 0)
    return [{ id: "1", ...translatedFields("description", plan.title, language), ...base }];
  return plan.lots.map((lot) => ({
    id: String(lot.number),
    ...translatedFields("description", lot.title, language),
    ...base,
    relatedLot: String(lot.number),
  }));
}

function sustainability(plan: PublicPlan) {
  const goals = new Set<string>();
  for (const tag of plan.sustainability) {
    const goal = sustainabilityGoals[`${tag.list}/${tag.code}`];
    if (goal) goals.add(goal);
  }
  const entries: { goal: string; strategies?: string[] }[] = [...goals].sort().map((goal) => ({ goal }));
  if (plan.employmentCondition) {
    entries.push({ goal: "social.employmentOpportunities", strategies: ["contractPerformanceConditions"] });
  }
  return entries;
}

/**
 * The plan's attachments as planning documents. Their kind (market study, needs assessment…) is not
 * asked for when uploading, so `documentType` is left out rather than guessed.
 */
function attachmentDocuments(plan: PublicPlan, publicUrl: string) {
  return plan.attachments.map((attachment) => ({
    id: attachment.id,
    title: attachment.title ?? attachment.fileName,
    ...(attachment.description ? { description: attachment.description } : {}),
    url: publicAttachmentUrl(publicUrl, plan.id, attachment.id),
    datePublished: isoSeconds(attachment.createdAt),
    format: attachment.mediaType,
    language: attachment.language,
  }));
}

/**
 * When the plan as OCDS releases it last changed: its own last edit or the last public step of its
 * market dialogue (an answer, a summary, an event), whichever is later. The release of now is named and
 * dated by it, so a harvester sees a new release when either changes.
 */
export function releasedAt(plan: Pick<PublicPlan, "updatedAt" | "dialogueChangedAt">): Date {
  const dialogue = plan.dialogueChangedAt;
  return dialogue && dialogue > plan.updatedAt ? dialogue : plan.updatedAt;
}

/** The planning release of one public plan, as it stands now; `publicUrl` makes the document links. */
export function planToRelease(
  plan: PublicPlan,
  ocidPrefix: string,
  publicUrl: string,
  dialogue: PublicDialogue = { questions: [], milestones: [], summaries: [] },
): OcdsRelease {
  const ocid = planOcid(ocidPrefix, plan.id);
  const lead = plan.organisation;
  const period = plannedTenderPeriod(plan);
  const contract = contractPeriod(plan);
  const goals = sustainability(plan);
  const method = procurementMethods[plan.procedure];
  const category = categories[plan.valueCategory];
  const language = releaseLanguage(plan.title);
  const milestones = [
    ...(plan.dialogueEnd
      ? [
          {
            id: "market-dialogue",
            code: "marketDialogue",
            type: "preProcurement",
            dueDate: dateAt(plan.dialogueEnd),
            status: "scheduled",
          },
        ]
      : []),
    ...dialogueMilestones(dialogue, language),
  ];
  const documents = [
    ...attachmentDocuments(plan, publicUrl),
    ...dialogueDocuments(dialogue, language, publicUrl),
  ];
  return {
    ocid,
    id: `${ocid}-${releasedAt(plan).getTime()}`,
    date: releasedAt(plan).toISOString(),
    tag: ["planning"],
    initiationType: "tender",
    language,
    parties: [
      {
        ...party(lead, ["buyer", "procuringEntity"], language),
        ...(plan.contact.name || plan.contact.email || plan.contact.phone
          ? {
              contactPoint: {
                ...(plan.contact.name ? { name: plan.contact.name } : {}),
                ...(plan.contact.email ? { email: plan.contact.email } : {}),
                ...(plan.contact.phone ? { telephone: plan.contact.phone } : {}),
              },
            }
          : {}),
      },
      ...plan.participants.map((organisation) => party(organisation, ["buyer"], language)),
    ],
    buyer: { id: lead.id, name: namesOf(lead)[language] ?? lead.name },
    planning: {
      ...translatedFields("rationale", plan.strategyGoal ?? plan.need, language),
      ...(plan.estimatedValueEur !== null ? { budget: { amount: eur(plan.estimatedValueEur) } } : {}),
      ...(milestones.length > 0 ? { milestones } : {}),
      ...(documents.length > 0 ? { documents } : {}),
    },
    tender: {
      id: plan.id,
      ...translatedFields("title", plan.title, language),
      ...translatedFields("description", plan.need, language),
      status: tenderStatuses[plan.status] ?? "planned",
      procuringEntity: { id: lead.id, name: lead.name },
      items: items(plan, language),
      ...(plan.estimatedValueEur !== null ? { value: eur(plan.estimatedValueEur) } : {}),
      ...(method ? { procurementMethod: method } : {}),
      procurementMethodDetails: plan.procedure,
      ...(category ? { mainProcurementCategory: category } : {}),
      ...(period ? { tenderPeriod: period, communication: { futureNoticeDate: period.startDate } } : {}),
      ...(contract ? { contractPeriod: contract } : {}),
      ...(plan.lots.length > 0
        ? {
            lots: plan.lots.map((lot) => ({
              id: String(lot.number),
              ...translatedFields("title", lot.title, language),
              status: "planned",
              ...(lot.estimatedValueEur !== null ? { value: eur(lot.estimatedValueEur) } : {}),
            })),
          }
        : {}),
      ...(goals.length > 0 ? { hasSustainability: true, sustainability: goals } : {}),
      // Market dialogue's published questions and answers (the Enquiries extension), never who asked.
      ...dialogueEnquiries(dialogue),
    },
  };
}
