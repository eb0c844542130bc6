import { intlLocales, type Locale, timeZone } from "./locales.ts";

/** Formats a date (and optionally the time) in Helsinki time for the locale, e.g. 28.11.2026. */
export function formatDate(locale: Locale, value: Date, withTime = false): string {
  return new Intl.DateTimeFormat(intlLocales[locale], {
    timeZone,
    dateStyle: withTime ? "medium" : "short",
    ...(withTime ? { timeStyle: "short" as const } : {}),
  }).format(value);
}

export function formatNumber(locale: Locale, value: number): string {
  return new Intl.NumberFormat(intlLocales[locale]).format(value);
}

/** Formats euros without cents for whole amounts, e.g. "60 000 €" in Finnish and "€60,000" in English. */
export function formatMoney(locale: Locale, euros: number): string {
  return new Intl.NumberFormat(intlLocales[locale], {
    style: "currency",
    currency: "EUR",
    maximumFractionDigits: Number.isInteger(euros) ? 0 : 2,
  }).format(euros);
}

/**
 * A file size for the locale in bytes, kilobytes or megabytes (multiples of 1,024, as file managers
 * show them), e.g. "1,2 Mt" in Finnish and "1.2 MB" in English.
 */
export function formatFileSize(locale: Locale, bytes: number): string {
  const [unit, value] =
    bytes < 1024
      ? (["byte", bytes] as const)
      : bytes < 1024 * 1024
        ? (["kilobyte", bytes / 1024] as const)
        : (["megabyte", bytes / (1024 * 1024)] as const);
  return new Intl.NumberFormat(intlLocales[locale], {
    style: "unit",
    unit,
    maximumFractionDigits: unit === "byte" ? 0 : 1,
  }).format(value);
}

/** The calendar day in Finland as YYYY-MM-DD (file names of downloads), whatever the server's own zone. */
export function finnishDay(value: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(value);
}
