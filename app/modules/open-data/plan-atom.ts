import { Feed } from "feed";
import { getI18n } from "../../i18n/i18n.ts";
import type { Locale } from "../../i18n/locales.ts";
import { statusLabel } from "../plans/labels.ts";
import { pickText } from "../plans/public-queries.server.ts";
import { dataLicenseName } from "./ocds-packages.ts";
import type { PublicPlan } from "./public-plan-queries.server.ts";

/** When the call for tenders is planned, in words of the feed's language. */
export function tenderTiming(plan: PublicPlan, locale: Locale): string {
  const { t } = getI18n(locale);
  if (plan.tenderYear && plan.tenderMonth) {
    const month = new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" });
    return month.format(new Date(Date.UTC(plan.tenderYear, plan.tenderMonth - 1, 1)));
  }
  if (plan.tenderYear && plan.tenderQuarter)
    return t("forwardPlan.quarterLabel", { year: plan.tenderYear, quarter: plan.tenderQuarter });
  return plan.tenderYear ? String(plan.tenderYear) : t("forwardPlan.tenderOpen");
}

/**
 * An Atom 1.0 feed of public plans, newest change first: each entry links to the plan page in the
 * feed's language and says who buys, what, when the call for tenders is planned and its status.
 */
export function publicPlansAtom({
  plans,
  locale,
  publicUrl,
  selfUrl,
  updated,
}: {
  plans: PublicPlan[];
  locale: Locale;
  publicUrl: string;
  selfUrl: string;
  updated: Date;
}): string {
  const { t } = getI18n(locale);
  const feed = new Feed({
    title: t("feeds.atomTitle"),
    description: t("feeds.atomSubtitle"),
    id: selfUrl,
    link: `${publicUrl}/${locale}/plans`,
    language: locale,
    updated,
    generator: "Hankintasilta",
    copyright: dataLicenseName,
    feedLinks: { atom: selfUrl },
  });
  for (const plan of plans) {
    const link = `${publicUrl}/${locale}/plans/${plan.id}`;
    const facts = [
      plan.organisation.name,
      `${t("feeds.tender")}: ${tenderTiming(plan, locale)}`,
      `${t("plans.fields.status")}: ${t(statusLabel(plan.status))}`,
      `CPV ${plan.mainCpv}`,
    ].join(" · ");
    feed.addItem({
      title: pickText(plan.title, locale),
      id: `urn:uuid:${plan.id}`,
      link,
      date: plan.updatedAt,
      published: plan.publishedAt ?? plan.updatedAt,
      description: facts,
      content: `${facts}\n\n${pickText(plan.need, locale)}`,
      author: [{ name: plan.organisation.name }],
      category: [{ name: plan.mainCpv, term: plan.mainCpv }],
    });
  }
  return feed.atom1();
}
