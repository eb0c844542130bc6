/** What a watch can be told about a public plan. */
export const watchEvents = [
  "published",
  "dialogue-opened",
  "changed",
  "tender-published",
  "answer-published",
  "dialogue-published",
] as const;
export type WatchEvent = (typeof watchEvents)[number];

/** Changes that matter to a company preparing to tender; wording fixes in contact details do not. */
const materialFields = new Set([
  "title",
  "need",
  "mainCpv",
  "additionalCpv",
  "estimatedValueEur",
  "valueCategory",
  "valueBand",
  "dialogueStart",
  "dialogueEnd",
  "tenderYear",
  "tenderQuarter",
  "tenderMonth",
  "contractStart",
  "contractDurationMonths",
  "optionMonths",
  "procedure",
  "isDividedIntoLots",
  "lots",
  "participants",
  "sustainability",
  "employmentCondition",
]);

type Changes = Record<string, { from: unknown; to: unknown }>;

/**
 * The events a public plan version stands for. The first version (and a plan made public again) is
 * "published"; a move to market dialogue or to a published tender is its own event; any other change of
 * a material field, or a cancellation, is "changed".
 * @example eventsOfVersion({ version: 3, changes: { status: { from: "idea", to: "market-dialogue" } } })
 * // ["dialogue-opened"]
 */
export function eventsOfVersion({ version, changes }: { version: number; changes: Changes }): WatchEvent[] {
  const keys = Object.keys(changes);
  if (version === 1 || keys.length === 0 || changes.visibility?.to === "public") return ["published"];
  const events: WatchEvent[] = [];
  const status = changes.status?.to;
  if (status === "market-dialogue") events.push("dialogue-opened");
  if (status === "tender-published") events.push("tender-published");
  if (status === "cancelled" || keys.some((key) => materialFields.has(key))) events.push("changed");
  return events;
}
