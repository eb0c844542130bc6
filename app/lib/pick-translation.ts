import type { Locale } from "../i18n/locales.ts";

/**
 * Text written per language where any one language may be missing: a plan of a Swedish-speaking
 * authority may have no Finnish text (issue 12 point 3).
 */
export type TextByLanguage = { fi?: string; sv?: string; en?: string };

const fallbackOrder = ["fi", "sv", "en"] as const;

/**
 * The text in the reader's language, else the first one given in Finnish, Swedish or English, with the
 * language it is in (so a page can mark it `lang`); null when no language has text.
 * @example pickTranslation({ sv: "Skolmat" }, "fi") // { text: "Skolmat", lang: "sv" }
 */
export function pickTranslation(
  value: TextByLanguage | null | undefined,
  locale: Locale,
): { text: string; lang: Locale } | null {
  if (!value) return null;
  for (const lang of [locale, ...fallbackOrder]) {
    const text = value[lang];
    if (text) return { text, lang };
  }
  return null;
}

/** The text in the reader's language or the first one given ("" when none): for plain-text outputs. */
export function pickText(value: TextByLanguage | null | undefined, locale: Locale): string {
  return pickTranslation(value, locale)?.text ?? "";
}
