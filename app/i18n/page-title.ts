import { getI18n } from "./i18n.ts";
import { defaultLocale, isLocale } from "./locales.ts";

/** `<title>` content for a page: "Page – Hankintasilta" in the route's language. */
export function pageTitle(lang: string | undefined, key: string): string {
  const t = getI18n(isLocale(lang) ? lang : defaultLocale).t;
  return `${t(key)}${t("meta.titleSeparator")}${t("meta.siteName")}`;
}
