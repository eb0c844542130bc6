import type { Locale } from "../i18n/locales.ts";

type Translated = { fi: string; sv?: string; en?: string } | null | undefined;

/** Organisation-written text in the page language, or in Finnish (marked lang="fi") when not given. */
export function TranslatedText({ value, locale }: { value: Translated; locale: Locale }) {
  if (!value) return null;
  const own = value[locale];
  if (own) return <>{own}</>;
  return <span lang="fi">{value.fi}</span>;
}
