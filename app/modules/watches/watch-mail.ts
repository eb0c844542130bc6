import type { Locale } from "../../i18n/locales.ts";
import { pickText } from "../../lib/pick-translation.ts";
import type { PublicHeadline } from "../plans/index.server.ts";
import type { WatchEvent } from "./events.ts";

/** What one notification e-mail (or one digest line) says about a plan. */
export type PlanNotice = {
  planId: string;
  event: WatchEvent;
  watchName: string;
  title: PublicHeadline["title"];
  need: PublicHeadline["need"];
  /** Per language: the mail names "Esbo stad" to a Swedish reader (issue 12 point 19). */
  organisationName: PublicHeadline["organisationName"];
  tenderYear: number | null;
  tenderQuarter: number | null;
};

const eventLabel: Record<Locale, Record<WatchEvent, string>> = {
  fi: {
    published: "Uusi hankintasuunnitelma",
    "dialogue-opened": "Markkinavuoropuhelu avattu",
    changed: "Hankintasuunnitelma muuttui",
    "tender-published": "Tarjouspyyntö julkaistu",
    "answer-published": "Vastaus julkaistu markkinavuoropuhelussa",
    "dialogue-published": "Markkinavuoropuhelun aineistoa julkaistu",
  },
  sv: {
    published: "Ny upphandlingsplan",
    "dialogue-opened": "Marknadsdialog öppnad",
    changed: "Upphandlingsplanen har ändrats",
    "tender-published": "Anbudsförfrågan publicerad",
    "answer-published": "Svar publicerat i marknadsdialogen",
    "dialogue-published": "Material från marknadsdialogen publicerat",
  },
  en: {
    published: "New procurement plan",
    "dialogue-opened": "Market dialogue opened",
    changed: "Procurement plan changed",
    "tender-published": "Call for tenders published",
    "answer-published": "Answer published in the market dialogue",
    "dialogue-published": "Market dialogue material published",
  },
};

const words: Record<
  Locale,
  { watch: string; tender: string; digest: string; digestIntro: string; open: string; more: string }
> = {
  fi: {
    watch: "Hakuvahti",
    tender: "Kilpailutus arviolta",
    digest: "Hakuvahtiesi viikkokooste",
    digestIntro: "Hakuvahtiesi löydöt viimeisen viikon ajalta.",
    open: "Avaa suunnitelma",
    more: "… ja {n} muuta. Näet kaikki ilmoitukset palvelussa.",
  },
  sv: {
    watch: "Bevakning",
    tender: "Upphandling uppskattningsvis",
    digest: "Veckosammandrag av dina bevakningar",
    digestIntro: "Det dina bevakningar hittat under den senaste veckan.",
    open: "Öppna planen",
    more: "… och {n} till. Du ser alla aviseringar i tjänsten.",
  },
  en: {
    watch: "Watch",
    tender: "Tender expected",
    digest: "Weekly digest of your watches",
    digestIntro: "What your watches found during the past week.",
    open: "Open the plan",
    more: "… and {n} more. You can see every notification in the service.",
  },
};

const inLanguage = (text: PublicHeadline["title"], locale: Locale) => pickText(text, locale);

function excerpt(text: string, max = 400): string {
  const plain = text.replace(/\s+/g, " ").trim();
  return plain.length <= max ? plain : `${plain.slice(0, max - 1).trimEnd()}…`;
}

function timing(notice: PlanNotice, locale: Locale): string | null {
  if (!notice.tenderYear) return null;
  return `${words[locale].tender}: ${notice.tenderQuarter ? `Q${notice.tenderQuarter}/` : ""}${notice.tenderYear}`;
}

export function planUrl(publicUrl: string, locale: Locale, planId: string): string {
  return `${publicUrl}/${locale}/plans/${planId}`;
}

/** The instant e-mail about one plan for one watch (the notification template's data). */
export function instantMail(notice: PlanNotice, locale: Locale, publicUrl: string) {
  const title = inLanguage(notice.title, locale);
  const lines = [
    `${pickText(notice.organisationName, locale)}: ${title}`,
    excerpt(inLanguage(notice.need, locale)),
    timing(notice, locale),
    `${words[locale].watch}: ${notice.watchName}`,
  ].filter((line): line is string => Boolean(line));
  return {
    subject: `${eventLabel[locale][notice.event]}: ${title}`.slice(0, 200),
    heading: eventLabel[locale][notice.event],
    message: lines.join("\n\n"),
    actionUrl: planUrl(publicUrl, locale, notice.planId),
    actionLabel: words[locale].open,
  };
}

/** At most this many plans per watch, and in all, are listed; the rest are counted. */
export const digestLimits = { perWatch: 10, total: 30 };

/** The weekly digest: one section per watch, one line per plan and event, with links. */
export function digestMail(notices: PlanNotice[], locale: Locale, publicUrl: string) {
  const byWatch = new Map<string, PlanNotice[]>();
  for (const notice of notices)
    byWatch.set(notice.watchName, [...(byWatch.get(notice.watchName) ?? []), notice]);
  let listed = 0;
  const sections: string[] = [];
  for (const [watchName, items] of byWatch) {
    const shown = items.slice(0, Math.min(digestLimits.perWatch, digestLimits.total - listed));
    if (shown.length === 0) break;
    listed += shown.length;
    sections.push(
      [
        `${words[locale].watch}: ${watchName}`,
        ...shown.map(
          (item) =>
            `– ${eventLabel[locale][item.event]}: ${pickText(item.organisationName, locale)}, ${excerpt(inLanguage(item.title, locale), 120)}\n  ${planUrl(publicUrl, locale, item.planId)}`,
        ),
      ].join("\n"),
    );
  }
  if (listed < notices.length)
    sections.push(words[locale].more.replace("{n}", String(notices.length - listed)));
  return {
    subject: `${words[locale].digest} (${notices.length})`,
    heading: words[locale].digest,
    message: [words[locale].digestIntro, ...sections].join("\n\n"),
    actionUrl: `${publicUrl}/${locale}/notifications`,
  };
}
