import { z } from "zod";
import type { Locale } from "../../../i18n/locales.ts";
import { foldToOneLine, wellFormedText } from "../../../lib/clean-text.ts";

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

/**
 * A one-line value for subjects and greetings. Line breaks, which could forge mail headers, are folded
 * to spaces and control characters removed here, when the mail is rendered, so a plan title stored
 * before the edge check (ADR 027) still sends instead of failing every mail of its batch.
 */
export const singleLine = z.string().transform(foldToOneLine).pipe(z.string().min(1).max(200));

/** Plain text of a body: lines kept, characters no mail should carry removed. */
export const bodyText = (max: number) =>
  z
    .string()
    .transform((value) => wellFormedText(value).trim())
    .pipe(z.string().min(1).max(max));

/** Only web links: a `javascript:` or `data:` URL in an e-mail is an attack, never a feature. */
export const webLink = z.url({ protocol: /^https?$/ }).max(2000);
