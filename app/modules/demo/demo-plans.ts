import type { z } from "zod";
import type { planInputSchema } from "../plans/schemas.ts";
import type { DemoRegionOrganisation } from "./demo-organisations.ts";
import type { PlanTemplate } from "./demo-plan-template.ts";
import { goodsTemplates } from "./demo-templates-goods.ts";
import { serviceTemplates } from "./demo-templates-services.ts";
import { worksTemplates } from "./demo-templates-works.ts";

export const demoPlanTemplates: PlanTemplate[] = [...serviceTemplates, ...goodsTemplates, ...worksTemplates];

export type DemoPlanStatus =
  | "idea"
  | "need-identification"
  | "market-research"
  | "market-dialogue"
  | "tender-preparation"
  | "tender-published"
  | "contract-awarded"
  | "cancelled";

/** Where the plan stands, set after creation as transitions would (notice id, contract end, reason). */
export type DemoLifecycle = {
  status: DemoPlanStatus;
  hilmaNotice?: string;
  contractEnd?: string;
  cancelReason?: string;
};

export type DemoPlan = {
  organisationKey: string;
  input: z.input<typeof planInputSchema>;
  lifecycle: DemoLifecycle;
};

/** A small seeded pseudo-random generator (mulberry32): the same seed always gives the same plans. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  };
  const weighted = <T>(entries: readonly (readonly [T, number])[]): T => {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = next() * total;
    for (const [value, weight] of entries) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return entries[entries.length - 1]?.[0] as T;
  };
  return { next, int, pick, weighted, chance: (p: number) => next() < p };
}
export type Random = ReturnType<typeof createRandom>;

const statusWeights: [DemoPlanStatus, number][] = [
  ["idea", 12],
  ["need-identification", 14],
  ["market-research", 14],
  ["market-dialogue", 10],
  ["tender-preparation", 16],
  ["tender-published", 12],
  ["contract-awarded", 16],
  ["cancelled", 6],
];

const cancelReasons = [
  "Tarve poistui palveluverkkopäätöksen myötä.",
  "Hankinta yhdistetään seudulliseen yhteishankintaan.",
  "Määrärahaa ei myönnetty talousarviossa.",
  "Markkinavuoropuhelun perusteella palvelu tuotetaan omana toimintana.",
];

const pad = (n: number) => String(n).padStart(2, "0");
const isoDay = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;

function timing(random: Random, status: DemoPlanStatus): { year: number; month: number } {
  switch (status) {
    case "contract-awarded":
      return { year: 2026, month: random.int(1, 6) };
    case "tender-published":
      return { year: 2026, month: random.int(7, 12) };
    case "tender-preparation":
      return random.chance(0.6) ? { year: 2026, month: 12 } : { year: 2027, month: random.int(1, 6) };
    case "idea":
    case "need-identification":
      return { year: random.pick([2027, 2028, 2028]), month: random.int(1, 12) };
    default:
      return { year: random.pick([2027, 2027, 2028]), month: random.int(1, 12) };
  }
}

function roundValue(value: number) {
  const step = value >= 1_000_000 ? 50_000 : value >= 100_000 ? 10_000 : 1_000;
  return Math.round(value / step) * step;
}

/** Text in the languages the organisation writes in: Swedish for bilingual ones, English sometimes. */
function texts(
  fi: string,
  sv: string | undefined,
  en: string | undefined,
  { sv: withSv, en: withEn }: { sv: boolean; en: boolean },
) {
  return { fi, ...(withSv && sv ? { sv } : {}), ...(withEn && en ? { en } : {}) };
}

/** One plan of one organisation from a template, varied by the random generator. */
export function generatePlan(
  random: Random,
  organisation: DemoRegionOrganisation,
  template: PlanTemplate,
  participantIds: string[],
): DemoPlan {
  const status = random.weighted(statusWeights);
  const { year, month } = timing(random, status);
  const area = random.pick(organisation.districts);
  const duration = template.durationMonths;
  const startYear = month + 4 > 12 ? year + 1 : year;
  const startMonth = ((month + 3) % 12) + 1;
  const period = ` ${startYear}–${startYear + Math.max(1, Math.round(duration / 12))}`;
  const fill = (title: string, place: string) =>
    title.includes("{area}") ? title.replace("{area}", place) : `${title}${period}`;
  const language = { sv: organisation.bilingual, en: random.chance(organisation.englishShare) };
  const needLanguage = {
    sv: organisation.bilingual && (organisation.key === "porvoo" || random.chance(0.6)),
    en: language.en,
  };
  const early = status === "idea" || status === "need-identification";
  const value = roundValue(template.value[0] + random.next() * (template.value[1] - template.value[0]));
  const divided = template.lots !== undefined && random.chance(0.5);
  const lots = divided
    ? (template.lots ?? []).map((lot, index, all) => ({
        title: texts(lot.fi, lot.sv, lot.en, language),
        ...(lot.cpv ? { mainCpv: lot.cpv } : {}),
        estimatedValueEur: roundValue(value / all.length + (index === 0 ? value * 0.05 : 0)),
      }))
    : [];
  const dialogue = status === "market-dialogue" || (!early && status !== "cancelled" && random.chance(0.15));
  const dialogueStartMonth = status === "market-dialogue" ? random.pick([10, 11, 12]) : random.int(1, 9);
  const dialogueYear = status === "market-dialogue" ? 2026 : Math.min(year, 2027);
  const visibility = early
    ? random.weighted([
        ["draft", 3],
        ["internal", 2],
        ["public", 5],
      ] as const)
    : status === "cancelled" || status === "tender-published" || status === "contract-awarded"
      ? "public"
      : random.weighted([
          ["internal", 1],
          ["public", 6],
        ] as const);
  const contact = random.chance(0.85) ? random.pick(organisation.contacts) : undefined;
  const goal = random.chance(0.6) ? random.pick(organisation.strategyGoals) : undefined;
  const byMonth = random.chance(0.5);
  const input: DemoPlan["input"] = {
    title: texts(
      fill(template.title.fi, area.fi),
      fill(template.title.sv, area.sv),
      fill(template.title.en, area.fi),
      language,
    ),
    need: texts(template.need.fi, template.need.sv, template.need.en, needLanguage),
    strategyGoal: goal ? texts(goal.fi, goal.sv, undefined, language) : undefined,
    mainCpv: template.mainCpv,
    additionalCpv: template.additionalCpv ?? [],
    participants: participantIds,
    estimatedValueEur: status === "idea" && random.chance(0.3) ? undefined : value,
    valueCategory: template.valueCategory,
    ...(dialogue
      ? {
          dialogueStart: isoDay(dialogueYear, dialogueStartMonth, random.int(1, 14)),
          dialogueEnd: isoDay(dialogueYear, dialogueStartMonth, random.int(20, 28)),
        }
      : {}),
    tenderYear: year,
    ...(byMonth ? { tenderMonth: month } : { tenderQuarter: Math.ceil(month / 3) }),
    contractStart: early ? undefined : isoDay(startYear, startMonth, 1),
    contractDurationMonths: duration,
    optionMonths: template.optionMonths,
    procedure: status === "idea" && random.chance(0.5) ? "not-decided" : random.pick(template.procedures),
    isDividedIntoLots: divided,
    lots,
    noLotsReason: divided
      ? undefined
      : texts(template.noLotsReason.fi, template.noLotsReason.sv, undefined, language),
    sustainability: template.sustainability,
    employmentCondition: template.employmentCondition ?? false,
    contactName: contact?.name,
    contactEmail: contact?.email,
    contactPhone: contact?.phone,
    confidence:
      status === "idea"
        ? "tentative"
        : early || status === "market-research"
          ? random.pick(["likely", "tentative"] as const)
          : "firm",
    visibility,
  };
  const notice = `${year}-${String(random.int(100000, 999999))}`;
  const lifecycle: DemoLifecycle =
    status === "tender-published"
      ? { status, hilmaNotice: notice }
      : status === "contract-awarded"
        ? {
            status,
            hilmaNotice: notice,
            contractEnd: isoDay(random.int(2027, 2032), random.int(1, 12), random.pick([1, 15, 28])),
          }
        : status === "cancelled"
          ? { status, cancelReason: random.pick(cancelReasons) }
          : { status };
  return { organisationKey: organisation.key, input, lifecycle };
}

function shuffle<T>(random: Random, items: readonly T[]): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i -= 1) {
    const j = random.int(0, i);
    [result[i], result[j]] = [result[j] as T, result[i] as T];
  }
  return result;
}

/**
 * The demo region's plans: each organisation gets its `planCount` plans, templates taken in turn from a
 * random start so every organisation covers many CPV areas. Deterministic for a seed. Joint-unit plans
 * name two to five municipalities as participants (`idOf` turns keys into organisation ids).
 */
export function generateDemoPlans({
  profiles,
  idOf,
  seed = 20260301,
}: {
  profiles: DemoRegionOrganisation[];
  idOf: (key: string) => string;
  seed?: number;
}): DemoPlan[] {
  const random = createRandom(seed);
  const municipalities = profiles.filter((p) => p.kind === "municipality").map((p) => p.key);
  const plans: DemoPlan[] = [];
  for (const organisation of profiles) {
    const templates = demoPlanTemplates.filter((t) => !t.onlyFor || t.onlyFor.includes(organisation.key));
    const offset = random.int(0, templates.length - 1);
    const titles = new Set<string>();
    for (let index = 0; index < organisation.planCount; index += 1) {
      const template = templates[(offset + index) % templates.length];
      if (!template) continue;
      const participants =
        organisation.kind === "joint-procurement-unit"
          ? shuffle(random, municipalities).slice(0, random.int(2, 5)).map(idOf)
          : [];
      // A buyer would not plan the same thing twice: vary the district or period until the title is new.
      let plan = generatePlan(random, organisation, template, participants);
      for (let attempt = 0; attempt < 8 && titles.has(plan.input.title.fi ?? ""); attempt += 1) {
        plan = generatePlan(random, organisation, template, participants);
      }
      titles.add(plan.input.title.fi ?? "");
      plans.push(plan);
    }
  }
  return plans;
}
