import type { z } from "zod";
import { invitationTemplate } from "./invitation.ts";
import { magicLinkTemplate } from "./magic-link.ts";
import type { MailTemplate } from "./mail-template.ts";
import { notificationTemplate } from "./notification.ts";
import { passwordResetTemplate } from "./password-reset.ts";
import { verifyEmailTemplate } from "./verify-email.ts";

/** Every e-mail the platform can send, by name (the name is stored in the outbox). */
export const mailTemplates = {
  "verify-email": verifyEmailTemplate,
  "password-reset": passwordResetTemplate,
  "magic-link": magicLinkTemplate,
  invitation: invitationTemplate,
  notification: notificationTemplate,
};

export type MailTemplateName = keyof typeof mailTemplates;

/** A template name with the data it needs, e.g. `{ template: "magic-link", data: { link } }`. */
export type MailRequest = {
  [Name in MailTemplateName]: { template: Name; data: z.input<(typeof mailTemplates)[Name]["schema"]> };
}[MailTemplateName];

/** A template whose data type is forgotten, for code that handles any template by name. */
export function getMailTemplate(name: MailTemplateName): MailTemplate<z.ZodType> {
  // Each template's functions accept only its own data; the caller validates with its schema first.
  return mailTemplates[name] as unknown as MailTemplate<z.ZodType>;
}
