import { createEvents, type DateArray, type EventAttributes } from "ics";
import { getI18n } from "../../i18n/i18n.ts";
import type { Locale } from "../../i18n/locales.ts";
import { withoutXmlForbidden } from "../../lib/clean-text.ts";
import { foldByOctets } from "../../lib/ical-fold.ts";
import { pickText } from "../plans/index.server.ts";
import { tenderTiming } from "./plan-atom.ts";
import type { PublicPlan } from "./public-plan-queries.server.ts";

// iCalendar of public plans: the market-dialogue window and the planned publication of the call for
// tenders (its month, or its quarter when only that is known) as all-day events. Both are Finnish
// calendar days, so the calendar says Europe/Helsinki and the events carry dates without a time.

const day = (iso: string): DateArray => {
  const [year = 0, month = 1, date = 1] = iso.split("-").map(Number);
  return [year, month, date];
};
const plusOneDay = (iso: string): DateArray => {
  const next = new Date(`${iso}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()];
};

/** The planned publication period as [first day, day after the last], or null when not yet known. */
function tenderPeriod(plan: PublicPlan): [DateArray, DateArray] | null {
  if (!plan.tenderYear) return null;
  if (plan.tenderMonth) {
    const end =
      plan.tenderMonth === 12 ? [plan.tenderYear + 1, 1, 1] : [plan.tenderYear, plan.tenderMonth + 1, 1];
    return [[plan.tenderYear, plan.tenderMonth, 1], end as DateArray];
  }
  if (plan.tenderQuarter) {
    const firstMonth = (plan.tenderQuarter - 1) * 3 + 1;
    const end = plan.tenderQuarter === 4 ? [plan.tenderYear + 1, 1, 1] : [plan.tenderYear, firstMonth + 3, 1];
    return [[plan.tenderYear, firstMonth, 1], end as DateArray];
  }
  return null;
}

export function publicPlansIcal({
  plans,
  locale,
  publicUrl,
}: {
  plans: PublicPlan[];
  locale: Locale;
  publicUrl: string;
}): string {
  const { t } = getI18n(locale);
  const host = new URL(publicUrl).hostname;
  const events: EventAttributes[] = [];
  for (const plan of plans) {
    const title = icalText(pickText(plan.title, locale));
    const need = icalText(pickText(plan.need, locale));
    const organisation = icalText(plan.organisation.name);
    const common = {
      url: `${publicUrl}/${locale}/plans/${plan.id}`,
      ...organizerOf(plan, organisation),
      categories: [`CPV ${plan.mainCpv}`],
      // Epoch milliseconds: read as UTC (a date array would be read in the server's zone).
      lastModified: plan.updatedAt.getTime(),
      // DTSTAMP from the data, not the clock, so the same data gives the same file (and ETag).
      timestamp: plan.updatedAt.getTime(),
    };
    const tender = tenderPeriod(plan);
    if (tender) {
      events.push({
        ...common,
        uid: `${plan.id}-tender@${host}`,
        title: t("feeds.tenderEvent", { title }),
        description: `${organisation}: ${t("feeds.tender")} ${tenderTiming(plan, locale)}.\n\n${need}`,
        start: tender[0],
        end: tender[1],
      });
    }
    if (plan.dialogueStart && plan.dialogueEnd) {
      events.push({
        ...common,
        uid: `${plan.id}-dialogue@${host}`,
        title: t("feeds.dialogueEvent", { title }),
        description: `${organisation}\n\n${need}`,
        start: day(plan.dialogueStart),
        end: plusOneDay(plan.dialogueEnd),
      });
    }
  }
  const { error, value } = createEvents(events, {
    productId: "-//Hankintasilta//Procurement plans//EN",
    calName: t("feeds.calendarName"),
    method: "PUBLISH",
  });
  if (error || !value) throw error ?? new Error("iCalendar was not created");
  // Calendar-wide time zone for clients that show it (the events themselves are whole days).
  return foldByOctets(
    value.replace("BEGIN:VCALENDAR\r\n", "BEGIN:VCALENDAR\r\nX-WR-TIMEZONE:Europe/Helsinki\r\n"),
  );
}

/**
 * ORGANIZER is a cal-address (RFC 5545 3.8.4.3): a URI, here the plan's public contact address, with the
 * organisation as its common name. A plan without a usable address gets no ORGANIZER (the organisation
 * is in each event's DESCRIPTION): a bare `ORGANIZER;CN=…` without a value is not iCalendar.
 */
function organizerOf(plan: PublicPlan, organisation: string): Pick<EventAttributes, "organizer"> {
  const email = plan.contact.email?.trim() ?? "";
  // The address goes into a mailto: URI unencoded, so only a plain address is used.
  if (!/^[A-Za-z0-9._+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/.test(email)) return {};
  return { organizer: { name: paramText(organisation), email } };
}

/**
 * A quoted parameter value may hold no DQUOTE and no line break (RFC 5545 3.1); RFC 6868 writes them as
 * ^' and ^n (and ^ as ^^), which calendar programs read back. The calendar library quotes the result.
 */
function paramText(value: string): string {
  return value.replace(/\^/g, "^^").replace(/"/g, "^'").replace(/\n/g, "^n");
}

/**
 * TEXT may hold no control character but the line break the writer escapes (RFC 5545 3.3.11): the
 * rest, and what no UTF-8 text carries, is removed; CR LF and CR become one line break.
 */
function icalText(value: string): string {
  return withoutXmlForbidden(value.replace(/\r\n?/g, "\n"));
}
