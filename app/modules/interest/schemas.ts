import { z } from "zod";
import { optionalMultiLineText } from "../../lib/text-schemas.ts";

export const maxInterestNoteLength = 500;

/** The interest form: mark the company interested (with an optional note to the buyer) or withdraw. */
export const interestFormSchema = z.object({
  intent: z.enum(["interested", "withdraw"], { message: "validation.invalid" }),
  note: optionalMultiLineText(maxInterestNoteLength),
});
export type InterestForm = z.output<typeof interestFormSchema>;
