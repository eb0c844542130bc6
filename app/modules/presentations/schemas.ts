import { z } from "zod";
import { multiLineText, singleLineText } from "../../lib/text-schemas.ts";
import { cpvCode } from "../plans/index.ts";
import { maxPresentationCpvCodes, maxRecipients } from "./rules.ts";
import { recipientStates } from "./states.ts";

export const presentationLanguages = ["fi", "sv", "en"] as const;

const uuidPattern = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/**
 * A plan named by the company: its id or the address of its public page (the id is taken from it).
 * Empty means none.
 */
const planReference = z
  .string()
  .trim()
  .max(300, "validation.tooLong")
  .optional()
  .transform((value, ctx) => {
    if (!value) return undefined;
    const found = value.match(uuidPattern)?.[0];
    if (!found) {
      ctx.addIssue({ code: "custom", message: "presentations.errors.plan" });
      return z.NEVER;
    }
    return found.toLowerCase();
  });

/**
 * A presentation as the form sends it (files are checked separately, from their bytes). The command
 * adds the checks that need the database: recipients are buyer organisations, codes exist, the plan is
 * public.
 */
export const presentationSchema = z.object({
  title: singleLineText(200),
  offering: multiLineText(5000),
  needs: multiLineText(3000),
  language: z.enum(presentationLanguages, { message: "validation.invalid" }).default("fi"),
  cpv: z
    .array(cpvCode)
    .min(1, "presentations.errors.cpv")
    .max(maxPresentationCpvCodes, "presentations.errors.tooManyCodes")
    .transform((codes) => [...new Set(codes)]),
  recipients: z
    .array(z.string().min(1).max(100))
    .min(1, "presentations.errors.recipients")
    .max(maxRecipients, "presentations.errors.tooManyRecipients")
    .transform((ids) => [...new Set(ids)]),
  planId: planReference,
});
export type PresentationInput = z.output<typeof presentationSchema>;

/** The buyer's state change; `linked` needs one of the buyer organisation's own plans. */
export const recipientStateSchema = z
  .object({
    state: z.enum(recipientStates, { message: "validation.invalid" }),
    planId: z
      .string()
      .trim()
      .optional()
      .transform((value) => (value ? value : undefined)),
  })
  .superRefine((value, ctx) => {
    if (value.state === "linked" && !value.planId)
      ctx.addIssue({ code: "custom", path: ["planId"], message: "presentations.errors.linkPlan" });
  });
export type RecipientStateInput = z.output<typeof recipientStateSchema>;

/** A message in a recipient's thread, from either side. */
export const replySchema = z.object({ body: multiLineText(5000) });
export type ReplyInput = z.output<typeof replySchema>;
