import { z } from "zod";
import { parseHelsinkiDateTime } from "../../lib/helsinki-time.ts";
import { optionalMultiLineText, optionalSingleLineText } from "../../lib/text-schemas.ts";

// The forms of the level-playing-field record's own parts (issue 13 points 6 and 7): the buyer's
// register of pre-market contacts and the companies' survey. Shared by the pages and the server.

export const contactKinds = ["meeting", "call", "visit", "email", "other"] as const;
export type ContactKind = (typeof contactKinds)[number];

/** Contacts in which the buyer met a company one-to-one (a warning when it was not in an open round). */
export const oneToOneContactKinds: readonly ContactKind[] = ["meeting", "visit"];

/** Why a company took no part: the survey's fixed answers (stored as these codes). */
export const surveyBarriers = [
  "too-big",
  "timetable",
  "unclear-need",
  "criteria",
  "capacity",
  "other",
] as const;
export type SurveyBarrier = (typeof surveyBarriers)[number];

export const maxContactTextLength = 4000;
export const maxSurveyTextLength = 2000;

const checkbox = z
  .string()
  .optional()
  .transform((value) => value === "on" || value === "true");

/**
 * One entry of the contact register. The organisation is a company on the platform (its id, picked
 * from the plan's interested companies) or a name written in, or both; one of them is required.
 */
export const contactFormSchema = z
  .object({
    kind: z.enum(contactKinds, { message: "record.errors.kind" }),
    occurredAt: z
      .string()
      .trim()
      .transform((value, context) => {
        const date = value ? parseHelsinkiDateTime(value) : null;
        if (!date) {
          context.addIssue({ code: "custom", message: "record.errors.occurredAt" });
          return z.NEVER;
        }
        return date;
      }),
    organisationId: z
      .string()
      .trim()
      .max(100)
      .optional()
      .transform((value) => value || null),
    organisationName: optionalSingleLineText(200),
    ourParticipants: optionalMultiLineText(1000),
    theirParticipants: optionalMultiLineText(1000),
    sharedMaterial: optionalMultiLineText(maxContactTextLength),
    isSharedMaterialPublic: checkbox,
    conflictOfInterest: optionalMultiLineText(maxContactTextLength),
    publicSummary: optionalSingleLineText(300),
  })
  .refine((value) => Boolean(value.organisationId || value.organisationName), {
    path: ["organisationName"],
    message: "record.errors.organisation",
  });
export type ContactInput = z.output<typeof contactFormSchema>;

/**
 * A company's answer to "why didn't you take part?": one checkbox per barrier (`barrier-too-big` …, a
 * form posts each once) and a free text; at least one of them.
 */
export const surveyAnswerSchema = z
  .object({
    "barrier-too-big": checkbox,
    "barrier-timetable": checkbox,
    "barrier-unclear-need": checkbox,
    "barrier-criteria": checkbox,
    "barrier-capacity": checkbox,
    "barrier-other": checkbox,
    freeText: optionalMultiLineText(maxSurveyTextLength),
  })
  .transform((value) => ({
    barriers: surveyBarriers.filter((barrier) => value[`barrier-${barrier}`]),
    freeText: value.freeText,
  }))
  .refine((value) => value.barriers.length > 0 || Boolean(value.freeText), {
    path: ["barrier-too-big"],
    message: "record.errors.surveyEmpty",
  });
export type SurveyAnswerInput = z.output<typeof surveyAnswerSchema>;
