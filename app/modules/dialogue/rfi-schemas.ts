import { z } from "zod";
import { optionalMultiLineText, optionalSingleLineText } from "../../lib/text-schemas.ts";
import { helsinkiTime } from "./meetings-schemas.ts";

// The request-for-information forms' schemas, shared by the browser and the server (browser-safe).
// A company's answers are checked against the questionnaire by parseRfiAnswers, kind by kind.

export const rfiStates = ["draft", "open", "closed"] as const;
export type RfiState = (typeof rfiStates)[number];

export const rfiQuestionKinds = [
  "short-text",
  "long-text",
  "single-choice",
  "multiple-choice",
  "number",
  "yes-no",
  "file",
] as const;
export type RfiQuestionKind = (typeof rfiQuestionKinds)[number];

export const maxRfiQuestions = 50;
export const maxRfiOptions = 30;
export const maxShortAnswerLength = 500;
export const maxLongAnswerLength = 8000;
export const maxRfiSummaryLength = 8000;

type TextByLanguage = { fi?: string; sv?: string; en?: string };
const languages = ["fi", "sv", "en"] as const;

function withoutEmptyLanguages(value: TextByLanguage): TextByLanguage {
  const result: TextByLanguage = {};
  for (const language of languages) if (value[language]) result[language] = value[language];
  return result;
}

/** Text per language, required in Finnish or Swedish (as a plan's texts, issue 12 point 3). */
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

/** A new request's texts: its title and an introduction for the companies. */
export const rfiFormSchema = z.object({
  title: translated(200, "title"),
  intro: translated(4000, "long", false).default({}),
});
export type RfiInput = z.output<typeof rfiFormSchema>;

const choiceKinds = new Set<RfiQuestionKind>(["single-choice", "multiple-choice"]);
export const isChoiceKind = (kind: string) => choiceKinds.has(kind as RfiQuestionKind);

const optionLines = (value: string | undefined) =>
  (value ?? "")
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * A question as the builder's form sends it: its kind, its text per language, the choices one per line
 * per language (the same number of lines in each language given) and whether an answer is required.
 */
export const rfiQuestionFormSchema = z
  .object({
    kind: z.enum(rfiQuestionKinds, { message: "validation.invalid" }),
    text: translated(1000, "long"),
    options: z
      .object({
        fi: optionalMultiLineText(6000),
        sv: optionalMultiLineText(6000),
        en: optionalMultiLineText(6000),
      })
      .default({ fi: undefined, sv: undefined, en: undefined }),
    required: z
      .string()
      .optional()
      .transform((value) => value === "on" || value === "true"),
  })
  .transform((value, ctx) => {
    if (!isChoiceKind(value.kind)) return { ...value, options: [] as TextByLanguage[] };
    const lines = Object.fromEntries(languages.map((l) => [l, optionLines(value.options[l])])) as Record<
      (typeof languages)[number],
      string[]
    >;
    const main = lines.fi.length > 0 ? lines.fi : lines.sv;
    if (main.length < 2) {
      ctx.addIssue({ code: "custom", path: ["options", "fi"], message: "rfi.errors.twoOptions" });
      return z.NEVER;
    }
    if (main.length > maxRfiOptions || main.some((line) => line.length > 200)) {
      ctx.addIssue({ code: "custom", path: ["options", "fi"], message: "rfi.errors.tooManyOptions" });
      return z.NEVER;
    }
    for (const language of languages) {
      if (lines[language].length > 0 && lines[language].length !== main.length) {
        ctx.addIssue({ code: "custom", path: ["options", language], message: "rfi.errors.optionCount" });
        return z.NEVER;
      }
    }
    const options = main.map((_, index) =>
      withoutEmptyLanguages({ fi: lines.fi[index], sv: lines.sv[index], en: lines.en[index] }),
    );
    return { ...value, options };
  });
export type RfiQuestionInput = z.output<typeof rfiQuestionFormSchema>;

/** Opening: the moment (Finnish wall-clock time) until which responses are taken. */
export const rfiOpenSchema = z.object({
  closesAt: z
    .string()
    .trim()
    .transform((value, ctx) => {
      const date = helsinkiTime(value);
      if (!date) {
        ctx.addIssue({ code: "custom", message: "rfi.errors.time" });
        return z.NEVER;
      }
      return date;
    }),
});

/** "What we heard", published to everyone after closing. */
export const rfiSummarySchema = z.object({ summary: translated(maxRfiSummaryLength, "long") });

/** An answer's value as stored (dialogue_rfi_answer.value). */
export type RfiAnswerValue = string | number | boolean | number[] | null;

/** A question as parseRfiAnswers needs it. */
export type RfiQuestionShape = {
  id: string;
  kind: RfiQuestionKind;
  required: boolean;
  options: readonly unknown[];
};

/** The form field of a question's answer, and of its business-secret checkbox. */
export const answerField = (questionId: string) => `answer-${questionId}`;
export const secretField = (questionId: string) => `secret-${questionId}`;

const shortText = optionalSingleLineText(maxShortAnswerLength);
const longText = optionalMultiLineText(maxLongAnswerLength);

function parseNumber(raw: string): number | null {
  const compact = raw.replace(/[\s\u00a0]/g, "").replace(",", ".");
  if (!/^-?\d{1,15}(\.\d{1,6})?$/.test(compact)) return null;
  const value = Number(compact);
  return Number.isFinite(value) ? value : null;
}

function parseIndex(raw: string, count: number): number | null {
  if (!/^\d{1,3}$/.test(raw)) return null;
  const value = Number(raw);
  return value < count ? value : null;
}

/**
 * A company's posted answers checked against the questionnaire: each value by its question's kind, a
 * required question answered, and the business-secret mark. `values` holds every posted value of a
 * field (a multiple choice posts several); `hasFile` says which file questions have a file (uploaded
 * now or earlier). Only answered questions give an answer. Errors are catalogue keys by field name.
 */
export function parseRfiAnswers(
  questions: readonly RfiQuestionShape[],
  values: (field: string) => string[],
  hasFile: (questionId: string) => boolean = () => false,
): {
  answers: { questionId: string; value: RfiAnswerValue; isBusinessSecret: boolean }[];
  errors: Record<string, string>;
} {
  const answers: { questionId: string; value: RfiAnswerValue; isBusinessSecret: boolean }[] = [];
  const errors: Record<string, string> = {};
  for (const question of questions) {
    const field = answerField(question.id);
    const posted = values(field);
    const first = posted[0] ?? "";
    let value: RfiAnswerValue = null;
    let error: string | null = null;
    switch (question.kind) {
      case "short-text":
      case "long-text": {
        const parsed = (question.kind === "short-text" ? shortText : longText).safeParse(first);
        if (parsed.success) value = parsed.data ?? null;
        else error = parsed.error.issues[0]?.message ?? "validation.invalid";
        break;
      }
      case "number":
        if (first.trim() !== "") {
          value = parseNumber(first);
          if (value === null) error = "rfi.errors.number";
        }
        break;
      case "yes-no":
        if (first === "yes") value = true;
        else if (first === "no") value = false;
        else if (first !== "") error = "validation.invalid";
        break;
      case "single-choice":
        if (first !== "") {
          value = parseIndex(first, question.options.length);
          if (value === null) error = "validation.invalid";
        }
        break;
      case "multiple-choice": {
        const picked = [...new Set(posted.filter(Boolean))].map((raw) =>
          parseIndex(raw, question.options.length),
        );
        if (picked.some((index) => index === null)) error = "validation.invalid";
        else if (picked.length > 0) value = (picked as number[]).sort((a, b) => a - b);
        break;
      }
      case "file":
        value = null;
        break;
      default: {
        const unknownKind: never = question.kind;
        throw new Error(`unknown question kind ${String(unknownKind)}`);
      }
    }
    const answered = question.kind === "file" ? hasFile(question.id) : value !== null;
    if (!error && question.required && !answered) error = "rfi.errors.required";
    if (error) errors[field] = error;
    // An unanswered question has no answer row (a file answer's row holds its business-secret mark).
    else if (answered)
      answers.push({
        questionId: question.id,
        value,
        isBusinessSecret: values(secretField(question.id)).includes("on"),
      });
  }
  return { answers, errors };
}
