/** The stages of a procurement before and around its call for tenders (PRODUCT.md §1). */
export const planStatuses = [
  "idea",
  "need-identification",
  "market-research",
  "market-dialogue",
  "tender-preparation",
  "tender-published",
  "contract-awarded",
  "cancelled",
] as const;
export type PlanStatus = (typeof planStatuses)[number];

/** What a transition needs beyond the new status. */
export type Transition =
  | { to: "idea" | "need-identification" | "market-research" | "market-dialogue" | "tender-preparation" }
  | { to: "tender-published"; hilmaNotice: string }
  | { to: "contract-awarded"; contractEnd: string }
  | { to: "cancelled"; reason: string };

const planningOrder: PlanStatus[] = [
  "idea",
  "need-identification",
  "market-research",
  "market-dialogue",
  "tender-preparation",
];

/**
 * Which statuses a plan can move to. Planning stages can be skipped forwards or revisited (a dialogue
 * may send a plan back to market research); publication comes after any planning stage, an award only
 * after publication, and any unfinished plan can be cancelled. Awarded and cancelled plans are final.
 */
export function allowedTransitions(from: PlanStatus): PlanStatus[] {
  switch (from) {
    case "idea":
    case "need-identification":
    case "market-research":
    case "market-dialogue":
    case "tender-preparation":
      return [...planningOrder.filter((status) => status !== from), "tender-published", "cancelled"];
    case "tender-published":
      return ["contract-awarded", "cancelled"];
    case "contract-awarded":
    case "cancelled":
      return [];
    default:
      return assertNever(from);
  }
}

export function canTransition(from: PlanStatus, to: PlanStatus): boolean {
  return allowedTransitions(from).includes(to);
}

/** Whether a plan is still being prepared (shown in the forward plan as upcoming). */
export function isUpcoming(status: PlanStatus): boolean {
  return planningOrder.includes(status);
}

/** Whether a plan's procurement has ended: the contract was awarded or the procurement cancelled. */
export function isFinishedStatus(status: string): boolean {
  return status === "contract-awarded" || status === "cancelled";
}

/** The quarter of a date (YYYY-MM-DD) as one number, year * 4 + quarter, so quarters compare in order. */
export function quarterSlot(date: string): number {
  return Number(date.slice(0, 4)) * 4 + Math.ceil(Number(date.slice(5, 7)) / 3);
}

/**
 * Whether a plan's planned tender time is behind `today` (YYYY-MM-DD): its planned quarter has ended,
 * or, with only a year planned, the year has. A plan with no planned time has not passed.
 */
export function plannedTimeHasPassed(
  tender: { year: number | null; quarter: number | null },
  today: string,
): boolean {
  if (tender.year === null) return false;
  return tender.year * 4 + (tender.quarter ?? 4) < quarterSlot(today);
}

/**
 * Whether a plan is overdue: still in a planning stage although its planned tender quarter has passed.
 * Its buyer is told to move it on or to change the schedule (issue 12 point 10).
 */
export function isOverdue(
  plan: { status: string; tenderYear: number | null; tenderQuarter: number | null },
  today: string,
): boolean {
  return (
    isPlanStatus(plan.status) &&
    isUpcoming(plan.status) &&
    plannedTimeHasPassed({ year: plan.tenderYear, quarter: plan.tenderQuarter }, today)
  );
}

export function isPlanStatus(value: unknown): value is PlanStatus {
  return typeof value === "string" && (planStatuses as readonly string[]).includes(value);
}

function assertNever(value: never): never {
  throw new Error(`unhandled plan status ${String(value)}`);
}
