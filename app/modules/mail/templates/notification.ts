import { z } from "zod";
import type { Locale } from "../../../i18n/locales.ts";
import { bodyText, defineMailTemplate, type MailContent, singleLine, webLink } from "./mail-template.ts";
import { mailTopicKind, notificationReasons } from "./mail-topics.ts";

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

const strings: Record<Locale, { open: string }> = {
  fi: { open: "Avaa Hankintasilta" },
  sv: { open: "Öppna Hankintasilta" },
  en: { open: "Open Hankintasilta" },
};

function content(locale: Locale) {
  return (data: z.output<typeof schema>): MailContent => ({
    subject: data.subject,
    heading: data.heading ?? data.subject,
    paragraphs: data.message.split(/\r?\n\s*\r?\n/).map((paragraph) => paragraph.trim()),
    ...(data.actionUrl
      ? { action: { label: data.actionLabel ?? strings[locale].open, url: data.actionUrl } }
      : {}),
    // The real reason, by topic: a watch the person saved, or their role in an organisation (most of
    // these people never subscribed to anything).
    notes: [notificationReason(locale, data.topic)],
  });
}

function notificationReason(locale: Locale, topic: string): string {
  const kind = mailTopicKind(topic);
  return notificationReasons[locale][kind === "invitations" ? "other" : kind];
}

/** Any notification a module sends (plan published, dialogue opened, …); always unsubscribable. */
export const notificationTemplate = defineMailTemplate({
  schema,
  unsubscribeTopic: (data) => data.topic,
  holdsSecret: false,
  content: { fi: content("fi"), sv: content("sv"), en: content("en") },
});
