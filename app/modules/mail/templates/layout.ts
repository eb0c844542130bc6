import type { Locale } from "../../../i18n/locales.ts";
import { commonStrings } from "./common-strings.ts";
import type { MailContent } from "./mail-template.ts";

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(value: string): string {
  return value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

/** The plain-text body; the readable version every client can show. */
export function renderText(content: MailContent, locale: Locale, unsubscribeUrl?: string): string {
  const common = commonStrings[locale];
  const blocks = [content.heading, ...content.paragraphs];
  if (content.action) blocks.push(`${content.action.label}:\n${content.action.url}`);
  blocks.push(...(content.notes ?? []));
  const footer = ["-- ", "Hankintasilta", common.automatic];
  if (unsubscribeUrl) footer.push(`${common.unsubscribeIntro} ${common.unsubscribe}:`, unsubscribeUrl);
  return `${blocks.join("\n\n")}\n\n${footer.join("\n")}\n`;
}

const styles = {
  body: "margin:0;padding:24px;background:#f7f7f8;color:#212121;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5",
  main: "max-width:600px;margin:0 auto;padding:24px;background:#ffffff;border:1px solid #c8cdd0",
  heading: "margin:0 0 16px;font-size:24px;line-height:1.25",
  button:
    "display:inline-block;padding:10px 20px;background:#2a6ebb;color:#ffffff;font-weight:bold;text-decoration:none;border-radius:2px",
  small: "font-size:14px;color:#5f686d",
};

/**
 * A simple, accessible HTML body: `lang` on the document, a real heading, the link as text too (so
 * it can be copied and is read out by screen readers), inline styles only (clients drop <style>),
 * and every interpolated value escaped.
 */
export function renderHtml(content: MailContent, locale: Locale, unsubscribeUrl?: string): string {
  const common = commonStrings[locale];
  const e = escapeHtml;
  const parts = [`<h1 style="${styles.heading}">${e(content.heading)}</h1>`];
  for (const paragraph of content.paragraphs) parts.push(`<p>${e(paragraph).replace(/\n/g, "<br>")}</p>`);
  if (content.action) {
    const url = e(content.action.url);
    parts.push(`<p><a href="${url}" style="${styles.button}">${e(content.action.label)}</a></p>`);
    parts.push(`<p style="${styles.small}">${e(common.linkFallback)}<br><a href="${url}">${url}</a></p>`);
  }
  for (const note of content.notes ?? []) parts.push(`<p style="${styles.small}">${e(note)}</p>`);
  const footer = [`<p style="${styles.small}">Hankintasilta<br>${e(common.automatic)}</p>`];
  if (unsubscribeUrl) {
    footer.push(
      `<p style="${styles.small}">${e(common.unsubscribeIntro)} <a href="${e(unsubscribeUrl)}">${e(common.unsubscribe)}</a></p>`,
    );
  }
  return [
    "<!DOCTYPE html>",
    `<html lang="${locale}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(content.subject)}</title>`,
    "</head>",
    `<body style="${styles.body}">`,
    `<main style="${styles.main}">`,
    ...parts,
    "</main>",
    `<footer style="max-width:600px;margin:0 auto;padding:8px 24px">`,
    ...footer,
    "</footer>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
