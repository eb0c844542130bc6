import { z } from "zod";
import { findTextProblem, normalizeText, type TextKind } from "./clean-text.ts";

// The text fields of every form and API body are built from these, so every one is normalised and
// checked the same way (ADR 027). Messages are catalogue keys, shown on the field.

function cleanText(kind: TextKind) {
  return z.string().transform((value, ctx) => {
    const text = normalizeText(value, kind);
    const problem = findTextProblem(text, kind);
    if (problem) {
      ctx.addIssue({ code: "custom", message: problem });
      return z.NEVER;
    }
    return text;
  });
}

/**
 * Required one-line text (a title, a name, a subject) of 1–`max` characters: NFC, trimmed, no line
 * breaks, control characters, bidi overrides, noncharacters or lone surrogates.
 * @example z.object({ name: singleLineText(120) })
 */
export function singleLineText(max: number, least: Least = {}) {
  return cleanText("single-line").pipe(bounded(max, least));
}

/** Required long text: as singleLineText, but tabs and line breaks (stored as \n) are kept. */
export function multiLineText(max: number, least: Least = {}) {
  return cleanText("multi-line").pipe(bounded(max, least));
}

/** The shortest text accepted (1 by default) and the catalogue key shown when it is shorter. */
type Least = { min?: number; message?: string };

function bounded(max: number, { min = 1, message = "validation.required" }: Least) {
  return z.string().min(min, message).max(max, "validation.tooLong");
}

/** Optional one-line text: empty (or only white space) becomes undefined. */
export function optionalSingleLineText(max: number) {
  return optional(cleanText("single-line"), max);
}

/** Optional long text: empty (or only white space) becomes undefined. */
export function optionalMultiLineText(max: number) {
  return optional(cleanText("multi-line"), max);
}

function optional(clean: ReturnType<typeof cleanText>, max: number) {
  return clean
    .pipe(z.string().max(max, "validation.tooLong"))
    .optional()
    .transform((value) => (value ? value : undefined));
}
