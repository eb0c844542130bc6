import { z } from "zod";
import { parseHelsinkiDateTime } from "../../lib/helsinki-time.ts";
import { multiLineText, optionalMultiLineText } from "../../lib/text-schemas.ts";

// The forms of questions and answers, shared by the page and the server (which checks again).

export const maxQuestionLength = 2000;
export const maxAnswerLength = 4000;
/** Questions a company may ask in 24 hours on one plan: enough for real questions, not for a flood. */
export const maxQuestionsPerCompanyPerDay = 10;
/** Questions per page on the plan's public list. */
export const questionsPerPage = 50;

const checkbox = z
  .string()
  .optional()
  .transform((value) => value === "on" || value === "true");

/** A company's question; it may let its name be shown with the published question. */
export const askQuestionSchema = z.object({
  question: multiLineText(maxQuestionLength, { min: 10, message: "questions.errors.questionShort" }),
  showCompany: checkbox,
});
export type AskQuestionInput = z.output<typeof askQuestionSchema>;

/**
 * The buyer's answer, published with the question. The question's public wording may be neutralised
 * (e.g. a company's product name taken out); left empty, the question is published as asked.
 */
export const answerQuestionSchema = z.object({
  answer: multiLineText(maxAnswerLength, { message: "questions.errors.answerRequired" }),
  publishedQuestion: optionalMultiLineText(maxQuestionLength),
});
export type AnswerQuestionInput = z.output<typeof answerQuestionSchema>;

/** A question the buyer will not answer (a duplicate, or not about this plan): the reason goes to the asker. */
export const declineQuestionSchema = z.object({
  reason: multiLineText(1000, { message: "questions.errors.reasonRequired" }),
});
export type DeclineQuestionInput = z.output<typeof declineQuestionSchema>;

/** The last moment to ask, in Helsinki time (`datetime-local`); empty: questions while the plan is open. */
export const questionDeadlineSchema = z.object({
  deadline: z
    .string()
    .trim()
    .optional()
    .transform((value, context) => {
      if (!value) return null;
      const date = parseHelsinkiDateTime(value);
      if (!date) {
        context.addIssue({ code: "custom", message: "questions.errors.deadline" });
        return z.NEVER;
      }
      return date;
    }),
});
export type QuestionDeadlineInput = z.output<typeof questionDeadlineSchema>;
