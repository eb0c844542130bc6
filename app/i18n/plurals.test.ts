import { describe, expect, it } from "vitest";
import { catalogues, getI18n } from "./i18n.ts";
import { locales } from "./locales.ts";

function entries(value: unknown, prefix = ""): [string, string][] {
  if (typeof value === "string") return [[prefix, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) =>
    entries(child, prefix ? `${prefix}.${key}` : key),
  );
}

// A count that stands as a figure after a label ("Kaikki (3)", "Kiinnostuneita yrityksiä: 3.", "2/10",
// "enintään 10)") reads right for every number; a count that meets a noun ("1 viestiä") needs forms.
const countAsFigure =
  /\(\{\{count\}\}\)|: \{\{count\}\}|\{\{count\}\}\/|\{\{count\}\}\)|Högst \{\{count\}\}\.|Enintään \{\{count\}\}\.|At most \{\{count\}\}\./;

describe("plural forms", () => {
  it.each(locales)("%s: every count that meets a noun has its one and other forms", (locale) => {
    const single = entries(catalogues[locale]).filter(
      ([key, value]) =>
        value.includes("{{count}}") && !/_(one|other)$/.test(key) && !countAsFigure.test(value),
    );
    expect(single.map(([key]) => key)).toEqual([]);
  });

  const cases: [string, Record<string, unknown>, Record<string, [string, string]>][] = [
    [
      "presentations.messageCount",
      {},
      {
        fi: ["1 viesti", "2 viestiä"],
        sv: ["1 meddelande", "2 meddelanden"],
        en: ["1 message", "2 messages"],
      },
    ],
    [
      "presentations.inboxNavNew",
      {},
      { fi: ["1 uusi", "2 uutta"], sv: ["1 ny", "2 nya"], en: ["1 new", "2 new"] },
    ],
    [
      "partners.threadCount",
      {},
      {
        fi: ["1 keskustelu", "2 keskustelua"],
        sv: ["1 samtal", "2 samtal"],
        en: ["1 conversation", "2 conversations"],
      },
    ],
    [
      "forwardPlan.resultCount",
      {},
      {
        fi: ["Löytyi 1 suunnitelma.", "Löytyi 2 suunnitelmaa."],
        sv: ["1 plan hittades.", "2 planer hittades."],
        en: ["1 plan found.", "2 plans found."],
      },
    ],
    [
      "notifications.summary",
      { total: 5 },
      {
        fi: ["1 lukematon, yhteensä 5", "2 lukematonta, yhteensä 5"],
        sv: ["1 oläst, totalt 5", "2 olästa, totalt 5"],
        en: ["1 unread, 5 in all", "2 unread, 5 in all"],
      },
    ],
  ];
  it.each(cases)(
    "%s is rendered with the right form for 1 and 2 in fi, sv and en",
    (key, values, expected) => {
      for (const locale of locales) {
        const t = getI18n(locale).t;
        expect([t(key, { ...values, count: 1 }), t(key, { ...values, count: 2 })], locale).toEqual(
          expected[locale],
        );
      }
    },
  );
});
