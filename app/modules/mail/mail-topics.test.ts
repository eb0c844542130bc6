import { describe, expect, it } from "vitest";
import { locales } from "../../i18n/locales.ts";
import { digestTopic, watchTopic } from "../watches/watch-topic.ts";
import { renderMail } from "./render-mail.ts";
import { type MailRequest, mailTemplates } from "./templates/index.ts";
import { type MailTopicKind, mailTopicKind, notificationReasons } from "./templates/mail-topics.ts";

// Issue 12 point 9: every e-mail says its real reason. Notifications go to people who saved a watch or who
// have a role in an organisation; none of them "subscribed to notifications".

const unsubscribeUrl = (topic: string) => `https://hankintasilta.example/fi/unsubscribe?token=${topic}`;
const link = "https://hankintasilta.example/fi/link?token=a";

/** The topics the sending modules use (watches, presentations, partners, organisations). */
const senders: [string, MailTopicKind][] = [
  [watchTopic("0b6f5c8e-58a0-4c1e-9d3e-1f0f6f2a9b11"), "watch"],
  [digestTopic, "digest"],
  ["presentations", "presentations"],
  ["partner-messages", "partnerMessages"],
  ["market-dialogue", "marketDialogue"],
  ["join-requests", "joinRequests"],
];

const notification = (topic: string): MailRequest => ({
  template: "notification",
  data: { topic, subject: "Aihe", message: "Viesti." },
});

describe("the reason an e-mail gives", () => {
  it.each(senders)("topic %s is a %s notification", (topic, kind) => {
    expect(mailTopicKind(topic)).toBe(kind);
  });

  it.each(locales)(
    "%s: each notification topic has its own reason line, never 'you subscribed'",
    (locale) => {
      const notes = senders.map(([topic, kind]) => {
        const mail = renderMail({ ...notification(topic), locale, unsubscribeUrl });
        const reason = notificationReasons[locale][kind as Exclude<MailTopicKind, "invitations">];
        expect(mail.text).toContain(reason);
        expect(mail.html).toContain(reason.slice(0, 30));
        return reason;
      });
      expect(new Set(notes).size).toBe(senders.length);
      const all = senders.map(
        ([topic]) => renderMail({ ...notification(topic), locale, unsubscribeUrl }).text,
      );
      expect(all.join("\n")).not.toMatch(
        /tilannut ilmoituksia|prenumererar på aviseringar|subscribed to notifications/,
      );
    },
  );

  it.each(locales)("%s: every template ends with a note that says why the reader gets it", (locale) => {
    const examples: MailRequest[] = [
      { template: "verify-email", data: { link } },
      { template: "password-reset", data: { link } },
      { template: "magic-link", data: { link } },
      { template: "invitation", data: { organisationName: "Espoon kaupunki", inviterName: "Aino", link } },
      notification("presentations"),
    ];
    expect(examples.map((example) => example.template).sort()).toEqual(Object.keys(mailTemplates).sort());
    const notes = examples.map((example) => {
      const template = mailTemplates[example.template];
      const content = template.content[locale](template.schema.parse(example.data) as never);
      expect(content.notes?.length ?? 0, example.template).toBeGreaterThan(0);
      return content.notes?.join(" ");
    });
    expect(new Set(notes).size).toBe(examples.length);
  });
});
