import type { ReactNode } from "react";
import type { Locale } from "../i18n/locales.ts";
import { pickTranslation, type TextByLanguage } from "../lib/pick-translation.ts";

/**
 * Organisation-written text in the page language, or in the first language it is written in (marked
 * with its `lang`) when not given in the page language.
 */
export function TranslatedText({
  value,
  locale,
}: {
  value: TextByLanguage | null | undefined;
  locale: Locale;
}) {
  const picked = pickTranslation(value, locale);
  if (!picked) return null;
  if (picked.lang === locale) return <>{picked.text}</>;
  return <span lang={picked.lang}>{picked.text}</span>;
}

/**
 * Text already picked for the page (a plan's title in a list, its need on the plan page) marked with the
 * language it is written in when that is not the page's (WCAG 3.1.2).
 */
export function InLanguage({
  lang,
  locale,
  children,
}: {
  lang: Locale;
  locale: Locale;
  children: ReactNode;
}) {
  return lang === locale ? <>{children}</> : <span lang={lang}>{children}</span>;
}
