import type { PlanText } from "../plans/index.server.ts";

// Field helpers the OCDS release writers share (ocds-release.ts, ocds-dialogue.ts).

export type TextLanguage = "fi" | "sv" | "en";

/**
 * A field in OCDS style: the text in the release's language as the field itself (title), the other
 * languages as variants (title_sv, title_en, title_fi). A text missing in the release's language has
 * only its variants.
 */
export function translatedFields(
  name: string,
  text: PlanText | null,
  language: TextLanguage,
): Record<string, string> {
  if (!text) return {};
  const fields: Record<string, string> = {};
  const main = text[language];
  if (main) fields[name] = main;
  for (const variant of ["fi", "sv", "en"] as const)
    if (variant !== language && text[variant]) fields[`${name}_${variant}`] = text[variant];
  return fields;
}

/** A time as OCDS dates it: UTC, whole seconds. */
export function isoSeconds(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}
