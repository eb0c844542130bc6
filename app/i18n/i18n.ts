import i18next, { type i18n } from "i18next";
import { en } from "./catalogues/en.ts";
import { fi } from "./catalogues/fi.ts";
import { sv } from "./catalogues/sv.ts";
import type { Locale } from "./locales.ts";

export const catalogues = { fi, sv, en } as const;

const instances = new Map<Locale, i18n>();

/** One synchronously initialised i18next instance per locale, shared by server and browser renders. */
export function getI18n(locale: Locale): i18n {
  let instance = instances.get(locale);
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({
      lng: locale,
      fallbackLng: false,
      resources: { [locale]: { translation: catalogues[locale] } },
      interpolation: { escapeValue: false },
      initAsync: false,
      returnNull: false,
    });
    instances.set(locale, instance);
  }
  return instance;
}
