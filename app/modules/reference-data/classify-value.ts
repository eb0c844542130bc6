import type { ProcurementThreshold, ThresholdCategory, ValueBand } from "./types.ts";

/**
 * Places an estimated value (euros without VAT) against the thresholds of its category. A value equal
 * to a threshold is at that threshold ("vähintään" in s. 25 of Hankintalaki 1397/2016 and "equal to or
 * greater than" in the directives). Pass the thresholds valid on the relevant date (`findThresholds`);
 * a kind of threshold missing for the category is skipped. Pure, so browser code can use it too.
 * @example classifyValue(60_000, "goods-services", thresholds) // "national"
 */
export function classifyValue(
  value: number,
  category: ThresholdCategory,
  thresholds: readonly ProcurementThreshold[],
): ValueBand {
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`not an estimated value: ${value}`);
  const amountOf = (kind: ProcurementThreshold["kind"]) => {
    const matches = thresholds.filter(
      (threshold) => threshold.kind === kind && threshold.category === category,
    );
    // Thresholds of several dates mixed together would make the answer depend on their order.
    if (matches.length > 1) throw new Error(`more than one ${kind} threshold for ${category}`);
    return matches[0]?.amountEur;
  };
  const eu = amountOf("eu");
  if (eu !== undefined && value >= eu) return "eu";
  const national = amountOf("national");
  if (national !== undefined && value >= national) return "national";
  return "below-national";
}
