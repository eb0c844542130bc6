import { FinnishBusinessIds } from "finnish-business-ids";
import { z } from "zod";
import { singleLineText } from "../../lib/text-schemas.ts";
import { organisationKinds, organisationRoles } from "./roles.ts";

const blankAsUndefined = (schema: z.ZodString | z.ZodType<string, string>) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value) => (value ? value : undefined))
    .pipe(schema.optional());

/**
 * A Y-tunnus as people type it, in the register's form "1234567-8": spaces dropped, the hyphen added to
 * eight digits ("12345678") and a VAT number's "FI" prefix removed ("FI12345678"). Anything else is
 * returned as typed, for the validity check to refuse.
 * @example normalizeYTunnus(" 0112038 9 ") // "0112038-9"
 */
export function normalizeYTunnus(value: string): string {
  const compact = value.replace(/\s+/g, "").replace(/^FI(?=\d{8}$)/i, "");
  return /^\d{8}$/.test(compact) ? `${compact.slice(0, 7)}-${compact.slice(7)}` : compact;
}

export const createOrganisationSchema = z
  .object({
    name: singleLineText(200, { min: 2 }),
    kind: z.enum(organisationKinds, { message: "validation.invalid" }),
    // Empty means "not given"; anything else must be valid, and says why when it is not.
    municipalityCode: blankAsUndefined(z.string().regex(/^\d{3}$/, "organisations.municipalityCodeInvalid")),
    yTunnus: blankAsUndefined(
      z
        .string()
        .transform(normalizeYTunnus)
        .refine((value) => FinnishBusinessIds.isValidBusinessId(value), "organisations.yTunnusInvalid"),
    ),
  })
  .superRefine((value, ctx) => {
    if (value.kind === "municipality" && !value.municipalityCode) {
      ctx.addIssue({
        code: "custom",
        path: ["municipalityCode"],
        message: "organisations.municipalityCodeRequired",
      });
    }
    if (value.kind === "company" && !value.yTunnus) {
      ctx.addIssue({ code: "custom", path: ["yTunnus"], message: "organisations.yTunnusRequired" });
    }
  });
export type CreateOrganisationInput = z.infer<typeof createOrganisationSchema>;

export const inviteMemberSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email("validation.emailInvalid")),
  role: z.enum(organisationRoles, { message: "validation.invalid" }),
});

export const switchOrganisationSchema = z.object({ organisationId: z.string().min(1).max(100) });

/** "Ask to join" after a sign-up met an already registered Y-tunnus. */
export const joinRequestSchema = z.object({ organisationId: z.string().min(1).max(100) });

/** Closing an organisation: the person types its name to confirm. */
export const closeOrganisationSchema = z.object({
  confirmName: z.string().trim().min(1, "validation.required").max(300, "validation.tooLong"),
});
