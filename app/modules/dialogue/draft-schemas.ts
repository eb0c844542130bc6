import { z } from "zod";
import { parseHelsinkiDateTime } from "../../lib/helsinki-time.ts";
import { multiLineText, optionalMultiLineText, optionalSingleLineText } from "../../lib/text-schemas.ts";

// The forms of draft tender documents for comment, shared by the pages and the server (browser-safe).

export const draftStates = ["draft", "open", "closed"] as const;
export type DraftState = (typeof draftStates)[number];

export const maxDraftSections = 60;
export const maxSectionTextLength = 20_000;
export const maxDraftCommentLength = 4000;
export const maxDraftResponseLength = 4000;
export const maxDraftSummaryLength = 8000;
/** Comments a company may leave on one draft in 24 hours: enough for a real review, not a flood. */
export const maxDraftCommentsPerCompanyPerDay = 30;

type TextByLanguage = { fi?: string; sv?: string; en?: string };

function withoutEmptyLanguages(value: TextByLanguage): TextByLanguage {
  const result: TextByLanguage = {};
  if (value.fi) result.fi = value.fi;
  if (value.sv) result.sv = value.sv;
  if (value.en) result.en = value.en;
  return result;
}

/** Text per language; when required, in Finnish or Swedish at least (as a plan's texts). */
function translated(max: number, kind: "title" | "long", required = true) {
  const text = kind === "title" ? optionalSingleLineText : optionalMultiLineText;
  return z
    .object({ fi: text(max), sv: text(max), en: text(max) })
    .refine((value) => !required || Boolean(value.fi || value.sv), {
      path: ["fi"],
      message: "validation.required",
    })
    .transform(withoutEmptyLanguages);
}

/** A new draft: its title, what it asks comments on, and the end of the comment period (Helsinki time). */
export const draftFormSchema = z.object({
  title: translated(200, "title"),
  intro: translated(maxSectionTextLength, "long"),
  closesAt: z
    .string()
    .trim()
    .transform((value, context) => {
      const date = parseHelsinkiDateTime(value);
      if (!date) {
        context.addIssue({ code: "custom", message: "drafts.errors.time" });
        return z.NEVER;
      }
      return date;
    }),
});
export type DraftInput = z.output<typeof draftFormSchema>;

/** One section: a heading (required) and its text (optional: the heading may stand for a part of a PDF). */
export const draftSectionSchema = z.object({
  heading: translated(300, "title"),
  body: translated(maxSectionTextLength, "long", false),
});
export type DraftSectionInput = z.output<typeof draftSectionSchema>;

const uuid = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, "validation.invalid");

/** Which section a form is about. */
export const draftSectionIdSchema = z.object({ sectionId: uuid });

/** Moving a section one place up or down. */
export const moveDraftSectionSchema = z.object({ sectionId: uuid, direction: z.enum(["up", "down"]) });

/** A company's comment on one section. */
export const draftCommentSchema = z.object({
  sectionId: uuid,
  body: multiLineText(maxDraftCommentLength, { min: 5, message: "drafts.errors.commentShort" }),
});
export type DraftCommentInput = z.output<typeof draftCommentSchema>;

/** The buyer's public response to a comment. */
export const draftResponseSchema = z.object({
  commentId: uuid,
  response: multiLineText(maxDraftResponseLength, { message: "drafts.errors.responseRequired" }),
});

/** The summary of the comments, published to everyone after the period. */
export const draftSummarySchema = z.object({ summary: translated(maxDraftSummaryLength, "long") });

/** A destructive or irreversible step asks for a ticked confirmation (works without JavaScript). */
export const draftConfirmSchema = z.object({
  confirm: z.literal("on", { message: "drafts.errors.confirm" }),
});
