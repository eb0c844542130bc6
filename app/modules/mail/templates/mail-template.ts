import { z } from "zod";
import type { Locale } from "../../../i18n/locales.ts";

/**
 * What a template produces for one locale: plain strings only. The layout escapes every one of them
 * into the HTML body, so no template ever writes markup and no user content can inject any.
 */
export type MailContent = {
  subject: string;
  heading: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  /** Small print after the action: what to do if the message was not expected. */
  notes?: string[];
};

export type MailTemplate<Schema extends z.ZodType> = {
  schema: Schema;
  /**
   * The unsubscribe topic of notifications and invitations (the message then carries an unsubscribe
   * link and List-Unsubscribe headers); null for transactional messages the user asked for.
   */
  unsubscribeTopic: ((data: z.output<Schema>) => string) | null;
  /** The body holds a secret link (log-in, reset, invitation), so the outbox forgets it once final. */
  holdsSecret: boolean;
  content: Record<Locale, (data: z.output<Schema>) => MailContent>;
};

/** Typed identity: ties the per-locale content functions to the template's data schema. */
export function defineMailTemplate<Schema extends z.ZodType>(
  template: MailTemplate<Schema>,
): MailTemplate<Schema> {
  return template;
}

/** A one-line value for subjects and greetings: no line breaks, which could forge mail headers. */
export const singleLine = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .refine((value) => !/[\r\n]/.test(value), "must be a single line");

/** Only web links: a `javascript:` or `data:` URL in an e-mail is an attack, never a feature. */
export const webLink = z.url({ protocol: /^https?$/ }).max(2000);
