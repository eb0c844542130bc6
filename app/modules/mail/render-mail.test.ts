import { describe, expect, it } from "vitest";
import { locales } from "../../i18n/locales.ts";
import { renderMail } from "./render-mail.ts";
import { type MailRequest, mailTemplates } from "./templates/index.ts";

const link = "https://hankintasilta.example/fi/link?token=a&b=1";
const unsubscribeUrl = (topic: string) => `https://hankintasilta.example/fi/unsubscribe?token=${topic}`;

const verifyEmail: MailRequest = { template: "verify-email", data: { link } };
const notification: MailRequest = {
  template: "notification",
  data: {
    topic: "plan-updates",
    subject: "Uusi hankintasuunnitelma",
    message: "Eka kappale.\n\nToka kappale.",
  },
};
const examples: MailRequest[] = [
  verifyEmail,
  { template: "password-reset", data: { link } },
  { template: "magic-link", data: { link } },
  {
    template: "invitation",
    data: { organisationName: "Espoon kaupunki", inviterName: "Aino Virtanen", link },
  },
  notification,
];

describe("mail templates", () => {
  it("has an example for every template", () => {
    expect(examples.map((example) => example.template).sort()).toEqual(Object.keys(mailTemplates).sort());
  });

  it.each(
    locales.flatMap((locale) => examples.map((example) => [locale, example.template, example] as const)),
  )("%s %s: subject, text and HTML with the lang attribute and the link", (locale, _name, example) => {
    const mail = renderMail({ ...example, locale, unsubscribeUrl });
    expect(mail.subject.length).toBeGreaterThan(3);
    expect(mail.html).toContain(`<html lang="${locale}">`);
    expect(mail.html).toContain(`<title>${mail.subject}</title>`);
    expect(mail.html).toMatch(/<h1[^>]*>/);
    expect(mail.text).not.toContain("<");
    if (example.template !== "notification") {
      expect(mail.text).toContain(link);
      expect(mail.html).toContain('href="https://hankintasilta.example/fi/link?token=a&amp;b=1"');
    }
  });

  it("words differ by language", () => {
    const subjects = locales.map((locale) => renderMail({ ...verifyEmail, locale }).subject);
    expect(new Set(subjects).size).toBe(3);
  });

  it("escapes everything interpolated into the HTML", () => {
    const hostile = `<script>alert("x")</script> & 'Co'`;
    const mail = renderMail({
      template: "invitation",
      locale: "en",
      data: { organisationName: hostile, inviterName: "<img src=x onerror=alert(1)>", link },
      unsubscribeUrl,
    });
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).not.toContain("<img");
    expect(mail.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Co&#39;");
    expect(mail.text).toContain(hostile);
    expect(mail.subject).toBe(`Invitation to join ${hostile} on Hankintasilta`);
  });

  it("splits a notification into paragraphs and escapes it", () => {
    const mail = renderMail({
      template: "notification",
      locale: "sv",
      data: { topic: "x", subject: "Ämne", message: "A <b>\n\nB & C", actionUrl: link },
      unsubscribeUrl,
    });
    expect(mail.html).toContain("<p>A &lt;b&gt;</p>");
    expect(mail.html).toContain("<p>B &amp; C</p>");
    expect(mail.html).toContain("Öppna Hankintasilta");
  });

  it("puts an unsubscribe link in notifications and invitations only", () => {
    for (const example of examples) {
      const mail = renderMail({ ...example, locale: "fi", unsubscribeUrl });
      const expected = example.template === "notification" || example.template === "invitation";
      expect(mail.unsubscribeUrl !== null, example.template).toBe(expected);
      expect(mail.html.includes("Peru tilaus"), example.template).toBe(expected);
    }
    expect(() => renderMail({ ...notification, locale: "fi" })).toThrow(/unsubscribe/);
  });

  it("refuses links that are not web links and folds a subject that spans lines to one line", () => {
    expect(() =>
      renderMail({ template: "magic-link", locale: "fi", data: { link: "javascript:alert(1)" } }),
    ).toThrow();
    // Folded, not refused (ADR 027): a title stored before the edge check must not stop its mail, and a
    // header can no longer be forged.
    const mail = renderMail({
      template: "notification",
      locale: "fi",
      data: { topic: "x", subject: "Hi\r\nBcc: victim@example.com\u0007", message: "m\u0000" },
      unsubscribeUrl,
    });
    expect(mail.subject).toBe("Hi Bcc: victim@example.com");
    expect(mail.text).not.toContain("\u0000");
  });
});
