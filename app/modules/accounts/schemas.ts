import { z } from "zod";
import { locales } from "../../i18n/locales.ts";
import { singleLineText } from "../../lib/text-schemas.ts";

// One schema per form, shared by the page and the action. Messages are catalogue keys under
// "validation.", translated where they are shown.
const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "validation.emailInvalid")
  .pipe(z.email("validation.emailInvalid"));
const password = z.string().min(10, "validation.passwordTooShort").max(128, "validation.passwordTooLong");

export const signUpSchema = z.object({
  name: singleLineText(120),
  email,
  password,
  locale: z.enum(locales),
  acceptPrivacy: z.literal("on", { message: "validation.acceptPrivacy" }),
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export const logInSchema = z.object({
  email,
  password: z.string().min(1, "validation.required").max(128, "validation.passwordTooLong"),
});

export const magicLinkSchema = z.object({ email });
export const requestPasswordResetSchema = z.object({ email });
export const resetPasswordSchema = z.object({
  token: z.string().min(1).max(500),
  password,
});

export const deleteAccountSchema = z.object({
  confirmEmail: email,
  password: z.string().min(1, "validation.required").max(128),
});

/** Field → catalogue key of the first problem, for showing next to each field. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const result: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    if (!(field in result))
      // Our messages are catalogue keys ("organisations.yTunnusInvalid"); Zod's own are sentences.
      result[field] = /^[a-zA-Z]+\.[\w.]+$/.test(issue.message) ? issue.message : "validation.invalid";
  }
  return result;
}
