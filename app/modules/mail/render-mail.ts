import type { Locale } from "../../i18n/locales.ts";
import { getMailTemplate, type MailRequest } from "./templates/index.ts";
import { renderHtml, renderText } from "./templates/layout.ts";

export type RenderedMail = {
  subject: string;
  text: string;
  html: string;
  /** The unsubscribe topic and link when the template has one (notifications, invitations). */
  unsubscribeTopic: string | null;
  unsubscribeUrl: string | null;
  holdsSecret: boolean;
};

/**
 * Renders a template in a locale. The data is validated with the template's schema first (a ZodError
 * for data that does not fit); `unsubscribeUrl` is required by templates that have a topic.
 */
export function renderMail(
  request: MailRequest & { locale: Locale; unsubscribeUrl?: (topic: string) => string },
): RenderedMail {
  const template = getMailTemplate(request.template);
  const data = template.schema.parse(request.data);
  const content = template.content[request.locale](data);
  const unsubscribeTopic = template.unsubscribeTopic?.(data) ?? null;
  let unsubscribeUrl: string | undefined;
  if (unsubscribeTopic) {
    if (!request.unsubscribeUrl) throw new Error(`The ${request.template} e-mail needs an unsubscribe link`);
    unsubscribeUrl = request.unsubscribeUrl(unsubscribeTopic);
  }
  return {
    subject: content.subject,
    text: renderText(content, request.locale, unsubscribeUrl),
    html: renderHtml(content, request.locale, unsubscribeUrl),
    unsubscribeTopic,
    unsubscribeUrl: unsubscribeUrl ?? null,
    holdsSecret: template.holdsSecret,
  };
}
