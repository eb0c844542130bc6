import { z } from "zod";
import type { Locale } from "../../../i18n/locales.ts";
import { bodyText, defineMailTemplate, type MailContent, singleLine, webLink } from "./mail-template.ts";

const schema = z.object({
  /** What the person can unsubscribe from, e.g. "plan-updates"; part of the signed unsubscribe token. */
  topic: z.string().regex(/^[a-z0-9][a-z0-9.-]{0,62}$/, "lower-case letters, digits, dots and dashes"),
  /** Already in the recipient's language: notifications are written by the module that sends them. */
  subject: singleLine,
  heading: singleLine.optional(),
  /** Plain text; a blank line starts a new paragraph. */
  message: bodyText(10_000),
  actionUrl: webLink.optional(),
  actionLabel: singleLine.optional(),
});

const strings: Record<Locale, { open: string; why: string }> = {
  fi: {
    open: "Avaa Hankintasilta",
    why: "Saat tämän viestin, koska olet tilannut ilmoituksia Hankintasillasta.",
  },
  sv: {
    open: "Öppna Hankintasilta",
    why: "Du får det här meddelandet eftersom du prenumererar på aviseringar från Hankintasilta.",
  },
  en: {
    open: "Open Hankintasilta",
    why: "You receive this message because you subscribed to notifications from Hankintasilta.",
  },
};

function content(locale: Locale) {
  return (data: z.output<typeof schema>): MailContent => ({
    subject: data.subject,
    heading: data.heading ?? data.subject,
    paragraphs: data.message.split(/\r?\n\s*\r?\n/).map((paragraph) => paragraph.trim()),
    ...(data.actionUrl
      ? { action: { label: data.actionLabel ?? strings[locale].open, url: data.actionUrl } }
      : {}),
    notes: [strings[locale].why],
  });
}

/** Any notification a module sends (plan published, dialogue opened, …); always unsubscribable. */
export const notificationTemplate = defineMailTemplate({
  schema,
  unsubscribeTopic: (data) => data.topic,
  holdsSecret: false,
  content: { fi: content("fi"), sv: content("sv"), en: content("en") },
});
