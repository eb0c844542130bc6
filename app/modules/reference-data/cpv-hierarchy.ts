import type { CpvLevel } from "./types.ts";

// CPV 2008 (Regulation (EC) No 213/2008, Annex I): the first two digits are the division, the third the
// group, the fourth the class, the fifth the category and the last three refine the category further.
// A level is "used" when its digit is not zero; in the CPV data no zero digit is followed by a non-zero one
// after the division, so the number of significant digits tells the level.

/** The number of digits that carry meaning (at least 2, the division). */
function significantDigits(code: string): number {
  return Math.max(code.replace(/0+$/, "").length, 2);
}

/**
 * The level of a CPV code from its trailing zeros.
 * @example deriveCpvLevel("90910000") // "class"
 */
export function deriveCpvLevel(code: string): CpvLevel {
  switch (significantDigits(code)) {
    case 2:
      return "division";
    case 3:
      return "group";
    case 4:
      return "class";
    case 5:
      return "category";
    default:
      return "subcategory";
  }
}

/** The division a code belongs to, e.g. "90000000" for "90911200". */
export function deriveCpvDivision(code: string): string {
  return `${code.slice(0, 2)}000000`;
}

/**
 * The possible ancestors of a code, nearest first, down to its division; the data lacks some of them
 * (35 codes in CPV 2008 skip a level, e.g. 35612500 sits directly under 35610000).
 */
export function listCpvAncestorCandidates(code: string): string[] {
  const candidates: string[] = [];
  for (let digits = significantDigits(code) - 1; digits >= 2; digits--) {
    candidates.push(code.slice(0, digits).padEnd(8, "0"));
  }
  return candidates;
}

/** The nearest ancestor for which `exists` is true; null for a division (or if none exists). */
export function findCpvParent(code: string, exists: (candidate: string) => boolean): string | null {
  return listCpvAncestorCandidates(code).find(exists) ?? null;
}

/**
 * Accepts a CPV code as people write it ("90910000", "90910000-9", "9091 0000") and returns its eight
 * digits, or null when it is not a CPV code. The check digit is dropped, not verified.
 */
export function normalizeCpvCode(input: string): string | null {
  const match = /^(\d{8})(?:-\d)?$/.exec(input.replace(/\s+/g, ""));
  return match?.[1] ?? null;
}

const descendantPrefixLength = { division: 2, group: 3, class: 4, category: 5, subcategory: 8 } as const;

/**
 * The digits a code and all its descendants share, for `like 'prefix%'`.
 * @example cpvDescendantPrefix("90900000") // "909"
 */
export function cpvDescendantPrefix(code: string): string {
  return code.slice(0, descendantPrefixLength[deriveCpvLevel(code)]);
}
