import { getI18n } from "../../i18n/i18n.ts";
import type { Locale } from "../../i18n/locales.ts";
import { withoutXmlForbidden } from "../../lib/clean-text.ts";
import { pickText } from "../plans/index.server.ts";
import { statusLabel } from "../plans/index.ts";
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

/** Text for an XML text node or attribute: forbidden characters removed, markup escaped. */
function xml(value: string): string {
  return withoutXmlForbidden(value).replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** An Atom text construct sent as plain text: a feed reader shows markup in a plan's title as text. */
const text = (name: string, value: string) => `<${name} type="text">${xml(value)}</${name}>`;

/**
 * An Atom 1.0 feed of public plans, newest change first: each entry links to the plan page in the
 * feed's language and says who buys, what, when the call for tenders is planned and its status. Written
 * here rather than by a feed library, which sent titles as HTML in CDATA (a feed reader rendered
 * markup from a plan title) and passed characters XML forbids into the file (ADR 027).
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
  const entries = plans.map((plan) => {
    const link = `${publicUrl}/${locale}/plans/${plan.id}`;
    const facts = [
      plan.organisation.name,
      `${t("feeds.tender")}: ${tenderTiming(plan, locale)}`,
      `${t("plans.fields.status")}: ${t(statusLabel(plan.status))}`,
      `CPV ${plan.mainCpv}`,
    ].join(" · ");
    return [
      "<entry>",
      text("title", pickText(plan.title, locale)),
      `<id>urn:uuid:${xml(plan.id)}</id>`,
      `<link href="${xml(link)}"/>`,
      `<updated>${plan.updatedAt.toISOString()}</updated>`,
      `<published>${(plan.publishedAt ?? plan.updatedAt).toISOString()}</published>`,
      text("summary", facts),
      text("content", `${facts}\n\n${pickText(plan.need, locale)}`),
      `<author><name>${xml(plan.organisation.name)}</name></author>`,
      `<category term="${xml(plan.mainCpv)}" label="${xml(plan.mainCpv)}"/>`,
      "</entry>",
    ].join("\n");
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`,
    `<id>${xml(selfUrl)}</id>`,
    text("title", t("feeds.atomTitle")),
    text("subtitle", t("feeds.atomSubtitle")),
    `<updated>${updated.toISOString()}</updated>`,
    `<generator>Hankintasilta</generator>`,
    text("rights", dataLicenseName),
    `<link rel="alternate" href="${xml(`${publicUrl}/${locale}/plans`)}"/>`,
    `<link rel="self" type="application/atom+xml" href="${xml(selfUrl)}"/>`,
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}
